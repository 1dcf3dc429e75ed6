#include "SessionDialog.h"

#include "SlotFinderDialog.h"
#include "common/AppContext.h"
#include "common/ChoiceDelegate.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "edit/Editor.h"
#include "itemmodels/AgendaTableModel.h"
#include "itemmodels/ChoiceListModel.h"
#include "planning/SessionSchedule.h"
#include "store/ProgrammeQueries.h"
#include "store/TemplateStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
void fillVocabulary(QComboBox *combo, const QStringList &keys, QString (*label)(const QString &))
{
    for (const QString &key : keys)
        combo->addItem(label(key), key);
}

QHash<qint64, QString> namesOf(const ChoiceListModel *model)
{
    QHash<qint64, QString> names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.insert(model->idAt(row), model->index(row).data().toString());
    return names;
}
} // namespace

SessionDialog::SessionDialog(AppContext &context, QWidget *parent)
    : RecordDialog(parent), m_context(context),
      m_pairings(ChoiceListModel::pairings(context.database.connection(), QString(), this)),
      m_methods(ChoiceListModel::methods(context.database.connection(), tr("— none —"), this)),
      m_people(ChoiceListModel::people(context.database.connection(), tr("— none —"), this)),
      m_agenda(new AgendaTableModel(this)), m_pairing(new QComboBox(this)), m_sequence(new QSpinBox(this)),
      m_kind(new QComboBox(this)), m_title(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_mode(new QComboBox(this)), m_hasTime(new QCheckBox(tr("&Set"), this)),
      m_start(new QDateTimeEdit(this)), m_localTimes(new QLabel(this)), m_duration(new QSpinBox(this)),
      m_link(new QLineEdit(this)), m_location(new QLineEdit(this)), m_objectives(new QPlainTextEdit(this)),
      m_agendaView(new QTableView(this)), m_methodPicker(new QComboBox(this)), m_templates(new QComboBox(this)),
      m_total(new QLabel(this)), m_warnings(new QLabel(this))
{
    setWindowTitle(tr("Session"));
    m_pairing->setModel(m_pairings);
    m_sequence->setRange(1, 99);
    fillVocabulary(m_kind, Vocabulary::sessionKinds(), &Vocabulary::sessionKindLabel);
    fillVocabulary(m_status, Vocabulary::sessionStatuses(), &Vocabulary::sessionStatusLabel);
    fillVocabulary(m_mode, Vocabulary::sessionModes(), &Vocabulary::sessionModeLabel);
    m_title->setPlaceholderText(tr("e.g. Kick-off: our cities' challenges"));
    m_start->setTimeSpec(Qt::UTC);
    m_start->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm 'UTC'"));
    m_start->setCalendarPopup(true);
    m_localTimes->setWordWrap(true);
    m_localTimes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_duration->setRange(1, Validation::MaxSessionMinutes);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_link->setPlaceholderText(QStringLiteral("https://"));
    m_location->setPlaceholderText(tr("Venue of an in-person or hybrid session"));
    m_objectives->setTabChangesFocus(true);
    m_objectives->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    m_agendaView->setModel(m_agenda);
    m_agendaView->setAccessibleName(tr("Agenda"));
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setDragDropMode(QAbstractItemView::InternalMove);
    m_agendaView->setDragEnabled(true);
    m_agendaView->setAcceptDrops(true);
    m_agendaView->setDropIndicatorShown(true);
    m_agendaView->setItemDelegateForColumn(AgendaTableModel::Method, new ChoiceDelegate(m_methods, m_agendaView));
    m_agendaView->setItemDelegateForColumn(AgendaTableModel::Owner, new ChoiceDelegate(m_people, m_agendaView));
    m_agendaView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_agendaView->horizontalHeader()->moveSection(AgendaTableModel::Start, 0);
    m_agendaView->horizontalHeader()->moveSection(AgendaTableModel::LocalStart, 1);
    m_agendaView->horizontalHeader()->setStretchLastSection(true);
    m_agendaView->setColumnWidth(AgendaTableModel::Start, 60);
    m_agendaView->setColumnWidth(AgendaTableModel::LocalStart, 220);
    m_agendaView->setColumnWidth(AgendaTableModel::Title, 220);
    m_agendaView->setColumnWidth(AgendaTableModel::Method, 170);
    m_agendaView->setColumnWidth(AgendaTableModel::Minutes, 70);
    m_agenda->setMethodNames(namesOf(m_methods));
    m_agenda->setOwnerNames(namesOf(m_people));

    m_methodPicker->setModel(m_methods);
    m_methodPicker->setEditable(true);
    m_methodPicker->setInsertPolicy(QComboBox::NoInsert);
    m_methodPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_methodPicker->completer()->setFilterMode(Qt::MatchContains);
    m_methodPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_methodPicker->setCurrentIndex(-1);
    m_methodPicker->lineEdit()->setPlaceholderText(tr("Search the method library…"));
    m_methodPicker->setToolTip(tr("Choose a method to insert it as a block after the selected one"));
    const auto templates = TemplateStore(context.database.connection(), context.clock).templates().value_or({});
    m_templates->addItem(tr("Apply a template…"), 0);
    for (const TemplateRecord &t : templates)
        m_templates->addItem(QStringLiteral("%1 (%2 min)").arg(t.name).arg(t.totalMinutes()), t.id);
    m_total->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setForegroundRole(QPalette::LinkVisited);

    auto *findTime = new QPushButton(tr("&Find a Time…"), this);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_hasTime);
    timeRow->addWidget(m_start, 1);
    timeRow->addWidget(findTime);

    auto *form = new QFormLayout;
    form->addRow(tr("&Pairing:"), m_pairing);
    form->addRow(tr("&Number in the cycle:"), m_sequence);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("Start (UTC):"), timeRow);
    form->addRow(tr("Local times:"), m_localTimes);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("&Venue:"), m_location);
    form->addRow(tr("&Objectives:"), m_objectives);

    auto *add = new QPushButton(tr("&Add Block"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move U&p"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    auto *saveTemplate = new QPushButton(tr("Save as &Template…"), this);
    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(add);
    agendaButtons->addWidget(m_methodPicker, 1);
    agendaButtons->addWidget(remove);
    agendaButtons->addWidget(up);
    agendaButtons->addWidget(down);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(saveTemplate);
    templateRow->addWidget(m_total);

    auto *agendaLabel = new QLabel(tr("A&genda (drag blocks to reorder):"), this);
    agendaLabel->setBuddy(m_agendaView);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(agendaLabel);
    contentLayout()->addWidget(m_agendaView, 1);
    contentLayout()->addLayout(agendaButtons);
    contentLayout()->addLayout(templateRow);
    contentLayout()->addWidget(m_warnings);
    resize(960, 700);

    connect(m_pairing, &QComboBox::currentIndexChanged, this, &SessionDialog::pairingChanged);
    connect(m_hasTime, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasTime, &QCheckBox::toggled, this, &SessionDialog::updateTimes);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SessionDialog::updateTimes);
    connect(m_duration, &QSpinBox::valueChanged, this, &SessionDialog::updateChecks);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SessionDialog::updateChecks);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SessionDialog::updateChecks);
    connect(m_link, &QLineEdit::textChanged, this, &SessionDialog::updateChecks);
    connect(m_location, &QLineEdit::textChanged, this, &SessionDialog::updateChecks);
    connect(m_agenda, &AgendaTableModel::agendaChanged, this, &SessionDialog::updateChecks);
    connect(findTime, &QPushButton::clicked, this, &SessionDialog::findTime);
    connect(add, &QPushButton::clicked, this, &SessionDialog::addBlock);
    connect(remove, &QPushButton::clicked, this, &SessionDialog::removeSelectedBlocks);
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedBlock(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedBlock(1); });
    connect(saveTemplate, &QPushButton::clicked, this, &SessionDialog::saveAsTemplate);
    connect(m_templates, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyTemplate(index);
        m_templates->setCurrentIndex(0);
    });
    connect(m_methodPicker, &QComboBox::activated, this, [this](int index) {
        insertMethod(m_methods->idAt(index));
        m_methodPicker->setCurrentIndex(-1);
    });
}

void SessionDialog::setSession(const SessionRecord &session)
{
    m_session = session;
    m_pairing->setCurrentIndex(qMax(0, m_pairings->rowOfId(session.pairingId)));
    m_pairing->setEnabled(session.id == 0); // a session stays in its pairing
    m_sequence->setValue(qMax(1, session.sequence));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(session.kind)));
    m_title->setText(session.title);
    m_status->setCurrentIndex(qMax(0, m_status->findData(session.status)));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(session.mode)));
    m_hasTime->setChecked(session.startUtc.isValid());
    m_start->setEnabled(session.startUtc.isValid());
    m_start->setDateTime(session.startUtc.isValid() ? session.startUtc.toUTC()
                                                    : QDateTime(m_context.clock.nowUtc().date().addDays(7),
                                                                QTime(14, 0), QTimeZone::utc()));
    m_duration->setValue(session.durationMinutes);
    m_link->setText(session.link);
    m_location->setText(session.location);
    m_objectives->setPlainText(session.objectives);
    m_agenda->setAgenda(session.agenda);
    pairingChanged();
}

SessionRecord SessionDialog::session() const
{
    SessionRecord s = m_session;
    s.pairingId = m_pairings->idAt(m_pairing->currentIndex());
    s.sequence = m_sequence->value();
    s.kind = m_kind->currentData().toString();
    s.title = m_title->text();
    s.status = m_status->currentData().toString();
    s.mode = m_mode->currentData().toString();
    s.startUtc = startUtc();
    s.durationMinutes = m_duration->value();
    s.link = m_link->text();
    s.location = m_location->text();
    s.objectives = m_objectives->toPlainText();
    s.agenda = m_agenda->agenda();
    return s;
}

QDateTime SessionDialog::startUtc() const
{
    if (!m_hasTime->isChecked())
        return {};
    QDateTime start = m_start->dateTime();
    start.setTimeSpec(Qt::UTC);
    return start;
}

void SessionDialog::pairingChanged()
{
    const auto members = ProgrammeQueries(m_context.database.connection())
                             .membersOf(m_pairings->idAt(m_pairing->currentIndex()));
    m_agenda->setCities(members.value_or({}));
    updateTimes();
}

void SessionDialog::updateTimes()
{
    const auto members = ProgrammeQueries(m_context.database.connection())
                             .membersOf(m_pairings->idAt(m_pairing->currentIndex()))
                             .value_or({});
    const QDateTime start = startUtc();
    QStringList lines;
    for (const auto &t : SessionSchedule::localTimes(start, members))
        lines << tr("%1: %2 %3 (%4)").arg(t.city, QLocale().toString(t.local.date(), QStringLiteral("ddd d MMM")),
                                          t.local.time().toString(QStringLiteral("HH:mm")), t.offsetLabel);
    m_localTimes->setText(start.isValid() ? lines.join(u'\n') : tr("No time yet"));
    m_agenda->setSessionStart(start);
    updateChecks();
}

void SessionDialog::updateChecks()
{
    const int total = m_agenda->totalMinutes();
    m_total->setText(tr("Agenda: %1 of %2 min").arg(total).arg(m_duration->value()));
    m_total->setForegroundRole(total == m_duration->value() || m_agenda->rowCount() == 0
                                   ? QPalette::WindowText : QPalette::LinkVisited);
    const QStringList warnings = Validation::sessionWarnings(session());
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString SessionDialog::localTimesText() const { return m_localTimes->text(); }
QString SessionDialog::agendaTotalText() const { return m_total->text(); }
QString SessionDialog::warningText() const { return m_warnings->isHidden() ? QString() : m_warnings->text(); }

void SessionDialog::addBlock()
{
    AgendaItemRecord item;
    item.title = tr("New block");
    item.durationMinutes = 10;
    const QModelIndexList selected = m_agendaView->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_agenda->rowCount() : selected.first().row() + 1;
    m_agenda->insertItem(row, item);
    m_agendaView->selectRow(row);
    m_agendaView->edit(m_agenda->index(row, AgendaTableModel::Title));
}

void SessionDialog::insertMethod(qint64 methodId)
{
    const int choice = m_methods->rowOfId(methodId);
    if (methodId <= 0 || choice < 0)
        return;
    AgendaItemRecord item;
    item.title = m_methods->index(choice).data().toString();
    item.methodId = methodId;
    item.methodName = item.title;
    item.durationMinutes = qMax(5, m_methods->index(choice).data(ChoiceListModel::CodeRole).toInt());
    const QModelIndexList selected = m_agendaView->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_agenda->rowCount() : selected.first().row() + 1;
    m_agenda->insertItem(row, item);
    m_agendaView->selectRow(row);
}

void SessionDialog::applyTemplate(int templateIndex)
{
    const qint64 id = m_templates->itemData(templateIndex).toLongLong();
    const auto record = TemplateStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (!record) {
        showError(record.error());
        return;
    }
    m_agenda->setAgenda(TemplateStore::agendaFrom(record.value()));
    if (record->totalMinutes() > 0)
        m_duration->setValue(record->totalMinutes());
    if (m_objectives->toPlainText().trimmed().isEmpty())
        m_objectives->setPlainText(record->description);
}

void SessionDialog::removeSelectedBlocks()
{
    const QModelIndexList selected = m_agendaView->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        m_agenda->removeRows(selected.first().row(), 1);
}

void SessionDialog::moveSelectedBlock(int delta)
{
    const QModelIndexList selected = m_agendaView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = selected.first().row();
    const int target = row + delta;
    if (target < 0 || target >= m_agenda->rowCount())
        return;
    m_agenda->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? target + 1 : target);
    m_agendaView->selectRow(target);
}

void SessionDialog::saveAsTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Template"), tr("Template name:"),
                                               QLineEdit::Normal, m_title->text(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const auto id = m_context.editor.addTemplate(TemplateStore::fromSession(session(), name));
    if (!id) {
        showError(id.error());
        return;
    }
    m_templates->addItem(QStringLiteral("%1 (%2 min)").arg(name.trimmed()).arg(m_agenda->totalMinutes()), id.value());
    showError(QString());
}

void SessionDialog::findTime()
{
    const QDate from = m_hasTime->isChecked() ? m_start->date() : m_context.clock.nowUtc().date().addDays(1);
    SlotFinderDialog finder(m_context, m_pairings->idAt(m_pairing->currentIndex()), from,
                            m_duration->value(), this);
    if (finder.exec() != QDialog::Accepted || !finder.chosenStart().isValid())
        return;
    m_hasTime->setChecked(true);
    m_start->setDateTime(finder.chosenStart());
    m_duration->setValue(finder.durationMinutes());
}
