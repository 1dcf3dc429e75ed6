#pragma once

#include "core/Result.h"
#include "domain/MinutesRecords.h"

#include <QElapsedTimer>
#include <QWidget>

struct AppContext;
class ActionTableModel;
class AttendanceModel;
class ChangeHistoryWidget;
class ChoiceListModel;
class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class QTimer;
class SessionNotesModel;

// One session as its own window while it runs: the agenda on the left, the entries of the
// selected agenda block and their editor in the centre, attendance and action items on the
// right, the session's local time in every city in the header. What is typed is saved as it
// is typed (after half a second of quiet, each save one transaction), so there is no Save
// button to forget; the window title says when the last save happened.
class SessionWorkspace : public QWidget
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 500;
    static constexpr int MaxUnsavedMs = 1000;

    SessionWorkspace(AppContext &context, qint64 sessionId, QWidget *parent = nullptr);
    ~SessionWorkspace() override;

    qint64 sessionId() const { return m_sessionId; }
    QListWidget *agendaList() const { return m_agenda; }
    QListView *entryList() const { return m_entries; }
    SessionNotesModel *entries() const { return m_notes; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QComboBox *kindCombo() const { return m_kind; }
    QTableView *attendanceView() const { return m_attendanceView; }
    AttendanceModel *attendance() const { return m_attendance; }
    ActionTableModel *actions() const { return m_actions; }
    ChangeHistoryWidget *history() const { return m_history; }
    QString savedText() const;
    QString headerText() const;

public slots:
    void selectBlock(int row);
    // Shows an entry ("note") or an action item ("action"), e.g. a search hit.
    void showItem(const QString &source, qint64 id);
    void nextBlock(int delta);
    // Starts a new entry of a kind in the selected block; it is written once text is typed.
    void addEntry(const QString &kind);
    void addActionFromEntry();
    void addPerson();
    void deleteEntry();
    // The minutes as a PDF (to a file the facilitator picks) and on paper, through a preview.
    void exportPdf();
    void printMinutes();
    // Assesses a member city's pilot at this session, through the rubric's dialog.
    void assessPilot(qint64 pilotId);
    Status exportPdfTo(const QString &path);
    // Writes what is typed now (also called before switching entries and on close).
    bool saveNow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void loadSession();
    void showEntry(int row);
    void showNote(const NoteRecord &note, bool editable = true);
    void scheduleSave();
    void updateTitle();

    AppContext &m_context;
    qint64 m_sessionId;
    NoteRecord m_current; // the entry in the editor; id 0 until its first save
    bool m_dirty = false;
    QElapsedTimer m_dirtySince; // since the oldest change not written yet
    QString m_lastSaved;
    QString m_sessionTitle;
    SessionNotesModel *m_notes;
    AttendanceModel *m_attendance;
    ActionTableModel *m_actions;
    ChoiceListModel *m_cities;
    QLabel *m_header;
    QLabel *m_saved;
    QListWidget *m_agenda;
    QListView *m_entries;
    QComboBox *m_kind;
    QComboBox *m_city;
    QPlainTextEdit *m_body;
    QTableView *m_attendanceView;
    QTableView *m_actionsView;
    QTimer *m_saveTimer;
    ChangeHistoryWidget *m_history;
};
