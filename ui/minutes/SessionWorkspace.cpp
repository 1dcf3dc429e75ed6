#include "SessionWorkspace.h"

#include "MinutesPrinting.h"

#include "actions/ActionDialog.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "common/KeyChoiceDelegate.h"
#include "core/Clock.h"
#include "core/Preferences.h"
#include "database/Database.h"
#include "domain/Vocabulary.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "exchange/MinutesData.h"
#include "exchange/MinutesDocument.h"
#include "history/ChangeHistoryWidget.h"
#include "itemmodels/ActionTableModel.h"
#include "itemmodels/AttendanceModel.h"
#include "itemmodels/ChoiceListModel.h"
#include "itemmodels/SessionNotesModel.h"
#include "people/PersonDialog.h"
#include "pilots/AssessmentDialog.h"
#include "planning/SessionSchedule.h"
#include "progress/ReadinessQueries.h"
#include "readiness/ReadinessText.h"
#include "store/ActionStore.h"
#include "store/NoteStore.h"
#include "store/ProgrammeQueries.h"
#include "store/SessionStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int BlockIdRole = Qt::UserRole + 1;
} // namespace

SessionWorkspace::SessionWorkspace(AppContext &context, qint64 sessionId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_sessionId(sessionId),
      m_notes(new SessionNotesModel(context.database.connection(), context.clock, &context.notifier, this)),
      m_attendance(new AttendanceModel(context.database.connection(), context.clock, &context.editor, &context.notifier, this)),
      m_actions(new ActionTableModel(context.database.connection(), &context.notifier, context.clock.nowUtc().date(), this)),
      m_cities(ChoiceListModel::cities(context.database.connection(), tr("— no particular city —"), this)),
      m_header(new QLabel(this)), m_saved(new QLabel(this)), m_agenda(new QListWidget(this)),
      m_entries(new QListView(this)), m_kind(new QComboBox(this)), m_city(new QComboBox(this)),
      m_body(new QPlainTextEdit(this)), m_attendanceView(new QTableView(this)), m_actionsView(new QTableView(this)),
      m_saveTimer(new QTimer(this)), m_history(new ChangeHistoryWidget(context, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->setForegroundRole(QPalette::PlaceholderText);

    m_agenda->setAccessibleName(tr("Agenda"));
    m_entries->setModel(m_notes);
    m_entries->setAccessibleName(tr("Entries of the agenda block"));
    m_entries->setWordWrap(true);
    for (const QString &key : Vocabulary::noteKinds())
        m_kind->addItem(Vocabulary::noteKindLabel(key), key);
    m_city->setModel(m_cities);
    m_body->setAccessibleName(tr("Entry text (Markdown)"));
    m_body->setPlaceholderText(tr("Type here; it is saved as you type. Markdown: **bold**, - lists, [links](https://…)"));
    m_body->setEnabled(false);
    m_kind->setEnabled(false);
    m_city->setEnabled(false);

    m_attendanceView->setModel(m_attendance);
    m_attendanceView->setAccessibleName(tr("Attendance"));
    m_attendanceView->verticalHeader()->hide();
    m_attendanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attendanceView->horizontalHeader()->setStretchLastSection(true);
    m_attendanceView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_attendanceView->setItemDelegateForColumn(
        AttendanceModel::Status,
        new KeyChoiceDelegate(Vocabulary::attendanceStatuses(), &Vocabulary::attendanceStatusLabel, m_attendanceView));

    ActionTableModel::Filter filter;
    filter.sessionId = sessionId;
    m_actions->setFilter(filter);
    m_actionsView->setModel(m_actions);
    m_actionsView->setAccessibleName(tr("Action items of the session"));
    m_actionsView->verticalHeader()->hide();
    m_actionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionsView->horizontalHeader()->setStretchLastSection(true);
    m_actionsView->setColumnHidden(ActionTableModel::Pairing, true);
    m_actionsView->setColumnHidden(ActionTableModel::Session, true);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(AutosaveDelayMs);

    // Left: the agenda.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *agendaLabel = new QLabel(tr("&Agenda"), this);
    agendaLabel->setBuddy(m_agenda);
    leftLayout->addWidget(agendaLabel);
    leftLayout->addWidget(m_agenda, 1);

    // Centre: the block's entries and the editor of one.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto *entriesLabel = new QLabel(tr("E&ntries"), this);
    entriesLabel->setBuddy(m_entries);
    auto *entryButtons = new QHBoxLayout;
    const QStringList kinds = Vocabulary::noteKinds();
    QList<QWidget *> editing; // hidden while the database is open read-only
    for (int i = 0; i < kinds.size(); ++i) {
        auto *button = new QPushButton(Vocabulary::noteKindLabel(kinds.at(i)), this);
        editing << button;
        button->setToolTip(tr("New entry: %1 (Ctrl+Shift+%2)").arg(Vocabulary::noteKindLabel(kinds.at(i))).arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, kind = kinds.at(i)] { addEntry(kind); });
        entryButtons->addWidget(button);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("C&ity:"), m_city);
    auto *deleteButton = new QPushButton(tr("Delete Entry"), this);
    auto *actionButton = new QPushButton(tr("Action &Item…"), this);
    actionButton->setToolTip(tr("An action item from this entry (Ctrl+Shift+A)"));
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(actionButton);
    editorButtons->addStretch(1);
    editorButtons->addWidget(deleteButton);
    centreLayout->addWidget(entriesLabel);
    centreLayout->addWidget(m_entries, 2);
    centreLayout->addLayout(entryButtons);
    centreLayout->addLayout(form);
    centreLayout->addWidget(m_body, 3);
    centreLayout->addLayout(editorButtons);

    // Right: attendance and actions.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *attendanceLabel = new QLabel(tr("Attendance"), this);
    auto *addPersonButton = new QPushButton(tr("Add &Person…"), this);
    auto *actionsLabel = new QLabel(tr("Action items"), this);
    rightLayout->addWidget(attendanceLabel);
    rightLayout->addWidget(m_attendanceView, 1);
    rightLayout->addWidget(addPersonButton, 0, Qt::AlignRight);
    rightLayout->addWidget(actionsLabel);
    rightLayout->addWidget(m_actionsView, 1);

    // The session's history shares the right-hand side: looked at now and then, not while typing.
    auto *rightTabs = new QTabWidget(this);
    rightTabs->setAccessibleName(tr("Attendance, actions and history"));
    rightTabs->addTab(right, tr("Attendance and Actions"));
    rightTabs->addTab(m_history, tr("History"));
    m_history->setScope(HistoryScope::Session, sessionId);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(rightTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({260, 620, 400});

    auto *pdfButton = new QPushButton(tr("Export &PDF…"), this);
    pdfButton->setToolTip(tr("The minutes as a PDF to send to every city"));
    auto *printButton = new QPushButton(tr("P&rint…"), this);
    // Readiness is assessed at each session: the member cities' pilots are a click away.
    auto *assessButton = new QPushButton(tr("Assess Pilo&t…"), this);
    assessButton->setToolTip(tr("Assess a member city's pilot on the readiness rubric at this session"));
    auto *assessMenu = new QMenu(assessButton);
    assessButton->setMenu(assessMenu);
    connect(assessMenu, &QMenu::aboutToShow, this, [this, assessMenu] {
        assessMenu->clear();
        const auto session = SessionStore(m_context.database.connection(), m_context.clock).fetch(m_sessionId);
        const auto pilots = session ? ReadinessQueries(m_context.database.connection())
                                          .standings(PilotFilter{session->pairingId, 0, 0})
                                    : Result<QList<PilotStanding>>(session.status());
        if (!pilots || pilots->isEmpty()) {
            QAction *none = assessMenu->addAction(
                pilots ? tr("No pilots yet: add them in the pairing's Pilots tab") : pilots.error());
            none->setEnabled(false);
            return;
        }
        for (const PilotStanding &pilot : pilots.value()) {
            QAction *action = assessMenu->addAction(
                tr("%1 — %2 (%3)").arg(pilot.cityName, pilot.title, ReadinessText::overallShort(Rubric::shipped(), pilot.readiness)));
            connect(action, &QAction::triggered, this, [this, id = pilot.pilotId] { assessPilot(id); });
        }
    });
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_saved);
    headerRow->addWidget(pdfButton);
    headerRow->addWidget(printButton);
    headerRow->addWidget(assessButton);
    connect(pdfButton, &QPushButton::clicked, this, &SessionWorkspace::exportPdf);
    ReadOnlyControls::hide(context, editing << deleteButton << actionButton << addPersonButton << assessButton);
    if (context.database.isReadOnly()) { // the minutes can be read, not typed into
        m_body->setReadOnly(true);
        m_attendanceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    connect(printButton, &QPushButton::clicked, this, &SessionWorkspace::printMinutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headerRow);
    layout->addWidget(splitter, 1);
    resize(1280, 760);

    // Keyboard first: every action has a shortcut within this window.
    const auto shortcut = [this](const QKeySequence &keys, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    const int digitKeys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5};
    for (int i = 0; i < kinds.size() && i < 5; ++i)
        shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | digitKeys[i]), Vocabulary::noteKindLabel(kinds.at(i)),
                 [this, kind = kinds.at(i)] { addEntry(kind); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Action item"), [this] { addActionFromEntry(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), tr("Next agenda block"), [this] { nextBlock(1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), tr("Previous agenda block"), [this] { nextBlock(-1); });
    shortcut(QKeySequence::Save, tr("Save now"), [this] { saveNow(); });

    connect(m_agenda, &QListWidget::currentRowChanged, this, &SessionWorkspace::selectBlock);
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // By id: saving a new entry reloads the list, which moves rows.
                const qint64 chosen = m_notes->noteAt(current.row()).id;
                const bool saved = saveNow();
                const QSignalBlocker blocker(m_entries->selectionModel());
                if (!saved) { // keep what was typed in the editor, and the list on it
                    const int row = m_notes->rowOfId(m_current.id);
                    m_entries->setCurrentIndex(row >= 0 ? m_notes->index(row) : QModelIndex());
                    return;
                }
                const int row = m_notes->rowOfId(chosen);
                m_entries->setCurrentIndex(row >= 0 ? m_notes->index(row) : QModelIndex());
                showEntry(row);
            });
    connect(m_body, &QPlainTextEdit::textChanged, this, &SessionWorkspace::scheduleSave);
    // A save refused while an import was written is tried again once it is done.
    connect(&m_context.editor, &Editor::writingAwayChanged, this, [this](bool writing) {
        if (!writing && m_dirty)
            scheduleSave();
    });
    connect(m_kind, &QComboBox::activated, this, &SessionWorkspace::scheduleSave);
    connect(m_city, &QComboBox::activated, this, &SessionWorkspace::scheduleSave);
    connect(m_saveTimer, &QTimer::timeout, this, &SessionWorkspace::saveNow);
    connect(deleteButton, &QPushButton::clicked, this, &SessionWorkspace::deleteEntry);
    connect(actionButton, &QPushButton::clicked, this, &SessionWorkspace::addActionFromEntry);
    connect(addPersonButton, &QPushButton::clicked, this, &SessionWorkspace::addPerson);
    connect(m_actionsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto action = ActionStore(m_context.database.connection(), m_context.clock).fetch(m_actions->idAt(index.row()));
        if (!action)
            return;
        ActionDialog dialog(m_context, this);
        dialog.setAction(action.value());
        dialog.setSave([&] { return m_context.editor.editAction(dialog.action()); });
        dialog.exec();
    });
    connect(&context.notifier, &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change) {
                if (entity == ChangeNotifier::Entity::Session && id == m_sessionId) {
                    if (change == ChangeNotifier::Change::Removed)
                        close();
                    else
                        loadSession();
                }
                // The entry in the editor changed elsewhere (an undo, say) while nothing is
                // waiting to be saved: show what is stored now.
                if (entity == ChangeNotifier::Entity::Note && id == m_current.id && id > 0 && !m_dirty) {
                    if (change == ChangeNotifier::Change::Removed)
                        showEntry(-1);
                    else if (const auto note = NoteStore(m_context.database.connection(), m_context.clock).fetch(id))
                        showNote(note.value());
                }
            });
    loadSession();
    selectBlock(0);
}

SessionWorkspace::~SessionWorkspace() = default;

void SessionWorkspace::loadSession()
{
    const auto session = SessionStore(m_context.database.connection(), m_context.clock).fetch(m_sessionId);
    if (!session)
        return;
    const auto pairing = ProgrammeQueries(m_context.database.connection()).pairing(session->pairingId);
    const auto cities = pairing ? pairing->cities : QList<ProgrammeQueries::MemberCity>();
    m_sessionTitle = tr("%1 · Session %2: %3")
                         .arg(pairing ? pairing->code : QString()).arg(session->sequence)
                         .arg(session->title.isEmpty() ? Vocabulary::sessionKindLabel(session->kind) : session->title);
    QString header = m_sessionTitle;
    if (session->startUtc.isValid())
        header += QStringLiteral("\n%1 UTC · %2")
                      .arg(QLocale().toString(session->startUtc, QStringLiteral("ddd d MMM yyyy HH:mm")),
                           SessionSchedule::localTimesLine(session->startUtc, cities));
    m_header->setText(header);

    const int current = qMax(0, m_agenda->currentRow());
    const QSignalBlocker blocker(m_agenda);
    m_agenda->clear();
    auto *general = new QListWidgetItem(tr("Whole session"), m_agenda);
    general->setData(BlockIdRole, 0);
    const auto times = SessionSchedule::blockTimes(session.value());
    for (int i = 0; i < session->agenda.size(); ++i) {
        const AgendaItemRecord &block = session->agenda.at(i);
        const QString when = i < times.size() ? times.at(i).startUtc.time().toString(QStringLiteral("HH:mm")) + u' ' : QString();
        auto *item = new QListWidgetItem(when + block.title, m_agenda);
        item->setData(BlockIdRole, block.id);
        item->setToolTip(block.objectives);
    }
    m_agenda->setCurrentRow(qMin(current, m_agenda->count() - 1));
    m_attendance->setSession(m_sessionId);
    updateTitle();
}

void SessionWorkspace::selectBlock(int row)
{
    if (row < 0 || row >= m_agenda->count())
        return;
    if (!saveNow()) { // stay with the text that could not be saved
        const QSignalBlocker blocker(m_agenda);
        for (int r = 0; r < m_agenda->count(); ++r) {
            if (m_agenda->item(r)->data(BlockIdRole).toLongLong() == m_notes->agendaItemId())
                m_agenda->setCurrentRow(r);
        }
        return;
    }
    if (m_agenda->currentRow() != row) {
        const QSignalBlocker blocker(m_agenda);
        m_agenda->setCurrentRow(row);
    }
    m_notes->setBlock(m_sessionId, m_agenda->item(row)->data(BlockIdRole).toLongLong());
    showEntry(m_notes->rowCount() > 0 ? 0 : -1);
    if (m_notes->rowCount() > 0)
        m_entries->setCurrentIndex(m_notes->index(0));
}

void SessionWorkspace::showItem(const QString &source, qint64 id)
{
    if (source == QLatin1String("action")) {
        for (int row = 0; row < m_actions->rowCount(); ++row) {
            if (m_actions->idAt(row) == id) {
                m_actionsView->selectRow(row);
                m_actionsView->setFocus();
            }
        }
        return;
    }
    const auto note = NoteStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (!note || note->sessionId != m_sessionId)
        return;
    for (int row = 0; row < m_agenda->count(); ++row) {
        if (m_agenda->item(row)->data(BlockIdRole).toLongLong() == note->agendaItemId.value_or(0)) {
            selectBlock(row);
            break;
        }
    }
    const int entry = m_notes->rowOfId(id);
    if (entry >= 0) {
        m_entries->setCurrentIndex(m_notes->index(entry));
        m_body->setFocus();
    }
}

void SessionWorkspace::nextBlock(int delta)
{
    selectBlock(qBound(0, m_agenda->currentRow() + delta, m_agenda->count() - 1));
}

void SessionWorkspace::showEntry(int row)
{
    showNote(row >= 0 ? m_notes->noteAt(row) : NoteRecord(), row >= 0);
}

void SessionWorkspace::showNote(const NoteRecord &note, bool has)
{
    m_current = note;
    const QSignalBlocker b1(m_body), b2(m_kind), b3(m_city);
    m_body->setPlainText(m_current.body);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_current.kind)));
    m_city->setCurrentIndex(qMax(0, m_cities->rowOfId(m_current.cityId.value_or(0))));
    for (QWidget *w : {static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_city)})
        w->setEnabled(has);
    m_dirty = false;
}

void SessionWorkspace::addEntry(const QString &kind)
{
    if (!saveNow())
        return;
    const QSignalBlocker blocker(m_entries->selectionModel());
    m_entries->selectionModel()->clearCurrentIndex(); // a click on any entry leaves the new one
    m_entries->clearSelection();
    NoteRecord note;
    note.sessionId = m_sessionId;
    const qint64 block = m_agenda->currentItem() ? m_agenda->currentItem()->data(BlockIdRole).toLongLong() : 0;
    note.agendaItemId = block > 0 ? std::optional<qint64>(block) : std::nullopt;
    note.kind = kind;
    m_current = note;
    const QSignalBlocker b1(m_body), b2(m_kind), b3(m_city);
    m_body->clear();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_city->setCurrentIndex(0);
    for (QWidget *w : {static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_city)})
        w->setEnabled(true);
    m_dirty = false;
    m_body->setFocus();
}

void SessionWorkspace::scheduleSave()
{
    // Saved half a second after typing pauses, and at least once a second while it goes on:
    // a crash loses at most the last second of typing.
    if (!m_dirty)
        m_dirtySince.start();
    m_dirty = true;
    if (m_dirtySince.elapsed() >= MaxUnsavedMs)
        saveNow();
    else
        m_saveTimer->start();
}

bool SessionWorkspace::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return true;
    NoteRecord note = m_current;
    note.body = m_body->toPlainText();
    note.kind = m_kind->currentData().toString();
    const qint64 city = m_cities->idAt(m_city->currentIndex());
    note.cityId = city > 0 ? std::optional<qint64>(city) : std::nullopt;
    if (note.id == 0 && note.body.trimmed().isEmpty())
        return true; // a new entry is written once it holds text
    Status status;
    if (note.id == 0) {
        const auto id = m_context.editor.addNote(note);
        status = id.status();
        if (id) {
            note.id = id.value();
            const QSignalBlocker blocker(m_entries->selectionModel());
            m_entries->setCurrentIndex(m_notes->index(qMax(0, m_notes->rowOfId(note.id))));
        }
    } else {
        status = m_context.editor.editNote(note);
    }
    if (!status) {
        m_saved->setText(tr("Not saved: %1").arg(status.error()));
        return false;
    }
    // What the store made of it (position, uuid, stamps), so the next save changes the body only.
    m_current = NoteStore(m_context.database.connection(), m_context.clock).fetch(note.id).value_or(note);
    m_dirty = false;
    m_lastSaved = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    updateTitle();
    return true;
}

void SessionWorkspace::deleteEntry()
{
    m_saveTimer->stop();
    if (m_current.id == 0) {
        showEntry(-1);
        return;
    }
    if (const Status s = m_context.editor.deleteNote(m_current.id); !s) {
        m_saved->setText(s.error());
        return;
    }
    showEntry(-1);
}

void SessionWorkspace::addActionFromEntry()
{
    saveNow();
    ActionItemRecord action;
    action.sessionId = m_sessionId;
    if (m_current.id > 0)
        action.noteId = m_current.id;
    action.description = m_current.body.section(u'\n', 0, 0).trimmed();
    action.cityId = m_current.cityId;
    ActionDialog dialog(m_context, this);
    dialog.setAction(action);
    dialog.setSave([&] { return m_context.editor.addAction(dialog.action()).status(); });
    dialog.exec();
}

void SessionWorkspace::addPerson()
{
    PersonDialog dialog(m_context.database.connection(), this);
    dialog.setPerson(PersonRecord());
    qint64 newId = 0;
    dialog.setSave([&] {
        const auto id = m_context.editor.addPerson(dialog.person());
        newId = id ? id.value() : 0;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted && newId > 0) {
        AttendanceRecord present;
        present.sessionId = m_sessionId;
        present.personId = newId;
        present.status = QStringLiteral("present");
        // Added on the spot means present; the person stays even if this fails.
        if (const Status s = m_context.editor.setAttendance(present); !s)
            m_saved->setText(s.error());
        m_attendance->setSession(m_sessionId);
    }
}

Status SessionWorkspace::exportPdfTo(const QString &path)
{
    saveNow();
    const auto data = MinutesData::load(m_context.database.connection(), m_sessionId);
    if (!data)
        return data.status();
    return MinutesDocument::writePdf(data.value(), path, Preferences::organisationName());
}

void SessionWorkspace::exportPdf()
{
    const auto data = MinutesData::load(m_context.database.connection(), m_sessionId);
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                              + (data ? data->fileName() : QStringLiteral("minutes.pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Minutes"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = exportPdfTo(path);
    m_saved->setText(written ? tr("Wrote %1").arg(QDir::toNativeSeparators(path)) : written.error());
}

void SessionWorkspace::assessPilot(qint64 pilotId)
{
    saveNow();
    if (AssessmentDialog::assessPilot(m_context, pilotId, this, m_sessionId))
        m_saved->setText(tr("Assessment saved: it appears in the pilot's history and in these minutes."));
}

void SessionWorkspace::printMinutes()
{
    saveNow();
    if (const Status s = MinutesPrinting::preview(m_context.database.connection(), m_sessionId, this); !s)
        m_saved->setText(s.error());
}

QString SessionWorkspace::savedText() const
{
    return m_saved->text();
}

QString SessionWorkspace::headerText() const
{
    return m_header->text();
}

void SessionWorkspace::updateTitle()
{
    const QString saved = m_lastSaved.isEmpty() ? tr("nothing typed yet") : tr("saved %1").arg(m_lastSaved);
    m_saved->setText(saved);
    setWindowTitle(tr("%1 — %2").arg(m_sessionTitle, saved));
}

void SessionWorkspace::closeEvent(QCloseEvent *event)
{
    if (!saveNow()) {
        const auto answer = QMessageBox::warning(this, windowTitle(),
            tr("The last changes could not be saved: %1\nClose and lose them?").arg(m_saved->text()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    QWidget::closeEvent(event);
}
