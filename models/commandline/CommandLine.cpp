#include "CommandLine.h"
#include "CommandSupport.h"

#include "database/Database.h"
#include "exchange/DirectoryFormat.h"
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
    {"sessions", "Sessions with their UTC start and each member city's local start."},
    {"slots", "Meeting times inside every member city's working hours."},
    {"plan-cycle", "Create a pairing's four sessions over twelve months."},
    {"search", "Find notes and action items of every session by their words."},
    {"export-minutes", "Write the minutes of a session, or of a pairing's sessions, as PDF."},
    {"export-ics", "Write a session or a pairing's cycle as an iCalendar file."},
    {"add-note", "Add an entry (discussion, decision, insight, ...) to a session's minutes."},
    {"add-action", "Add an action item agreed in a session."},
    {"actions", "Action items across sessions, with filters; --overdue for the late ones."},
    {"rubric", "The readiness rubric: its dimensions and the descriptor of every level."},
    {"readiness", "Each pilot's latest level per dimension, overall readiness and whether it is ready."},
    {"add-pilot", "Add a city's pilot to a pairing."},
    {"assess", "Record a readiness assessment of a pilot at a session or on a date."},
    {"generate", "Write a large synthetic database (for benchmarks): --out FILE --pairings N."},
    {"import-cities", "Import cities from a CSV file (all rows or none); --dry-run to check it."},
    {"import-people", "Import people from a CSV file (all rows or none); --dry-run to check it."},
    {"export-cities", "Write every city to a CSV file that import-cities reads back."},
    {"export-people", "Write every person to a CSV file that import-people reads back."},
    {"backup", "Back up the database now (to its backups folder, or --out FILE)."},
    {"restore", "Replace the database with a backup FILE; the current data is backed up first."},
    {"check", "Check integrity, foreign keys and schema version; exit 1 on any problem."},
    {"history", "Who changed what in a pairing or session, and from what: newest first."},
};

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

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

void CommandLine::addCommand(const QString &name, const QString &summary, Handler handler)
{
    m_external.append({name, summary, std::move(handler)});
}

void CommandLine::printUsage(QTextStream &stream) const
{
    stream << "Usage: city2city-cli [--database FILE] COMMAND [OPTIONS]\n\n"
           << "City2City Facilitator on the command line: the same database and rules as the app.\n\n"
           << "Commands:\n";
    for (const auto &command : Subcommands)
        stream << "  " << CommandSupport::padded(QString::fromLatin1(command.name), 16) << command.summary << '\n';
    for (const External &command : m_external)
        stream << "  " << CommandSupport::padded(command.name, 16) << command.summary << '\n';
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
    if (command == QLatin1String("sessions"))
        return sessions(rest);
    if (command == QLatin1String("slots"))
        return findSlots(rest);
    if (command == QLatin1String("plan-cycle"))
        return planCycle(rest);
    if (command == QLatin1String("search"))
        return search(rest);
    if (command == QLatin1String("history"))
        return history(rest);
    if (command == QLatin1String("export-minutes"))
        return exportMinutes(rest);
    if (command == QLatin1String("export-ics"))
        return exportIcs(rest);
    if (command == QLatin1String("add-note"))
        return addNote(rest);
    if (command == QLatin1String("add-action"))
        return addAction(rest);
    if (command == QLatin1String("actions"))
        return actions(rest);
    if (command == QLatin1String("rubric"))
        return rubric(rest);
    if (command == QLatin1String("readiness"))
        return readiness(rest);
    if (command == QLatin1String("add-pilot"))
        return addPilot(rest);
    if (command == QLatin1String("assess"))
        return assess(rest);
    if (command == QLatin1String("generate"))
        return generate(rest);
    if (command == QLatin1String("import-cities"))
        return importDirectory(rest, DirectoryKind::Cities);
    if (command == QLatin1String("import-people"))
        return importDirectory(rest, DirectoryKind::People);
    if (command == QLatin1String("export-cities"))
        return exportDirectory(rest, DirectoryKind::Cities);
    if (command == QLatin1String("export-people"))
        return exportDirectory(rest, DirectoryKind::People);
    if (command == QLatin1String("backup"))
        return backup(rest);
    if (command == QLatin1String("restore"))
        return restore(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    for (const External &external : std::as_const(m_external)) {
        if (command == external.name)
            return external.handler(rest, m_out, m_err);
    }
    m_err << "city2city-cli: unknown command “" << command << "”. Run city2city-cli --help for the list.\n";
    return Usage;
}

int CommandLine::summary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CommandSupport::databaseOption());
    parser.addOption(CommandSupport::jsonOption());
    int exit = Ok;
    if (!CommandSupport::parse(parser, arguments, QStringLiteral("summary"), m_out, m_err, &exit))
        return exit;
    const auto database = CommandSupport::openDatabase(parser, m_err);
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
    m_out << CommandSupport::padded(QStringLiteral("Themes"), 11) << summary->themes << '\n'
          << CommandSupport::padded(QStringLiteral("Pairings"), 11) << summary->pairings << '\n'
          << CommandSupport::padded(QStringLiteral("Cities"), 11) << summary->cities << '\n'
          << CommandSupport::padded(QStringLiteral("Countries"), 11) << summary->countries << "\n\n"
          << CommandSupport::padded(QStringLiteral("Theme"), 46) << "Pairings  Cities\n";
    for (const auto &theme : summary->byTheme)
        m_out << CommandSupport::padded(theme.theme, 46) << QString::number(theme.pairings).rightJustified(8)
              << QString::number(theme.cities).rightJustified(8) << '\n';
    return Ok;
}

int CommandLine::pairings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CommandSupport::databaseOption());
    parser.addOption(CommandSupport::jsonOption());
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Only the pairings of this theme (its code, e.g. E, or its name)."),
        QStringLiteral("THEME"));
    parser.addOption(themeOption);
    int exit = Ok;
    if (!CommandSupport::parse(parser, arguments, QStringLiteral("pairings"), m_out, m_err, &exit))
        return exit;
    const auto database = CommandSupport::openDatabase(parser, m_err);
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
        m_out << CommandSupport::padded(p.code, 6) << ' ' << p.theme << '\n'
              << "       " << p.challenge << '\n'
              << "       " << cities.join(QStringLiteral(" · ")) << "\n\n";
    }
    m_out << listings->size() << (listings->size() == 1 ? " pairing\n" : " pairings\n");
    return Ok;
}
