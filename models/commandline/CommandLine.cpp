#include "CommandLine.h"

#include "database/Database.h"
#include "store/ProgrammeQueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
};

const Subcommand Subcommands[] = {
    {"summary", "Counts of themes, pairings, cities and countries, and per theme."},
    {"pairings", "Every pairing with its theme, challenge and member cities."},
};

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

// Finds the subcommand: the first argument that is neither an option nor an option's value.
int commandPosition(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--database"))
            ++i;
        else if (!a.startsWith(u'-'))
            return i;
    }
    return -1;
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

void CommandLine::printUsage(QTextStream &stream) const
{
    stream << "Usage: city2city-cli [--database FILE] COMMAND [OPTIONS]\n\n"
           << "City2City Facilitator on the command line: the same database and rules as the app.\n\n"
           << "Commands:\n";
    for (const auto &command : Subcommands)
        stream << "  " << padded(QString::fromLatin1(command.name), 12) << command.summary << '\n';
    stream << "\nOptions:\n"
           << "  --database FILE  the database file (default: " << Database::defaultPath() << ")\n"
           << "  --help           this help; COMMAND --help for a command's options\n"
           << "  --version        the version\n";
}

int CommandLine::run(const QStringList &arguments)
{
    const int position = commandPosition(arguments);
    if (position < 0) {
        if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
            m_out << "city2city-cli " << C2C_VERSION << '\n';
            return Ok;
        }
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            printUsage(m_out);
            return Ok;
        }
        m_err << "city2city-cli: no command given.\n\n";
        printUsage(m_err);
        return Usage;
    }
    const QString command = arguments.at(position);
    QStringList rest = arguments;
    rest.removeAt(position);
    if (command == QLatin1String("summary"))
        return summary(rest);
    if (command == QLatin1String("pairings"))
        return pairings(rest);
    m_err << "city2city-cli: unknown command “" << command << "”. Run city2city-cli --help for the list.\n";
    return Usage;
}

namespace {

// Parses a subcommand's options; prints help or the error and sets *exit when it should stop.
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

} // namespace

int CommandLine::summary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("summary"), m_out, m_err, &exit))
        return exit;
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const auto summary = ProgrammeQueries(database->connection()).summary();
    if (!summary) {
        m_err << "city2city-cli: " << summary.error() << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray byTheme;
        for (const auto &theme : summary->byTheme)
            byTheme.append(QJsonObject{{QStringLiteral("theme"), theme.theme},
                                       {QStringLiteral("code"), theme.code},
                                       {QStringLiteral("pairings"), theme.pairings},
                                       {QStringLiteral("cities"), theme.cities}});
        const QJsonObject root{{QStringLiteral("themes"), summary->themes},
                               {QStringLiteral("pairings"), summary->pairings},
                               {QStringLiteral("cities"), summary->cities},
                               {QStringLiteral("countries"), summary->countries},
                               {QStringLiteral("by_theme"), byTheme}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << padded(QStringLiteral("Themes"), 11) << summary->themes << '\n'
          << padded(QStringLiteral("Pairings"), 11) << summary->pairings << '\n'
          << padded(QStringLiteral("Cities"), 11) << summary->cities << '\n'
          << padded(QStringLiteral("Countries"), 11) << summary->countries << "\n\n"
          << padded(QStringLiteral("Theme"), 46) << "Pairings  Cities\n";
    for (const auto &theme : summary->byTheme)
        m_out << padded(theme.theme, 46) << QString::number(theme.pairings).rightJustified(8)
              << QString::number(theme.cities).rightJustified(8) << '\n';
    return Ok;
}

int CommandLine::pairings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Only the pairings of this theme (its code, e.g. E, or its name)."),
        QStringLiteral("THEME"));
    parser.addOption(themeOption);
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("pairings"), m_out, m_err, &exit))
        return exit;
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const ProgrammeQueries queries(database->connection());
    const QString theme = parser.value(themeOption).trimmed();
    if (parser.isSet(themeOption)) {
        const auto themes = queries.themes();
        bool known = false;
        QStringList names;
        for (const auto &t : themes ? themes.value() : QList<ProgrammeQueries::Choice>()) {
            known = known || t.code.compare(theme, Qt::CaseInsensitive) == 0
                    || t.label.compare(theme, Qt::CaseInsensitive) == 0;
            names << QStringLiteral("%1 (%2)").arg(t.code, t.label);
        }
        if (!known) {
            m_err << "city2city-cli pairings: no theme “" << theme << "”. Themes: "
                  << names.join(QStringLiteral(", ")) << '\n';
            return Usage;
        }
    }
    const auto listings = queries.pairings(theme);
    if (!listings) {
        m_err << "city2city-cli: " << listings.error() << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &p : listings.value()) {
            QJsonArray cities;
            for (const auto &c : p.cities)
                cities.append(QJsonObject{{QStringLiteral("name"), c.name},
                                          {QStringLiteral("country"), c.countryCode},
                                          {QStringLiteral("time_zone"), c.timeZone}});
            list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("code"), p.code},
                                    {QStringLiteral("theme"), p.theme},
                                    {QStringLiteral("challenge"), p.challenge},
                                    {QStringLiteral("status"), p.status},
                                    {QStringLiteral("cities"), cities}});
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto &p : listings.value()) {
        QStringList cities;
        for (const auto &c : p.cities)
            cities << QStringLiteral("%1 (%2, %3)").arg(c.name, c.countryCode, c.timeZone);
        m_out << padded(p.code, 6) << ' ' << p.theme << '\n'
              << "       " << p.challenge << '\n'
              << "       " << cities.join(QStringLiteral(" · ")) << "\n\n";
    }
    m_out << listings->size() << (listings->size() == 1 ? " pairing\n" : " pairings\n");
    return Ok;
}
