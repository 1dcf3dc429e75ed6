#pragma once

#include "common/Area.h"
#include "store/SearchQueries.h"

#include <QWidget>

struct AppContext;
class BackgroundRead;
class ChoiceListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class SearchResultsModel;

// Finds words in every note, decision and action item of every pairing (full-text, ranked,
// accent-insensitive), limited to a theme or an entry type; opening a hit opens its session at
// that entry. This is how a solution found in one pairing reaches the others.
class SearchPage : public QWidget, public Area
{
    Q_OBJECT
public:
    SearchPage(AppContext &context, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *themeFilter() const { return m_theme; }
    QComboBox *kindFilter() const { return m_kind; }
    SearchResultsModel *results() const { return m_results; }
    QListView *view() const { return m_view; }
    QString statusText() const;

public slots:
    // Searches on a worker: searched() when the hits are shown.
    void search();
    void addRecord() override {}
    void editCurrent() override;
    void deleteCurrent() override {}
    void focusFilter() override;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void openEntryRequested(qint64 sessionId, const QString &source, qint64 id);
    void searched();

private:
    void showHits(const Result<QList<SearchHit>> &hits, const QString &typed);

    AppContext &m_context;
    ChoiceListModel *m_themes;
    SearchResultsModel *m_results;
    QLineEdit *m_search;
    QComboBox *m_theme;
    QComboBox *m_kind;
    QLabel *m_status;
    QListView *m_view;
    QTimer *m_timer;
    BackgroundRead *m_reader;
    bool m_stale = false; // minutes changed while the page was hidden
};
