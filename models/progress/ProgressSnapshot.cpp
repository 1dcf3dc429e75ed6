#include "ProgressSnapshot.h"

#include "core/Translations.h"
#include "database/SqlErrors.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

#include <cstring>
#include <limits>

#include <sys/stat.h>

namespace {

// Changes whenever what is written below changes: older files are then simply not used.
constexpr quint32 Magic = 0xC2C50006;

// FNV-1a over 8-byte words: cheap (the figures of 10,000 pairings are 6 MB) and enough to tell
// a damaged file, which is all it is for.
quint64 checksumOf(const QByteArray &bytes)
{
    quint64 hash = 1469598103934665603ULL;
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        hash = (hash ^ word) * 1099511628211ULL;
    }
    for (; i < size; ++i)
        hash = (hash ^ quint8(data[i])) * 1099511628211ULL;
    return hash;
}

} // namespace

// Global, for QList's and QMap's operators to find them; static, for this file only.

static QDataStream &operator<<(QDataStream &out, const ProgressScope &s) { return out << s.themeId << s.pairingId; }
static QDataStream &operator>>(QDataStream &in, ProgressScope &s) { return in >> s.themeId >> s.pairingId; }

static QDataStream &operator<<(QDataStream &out, const ProgressIndicators &t)
{
    return out << t.pairings << t.cities << t.countries << t.sessionsPlanned << t.sessionsHeld << t.participants
               << t.actions << t.actionsDone << t.actionsOpen << t.actionsOverdue << t.pilots << t.pilotsAssessed
               << t.pilotsReady << t.pilotsByOverall;
}
static QDataStream &operator>>(QDataStream &in, ProgressIndicators &t)
{
    return in >> t.pairings >> t.cities >> t.countries >> t.sessionsPlanned >> t.sessionsHeld >> t.participants
           >> t.actions >> t.actionsDone >> t.actionsOpen >> t.actionsOverdue >> t.pilots >> t.pilotsAssessed
           >> t.pilotsReady >> t.pilotsByOverall;
}

static QDataStream &operator<<(QDataStream &out, const ThemeStages &t)
{
    return out << t.themeId << t.themeCode << t.themeName << t.byStage;
}
static QDataStream &operator>>(QDataStream &in, ThemeStages &t)
{
    return in >> t.themeId >> t.themeCode >> t.themeName >> t.byStage;
}

static QDataStream &operator<<(QDataStream &out, const ThemeReadiness &t)
{
    return out << t.themeId << t.themeCode << t.themeName << t.byOverall << t.notAssessed << t.ready;
}
static QDataStream &operator>>(QDataStream &in, ThemeReadiness &t)
{
    return in >> t.themeId >> t.themeCode >> t.themeName >> t.byOverall >> t.notAssessed >> t.ready;
}

// The pairings and the pilots go as columns: a few blocks instead of a value at a time.
// QDataStream spends ~150 ns on each value it reads, and the figures of 10,000 pairings and
// 24,000 pilots are half a million values: 200–330 ms at every start, 20–50 ms as columns.
// Only the fields ProgrammeCharts::drawnOnly keeps are written (keep the two lists together);
// the rest reads back empty.
namespace {

// An optional level as a number.
constexpr qint64 NoLevel = std::numeric_limits<qint64>::min();

qint64 fromLevel(std::optional<int> level)
{
    return level ? qint64(*level) : NoLevel;
}

std::optional<int> toLevel(qint64 value)
{
    return value == NoLevel ? std::nullopt : std::optional<int>(int(value));
}

class ColumnWriter
{
public:
    explicit ColumnWriter(QDataStream &out) : m_out(out) {}
    template <typename Record, typename Field>
    void numbers(const QList<Record> &records, Field field)
    {
        QList<qint64> column;
        column.reserve(records.size());
        for (const Record &r : records)
            column << qint64(field(r));
        m_out << QByteArray(reinterpret_cast<const char *>(column.constData()),
                            column.size() * qsizetype(sizeof(qint64)));
    }
    // The texts one after the other, with their lengths.
    void texts(const QStringList &column)
    {
        QString all;
        for (const QString &text : column)
            all += text;
        numbers(column, [](const QString &text) { return text.size(); });
        m_out << all;
    }
    template <typename Record, typename Field>
    void texts(const QList<Record> &records, Field field)
    {
        QStringList column;
        column.reserve(records.size());
        for (const Record &r : records)
            column << field(r);
        texts(column);
    }

private:
    QDataStream &m_out;
};

// Reads what ColumnWriter wrote for count records; a column of another length fails the stream.
class ColumnReader
{
public:
    ColumnReader(QDataStream &in, qsizetype count) : m_in(in), m_count(count) {}
    QList<qint64> numbers() { return numbers(m_count); }
    QStringList texts() { return texts(m_count); }
    QList<qint64> numbers(qsizetype count)
    {
        QByteArray bytes;
        m_in >> bytes;
        if (m_in.status() != QDataStream::Ok || bytes.size() != count * qsizetype(sizeof(qint64))) {
            m_in.setStatus(QDataStream::ReadCorruptData);
            return {};
        }
        QList<qint64> column(count);
        if (count > 0) // an empty list has no data to copy into, and memcpy takes no null
            std::memcpy(column.data(), bytes.constData(), size_t(bytes.size()));
        return column;
    }
    QStringList texts(qsizetype count)
    {
        const QList<qint64> lengths = numbers(count);
        QString all;
        m_in >> all;
        QStringList column;
        column.reserve(count);
        qsizetype at = 0;
        if (lengths.size() != count)
            return {}; // the stream has failed
        for (qint64 length : lengths) {
            if (length < 0 || length > all.size() - at) {
                m_in.setStatus(QDataStream::ReadCorruptData);
                return {};
            }
            column << all.mid(at, qsizetype(length));
            at += qsizetype(length);
        }
        if (at != all.size())
            m_in.setStatus(QDataStream::ReadCorruptData);
        return column;
    }

private:
    QDataStream &m_in;
    qsizetype m_count;
};

// A count no file of figures can hold: a damaged file is not read into lists of any size.
constexpr qint64 MostRecords = 50'000'000;

// How many records follow; 0, with the stream failed, when the file cannot be right.
qsizetype readCount(QDataStream &in)
{
    qint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > MostRecords) {
        in.setStatus(QDataStream::ReadCorruptData);
        return 0;
    }
    return qsizetype(count);
}

void writePairings(QDataStream &out, const QList<PairingProgress> &pairings)
{
    out << qint64(pairings.size());
    ColumnWriter w(out);
    w.numbers(pairings, [](const PairingProgress &p) { return p.pairingId; });
    w.texts(pairings, [](const PairingProgress &p) { return p.code; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.themeId; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.cities.size(); });
    QStringList cities;
    for (const PairingProgress &p : pairings)
        cities += p.cities;
    w.texts(cities);
    w.texts(pairings, [](const PairingProgress &p) { return p.stage; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.sessionsPlanned; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.sessionsHeld; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.sessionsHeldThisQuarter; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.actions; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.actionsOpen; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.actionsDone; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.actionsOverdue; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.pilots; });
    w.numbers(pairings, [](const PairingProgress &p) { return p.pilotsReady; });
    w.numbers(pairings, [](const PairingProgress &p) { return fromLevel(p.lowestReadiness); });
}

QList<PairingProgress> readPairings(QDataStream &in)
{
    const qsizetype count = readCount(in);
    ColumnReader r(in, count);
    const QList<qint64> ids = r.numbers();
    const QStringList codes = r.texts();
    const QList<qint64> themes = r.numbers();
    const QList<qint64> cityCounts = r.numbers();
    qint64 allCities = 0;
    for (qint64 n : cityCounts) {
        if (n < 0 || n > MostRecords - allCities) {
            in.setStatus(QDataStream::ReadCorruptData);
            return {};
        }
        allCities += n;
    }
    const QStringList cities = r.texts(qsizetype(allCities));
    const QStringList stages = r.texts();
    const QList<qint64> planned = r.numbers(), held = r.numbers(), heldThisQuarter = r.numbers();
    const QList<qint64> actions = r.numbers(), open = r.numbers();
    const QList<qint64> done = r.numbers(), overdue = r.numbers(), pilots = r.numbers();
    const QList<qint64> ready = r.numbers(), lowest = r.numbers();
    if (in.status() != QDataStream::Ok)
        return {};
    QList<PairingProgress> pairings(count);
    qsizetype city = 0;
    for (qsizetype i = 0; i < count; ++i) {
        PairingProgress &p = pairings[i];
        p.pairingId = ids.at(i);
        p.code = codes.at(i);
        p.themeId = themes.at(i);
        p.cities = cities.mid(city, qsizetype(cityCounts.at(i)));
        city += qsizetype(cityCounts.at(i));
        p.stage = stages.at(i);
        p.sessionsPlanned = int(planned.at(i));
        p.sessionsHeld = int(held.at(i));
        p.sessionsHeldThisQuarter = int(heldThisQuarter.at(i));
        p.actions = int(actions.at(i));
        p.actionsOpen = int(open.at(i));
        p.actionsDone = int(done.at(i));
        p.actionsOverdue = int(overdue.at(i));
        p.pilots = int(pilots.at(i));
        p.pilotsReady = int(ready.at(i));
        p.lowestReadiness = toLevel(lowest.at(i));
    }
    return pairings;
}

void writePilots(QDataStream &out, const QList<PilotStanding> &pilots)
{
    out << qint64(pilots.size());
    ColumnWriter w(out);
    w.numbers(pilots, [](const PilotStanding &s) { return s.pilotId; });
    w.texts(pilots, [](const PilotStanding &s) { return s.title; });
    w.numbers(pilots, [](const PilotStanding &s) { return s.cityId; });
    w.texts(pilots, [](const PilotStanding &s) { return s.cityName; });
    w.numbers(pilots, [](const PilotStanding &s) { return s.pairingId; });
    w.texts(pilots, [](const PilotStanding &s) { return s.pairingCode; });
    w.numbers(pilots, [](const PilotStanding &s) { return s.themeId; });
    w.numbers(pilots, [](const PilotStanding &s) { return s.assessments; });
    w.numbers(pilots, [](const PilotStanding &s) { return fromLevel(s.readiness.overall); });
    w.numbers(pilots, [](const PilotStanding &s) {
        return (s.readiness.assessed ? 1 : 0) | (s.readiness.ready ? 2 : 0);
    });
}

QList<PilotStanding> readPilots(QDataStream &in)
{
    const qsizetype count = readCount(in);
    ColumnReader r(in, count);
    const QList<qint64> ids = r.numbers();
    const QStringList titles = r.texts();
    const QList<qint64> cityIds = r.numbers();
    const QStringList cityNames = r.texts();
    const QList<qint64> pairingIds = r.numbers();
    const QStringList pairingCodes = r.texts();
    const QList<qint64> themes = r.numbers(), assessments = r.numbers(), overall = r.numbers(),
                        flags = r.numbers();
    if (in.status() != QDataStream::Ok)
        return {};
    QList<PilotStanding> pilots(count);
    for (qsizetype i = 0; i < count; ++i) {
        PilotStanding &s = pilots[i];
        s.pilotId = ids.at(i);
        s.title = titles.at(i);
        s.cityId = cityIds.at(i);
        s.cityName = cityNames.at(i);
        s.pairingId = pairingIds.at(i);
        s.pairingCode = pairingCodes.at(i);
        s.themeId = themes.at(i);
        s.assessments = int(assessments.at(i));
        s.readiness.overall = toLevel(overall.at(i));
        s.readiness.assessed = flags.at(i) & 1;
        s.readiness.ready = flags.at(i) & 2;
    }
    return pilots;
}

} // namespace

static QDataStream &operator<<(QDataStream &out, const ProgrammeProgress &p)
{
    out << p.asOf << p.quarterStart << p.quarterEnd << p.scope << p.scopeLabel << p.totals
        << p.sessionsHeldThisQuarter << p.stagesByTheme << p.readinessByTheme;
    writePairings(out, p.pairings);
    writePilots(out, p.pilots);
    return out;
}
static QDataStream &operator>>(QDataStream &in, ProgrammeProgress &p)
{
    in >> p.asOf >> p.quarterStart >> p.quarterEnd >> p.scope >> p.scopeLabel >> p.totals
        >> p.sessionsHeldThisQuarter >> p.stagesByTheme >> p.readinessByTheme;
    p.pairings = readPairings(in);
    p.pilots = readPilots(in);
    return in;
}

namespace ProgressSnapshot {

Result<State> stateOf(QSqlDatabase db, const QString &databasePath, const ProgressScope &scope, QDate asOf)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT user_version FROM pragma_user_version")) || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    const auto lastChange = ProgressUpdate::lastChange(db);
    if (!lastChange)
        return lastChange.status();
    State state{{}, asOf, lastChange.value()};
    QDataStream out(&state.base, QIODevice::WriteOnly);
    out << Magic << QStringLiteral(C2C_VERSION) << Translations::current() << scope;
    out << q.value(0).toString();
    // The same path may hold another file later (a newer one generated, a copy put there).
    const QFileInfo file(databasePath);
    struct stat facts{};
    if (::stat(QFile::encodeName(file.absoluteFilePath()).constData(), &facts) != 0)
        return Status::failure(QStringLiteral("%1 cannot be read").arg(QDir::toNativeSeparators(databasePath)));
    out << file.absoluteFilePath() << quint64(facts.st_dev) << quint64(facts.st_ino)
        << file.birthTime().toMSecsSinceEpoch();
    return state;
}

QString fileFor(const QString &databasePath)
{
    const QByteArray id = QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                                   QCryptographicHash::Sha1).toHex();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("dashboard-%1.bin").arg(QString::fromLatin1(id)));
}

QByteArray serialized(const ProgrammeProgress &progress)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // The machine's own order: tens of thousands of strings are read back without swapping
    // each character (the file is a cache of this machine's, never moved to another).
    out.setByteOrder(QDataStream::ByteOrder(QSysInfo::ByteOrder));
    out << progress;
    return bytes;
}

Status save(const QString &databasePath, const State &state, const ProgrammeProgress &progress)
{
    const QString path = fileFor(databasePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(QStringLiteral("cannot make %1").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    // The figures name cities, people's pilots and pairings' challenges: the user's eyes only.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(file.errorString());
    // A checksum over the figures: a damaged file is never read into lists of any size.
    const QByteArray figures = serialized(progress);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << state.base << state.asOf << state.lastChange.id << state.lastChange.name << checksumOf(figures) << figures;
    if (out.status() != QDataStream::Ok || !file.commit())
        return Status::failure(file.errorString());
    return {};
}

// The figures kept for the database when their state is one wanted says yes to.
template <typename Wanted>
static std::optional<Earlier> loadKept(const QString &databasePath, Wanted wanted)
{
    QFile file(fileFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    State kept;
    in >> kept.base >> kept.asOf >> kept.lastChange.id >> kept.lastChange.name;
    if (in.status() != QDataStream::Ok || !wanted(kept))
        return std::nullopt;
    quint64 checksum = 0;
    QByteArray figures;
    in >> checksum >> figures;
    if (in.status() != QDataStream::Ok || !in.atEnd() || checksum != checksumOf(figures))
        return std::nullopt;
    QDataStream read(figures);
    read.setVersion(QDataStream::Qt_6_4);
    read.setByteOrder(QDataStream::ByteOrder(QSysInfo::ByteOrder));
    Earlier result{{}, kept.lastChange};
    read >> result.figures;
    if (read.status() != QDataStream::Ok || !read.atEnd())
        return std::nullopt;
    return result;
}

std::optional<ProgrammeProgress> load(const QString &databasePath, const State &state)
{
    auto kept = loadKept(databasePath, [&state](const State &kept) { return kept == state; });
    return kept ? std::optional<ProgrammeProgress>(std::move(kept->figures)) : std::nullopt;
}

std::optional<Earlier> loadEarlier(const QString &databasePath, const State &state)
{
    return loadKept(databasePath, [&state](const State &kept) {
        return kept.base == state.base && kept.asOf <= state.asOf && kept.lastChange.id <= state.lastChange.id
            && kept != state;
    });
}

} // namespace ProgressSnapshot
