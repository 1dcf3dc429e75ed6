#pragma once

#include "core/Result.h"
#include "database/BoundStatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One match of a full-text search: a note of the minutes or an action item, with where it was said.
struct SearchHit
{
    QString source;         // "note" or "action"
    qint64 id = 0;          // note.id or action_item.id
    qint64 sessionId = 0;
    qint64 pairingId = 0;
    QString pairingCode;    // E-04
    QString theme;          // the theme's name
    int sessionSequence = 0;
    QString sessionTitle;   // empty when the session has none
    QString kind;           // the note's kind (discussion, decision, ...), or "action"
    QString cityName;       // the city the entry concerns; empty when none
    // Plain text (not HTML, not escaped) on one line: up to about 16 words around the best match,
    // "…" where text was cut, each matched word between SearchQueries::MatchStart and MatchEnd.
    QString snippet;
    double rank = 0;        // bm25 (SearchRank): lower (more negative) is a better match
};

struct SearchFilter
{
    QString themeCode;      // a theme's code (case-insensitive); empty for every theme
    QString kind;           // a note kind, or "action" for action items only; empty for both
    int limit = 50;         // at most this many hits, best first; must be at least 1
    // The hits are the best among this many newest matches of each source (notes, action
    // items) that pass the filter: a rare term is ranked over all its matches, and a common
    // word ("city", in 400,000 entries) answers at once instead of scoring every match.
    int rankingWindow = 2000;
};

// Full-text search over the minutes of every session: notes and action items, in one list ranked
// by bm25, accent- and case-insensitive. Read-only; never passes the user's syntax to FTS5.
class SearchQueries
{
public:
    // Private-use characters around each match in SearchHit::snippet; the UI styles them.
    static constexpr char16_t MatchStart = u'\uE000';
    static constexpr char16_t MatchEnd = u'\uE001';

    explicit SearchQueries(QSqlDatabase db);

    // Hits for the words of userText, all of them required. Empty, whitespace-only or
    // punctuation-only text gives no hits and no error; an unknown kind is an error.
    // Each source's newest matches are scored (SearchFilter::rankingWindow): on a very large file
    // a common word still takes tens of ms, so a search-as-you-type caller debounces it or runs
    // it on its own connection in a worker.
    Result<QList<SearchHit>> search(const QString &userText, const SearchFilter &filter) const;

    // The FTS5 expression search() uses; empty when the text has nothing to search for.
    // Each whitespace-separated word holding a letter or digit becomes a quoted string ('"'
    // doubled inside), the strings are joined by AND, and a '*' ending the last word makes it a
    // prefix ("heat*" -> "heat" *). Words without a letter or digit are dropped, repeated words
    // count once, and only the first 32 words count.
    static QString matchExpression(const QString &userText);

    // The snippet with its markers replaced by open / close, e.g. "[" and "]" for a terminal.
    static QString markedSnippet(const QString &snippet, const QString &open, const QString &close);
    // The snippet as HTML: the text escaped, matches in <b></b>.
    static QString htmlSnippet(const QString &snippet);

    // The note kinds a filter accepts, plus "action".
    static QStringList kinds();

    // The ranked query search() runs for this text and filter (without the snippets of the
    // hits), for comparing with the sqlite3 shell.
    static BoundStatement rankedStatement(const QString &userText, const SearchFilter &filter);

private:
    static BoundStatement rankedStatement(const QString &expression, const QString &kind, const SearchFilter &filter);

    QSqlDatabase m_db;
};
