#include "DatabaseCheck.h"

#include "Database.h"
#include "Migrator.h"
#include "ProbeConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// foreign_key_check names the table, the row and the parent table; the column comes from the
// table's foreign key list.
QStringList foreignKeyProblems(const QSqlDatabase &db, QString *error)
{
    QStringList lines;
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = check.lastError().text();
        return lines;
    }
    QSqlQuery column(db);
    column.prepare(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?"));
    while (check.next()) {
        const QString table = check.value(0).toString();
        const QString row = check.value(1).isNull() ? QStringLiteral("?") : check.value(1).toString();
        const QString parent = check.value(2).toString();
        column.addBindValue(table);
        column.addBindValue(check.value(3));
        const QString from = column.exec() && column.next() ? column.value(0).toString() : QString();
        lines << (from.isEmpty() ? Text::tr("%1 row %2 refers to a missing %3").arg(table, row, parent)
                                 : Text::tr("%1 row %2: %3 refers to a missing %4").arg(table, row, from, parent));
    }
    return lines;
}

} // namespace

QString DatabaseCheck::headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("%1 cannot be read: %2").arg(shown(path), file.errorString());
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return Text::tr("%1 is not a City2City database: it is not an SQLite file.").arg(shown(path));
    if (header.size() < 100)
        return Text::tr("%1 is damaged: it is cut off inside its header.").arg(shown(path));
    // The page count at offset 28 is valid when the change counter (24) equals the
    // version-valid-for number (92). A pending -wal may hold pages the file has not yet.
    const auto number = [&header](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    const quint32 pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const qint64 pages = number(28);
    const bool pagesValid = pages > 0 && number(24) == number(92);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (pagesValid && !(wal.exists() && wal.size() > 0) && file.size() < pageSize * pages)
        return Text::tr("%1 is damaged: it is shorter than its header says (%2 of %3 bytes), as after a copy "
                  "that was cut off.").arg(shown(path)).arg(file.size()).arg(pageSize * pages);
    return {};
}

DatabaseCheck::Report DatabaseCheck::ofFile(const QString &path)
{
    Report report;
    report.path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        report.problems << Text::tr("%1 does not exist.").arg(shown(report.path));
        return report;
    }
    if (const QString problem = headerProblem(path); !problem.isEmpty()) {
        report.problems << problem;
        return report;
    }
    const ProbeConnection probe(report.path);
    if (!probe.isOpen()) {
        report.problems << Text::tr("%1 cannot be read as a database: %2").arg(shown(report.path), probe.error());
        return report;
    }
    return ofConnection(probe.connection(), report.path);
}

DatabaseCheck::Report DatabaseCheck::ofConnection(const QSqlDatabase &db, const QString &path)
{
    Report report;
    report.path = path;
    const QString file = shown(path);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        report.problems << Text::tr("%1 cannot be read as a database: %2").arg(file, q.lastError().text());
        return report;
    }
    report.applicationId = q.value(0).toInt();
    report.schemaVersion = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    if (report.applicationId != Database::ApplicationId) {
        const bool empty = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() == 0;
        report.problems << (report.applicationId == 0 && empty
                                ? Text::tr("%1 is an empty SQLite file, not yet a City2City database.").arg(file)
                                : Text::tr("%1 is an SQLite database of another application, not a City2City database.").arg(file));
    }
    if (report.schemaVersion > Migrator::latestVersion())
        report.problems << Text::tr("%1 was written by a newer version of City2City Facilitator (schema %2; this version "
                              "knows up to %3).").arg(file).arg(report.schemaVersion).arg(Migrator::latestVersion());
    else if (report.schemaVersion >= 0 && report.schemaVersion < Migrator::latestVersion()
             && report.applicationId == Database::ApplicationId)
        report.notes << Text::tr("Schema %1 is older than this version's %2: it is updated (after a backup) when opened.")
                            .arg(report.schemaVersion).arg(Migrator::latestVersion());

    QStringList integrity;
    if (q.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        while (q.next())
            integrity << q.value(0).toString();
    } else {
        integrity << q.lastError().text();
    }
    report.integrity = integrity.join(u'\n');
    if (report.integrity != QLatin1String("ok")) {
        // The first line that names a page or a table, not the "*** in database main ***" heading.
        const auto first = std::find_if(integrity.cbegin(), integrity.cend(),
                                         [](const QString &line) { return !line.startsWith(QLatin1String("***")); });
        report.problems << Text::tr("The integrity check found damage (%1).")
                               .arg(first != integrity.cend() ? *first : integrity.constFirst());
    }

    report.foreignKeys = foreignKeyProblems(db, &report.foreignKeyError);
    if (!report.foreignKeyError.isEmpty())
        report.problems << Text::tr("The foreign key check could not run: %1").arg(report.foreignKeyError);
    else if (!report.foreignKeys.isEmpty())
        report.problems << Text::tr("%n row(s) refer to records that do not exist.", nullptr,
                                    int(report.foreignKeys.size()));
    return report;
}

QString DatabaseCheck::Report::text() const
{
    QStringList lines;
    lines << Text::tr("Database:           %1").arg(shown(path));
    if (schemaVersion >= 0) {
        lines << Text::tr("Application id:     0x%1%2").arg(uint(applicationId), 8, 16, QLatin1Char('0'))
                     .arg(applicationId == Database::ApplicationId ? Text::tr(" (City2City Facilitator)") : QString());
        lines << Text::tr("Schema version:     %1 (this version knows up to %2)").arg(schemaVersion).arg(Migrator::latestVersion());
    }
    if (!integrity.isEmpty()) {
        if (integrity == QLatin1String("ok")) {
            lines << Text::tr("Integrity check:    ok");
        } else {
            lines << Text::tr("Integrity check:    damage found");
            for (const QString &line : integrity.split(u'\n'))
                lines << QStringLiteral("  ") + line;
        }
        if (!foreignKeyError.isEmpty()) {
            lines << Text::tr("Foreign key check:  could not run");
        } else if (foreignKeys.isEmpty()) {
            lines << Text::tr("Foreign key check:  ok");
        } else {
            lines << Text::tr("Foreign key check:  %n row(s) refer to missing records", nullptr, int(foreignKeys.size()));
            for (const QString &line : foreignKeys)
                lines << QStringLiteral("  ") + line;
        }
    }
    for (const QString &note : notes)
        lines << note;
    if (ok()) {
        lines << Text::tr("No problems found.");
    } else {
        lines << Text::tr("%n problem(s) found:", nullptr, int(problems.size()));
        for (const QString &problem : problems)
            lines << QStringLiteral("  - ") + problem;
        lines << Text::tr("The file was not changed. To go back to a good state, restore a backup "
                    "(File › Restore from Backup…, or city2city-cli restore FILE).");
    }
    return lines.join(u'\n') + u'\n';
}
