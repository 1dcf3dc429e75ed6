#pragma once

#include <QString>
#include <QStringList>

// The programme's fixed words: the keys stored in the database and the labels users read.
namespace Vocabulary {
QStringList personRoles();
QString personRoleLabel(const QString &key);

QStringList pairingStatuses();
QString pairingStatusLabel(const QString &key);

QStringList cohortStatuses();
QString cohortStatusLabel(const QString &key);

// Climate action plan types named by the programme; any other equivalent plan may be typed.
QStringList planTypes();
} // namespace Vocabulary
