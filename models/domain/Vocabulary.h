#pragma once

#include <QString>
#include <QStringList>

// The programme's fixed words: the keys stored in the database and the labels users read.
// An unknown key is shown as it is; an empty one as "Unknown" where a fact may be unknown.
namespace Vocabulary {
QStringList personRoles();
QString personRoleLabel(const QString &key);

QStringList pairingStatuses();
QString pairingStatusLabel(const QString &key);

QStringList cohortStatuses();
QString cohortStatusLabel(const QString &key);

// Climate action plan types named by the programme; any other equivalent plan may be typed.
QStringList planTypes();

// The cycle: matchmaking, sharing, learning, showcasing; study visits; anything else.
QStringList sessionKinds();
QString sessionKindLabel(const QString &key);
// The four kinds of the programme's cycle, in their order.
QStringList cycleKinds();

QStringList sessionStatuses();
QString sessionStatusLabel(const QString &key);

QStringList sessionModes();
QString sessionModeLabel(const QString &key);

// Kinds of entries in the minutes: discussion, decision, insight / lesson learned, ...
QStringList noteKinds();
QString noteKindLabel(const QString &key);

QStringList attendanceStatuses();
QString attendanceStatusLabel(const QString &key);

QStringList actionStatuses();
QString actionStatusLabel(const QString &key);
} // namespace Vocabulary
