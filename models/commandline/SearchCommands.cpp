// city2city-cli search: full-text search across every session's minutes and action items.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "store/ProgrammeQueries.h"
#include "store/SearchQueries.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CommandSupport;

namespace {

// Matches in the text output's snippets. Not "**": the bodies are Markdown and hold it already.
const QString MarkOpen = QStringLiteral("[");
const QString MarkClose = QStringLiteral("]");

// CommandSupport::parse refuses positional arguments; search takes its query as one.
bool parseWithQuery(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err, int *exit)
{
    parser.setApplicationDescription(QStringLiteral(
        "city2city-cli search\n\nFinds notes and action items of every session holding all the words of "
        "QUERY, best match first. Case and accents do not matter; a '*' ending the last word matches "
        "words that begin with it. Snippets show matches [like this]; with --json they are HTML, "
        "matches in <b></b>."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The words to search for."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << "city2city-cli search: " << parser.errorText() << '\n';
        *exit = CommandLine::Usage;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("search [options]"));
        *exit = CommandLine::Ok;
        return false;
    }
    if (parser.positionalArguments().join(QString()).trimmed().isEmpty()) {
        err << "city2city-cli search: give the words to search for, e.g. city2city-cli search \"district heating\"\n";
        *exit = CommandLine::Usage;
        return false;
    }
    return true;
}

} // namespace

int CommandLine::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Only the minutes of this theme's pairings (its code, e.g. E, or its name)."),
        QStringLiteral("THEME"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
        QStringLiteral("Only this kind: %1.").arg(SearchQueries::kinds().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QStringLiteral("At most this many hits (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({themeOption, kindOption, limitOption});
    int exit = Ok;
    if (!parseWithQuery(parser, arguments, m_out, m_err, &exit))
        return exit;

    SearchFilter filter;
    filter.kind = parser.value(kindOption).trimmed();
    if (parser.isSet(kindOption)) {
        QString normalised = filter.kind.toLower();
        normalised.replace(u'-', u'_').replace(u' ', u'_');
        if (!SearchQueries::kinds().contains(normalised)) {
            m_err << "city2city-cli search: no kind “" << filter.kind << "”. Kinds: "
                  << SearchQueries::kinds().join(QStringLiteral(", ")) << '\n';
            return Usage;
        }
    }
    bool limitOk = false;
    filter.limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || filter.limit < 1) {
        m_err << "city2city-cli search: --limit takes a whole number of at least 1\n";
        return Usage;
    }

    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    if (parser.isSet(themeOption)) {
        const QString theme = parser.value(themeOption).trimmed();
        const auto themes = ProgrammeQueries(database->connection()).themes();
        if (!themes) {
            m_err << "city2city-cli: " << themes.error() << '\n';
            return Failed;
        }
        QStringList names;
        for (const auto &t : themes.value()) {
            if (t.code.compare(theme, Qt::CaseInsensitive) == 0 || t.label.compare(theme, Qt::CaseInsensitive) == 0)
                filter.themeCode = t.code;
            names << QStringLiteral("%1 (%2)").arg(t.code, t.label);
        }
        if (filter.themeCode.isEmpty()) {
            m_err << "city2city-cli search: no theme “" << theme << "”. Themes: "
                  << names.join(QStringLiteral(", ")) << '\n';
            return Usage;
        }
    }

    const QString query = parser.positionalArguments().join(u' ');
    const auto hits = SearchQueries(database->connection()).search(query, filter);
    if (!hits) {
        m_err << "city2city-cli search: " << hits.error() << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SearchHit &hit : hits.value()) {
            list.append(QJsonObject{
                {QStringLiteral("source"), hit.source},
                {QStringLiteral("id"), hit.id},
                {QStringLiteral("pairing"), hit.pairingCode},
                {QStringLiteral("theme"), hit.theme},
                {QStringLiteral("session"), hit.sessionSequence},
                {QStringLiteral("session_id"), hit.sessionId},
                {QStringLiteral("session_title"), hit.sessionTitle.isEmpty() ? QJsonValue() : QJsonValue(hit.sessionTitle)},
                {QStringLiteral("kind"), hit.kind},
                {QStringLiteral("city"), hit.cityName.isEmpty() ? QJsonValue() : QJsonValue(hit.cityName)},
                {QStringLiteral("snippet"), SearchQueries::htmlSnippet(hit.snippet)},
                {QStringLiteral("rank"), hit.rank}});
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const SearchHit &hit : hits.value()) {
        m_out << padded(QStringLiteral("%1 #%2").arg(hit.pairingCode).arg(hit.sessionSequence), 10)
              << padded(hit.kind, 14) << hit.cityName << '\n'
              << "          " << SearchQueries::markedSnippet(hit.snippet, MarkOpen, MarkClose) << '\n';
    }
    m_out << hits->size() << (hits->size() == 1 ? " hit\n" : " hits\n");
    return Ok;
}
