// city2city-cli import-cities, import-people, export-cities, export-people: the directory as CSV.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "exchange/DirectoryExport.h"
#include "exchange/DirectoryImport.h"

#include <QDir>
#include <QFile>
#include <QLocale>

using namespace CommandSupport;

namespace {

QString commandName(const char *verb, DirectoryKind kind)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(verb), DirectoryFormat::kindName(kind));
}

} // namespace

int CommandLine::importDirectory(const QStringList &arguments, DirectoryKind kind)
{
    const QString command = commandName("import", kind);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Check the file and report, but write nothing."));
    parser.addOption(dryRun);
    int exit = Ok;
    if (!parse(parser, arguments, command, m_out, m_err, &exit, {QStringLiteral("FILE")}))
        return exit;
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "city2city-cli " << command << ": cannot read " << QDir::toNativeSeparators(path) << ": "
              << file.errorString() << '\n';
        return Failed;
    }
    const QByteArray data = file.readAll();
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;

    ImportPreview preview = DirectoryImport::preview(database->connection(), kind, data);
    if (!preview.fileError().isEmpty()) {
        m_err << "city2city-cli " << command << ": " << QDir::toNativeSeparators(path) << ": "
              << preview.fileError() << '\n';
        return Failed;
    }
    for (const QString &warning : preview.warnings())
        m_err << "city2city-cli " << command << ": warning: " << warning << '\n';
    const QLocale numbers(QLocale::English);
    if (preview.badRowCount() > 0) {
        for (const ImportProblem &problem : preview.problems())
            m_err << problem.text() << '\n';
        m_err << numbers.toString(preview.badRowCount()) << " of " << numbers.toString(preview.rowCount())
              << " rows have problems; nothing was imported.\n";
        return Failed;
    }
    if (preview.rowCount() == 0) {
        m_err << "city2city-cli " << command << ": the file has no rows to import.\n";
        return Failed;
    }
    const QString what = DirectoryFormat::kindName(kind);
    if (parser.isSet(dryRun)) {
        m_out << numbers.toString(preview.rowCount()) << ' ' << what
              << " can be imported; nothing was written (dry run).\n";
        return Ok;
    }
    if (database->isReadOnly()) {
        m_err << "city2city-cli " << command << ": " << database->readOnlyReason() << '\n';
        return Failed;
    }
    const auto imported = DirectoryImport::apply(database->connection(), database->clock(), preview);
    if (!imported) {
        m_err << "city2city-cli " << command << ": " << imported.error() << '\n';
        return Failed;
    }
    m_out << "Imported " << numbers.toString(imported.value()) << ' ' << what << ".\n";
    return Ok;
}

int CommandLine::exportDirectory(const QStringList &arguments, DirectoryKind kind)
{
    const QString command = commandName("export", kind);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The CSV file to write (UTF-8, comma-separated)."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    int exit = Ok;
    if (!parse(parser, arguments, command, m_out, m_err, &exit))
        return exit;
    if (parser.value(out).trimmed().isEmpty()) {
        m_err << "city2city-cli " << command << ": give the file to write with --out FILE\n";
        return Usage;
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const auto rows = DirectoryExport::write(database->connection(), kind, parser.value(out));
    if (!rows) {
        m_err << "city2city-cli " << command << ": " << rows.error() << '\n';
        return Failed;
    }
    m_out << "Wrote " << rows.value() << ' ' << DirectoryFormat::kindName(kind) << " to "
          << QDir::toNativeSeparators(parser.value(out)) << ".\n";
    return Ok;
}
