// city2city-cli commands that keep a database safe: backup, restore, check.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "database/BackupRestore.h"
#include "database/Backups.h"
#include "database/DatabaseCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace CommandSupport;

namespace {

QString databasePathOf(const QCommandLineParser &parser)
{
    return QFileInfo(parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                               : Database::defaultPath())
        .absoluteFilePath();
}

QString described(const QString &path)
{
    return QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(path),
                                         QLocale::c().formattedDataSize(QFileInfo(path).size()));
}

} // namespace

int CommandLine::backup(const QStringList &arguments)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Write the backup to this new file instead of the backups folder beside the database."),
        QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep"),
        QStringLiteral("Keep this many backups in the folder (default: the window's setting, %1).").arg(Backups::DefaultKeep),
        QStringLiteral("N"));
    parser.addOptions({out, keep});
    int exit = Ok;
    if (!parse(parser, arguments, command, m_out, m_err, &exit))
        return exit;
    bool keepOk = true;
    const int keepCount = parser.isSet(keep) ? parser.value(keep).toInt(&keepOk) : keepBackups();
    if (!keepOk || keepCount < 1) {
        m_err << "city2city-cli backup: --keep takes a number of at least 1\n";
        return Usage;
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    if (parser.isSet(out)) {
        const QString file = QFileInfo(parser.value(out)).absoluteFilePath();
        if (Status s = Backups::writeCopy(database->connection(), file); !s) {
            m_err << "city2city-cli backup: " << s.error() << '\n';
            return Failed;
        }
        m_out << "Backup written: " << described(file) << '\n';
        return Ok;
    }
    const Backups backups(database->path(), keepCount);
    const auto written = backups.backUp(database->connection(), database->clock().nowUtc());
    if (!written) {
        m_err << "city2city-cli backup: " << written.error() << '\n';
        return Failed;
    }
    m_out << "Backup written: " << described(written->path) << '\n'
          << "The newest " << keepCount << " backups are kept in " << QDir::toNativeSeparators(backups.folder()) << '\n';
    return Ok;
}

int CommandLine::restore(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exit = Ok;
    if (!parse(parser, arguments, command, m_out, m_err, &exit, {QStringLiteral("FILE")}))
        return exit;
    const QString path = databasePathOf(parser);
    const QString backupFile = parser.positionalArguments().constFirst();

    Result<BackupRestore::Outcome> restored = Status::failure(QString());
    QString unopenable;
    if (!QFileInfo::exists(path)) {
        restored = BackupRestore::overUnopenable(path, backupFile, SystemClock::instance());
    } else {
        Database::Options options;
        options.sharing = Database::Sharing::Claim; // no window may open it meanwhile
        options.keepBackups = keepBackups();
        options.seedNewFile = false;
        auto database = Database::open(path, options);
        if (database) {
            restored = BackupRestore::intoOpen(*database.value(), backupFile);
        } else {
            // The file does not open (damaged, not ours, newer): it is kept aside unchanged.
            unopenable = database.error();
            restored = BackupRestore::overUnopenable(path, backupFile, SystemClock::instance());
        }
    }
    if (!restored) {
        m_err << "city2city-cli restore: " << restored.error() << '\n';
        return Failed;
    }
    m_out << "Restored " << QDir::toNativeSeparators(path) << " from " << QDir::toNativeSeparators(backupFile) << '\n';
    if (!unopenable.isEmpty())
        m_out << "The file did not open (" << unopenable << ")\n";
    if (!restored->keptAs.isEmpty())
        m_out << "The data from before the restore is kept as " << QDir::toNativeSeparators(restored->keptAs) << '\n';
    return Ok;
}

int CommandLine::check(const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    int exit = Ok;
    if (!parse(parser, arguments, command, m_out, m_err, &exit))
        return exit;
    // Not through Database::open: a file it refuses is exactly one to look at, untouched.
    const DatabaseCheck::Report report = DatabaseCheck::ofFile(databasePathOf(parser));
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject root{{QStringLiteral("database"), report.path},
                               {QStringLiteral("ok"), report.ok()},
                               {QStringLiteral("application_id"), report.applicationId},
                               {QStringLiteral("schema_version"), report.schemaVersion},
                               {QStringLiteral("integrity"), QJsonArray::fromStringList(
                                   report.integrity.isEmpty() ? QStringList() : report.integrity.split(u'\n'))},
                               {QStringLiteral("foreign_keys"), QJsonArray::fromStringList(report.foreignKeys)},
                               {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                               {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << report.text();
    }
    return report.ok() ? Ok : Failed;
}
