#include "DirectoryFormat.h"

#include <QHash>
#include <QRegularExpression>

namespace DirectoryFormat {

namespace {

const QStringList CityColumns = {
    QStringLiteral("name"),          QStringLiteral("country"),       QStringLiteral("population"),
    QStringLiteral("gcom_signatory"), QStringLiteral("plan_type"),    QStringLiteral("plan_citywide"),
    QStringLiteral("time_zone"),     QStringLiteral("cohort_status"), QStringLiteral("uuid")};

const QStringList PersonColumns = {
    QStringLiteral("name"),    QStringLiteral("role"),  QStringLiteral("organisation"), QStringLiteral("city"),
    QStringLiteral("country"), QStringLiteral("email"), QStringLiteral("uuid")};

// Other names people give these columns, already normalised (see normalised()).
const QHash<QString, QString> CityAliases = {
    {QStringLiteral("city"), QStringLiteral("name")},
    {QStringLiteral("city_name"), QStringLiteral("name")},
    {QStringLiteral("country_code"), QStringLiteral("country")},
    {QStringLiteral("gcom"), QStringLiteral("gcom_signatory")},
    {QStringLiteral("plan"), QStringLiteral("plan_type")},
    {QStringLiteral("timezone"), QStringLiteral("time_zone")},
    {QStringLiteral("cohort"), QStringLiteral("cohort_status")},
};

const QHash<QString, QString> PersonAliases = {
    {QStringLiteral("full_name"), QStringLiteral("name")},
    {QStringLiteral("organization"), QStringLiteral("organisation")},
    {QStringLiteral("city_name"), QStringLiteral("city")},
    {QStringLiteral("country_code"), QStringLiteral("country")},
    {QStringLiteral("e_mail"), QStringLiteral("email")},
    {QStringLiteral("mail"), QStringLiteral("email")},
};

// "Time zone", "time-zone" and "TIME_ZONE" all give "time_zone".
QString normalised(const QString &header)
{
    QString key = header.trimmed().toLower();
    for (QChar &c : key) {
        if (c == u' ' || c == u'-')
            c = u'_';
    }
    while (key.contains(QLatin1String("__")))
        key.replace(QLatin1String("__"), QLatin1String("_"));
    return key;
}

} // namespace

QStringList columns(DirectoryKind kind)
{
    return kind == DirectoryKind::Cities ? CityColumns : PersonColumns;
}

QStringList requiredColumns(DirectoryKind kind)
{
    if (kind == DirectoryKind::Cities)
        return {QStringLiteral("name"), QStringLiteral("country"), QStringLiteral("time_zone")};
    return {QStringLiteral("name"), QStringLiteral("role")};
}

QString columnOf(DirectoryKind kind, const QString &header)
{
    const QString key = normalised(header);
    if (columns(kind).contains(key))
        return key;
    return (kind == DirectoryKind::Cities ? CityAliases : PersonAliases).value(key);
}

QString formatFlag(std::optional<bool> flag)
{
    if (!flag)
        return QString();
    return *flag ? QStringLiteral("yes") : QStringLiteral("no");
}

std::optional<std::optional<bool>> parseFlag(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return std::optional<bool>();
    if (value == QLatin1String("yes") || value == QLatin1String("y") || value == QLatin1String("true")
        || value == QLatin1String("1"))
        return std::optional<bool>(true);
    if (value == QLatin1String("no") || value == QLatin1String("n") || value == QLatin1String("false")
        || value == QLatin1String("0"))
        return std::optional<bool>(false);
    return std::nullopt;
}

std::optional<qint64> parseCount(const QString &text)
{
    // One grouping character throughout, groups of three digits; no-break and thin spaces too.
    static const QRegularExpression grouped(
        QStringLiteral(R"(^\d{1,3}(?:([ ,.'\x{00A0}\x{202F}])\d{3})(?:\1\d{3})*$)"));
    QString value = text.trimmed();
    if (value.isEmpty() || value.size() > 30)
        return std::nullopt;
    const QRegularExpressionMatch match = grouped.match(value);
    if (match.hasMatch())
        value.remove(match.captured(1));
    bool ok = false;
    const qint64 count = value.toLongLong(&ok);
    for (const QChar c : std::as_const(value)) {
        if (c < u'0' || c > u'9')
            return std::nullopt; // no signs, no decimals
    }
    if (!ok || count <= 0)
        return std::nullopt;
    return count;
}

QString kindName(DirectoryKind kind)
{
    return kind == DirectoryKind::Cities ? QStringLiteral("cities") : QStringLiteral("people");
}

} // namespace DirectoryFormat
