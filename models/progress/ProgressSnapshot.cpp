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

#include <sys/stat.h>

namespace {

// Changes whenever what is written below changes: older files are then simply not used.
constexpr quint32 Magic = 0xC2C50003;

// FNV-1a over 8-byte words: cheap (the figures of 10,000 pairings are 25 MB) and enough to tell
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

template <typename T>
static QDataStream &operator<<(QDataStream &out, const std::optional<T> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
    return out;
}

template <typename T>
static QDataStream &operator>>(QDataStream &in, std::optional<T> &value)
{
    bool present = false;
    in >> present;
    value.reset();
    if (present) {
        T v{};
        in >> v;
        value = std::move(v);
    }
    return in;
}

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

static QDataStream &operator<<(QDataStream &out, const PairingProgress &p)
{
    return out << p.pairingId << p.code << p.themeId << p.themeCode << p.themeName << p.challenge << p.status
               << p.cities << p.stage << p.sessionsPlanned << p.sessionsHeld << p.actionsOpen << p.actionsDone
               << p.actionsOverdue << p.pilots << p.pilotsReady << p.lowestReadiness;
}
static QDataStream &operator>>(QDataStream &in, PairingProgress &p)
{
    return in >> p.pairingId >> p.code >> p.themeId >> p.themeCode >> p.themeName >> p.challenge >> p.status
           >> p.cities >> p.stage >> p.sessionsPlanned >> p.sessionsHeld >> p.actionsOpen >> p.actionsDone
           >> p.actionsOverdue >> p.pilots >> p.pilotsReady >> p.lowestReadiness;
}

static QDataStream &operator<<(QDataStream &out, const DimensionLevel &d) { return out << d.dimension << d.level << d.evidence; }
static QDataStream &operator>>(QDataStream &in, DimensionLevel &d) { return in >> d.dimension >> d.level >> d.evidence; }

static QDataStream &operator<<(QDataStream &out, const AssessmentRecord &a)
{
    return out << a.id << a.uuid << a.pilotId << a.sessionId << a.assessedOn << a.summary << a.levels
               << a.createdAt << a.updatedAt;
}
static QDataStream &operator>>(QDataStream &in, AssessmentRecord &a)
{
    return in >> a.id >> a.uuid >> a.pilotId >> a.sessionId >> a.assessedOn >> a.summary >> a.levels >> a.createdAt
           >> a.updatedAt;
}

static QDataStream &operator<<(QDataStream &out, const Readiness &r)
{
    return out << r.assessed << r.overall << r.beside << r.missing << r.below << r.ready;
}
static QDataStream &operator>>(QDataStream &in, Readiness &r)
{
    return in >> r.assessed >> r.overall >> r.beside >> r.missing >> r.below >> r.ready;
}

static QDataStream &operator<<(QDataStream &out, const PilotStanding &p)
{
    return out << p.pilotId << p.title << p.cityId << p.cityName << p.countryCode << p.pairingId << p.pairingCode
               << p.themeId << p.themeCode << p.themeName << p.expectedStart << p.assessments << p.latest
               << p.readiness;
}
static QDataStream &operator>>(QDataStream &in, PilotStanding &p)
{
    return in >> p.pilotId >> p.title >> p.cityId >> p.cityName >> p.countryCode >> p.pairingId >> p.pairingCode
           >> p.themeId >> p.themeCode >> p.themeName >> p.expectedStart >> p.assessments >> p.latest >> p.readiness;
}

static QDataStream &operator<<(QDataStream &out, const ProgrammeProgress &p)
{
    return out << p.asOf << p.quarterStart << p.quarterEnd << p.scope << p.scopeLabel << p.totals
               << p.sessionsHeldThisQuarter << p.stagesByTheme << p.readinessByTheme << p.pairings << p.pilots;
}
static QDataStream &operator>>(QDataStream &in, ProgrammeProgress &p)
{
    return in >> p.asOf >> p.quarterStart >> p.quarterEnd >> p.scope >> p.scopeLabel >> p.totals
           >> p.sessionsHeldThisQuarter >> p.stagesByTheme >> p.readinessByTheme >> p.pairings >> p.pilots;
}

namespace ProgressSnapshot {

Result<QByteArray> stateOf(QSqlDatabase db, const QString &databasePath, const ProgressScope &scope, QDate asOf)
{
    QSqlQuery q(db);
    // The last change names the file's history: a file restored from a backup and edited again
    // may reach the same id, never with the same time and record. The join gives one row, with
    // the schema version, when the log is empty too.
    if (!q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), last.id,"
                               " last.changed_at, last.record_uuid, last.table_name, last.field"
                               " FROM (SELECT 1) LEFT JOIN (SELECT id, changed_at, record_uuid,"
                               " table_name, field FROM change_log ORDER BY id DESC LIMIT 1) AS last ON 1"))
        || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << Magic << QStringLiteral(C2C_VERSION) << Translations::current() << scope << asOf;
    out << q.value(0).toString();
    if (q.isNull(1)) {
        out << QStringLiteral("no changes");
    } else {
        for (int i = 1; i < 6; ++i)
            out << q.value(i).toString();
    }
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

Status save(const QString &databasePath, const QByteArray &state, const ProgrammeProgress &progress)
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
    out << state << checksumOf(figures) << figures;
    if (out.status() != QDataStream::Ok || !file.commit())
        return Status::failure(file.errorString());
    return {};
}

std::optional<ProgrammeProgress> load(const QString &databasePath, const QByteArray &state)
{
    QFile file(fileFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray kept;
    in >> kept;
    if (in.status() != QDataStream::Ok || kept != state)
        return std::nullopt;
    quint64 checksum = 0;
    QByteArray figures;
    in >> checksum >> figures;
    if (in.status() != QDataStream::Ok || !in.atEnd() || checksum != checksumOf(figures))
        return std::nullopt;
    QDataStream read(figures);
    read.setVersion(QDataStream::Qt_6_4);
    read.setByteOrder(QDataStream::ByteOrder(QSysInfo::ByteOrder));
    ProgrammeProgress progress;
    read >> progress;
    if (read.status() != QDataStream::Ok || !read.atEnd())
        return std::nullopt;
    return progress;
}

} // namespace ProgressSnapshot
