#include "SessionTableModel.h"

#include "domain/TimeZones.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace {
enum Value { VId, VCode, VSequence, VKind, VStatus, VStart, VDuration, VMode, VPairingId, VTitle, VCities };

// Member cities travel in one text value: name and zone separated by a unit separator, cities
// by a record separator, neither of which a city name or an IANA id contains.
constexpr char16_t CityFieldSeparator = 0x1F;
constexpr char16_t CitySeparator = 0x1E;

const QString MemberCitiesSql = QStringLiteral(
    "(SELECT group_concat(m.name || char(31) || m.time_zone, char(30)) FROM"
    " (SELECT c.name, c.time_zone FROM pairing_city pc JOIN city c ON c.id = pc.city_id"
    "  WHERE pc.pairing_id = s.pairing_id ORDER BY pc.position, pc.id) m)");

// The programme's order of kinds, statuses and modes (as in Vocabulary), not the keys' spelling.
const QString KindOrderSql = QStringLiteral(
    "CASE s.kind WHEN 'matchmaking' THEN 0 WHEN 'sharing' THEN 1 WHEN 'learning' THEN 2"
    " WHEN 'showcasing' THEN 3 WHEN 'knowledge_exchange' THEN 4 ELSE 5 END");
const QString StatusOrderSql = QStringLiteral(
    "CASE s.status WHEN 'draft' THEN 0 WHEN 'scheduled' THEN 1 WHEN 'held' THEN 2 ELSE 3 END");
const QString ModeOrderSql = QStringLiteral(
    "CASE s.mode WHEN 'online' THEN 0 WHEN 'in_person' THEN 1 ELSE 2 END");
// ISO 8601 text sorts in time order; '9999' puts sessions without a time after all others.
const QString StartOrderSql = QStringLiteral("COALESCE(s.start_utc, '9999')");

struct MemberCity
{
    QString name;
    QString timeZone;
};

QList<MemberCity> memberCities(const QVariant &value)
{
    QList<MemberCity> cities;
    const QString text = value.toString();
    if (text.isEmpty())
        return cities;
    for (const QString &part : text.split(QChar(CitySeparator))) {
        const qsizetype at = part.indexOf(QChar(CityFieldSeparator));
        cities.append(at < 0 ? MemberCity{part, QString()} : MemberCity{part.left(at), part.mid(at + 1)});
    }
    return cities;
}

QDateTime startUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QDateTime localStart(const QDateTime &utc, const MemberCity &city)
{
    const QTimeZone zone(city.timeZone.toUtf8());
    return zone.isValid() ? TimeZones::toLocal(utc, city.timeZone) : QDateTime();
}

// "10:00 Ann Arbor · 16:00 Lviv"
QString localTimesLine(const QDateTime &utc, const QList<MemberCity> &cities)
{
    QStringList parts;
    for (const MemberCity &city : cities) {
        const QDateTime local = localStart(utc, city);
        parts << (local.isValid()
                      ? QStringLiteral("%1 %2").arg(local.time().toString(QStringLiteral("HH:mm")), city.name)
                      : SessionTableModel::tr("%1 (unknown time zone)").arg(city.name));
    }
    return parts.join(QStringLiteral(" · "));
}

// One line per city: "Ann Arbor: Tue 16 Mar 2027 10:00 (UTC−04:00)"
QString localTimesToolTip(const QDateTime &utc, const QList<MemberCity> &cities)
{
    QStringList lines;
    for (const MemberCity &city : cities) {
        const QDateTime local = localStart(utc, city);
        if (!local.isValid()) {
            lines << SessionTableModel::tr("%1: unknown time zone “%2”").arg(city.name, city.timeZone);
            continue;
        }
        lines << SessionTableModel::tr("%1: %2 (%3)")
                     .arg(city.name,
                          QLocale().toString(local, QStringLiteral("ddd d MMM yyyy HH:mm")),
                          TimeZones::offsetLabel(utc, city.timeZone));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

bool SessionTableModel::Filter::operator==(const Filter &o) const
{
    return pairingId == o.pairingId && themeId == o.themeId && status == o.status && from == o.from
           && to == o.to;
}

SessionTableModel::SessionTableModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent)
    : PagedTableModel(std::move(db), notifier, ChangeNotifier::Entity::Session, parent)
{
    sort(Start, Qt::AscendingOrder);
}

void SessionTableModel::setFilter(const Filter &filter)
{
    QStringList conditions;
    QVariantMap values;
    if (filter.pairingId > 0) {
        conditions << QStringLiteral("s.pairing_id = :pairing_id");
        values.insert(QStringLiteral(":pairing_id"), filter.pairingId);
    }
    if (filter.themeId > 0) {
        conditions << QStringLiteral("p.theme_id = :theme_id");
        values.insert(QStringLiteral(":theme_id"), filter.themeId);
    }
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("s.status = :status");
        values.insert(QStringLiteral(":status"), filter.status);
    }
    // Stored starts look like "2027-03-16T14:00:00.000Z": every instant of a day sorts at or
    // after the bare date, and before the next day's date. NULL starts match neither bound.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("s.start_utc >= :from_day");
        values.insert(QStringLiteral(":from_day"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("s.start_utc < :after_to_day");
        values.insert(QStringLiteral(":after_to_day"), filter.to.addDays(1).toString(Qt::ISODate));
    }
    m_filter = filter;
    setConditions(conditions, values);
}

QString SessionTableModel::selectList() const
{
    return QStringLiteral("s.id, p.code, s.sequence, s.kind, s.status, s.start_utc,"
                          " s.duration_minutes, s.mode, s.pairing_id, s.title, ")
           + MemberCitiesSql;
}

QString SessionTableModel::fromClause() const
{
    return QStringLiteral("session s JOIN pairing p ON p.id = s.pairing_id");
}

QString SessionTableModel::idExpression() const
{
    return QStringLiteral("s.id");
}

QString SessionTableModel::searchKeyExpression() const
{
    // Typed text is folded (lower case, accents stripped) but lower() folds ASCII only: the
    // words of a title that carry accents do not match. Kinds match as "knowledge exchange".
    return QStringLiteral("lower(p.code || ' ' || COALESCE(s.title, '') || ' ' || replace(s.kind, '_', ' '))");
}

QString SessionTableModel::sortExpression(int column) const
{
    switch (column) {
    case Pairing: return QStringLiteral("printf('%s %010d', p.code, s.sequence)");
    case Number: return QStringLiteral("s.sequence");
    case Kind: return KindOrderSql;
    case Status: return StatusOrderSql;
    case Duration: return QStringLiteral("s.duration_minutes");
    case Mode: return ModeOrderSql;
    default: return StartOrderSql; // Start, LocalTimes
    }
}

bool SessionTableModel::dependsOn(ChangeNotifier::Entity entity) const
{
    // Shows pairing codes, member cities' names and zones.
    return entity == ChangeNotifier::Entity::Pairing || entity == ChangeNotifier::Entity::City;
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &v = values(index.row());
    switch (role) {
    case IdRole: return v.at(VId);
    case StartUtcRole: return startUtc(v.at(VStart));
    case PairingIdRole: return v.at(VPairingId).toLongLong();
    case StatusKeyRole: return v.at(VStatus).toString();
    case KindKeyRole: return v.at(VKind).toString();
    default: break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Pairing: return v.at(VCode).toString();
        case Number: return v.at(VSequence).toInt();
        case Kind: return Vocabulary::sessionKindLabel(v.at(VKind).toString());
        case Status: return Vocabulary::sessionStatusLabel(v.at(VStatus).toString());
        case Start: {
            const QDateTime utc = startUtc(v.at(VStart));
            if (!utc.isValid())
                return tr("No time yet");
            return tr("%1 UTC").arg(QLocale().toString(utc, QStringLiteral("ddd d MMM yyyy HH:mm")));
        }
        case LocalTimes: {
            const QDateTime utc = startUtc(v.at(VStart));
            return utc.isValid() ? localTimesLine(utc, memberCities(v.at(VCities))) : QString();
        }
        case Duration: return tr("%1 min").arg(v.at(VDuration).toInt());
        case Mode: return Vocabulary::sessionModeLabel(v.at(VMode).toString());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Kind && !v.at(VTitle).toString().isEmpty())
            return v.at(VTitle).toString();
        if (column == LocalTimes) {
            const QDateTime utc = startUtc(v.at(VStart));
            if (utc.isValid())
                return localTimesToolTip(utc, memberCities(v.at(VCities)));
        }
        return {};
    }
    if (role == Qt::FontRole && column == Start && v.at(VStart).isNull()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (column == Number || column == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pairing: return tr("Pairing");
    case Number: return tr("No.");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Start: return tr("Start (UTC)");
    case LocalTimes: return tr("Local times");
    case Duration: return tr("Duration");
    case Mode: return tr("Mode");
    default: return {};
    }
}
