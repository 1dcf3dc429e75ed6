#pragma once

#include "Area.h"

#include <QWidget>

#include <functional>

class PagedTableModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class RowCounter;

// A searchable, sortable table of one kind of record with Add / Edit / Delete. The model
// fetches lazily and sorts and filters in SQL; subclasses open the dialogs.
class TablePage : public QWidget, public Area
{
    Q_OBJECT
public:
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    qint64 currentId() const;
    void selectId(qint64 id);
    // Add, Edit and Delete are hidden while the database is open read-only (ReadOnlyControls).
    QList<QWidget *> editingControls() const;

public slots:
    void addRecord() override = 0;
    virtual void editRecord(qint64 id) = 0;
    virtual void deleteRecord(qint64 id) = 0;
    void editCurrent() override;
    void deleteCurrent() override;
    void focusFilter() override;

signals:
    void failed(const QString &message);
    void done(const QString &message);

protected:
    // countText: "51 cities", "No people yet…", from the number of matching rows, counted on a
    // worker reading the file at databasePath.
    using CountText = std::function<QString(int count, bool filtered)>;
    TablePage(const QString &databasePath, PagedTableModel *model, const QString &filterPlaceholder,
              CountText countText, QWidget *parent);
    void setColumnWidths(const QList<int> &characters);

private:
    void updateCount();
    void updateButtons();

    PagedTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTimer *m_filterTimer;
    CountText m_countText;
    RowCounter *m_counter;
};
