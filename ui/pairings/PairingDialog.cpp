#include "PairingDialog.h"

#include "common/TabOrder.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "itemmodels/ChoiceListModel.h"
#include "store/PairingStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int CityIdRole = Qt::UserRole + 1;
}

PairingDialog::PairingDialog(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : RecordDialog(parent), m_db(db), m_clock(clock), m_themes(ChoiceListModel::themes(db, this)),
      m_facilitators(ChoiceListModel::facilitators(db, tr("— none yet —"), this)),
      m_cities(ChoiceListModel::cities(db, QString(), this)), m_code(new QLineEdit(this)),
      m_theme(new QComboBox(this)), m_status(new QComboBox(this)),
      m_hasStart(new QCheckBox(tr("&Started on"), this)), m_start(new QDateEdit(this)),
      m_lead(new QComboBox(this)), m_challenge(new QPlainTextEdit(this)),
      m_members(new QListWidget(this)), m_cityChoice(new QComboBox(this)),
      m_addCity(new QPushButton(tr("&Add City"), this)),
      m_removeCity(new QPushButton(tr("&Remove"), this)), m_membersWarning(new QLabel(this))
{
    m_theme->setModel(m_themes);
    for (const QString &key : Vocabulary::pairingStatuses())
        m_status->addItem(Vocabulary::pairingStatusLabel(key), key);
    m_lead->setModel(m_facilitators);
    m_start->setCalendarPopup(true);
    m_start->setDate(clock.nowUtc().date());
    m_start->setEnabled(false);
    m_start->setAccessibleName(tr("Start date"));
    m_challenge->setTabChangesFocus(true);
    m_challenge->setPlaceholderText(tr("The challenge the cities work on together"));
    m_challenge->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);

    m_cityChoice->setModel(m_cities);
    m_cityChoice->setEditable(true);
    m_cityChoice->setInsertPolicy(QComboBox::NoInsert);
    m_cityChoice->lineEdit()->setAccessibleName(tr("City to add"));
    m_cityChoice->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_cityChoice->completer()->setFilterMode(Qt::MatchContains);
    m_cityChoice->setCurrentIndex(-1);
    m_cityChoice->lineEdit()->setPlaceholderText(tr("Type a city…"));
    m_cityChoice->setAccessibleName(tr("City to add"));
    m_members->setAccessibleName(tr("Member cities"));
    m_membersWarning->setWordWrap(true);

    auto *start = new QHBoxLayout;
    start->addWidget(m_hasStart);
    start->addWidget(m_start, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_cityChoice, 1);
    addRow->addWidget(m_addCity);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    auto *memberButtons = new QVBoxLayout;
    memberButtons->addWidget(m_removeCity);
    memberButtons->addWidget(up);
    memberButtons->addWidget(down);
    memberButtons->addStretch(1);
    auto *membersRow = new QHBoxLayout;
    membersRow->addWidget(m_members, 1);
    membersRow->addLayout(memberButtons);
    auto *membersBox = new QVBoxLayout;
    membersBox->addLayout(membersRow);
    membersBox->addLayout(addRow);
    membersBox->addWidget(m_membersWarning);

    auto *form = new QFormLayout;
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("C&hallenge:"), m_challenge);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), start);
    form->addRow(tr("&Lead facilitator:"), m_lead);
    // A layout cannot be a buddy, so the label names the list for its mnemonic.
    auto *membersLabel = new QLabel(tr("&Member cities:"), this);
    membersLabel->setBuddy(m_members);
    form->addRow(membersLabel, membersBox);
    contentLayout()->addLayout(form);
    TabOrder::chain({m_theme, m_code, m_challenge, m_status, m_hasStart, m_start, m_lead, m_members, m_removeCity,
                     up, down, m_cityChoice, m_addCity});
    setMinimumWidth(560);

    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_addCity, &QPushButton::clicked, this, &PairingDialog::addChosenCity);
    connect(m_cityChoice->lineEdit(), &QLineEdit::returnPressed, this, &PairingDialog::addChosenCity);
    connect(m_removeCity, &QPushButton::clicked, this, &PairingDialog::removeSelectedCity);
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedCity(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedCity(1); });
    connect(m_members, &QListWidget::currentRowChanged, this, &PairingDialog::updateMembersState);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_pairing.id == 0) // a new pairing's code follows its theme
            m_code->setText(PairingStore(m_db, m_clock).suggestCode(m_themes->idAt(row)));
    });
}

void PairingDialog::setPairing(const PairingRecord &pairing)
{
    m_pairing = pairing;
    const int themeRow = m_themes->rowOfId(pairing.themeId);
    m_theme->setCurrentIndex(themeRow >= 0 ? themeRow : 0);
    if (pairing.id != 0 || !pairing.code.isEmpty())
        m_code->setText(pairing.code);
    else
        m_code->setText(PairingStore(m_db, m_clock).suggestCode(m_themes->idAt(m_theme->currentIndex())));
    m_challenge->setPlainText(pairing.challenge);
    m_status->setCurrentIndex(qMax(0, m_status->findData(pairing.status)));
    m_hasStart->setChecked(pairing.startDate.isValid());
    if (pairing.startDate.isValid())
        m_start->setDate(pairing.startDate);
    m_lead->setCurrentIndex(qMax(0, m_facilitators->rowOfId(pairing.leadFacilitatorId.value_or(0))));
    m_members->clear();
    for (qint64 cityId : pairing.cityIds)
        addCity(cityId);
    updateMembersState();
    setWindowTitle(pairing.id ? tr("Edit Pairing %1").arg(pairing.code) : tr("Add Pairing"));
}

PairingRecord PairingDialog::pairing() const
{
    PairingRecord p = m_pairing;
    p.code = m_code->text().trimmed();
    p.themeId = m_themes->idAt(m_theme->currentIndex());
    p.challenge = m_challenge->toPlainText().trimmed();
    p.status = m_status->currentData().toString();
    p.startDate = m_hasStart->isChecked() ? m_start->date() : QDate();
    const qint64 lead = m_facilitators->idAt(m_lead->currentIndex());
    p.leadFacilitatorId = lead > 0 ? std::optional<qint64>(lead) : std::nullopt;
    p.cityIds.clear();
    for (int row = 0; row < m_members->count(); ++row)
        p.cityIds << m_members->item(row)->data(CityIdRole).toLongLong();
    return p;
}

QString PairingDialog::warningText() const
{
    return m_membersWarning->isHidden() ? QString() : m_membersWarning->text();
}

void PairingDialog::addCity(qint64 cityId)
{
    const int row = m_cities->rowOfId(cityId);
    if (row < 0)
        return;
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->data(CityIdRole).toLongLong() == cityId) {
            showError(tr("%1 is already a member of this pairing.").arg(m_cities->index(row).data().toString()));
            return;
        }
    }
    auto *item = new QListWidgetItem(m_cities->index(row).data().toString(), m_members);
    item->setData(CityIdRole, cityId);
    showError(QString());
    updateMembersState();
}

void PairingDialog::addChosenCity()
{
    const int row = m_cityChoice->findText(m_cityChoice->currentText(), Qt::MatchFixedString);
    if (row < 0) {
        if (!m_cityChoice->currentText().trimmed().isEmpty())
            showError(tr("No city named “%1”; add it under Cities first.").arg(m_cityChoice->currentText().trimmed()));
        return;
    }
    addCity(m_cities->idAt(row));
    m_cityChoice->setCurrentIndex(-1);
    m_cityChoice->clearEditText();
}

void PairingDialog::removeSelectedCity()
{
    delete m_members->takeItem(m_members->currentRow());
    updateMembersState();
}

void PairingDialog::moveSelectedCity(int delta)
{
    const int row = m_members->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_members->count())
        return;
    QListWidgetItem *item = m_members->takeItem(row);
    m_members->insertItem(target, item);
    m_members->setCurrentRow(target);
}

void PairingDialog::updateMembersState()
{
    m_removeCity->setEnabled(m_members->currentRow() >= 0);
    const QStringList warnings = Validation::pairingWarnings(pairing());
    m_membersWarning->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(u'\n'));
    m_membersWarning->setVisible(!warnings.isEmpty());
}
