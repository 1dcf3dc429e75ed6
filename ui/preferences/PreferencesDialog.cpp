#include "PreferencesDialog.h"

#include "common/TabOrder.h"
#include "core/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : RecordDialog(parent), m_name(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_start(new QTimeEdit(this)), m_end(new QTimeEdit(this)), m_backups(new QSpinBox(this)),
      m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    const Preferences::Values current = Preferences::current();

    m_name->setText(current.facilitatorName);
    m_name->setPlaceholderText(Preferences::loginName());
    m_name->setMaxLength(Preferences::MaxNameLength + 20); // longer is refused with a message
    m_name->setToolTip(tr("Written into the change log with every edit. Empty: your login name."));
    m_organisation->setText(current.organisationName);
    m_organisation->setPlaceholderText(tr("e.g. Urban Transitions Mission secretariat"));
    m_organisation->setMaxLength(Preferences::MaxNameLength + 20);
    m_organisation->setToolTip(tr("Shown on the minutes and the progress report."));

    const QString hhmm = QStringLiteral("HH:mm");
    for (QTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(hhmm);
        edit->setTimeRange(QTime(0, 0), QTime(23, 59));
    }
    m_start->setTime(current.workingHours.start);
    m_end->setTime(current.workingHours.end);
    m_start->setAccessibleName(tr("Working hours start"));
    m_end->setAccessibleName(tr("Working hours end"));
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_end);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(toLabel);
    hours->addWidget(m_end);
    hours->addStretch(1);

    auto *days = new QHBoxLayout;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setAccessibleName(QLocale().dayName(day, QLocale::LongFormat));
        box->setChecked(current.workingHours.worksOn(day));
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch(1);

    m_backups->setRange(1, 999);
    m_backups->setValue(current.backupsToKeep);
    m_backups->setSuffix(tr(" backups"));
    m_backups->setAccessibleName(tr("Backups to keep"));

    // The languages by their own names, so that anyone finds theirs.
    const QString system = Translations::chosen(QString(), QLocale::system().uiLanguages());
    m_language->addItem(tr("System default (%1)").arg(Translations::nativeName(system)), QString());
    for (const QString &language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *language = new QHBoxLayout;
    language->addWidget(m_language);
    language->addWidget(new QLabel(tr("applies the next time the app starts"), this));
    language->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(languageLabel, language);
    auto *note = new QLabel(tr("A city you add starts with these working hours; the slot finder "
                               "can change them per city."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    auto *hoursLabel = new QLabel(tr("Working &hours:"), this);
    hoursLabel->setBuddy(m_start);
    form->addRow(hoursLabel, hours);
    auto *daysLabel = new QLabel(tr("Working &days:"), this);
    daysLabel->setBuddy(m_days.constFirst());
    form->addRow(daysLabel, days);
    auto *keepLabel = new QLabel(tr("&Keep the newest:"), this);
    keepLabel->setBuddy(m_backups);
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_backups);
    keep->addWidget(new QLabel(tr("of each database (also set in File ▸ Restore from Backup)"), this));
    keep->addStretch(1);
    form->addRow(keepLabel, keep);
    contentLayout()->addLayout(form);
    // Tab in the order of the rows (the language row came after the other controls were made).
    QList<QWidget *> order{m_name, m_organisation, m_language, m_start, m_end};
    for (QCheckBox *box : std::as_const(m_days))
        order << box;
    TabOrder::chain(order << m_backups);

    setSave([this] { return Preferences::save(values()); });
}

Preferences::Values PreferencesDialog::values() const
{
    Preferences::Values values;
    values.facilitatorName = m_name->text().trimmed();
    values.organisationName = m_organisation->text().trimmed();
    values.workingHours.start = m_start->time();
    values.workingHours.end = m_end->time();
    values.workingHours.days.clear();
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            values.workingHours.days << Qt::Monday + i;
    }
    values.backupsToKeep = m_backups->value();
    values.language = m_language->currentData().toString();
    return values;
}
