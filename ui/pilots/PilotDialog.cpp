#include "PilotDialog.h"

#include "common/AppContext.h"
#include "core/Clock.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/ChoiceListModel.h"
#include "readiness/PilotValidation.h"
#include "store/PilotStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

PilotDialog::PilotDialog(AppContext &context, QWidget *parent)
    : RecordDialog(parent), m_context(context),
      m_pairings(ChoiceListModel::pairings(context.database.connection(),
                                           tr("— choose a pairing —"), this)),
      m_allCities(ProgrammeQueries(context.database.connection()).cities().value_or({})),
      m_pairing(new QComboBox(this)), m_city(new QComboBox(this)), m_placeNote(new QLabel(this)),
      m_title(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_inspiredBy(new QComboBox(this)), m_practice(new QLineEdit(this)),
      m_academic(new QLineEdit(this)), m_private(new QLineEdit(this)), m_other(new QLineEdit(this)),
      m_startKnown(new QCheckBox(tr("&Known:"), this)), m_start(new QDateEdit(this))
{
    setWindowTitle(tr("Pilot"));
    m_pairing->setModel(m_pairings);
    m_pairing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pairing->setMinimumContentsLength(30);
    m_city->setAccessibleName(tr("City"));
    m_placeNote->setWordWrap(true);
    m_placeNote->hide();
    m_title->setMaxLength(PilotValidation::MaxTitleLength);
    m_title->setPlaceholderText(tr("What the city will implement, in a few words"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(
        tr("The pilot: what, where, for whom, and what it should achieve"));
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_inspiredBy->setAccessibleName(tr("Inspired by city"));
    m_inspiredBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_inspiredBy->setMinimumContentsLength(24);
    m_practice->setPlaceholderText(
        tr("The practice it adapts, e.g. “Low-temperature district heating”"));
    m_practice->setAccessibleName(tr("Inspired by practice"));
    m_academic->setPlaceholderText(tr("Universities, research institutes"));
    m_private->setPlaceholderText(tr("Companies, utilities, start-ups"));
    m_other->setPlaceholderText(tr("NGOs, citizens' groups, other public bodies"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_start->setDate(context.clock.nowUtc().date());
    m_start->setEnabled(false);
    m_start->setAccessibleName(tr("Expected start"));

    auto *start = new QHBoxLayout;
    start->addWidget(m_startKnown);
    start->addWidget(m_start, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Pairing:"), m_pairing);
    form->addRow(tr("&City:"), m_city);
    form->addRow(QString(), m_placeNote);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Inspired by city:"), m_inspiredBy);
    form->addRow(tr("… or p&ractice:"), m_practice);
    form->addRow(tr("&Academic partners:"), m_academic);
    form->addRow(tr("Pri&vate-sector partners:"), m_private);
    form->addRow(tr("&Other partners:"), m_other);
    form->addRow(tr("Expected start:"), start);
    contentLayout()->addLayout(form);

    connect(m_pairing, &QComboBox::currentIndexChanged, this, &PilotDialog::pairingChosen);
    connect(m_city, &QComboBox::currentIndexChanged, this, &PilotDialog::cityChosen);
    connect(m_startKnown, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    pairingChosen();
}

void PilotDialog::setPlace(qint64 pairingId, qint64 cityId)
{
    m_pairing->setCurrentIndex(qMax(0, m_pairings->rowOfId(pairingId)));
    const int city = m_city->findData(cityId);
    if (city >= 0)
        m_city->setCurrentIndex(city);
    if (pairingId > 0 && cityId > 0)
        m_title->setFocus();
    else
        m_pairing->setFocus();
}

void PilotDialog::setPilot(const PilotRecord &pilot)
{
    m_pilot = pilot;
    setPlace(pilot.pairingId, pilot.cityId);
    // A pilot belongs to one city's place in its pairing: another place is another pilot.
    m_pairing->setEnabled(pilot.id <= 0);
    m_city->setEnabled(pilot.id <= 0);
    m_title->setText(pilot.title);
    m_title->setCursorPosition(0); // a long title shows its beginning
    m_description->setPlainText(pilot.description);
    fillInspiredBy(pilot.inspiredByCityId.value_or(0));
    m_practice->setText(pilot.inspiredByPractice);
    m_academic->setText(pilot.academicPartners);
    m_private->setText(pilot.privatePartners);
    m_other->setText(pilot.otherPartners);
    m_startKnown->setChecked(pilot.expectedStart.isValid());
    if (pilot.expectedStart.isValid())
        m_start->setDate(pilot.expectedStart);
    cityChosen();
    m_title->setFocus();
}

PilotRecord PilotDialog::pilot() const
{
    PilotRecord p = m_pilot;
    p.pairingId = m_pairings->idAt(m_pairing->currentIndex());
    p.cityId = m_city->currentData().toLongLong();
    p.title = m_title->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    const qint64 inspired = m_inspiredBy->currentData().toLongLong();
    p.inspiredByCityId = inspired > 0 ? std::optional<qint64>(inspired) : std::nullopt;
    p.inspiredByPractice = m_practice->text().trimmed();
    p.academicPartners = m_academic->text().trimmed();
    p.privatePartners = m_private->text().trimmed();
    p.otherPartners = m_other->text().trimmed();
    p.expectedStart = m_startKnown->isChecked() ? m_start->date() : QDate();
    return p;
}

QString PilotDialog::placeNote() const
{
    return m_placeNote->isHidden() ? QString() : m_placeNote->text();
}

void PilotDialog::pairingChosen()
{
    const qint64 pairing = m_pairings->idAt(m_pairing->currentIndex());
    const qint64 keepCity = m_city->currentData().toLongLong();
    m_members =
        pairing > 0
            ? ProgrammeQueries(m_context.database.connection()).membersOf(pairing).value_or({})
            : QList<ProgrammeQueries::MemberCity>();
    {
        const QSignalBlocker blocker(m_city);
        m_city->clear();
        for (const ProgrammeQueries::MemberCity &c : m_members)
            m_city->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.countryCode), c.id);
        m_city->setCurrentIndex(qMax(0, m_city->findData(keepCity)));
    }
    cityChosen();
}

void PilotDialog::cityChosen()
{
    fillInspiredBy(m_inspiredBy->currentData().toLongLong());
    // Says at once what saving would refuse: a city has one pilot per pairing.
    const qint64 pairing = m_pairings->idAt(m_pairing->currentIndex());
    const qint64 city = m_city->currentData().toLongLong();
    QString note;
    if (pairing > 0 && m_members.isEmpty())
        note = tr("This pairing has no member cities yet.");
    if (pairing > 0 && city > 0 && m_pilot.id <= 0) {
        const auto existing =
            PilotStore(m_context.database.connection(), m_context.clock).ofCity(pairing, city);
        if (existing && existing.value())
            note = tr("⚠ %1 already has a pilot in this pairing: edit that one instead.")
                       .arg(m_city->currentText());
    }
    m_placeNote->setText(note);
    m_placeNote->setVisible(!note.isEmpty());
}

// The pairing's other member cities first (the peers a pilot usually comes from), then any city.
void PilotDialog::fillInspiredBy(qint64 keep)
{
    const qint64 own = m_city->currentData().toLongLong();
    const QSignalBlocker blocker(m_inspiredBy);
    m_inspiredBy->clear();
    m_inspiredBy->addItem(tr("— none —"), qint64(0));
    QList<qint64> peers;
    for (const ProgrammeQueries::MemberCity &c : m_members) {
        if (c.id == own)
            continue;
        m_inspiredBy->addItem(tr("%1 (%2) — peer in this pairing").arg(c.name, c.countryCode),
                              c.id);
        peers << c.id;
    }
    m_inspiredBy->insertSeparator(m_inspiredBy->count());
    for (const ProgrammeQueries::Choice &c : m_allCities) {
        if (c.id != own && !peers.contains(c.id))
            m_inspiredBy->addItem(c.label, c.id);
    }
    m_inspiredBy->setCurrentIndex(qMax(0, m_inspiredBy->findData(keep)));
}

std::optional<qint64> PilotDialog::addPilot(AppContext &context, qint64 pairingId, qint64 cityId,
                                            QWidget *parent)
{
    PilotDialog dialog(context, parent);
    dialog.setWindowTitle(tr("New Pilot"));
    dialog.setPlace(pairingId, cityId);
    std::optional<qint64> added;
    dialog.setSave([&]() -> Status {
        auto id = context.editor.addPilot(dialog.pilot());
        if (id)
            added = id.value();
        return id.status();
    });
    dialog.exec();
    return added;
}

bool PilotDialog::editPilot(AppContext &context, qint64 pilotId, QWidget *parent)
{
    const auto pilot = PilotStore(context.database.connection(), context.clock).fetch(pilotId);
    if (!pilot)
        return false;
    PilotDialog dialog(context, parent);
    dialog.setWindowTitle(tr("Edit Pilot"));
    dialog.setPilot(pilot.value());
    dialog.setSave([&] { return context.editor.editPilot(dialog.pilot()); });
    return dialog.exec() == QDialog::Accepted;
}
