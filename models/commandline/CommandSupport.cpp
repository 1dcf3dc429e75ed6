#include "CommandSupport.h"

#include "CommandLine.h"

namespace CommandSupport {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              QStringLiteral("The database file (default: %1).").arg(Database::defaultPath()),
                              QStringLiteral("FILE"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
           QTextStream &out, QTextStream &err, int *exit)
{
    parser.setApplicationDescription(QStringLiteral("city2city-cli %1").arg(command));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << "city2city-cli " << command << ": " << parser.errorText() << '\n';
        *exit = CommandLine::Usage;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "city2city-cli " << command << ": unexpected argument “"
            << parser.positionalArguments().constFirst() << "”\n";
        *exit = CommandLine::Usage;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("[options]"),
                                         QStringLiteral("%1 [options]").arg(command));
        *exit = CommandLine::Ok;
        return false;
    }
    return true;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, QTextStream &err)
{
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : Database::defaultPath();
    auto database = Database::open(path);
    if (!database) {
        err << "city2city-cli: " << database.error() << '\n';
        return nullptr;
    }
    return std::move(database).value();
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

} // namespace CommandSupport
