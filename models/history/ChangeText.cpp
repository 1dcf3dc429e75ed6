#include "ChangeText.h"

#include "domain/Vocabulary.h"
#include "readiness/Rubric.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
};

struct Label
{
    const char *key;
    const char *label;
};

constexpr Label Tables[] = {
    {"city", QT_TRANSLATE_NOOP("ChangeText", "City")},
    {"person", QT_TRANSLATE_NOOP("ChangeText", "Person")},
    {"pairing", QT_TRANSLATE_NOOP("ChangeText", "Pairing")},
    {"pairing_city", QT_TRANSLATE_NOOP("ChangeText", "Member city")},
    {"session", QT_TRANSLATE_NOOP("ChangeText", "Session")},
    {"agenda_item", QT_TRANSLATE_NOOP("ChangeText", "Agenda block")},
    {"attendance", QT_TRANSLATE_NOOP("ChangeText", "Attendance")},
    {"note", QT_TRANSLATE_NOOP("ChangeText", "Minutes entry")},
    {"action_item", QT_TRANSLATE_NOOP("ChangeText", "Action item")},
    {"pilot", QT_TRANSLATE_NOOP("ChangeText", "Pilot")},
    {"pilot_plan_action", QT_TRANSLATE_NOOP("ChangeText", "Plan action")},
    {"readiness_assessment", QT_TRANSLATE_NOOP("ChangeText", "Readiness assessment")},
    {"readiness_level", QT_TRANSLATE_NOOP("ChangeText", "Readiness level")},
    {"session_template", QT_TRANSLATE_NOOP("ChangeText", "Session template")},
    {"city_working_hours", QT_TRANSLATE_NOOP("ChangeText", "Working hours")},
};

constexpr Label Fields[] = {
    {"name", QT_TRANSLATE_NOOP("ChangeText", "Name")},
    {"code", QT_TRANSLATE_NOOP("ChangeText", "Code")},
    {"country_id", QT_TRANSLATE_NOOP("ChangeText", "Country")},
    {"population", QT_TRANSLATE_NOOP("ChangeText", "Population")},
    {"gcom_signatory", QT_TRANSLATE_NOOP("ChangeText", "GCoM signatory")},
    {"plan_type", QT_TRANSLATE_NOOP("ChangeText", "Climate plan")},
    {"plan_citywide", QT_TRANSLATE_NOOP("ChangeText", "Plan covers the whole city")},
    {"time_zone", QT_TRANSLATE_NOOP("ChangeText", "Time zone")},
    {"cohort_status", QT_TRANSLATE_NOOP("ChangeText", "Cohort")},
    {"organisation", QT_TRANSLATE_NOOP("ChangeText", "Organisation")},
    {"role", QT_TRANSLATE_NOOP("ChangeText", "Role")},
    {"city_id", QT_TRANSLATE_NOOP("ChangeText", "City")},
    {"email", QT_TRANSLATE_NOOP("ChangeText", "E-mail")},
    {"theme_id", QT_TRANSLATE_NOOP("ChangeText", "Theme")},
    {"challenge", QT_TRANSLATE_NOOP("ChangeText", "Challenge")},
    {"status", QT_TRANSLATE_NOOP("ChangeText", "Status")},
    {"start_date", QT_TRANSLATE_NOOP("ChangeText", "Start")},
    {"end_date", QT_TRANSLATE_NOOP("ChangeText", "End")},
    {"lead_facilitator_id", QT_TRANSLATE_NOOP("ChangeText", "Lead facilitator")},
    {"position", QT_TRANSLATE_NOOP("ChangeText", "Position")},
    {"pairing_id", QT_TRANSLATE_NOOP("ChangeText", "Pairing")},
    {"sequence", QT_TRANSLATE_NOOP("ChangeText", "Number")},
    {"kind", QT_TRANSLATE_NOOP("ChangeText", "Kind")},
    {"title", QT_TRANSLATE_NOOP("ChangeText", "Title")},
    {"start_utc", QT_TRANSLATE_NOOP("ChangeText", "Time")},
    {"duration_minutes", QT_TRANSLATE_NOOP("ChangeText", "Duration (minutes)")},
    {"mode", QT_TRANSLATE_NOOP("ChangeText", "Mode")},
    {"location", QT_TRANSLATE_NOOP("ChangeText", "Location")},
    {"link", QT_TRANSLATE_NOOP("ChangeText", "Link")},
    {"venue_time_zone", QT_TRANSLATE_NOOP("ChangeText", "Venue time zone")},
    {"objectives", QT_TRANSLATE_NOOP("ChangeText", "Objectives")},
    {"method_id", QT_TRANSLATE_NOOP("ChangeText", "Method")},
    {"owner_person_id", QT_TRANSLATE_NOOP("ChangeText", "Owner")},
    {"notes", QT_TRANSLATE_NOOP("ChangeText", "Notes")},
    {"agenda_item_id", QT_TRANSLATE_NOOP("ChangeText", "Agenda block")},
    {"body", QT_TRANSLATE_NOOP("ChangeText", "Text")},
    {"note_id", QT_TRANSLATE_NOOP("ChangeText", "From entry")},
    {"description", QT_TRANSLATE_NOOP("ChangeText", "Description")},
    {"due_date", QT_TRANSLATE_NOOP("ChangeText", "Due")},
    {"done_date", QT_TRANSLATE_NOOP("ChangeText", "Done on")},
    {"inspired_by_city_id", QT_TRANSLATE_NOOP("ChangeText", "Inspired by city")},
    {"inspired_by_practice", QT_TRANSLATE_NOOP("ChangeText", "Inspired by practice")},
    {"academic_partners", QT_TRANSLATE_NOOP("ChangeText", "Academic partners")},
    {"private_partners", QT_TRANSLATE_NOOP("ChangeText", "Private partners")},
    {"partners", QT_TRANSLATE_NOOP("ChangeText", "Other partners")},
    {"expected_start", QT_TRANSLATE_NOOP("ChangeText", "Expected start")},
    {"responsible", QT_TRANSLATE_NOOP("ChangeText", "Responsible")},
    {"cost_amount", QT_TRANSLATE_NOOP("ChangeText", "Cost")},
    {"cost_currency", QT_TRANSLATE_NOOP("ChangeText", "Currency")},
    {"funding_source", QT_TRANSLATE_NOOP("ChangeText", "Funding")},
    {"indicator", QT_TRANSLATE_NOOP("ChangeText", "Indicator")},
    {"risk", QT_TRANSLATE_NOOP("ChangeText", "Risk")},
    {"session_id", QT_TRANSLATE_NOOP("ChangeText", "Session")},
    {"assessed_on", QT_TRANSLATE_NOOP("ChangeText", "Assessed on")},
    {"summary", QT_TRANSLATE_NOOP("ChangeText", "Summary")},
    {"start_minutes", QT_TRANSLATE_NOOP("ChangeText", "Day starts")},
    {"end_minutes", QT_TRANSLATE_NOOP("ChangeText", "Day ends")},
    {"days", QT_TRANSLATE_NOOP("ChangeText", "Working days")},
};

template <std::size_t N>
QString labelOf(const Label (&labels)[N], const QString &key)
{
    for (const Label &l : labels) {
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("ChangeText", l.label);
    }
    return key;
}

// Names of the rows an id field refers to; the statements are fixed, only the id is bound.
const QHash<QString, QString> &referenceQueries()
{
    static const QHash<QString, QString> queries = {
        {QStringLiteral("country_id"), QStringLiteral("SELECT name FROM country WHERE id = :id")},
        {QStringLiteral("city_id"), QStringLiteral("SELECT name FROM city WHERE id = :id")},
        {QStringLiteral("inspired_by_city_id"), QStringLiteral("SELECT name FROM city WHERE id = :id")},
        {QStringLiteral("theme_id"), QStringLiteral("SELECT name FROM theme WHERE id = :id")},
        {QStringLiteral("lead_facilitator_id"), QStringLiteral("SELECT name FROM person WHERE id = :id")},
        {QStringLiteral("owner_person_id"), QStringLiteral("SELECT name FROM person WHERE id = :id")},
        {QStringLiteral("method_id"), QStringLiteral("SELECT name FROM method WHERE id = :id")},
        {QStringLiteral("pairing_id"), QStringLiteral("SELECT code FROM pairing WHERE id = :id")},
        {QStringLiteral("agenda_item_id"), QStringLiteral("SELECT title FROM agenda_item WHERE id = :id")},
        {QStringLiteral("note_id"), QStringLiteral("SELECT substr(body, 1, 60) FROM note WHERE id = :id")},
        {QStringLiteral("session_id"), QStringLiteral("SELECT 'S' || sequence FROM session WHERE id = :id")},
    };
    return queries;
}

QString quoted(const QString &text, int length = 40)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return Text::tr("“%1”").arg(line);
}

QString minutesText(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ChangeText::ChangeText(QSqlDatabase db) : m_db(std::move(db)), m_rubric(Rubric::shipped()) {}

QString ChangeText::tableLabel(const QString &table)
{
    return labelOf(Tables, table);
}

QString ChangeText::recordText(const ChangeEntry &e) const
{
    const QString &label = e.recordLabel;
    const QString &t = e.table;
    if (t == QLatin1String("pairing"))
        return Text::tr("Pairing %1").arg(label);
    if (t == QLatin1String("pairing_city"))
        return Text::tr("Member city %1").arg(label);
    if (t == QLatin1String("session"))
        return Text::tr("Session %1").arg(label);
    if (t == QLatin1String("agenda_item"))
        return Text::tr("Agenda block %1").arg(quoted(label));
    if (t == QLatin1String("attendance"))
        return Text::tr("Attendance of %1").arg(label);
    if (t == QLatin1String("note"))
        return Text::tr("Entry %1").arg(quoted(label));
    if (t == QLatin1String("action_item"))
        return Text::tr("Action item %1").arg(quoted(label));
    if (t == QLatin1String("pilot"))
        return Text::tr("Pilot %1").arg(quoted(label));
    if (t == QLatin1String("pilot_plan_action"))
        return Text::tr("Plan action %1").arg(quoted(label));
    if (t == QLatin1String("readiness_assessment"))
        return Text::tr("Assessment of %1").arg(QLocale().toString(QDate::fromString(label, Qt::ISODate), QLocale::ShortFormat));
    if (t == QLatin1String("readiness_level"))
        return Text::tr("Readiness of pilot %1").arg(quoted(label));
    if (t == QLatin1String("city_working_hours"))
        return Text::tr("Working hours of %1").arg(label);
    return Text::tr("%1 %2").arg(tableLabel(t), label);
}

QString ChangeText::fieldText(const ChangeEntry &e) const
{
    if (e.table == QLatin1String("readiness_level")) {
        const int colon = e.field.indexOf(u':');
        const QString id = e.field.mid(colon + 1);
        const RubricDimension *dimension = m_rubric.dimension(id);
        const QString name = dimension ? dimension->name : id;
        return e.field.startsWith(QLatin1String("evidence:")) ? Text::tr("Evidence: %1").arg(name)
                                                               : Text::tr("Level: %1").arg(name);
    }
    return e.field.isEmpty() ? QString() : labelOf(Fields, e.field);
}

QString ChangeText::valueText(const ChangeEntry &e, const QVariant &value) const
{
    if (value.isNull())
        return {};
    const QString &f = e.field;
    const QString &t = e.table;
    const QString text = value.toString();
    if (referenceQueries().contains(f))
        return referenceName(f, value.toLongLong());
    if (f == QLatin1String("status")) {
        if (t == QLatin1String("pairing"))
            return Vocabulary::pairingStatusLabel(text);
        if (t == QLatin1String("session"))
            return Vocabulary::sessionStatusLabel(text);
        if (t == QLatin1String("action_item"))
            return Vocabulary::actionStatusLabel(text);
        if (t == QLatin1String("attendance"))
            return Vocabulary::attendanceStatusLabel(text);
    }
    if (f == QLatin1String("kind"))
        return t == QLatin1String("note") ? Vocabulary::noteKindLabel(text) : Vocabulary::sessionKindLabel(text);
    if (f == QLatin1String("mode"))
        return Vocabulary::sessionModeLabel(text);
    if (f == QLatin1String("role"))
        return Vocabulary::personRoleLabel(text);
    if (f == QLatin1String("cohort_status"))
        return Vocabulary::cohortStatusLabel(text);
    if (f == QLatin1String("gcom_signatory") || f == QLatin1String("plan_citywide"))
        return value.toInt() != 0 ? Text::tr("yes") : Text::tr("no");
    if (f == QLatin1String("start_utc"))
        return QLocale().toString(QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    if (f.endsWith(QLatin1String("_date")) || f == QLatin1String("assessed_on") || f == QLatin1String("expected_start"))
        return QLocale().toString(QDate::fromString(text, Qt::ISODate), QLocale::ShortFormat);
    if (f == QLatin1String("start_minutes") || f == QLatin1String("end_minutes"))
        return minutesText(value.toInt());
    return text;
}

QString ChangeText::changeText(const ChangeEntry &e) const
{
    if (e.isFieldChange()) {
        const QString none = Text::tr("(none)");
        const QString before = valueText(e, e.oldValue);
        const QString after = valueText(e, e.newValue);
        if (e.operation == QLatin1String("delete"))
            return Text::tr("%1 → removed").arg(before.isEmpty() ? none : before);
        return Text::tr("%1 → %2").arg(before.isEmpty() ? none : before, after.isEmpty() ? none : after);
    }
    if (e.operation == QLatin1String("insert"))
        return Text::tr("created");
    return Text::tr("deleted");
}

QString ChangeText::referenceName(const QString &field, qint64 id) const
{
    const QString key = field + u'/' + QString::number(id);
    const auto cached = m_names.constFind(key);
    if (cached != m_names.constEnd())
        return *cached;
    QSqlQuery q(m_db);
    q.prepare(referenceQueries().value(field));
    q.bindValue(QStringLiteral(":id"), id);
    // A row deleted since is still named by its number.
    const QString name = q.exec() && q.next() ? q.value(0).toString() : Text::tr("#%1").arg(id);
    m_names.insert(key, name);
    return name;
}
