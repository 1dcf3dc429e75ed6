#include "Vocabulary.h"

#include <QCoreApplication>

#include <initializer_list>

namespace Vocabulary {

namespace {

struct Term
{
    const char *key;
    const char *label; // translated in the "Vocabulary" context
};

using Terms = std::initializer_list<Term>;

QStringList keysOf(Terms terms)
{
    QStringList keys;
    for (const Term &term : terms)
        keys << QString::fromLatin1(term.key);
    return keys;
}

QString labelOf(Terms terms, const QString &key)
{
    for (const Term &term : terms) {
        if (key == QLatin1String(term.key))
            return QCoreApplication::translate("Vocabulary", term.label);
    }
    return key;
}

constexpr Terms PersonRoles = {
    {"city_representative", QT_TRANSLATE_NOOP("Vocabulary", "City representative")},
    {"expert", QT_TRANSLATE_NOOP("Vocabulary", "Expert")},
    {"facilitator", QT_TRANSLATE_NOOP("Vocabulary", "Facilitator")},
    {"observer", QT_TRANSLATE_NOOP("Vocabulary", "Observer")},
};

constexpr Terms PairingStatuses = {
    {"proposed", QT_TRANSLATE_NOOP("Vocabulary", "Proposed")},
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    {"completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};

constexpr Terms CohortStatuses = {
    {"member", QT_TRANSLATE_NOOP("Vocabulary", "In the UTM cohort")},
    {"joining", QT_TRANSLATE_NOOP("Vocabulary", "Joining the cohort")},
    {"former", QT_TRANSLATE_NOOP("Vocabulary", "Former member")},
};

constexpr Terms SessionKinds = {
    {"matchmaking", QT_TRANSLATE_NOOP("Vocabulary", "Matchmaking / kick-off")},
    {"sharing", QT_TRANSLATE_NOOP("Vocabulary", "Sharing")},
    {"learning", QT_TRANSLATE_NOOP("Vocabulary", "Learning")},
    {"showcasing", QT_TRANSLATE_NOOP("Vocabulary", "Showcasing")},
    {"knowledge_exchange", QT_TRANSLATE_NOOP("Vocabulary", "Study visit (in person)")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

constexpr Terms SessionStatuses = {
    {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    {"scheduled", QT_TRANSLATE_NOOP("Vocabulary", "Scheduled")},
    {"held", QT_TRANSLATE_NOOP("Vocabulary", "Held")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};

constexpr Terms SessionModes = {
    {"online", QT_TRANSLATE_NOOP("Vocabulary", "Online")},
    {"in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")},
    {"hybrid", QT_TRANSLATE_NOOP("Vocabulary", "Hybrid")},
};

constexpr Terms NoteKinds = {
    {"discussion", QT_TRANSLATE_NOOP("Vocabulary", "Discussion")},
    {"decision", QT_TRANSLATE_NOOP("Vocabulary", "Decision")},
    {"insight", QT_TRANSLATE_NOOP("Vocabulary", "Insight / lesson learned")},
    {"good_practice", QT_TRANSLATE_NOOP("Vocabulary", "Good practice")},
    {"challenge", QT_TRANSLATE_NOOP("Vocabulary", "Challenge")},
};

constexpr Terms AttendanceStatuses = {
    {"present", QT_TRANSLATE_NOOP("Vocabulary", "Present")},
    {"absent", QT_TRANSLATE_NOOP("Vocabulary", "Absent")},
    {"excused", QT_TRANSLATE_NOOP("Vocabulary", "Excused")},
};

constexpr Terms ActionStatuses = {
    {"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
    {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
    {"dropped", QT_TRANSLATE_NOOP("Vocabulary", "Dropped")},
};

} // namespace

QStringList personRoles()
{
    static const QStringList keys = keysOf(PersonRoles); // asked for on every row of an import
    return keys;
}
QString personRoleLabel(const QString &key) { return labelOf(PersonRoles, key); }

QStringList pairingStatuses() { return keysOf(PairingStatuses); }
QString pairingStatusLabel(const QString &key) { return labelOf(PairingStatuses, key); }

QStringList cohortStatuses()
{
    static const QStringList keys = keysOf(CohortStatuses);
    return keys;
}
QString cohortStatusLabel(const QString &key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("Vocabulary", "Unknown");
    return labelOf(CohortStatuses, key);
}

QStringList planTypes()
{
    return {QStringLiteral("SECAP"), QStringLiteral("SEACAP"), QStringLiteral("CAP")};
}

QStringList sessionKinds() { return keysOf(SessionKinds); }
QString sessionKindLabel(const QString &key) { return labelOf(SessionKinds, key); }
QStringList cycleKinds()
{
    return {QStringLiteral("matchmaking"), QStringLiteral("sharing"), QStringLiteral("learning"),
            QStringLiteral("showcasing")};
}

QStringList sessionStatuses() { return keysOf(SessionStatuses); }
QString sessionStatusLabel(const QString &key) { return labelOf(SessionStatuses, key); }

QStringList sessionModes() { return keysOf(SessionModes); }
QString sessionModeLabel(const QString &key) { return labelOf(SessionModes, key); }

QStringList noteKinds() { return keysOf(NoteKinds); }
QString noteKindLabel(const QString &key) { return labelOf(NoteKinds, key); }

QStringList attendanceStatuses() { return keysOf(AttendanceStatuses); }
QString attendanceStatusLabel(const QString &key) { return labelOf(AttendanceStatuses, key); }

QStringList actionStatuses() { return keysOf(ActionStatuses); }
QString actionStatusLabel(const QString &key) { return labelOf(ActionStatuses, key); }

} // namespace Vocabulary
