#include "SessionDialog.h"

#include "common/TabOrder.h"
#include "AgendaEditor.h"
#include "SlotFinderDialog.h"
#include "common/AppContext.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "edit/Editor.h"
#include "itemmodels/AgendaTableModel.h"
#include "itemmodels/ChoiceListModel.h"
#include "planning/SessionSchedule.h"
#include "store/ProgrammeQueries.h"
#include "store/SessionStore.h"
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
} // namespace

SessionDialog::SessionDialog(AppContext &context, QWidget *parent)
    : RecordDialog(parent), m_context(context),
      m_pairings(ChoiceListModel::pairings(context.database.connection(), QString(), this)),
      m_agenda(new AgendaTableModel(this)), m_pairing(new QComboBox(this)), m_sequence(new QSpinBox(this)),
      m_kind(new QComboBox(this)), m_title(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_mode(new QComboBox(this)), m_hasTime(new QCheckBox(tr("&Set"), this)),
      m_start(new QDateTimeEdit(this)), m_localTimes(new QLabel(this)), m_duration(new QSpinBox(this)),
      m_link(new QLineEdit(this)), m_location(new QLineEdit(this)), m_objectives(new QPlainTextEdit(this)),
      m_agendaEditor(new AgendaEditor(context, m_agenda, this)), m_templates(new QComboBox(this)),
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

    const auto templates = TemplateStore(context.database.connection(), context.clock).templates().value_or({});
    m_templates->addItem(tr("Apply a template…"), 0);
    for (const TemplateRecord &t : templates)
        m_templates->addItem(QStringLiteral("%1 (%2 min)").arg(t.name).arg(t.totalMinutes()), t.id);
    m_total->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    // Warnings stand out by weight and a sign, not by a colour that a theme may not have.
    QFont warningFont = m_warnings->font();
    warningFont.setBold(true);
    m_warnings->setFont(warningFont);

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
    auto *startLabel = new QLabel(tr("Start (UT&C):"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, timeRow);
    form->addRow(tr("Local times:"), m_localTimes);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("&Venue:"), m_location);
    form->addRow(tr("&Objectives:"), m_objectives);

    auto *saveTemplate = new QPushButton(tr("Save as &Template…"), this);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(saveTemplate);
    templateRow->addWidget(m_total);

    auto *agendaLabel = new QLabel(tr("A&genda (drag blocks to reorder):"), this);
    agendaLabel->setBuddy(m_agendaEditor->view());
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(agendaLabel);
    contentLayout()->addWidget(m_agendaEditor, 1);
    contentLayout()->addLayout(templateRow);
    contentLayout()->addWidget(m_warnings);
    TabOrder::chain({m_pairing, m_sequence, m_kind, m_title, m_status, m_hasTime, m_start, findTime, m_duration,
                     m_mode, m_link, m_location, m_objectives, m_agendaEditor, m_templates, saveTemplate});
    resize(960, 700);

    connect(m_pairing, &QComboBox::activated, this, &SessionDialog::pairingChosen);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SessionDialog::kindChanged);
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
    connect(saveTemplate, &QPushButton::clicked, this, &SessionDialog::saveAsTemplate);
    connect(m_templates, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyTemplate(index);
        m_templates->setCurrentIndex(0);
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

void SessionDialog::setPairingLocked(bool locked)
{
    m_pairing->setEnabled(!locked && m_session.id == 0);
}

void SessionDialog::useKindTemplates()
{
    m_kindTemplates = true;
    if (m_agenda->rowCount() == 0)
        kindChanged();
}

void SessionDialog::kindChanged()
{
    if (!m_kindTemplates || m_agenda->agenda() != m_autoAgenda)
        return;
    const auto record = TemplateStore(m_context.database.connection(), m_context.clock)
                            .forKind(m_kind->currentData().toString());
    m_autoAgenda = record ? TemplateStore::agendaFrom(record.value()) : QList<AgendaItemRecord>();
    m_agenda->setAgenda(m_autoAgenda);
    if (record && record->totalMinutes() > 0)
        m_duration->setValue(record->totalMinutes());
}

void SessionDialog::pairingChosen()
{
    // A new session takes the next number in the pairing the facilitator moves it to.
    m_sequence->setValue(SessionStore(m_context.database.connection(), m_context.clock)
                             .nextSequence(m_pairings->idAt(m_pairing->currentIndex())));
    pairingChanged();
}

void SessionDialog::pairingChanged()
{
    m_members = ProgrammeQueries(m_context.database.connection())
                    .membersOf(m_pairings->idAt(m_pairing->currentIndex()))
                    .value_or({});
    m_agenda->setCities(m_members);
    updateTimes();
}

void SessionDialog::updateTimes()
{
    const QDateTime start = startUtc();
    QStringList lines;
    for (const auto &t : SessionSchedule::localTimes(start, m_members))
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
    QFont totalFont = m_total->font();
    totalFont.setBold(total != m_duration->value() && m_agenda->rowCount() > 0);
    m_total->setFont(totalFont);
    const QStringList warnings = Validation::sessionWarnings(session());
    m_warnings->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString SessionDialog::localTimesText() const { return m_localTimes->text(); }
QString SessionDialog::agendaTotalText() const { return m_total->text(); }
QString SessionDialog::warningText() const { return m_warnings->isHidden() ? QString() : m_warnings->text(); }

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
