#pragma once

#include "common/RecordDialog.h"
#include "core/Preferences.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

// Edit ▸ Preferences: the facilitator's name for the change log, the organisation on the
// documents, the language, the working hours a new city starts with and how many backups to keep. OK saves
// them all (Preferences::save) or, when something is wrong, says what and keeps the dialog open.
class PreferencesDialog : public RecordDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // What the fields say now.
    Preferences::Values values() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QCheckBox *dayBox(int dayOfWeek) const { return m_days.value(dayOfWeek - Qt::Monday); }
    QSpinBox *backupsSpin() const { return m_backups; }
    QComboBox *languageCombo() const { return m_language; }

private:
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QList<QCheckBox *> m_days; // Monday first
    QSpinBox *m_backups;
    QComboBox *m_language;
};
