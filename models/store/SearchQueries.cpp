#include "SearchQueries.h"

#include "SearchRank.h"
#include "database/SqlRows.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QHash>

#include <limits>

namespace {

const QString ActionKind = QStringLiteral("action");
constexpr int MaxTerms = 32;
const QStringList NoteKinds{QStringLiteral("discussion"), QStringLiteral("decision"), QStringLiteral("insight"),
                            QStringLiteral("good_practice"), QStringLiteral("challenge")};

// MATCH stays in its own materialised CTE and the rest joins its result: in one flat query the
// planner may drive from the joined tables and test MATCH row by row (DESIGN.md, Performance).
// The CTE walks the matches newest first (FTS5 gives rowid order without scoring) through the
// filters, and stops after the ranking window: bm25 is computed for those rows only. Without a
// filter it joins nothing (every entry has its session, pairing and theme).
// %1: the joins a filter needs, %2: its conditions, both empty without a filter; %3: the rank
// (SearchRank: bm25 that does not walk every row of a common word).
const QString NoteMatches = QStringLiteral(
    "note_hits AS MATERIALIZED (SELECT f.rowid AS id, %3 AS rank FROM note_fts f%1"
    " WHERE note_fts MATCH :note_query%2 ORDER BY f.rowid DESC LIMIT :note_window)");
const QString NoteFilterJoins = QStringLiteral(
    " JOIN note n ON n.id = f.rowid JOIN session s ON s.id = n.session_id"
    " JOIN pairing p ON p.id = s.pairing_id JOIN theme t ON t.id = p.theme_id");
const QString NoteFilters = QStringLiteral(
    " AND (:note_any_theme OR lower(t.code) = lower(:note_theme)) AND (:any_kind OR n.kind = :note_kind)");
const QString ActionMatches = QStringLiteral(
    "action_hits AS MATERIALIZED (SELECT f.rowid AS id, %3 AS rank FROM action_item_fts f%1"
    " WHERE action_item_fts MATCH :action_query%2 ORDER BY f.rowid DESC LIMIT :action_window)");
const QString ActionFilterJoins = QStringLiteral(
    " JOIN action_item a ON a.id = f.rowid JOIN session s ON s.id = a.session_id"
    " JOIN pairing p ON p.id = s.pairing_id JOIN theme t ON t.id = p.theme_id");
const QString ActionFilters = QStringLiteral(" AND (:action_any_theme OR lower(t.code) = lower(:action_theme))");

// Only the best of each source are joined to what a hit shows: the best of all are among them.
const QString NoteRows = QStringLiteral(
    "SELECT 'note' AS source, n.id AS id, s.id, p.id, p.code, t.name, s.sequence, s.title, n.kind, c.name,"
    " h.rank AS rank"
    " FROM (SELECT id, rank FROM note_hits ORDER BY rank, id LIMIT :note_limit) h"
    " JOIN note n ON n.id = h.id JOIN session s ON s.id = n.session_id"
    " JOIN pairing p ON p.id = s.pairing_id JOIN theme t ON t.id = p.theme_id"
    " LEFT JOIN city c ON c.id = n.city_id");
const QString ActionRows = QStringLiteral(
    "SELECT 'action' AS source, a.id AS id, s.id, p.id, p.code, t.name, s.sequence, s.title, 'action', c.name,"
    " h.rank AS rank"
    " FROM (SELECT id, rank FROM action_hits ORDER BY rank, id LIMIT :action_limit) h"
    " JOIN action_item a ON a.id = h.id JOIN session s ON s.id = a.session_id"
    " JOIN pairing p ON p.id = s.pairing_id JOIN theme t ON t.id = p.theme_id"
    " LEFT JOIN city c ON c.id = a.city_id");
const QString BestFirst = QStringLiteral(" ORDER BY rank, source, id LIMIT :limit");

QString rankedSql(bool notes, bool actions, bool filtered)
{
    QStringList matches;
    QStringList rows;
    if (notes) {
        const QString rank = SearchRank::expression(QStringLiteral("note_fts"), QStringLiteral("note"));
        matches << (filtered ? NoteMatches.arg(NoteFilterJoins, NoteFilters, rank) : NoteMatches.arg(QString(), QString(), rank));
        rows << NoteRows;
    }
    if (actions) {
        const QString rank = SearchRank::expression(QStringLiteral("action_item_fts"), QStringLiteral("action_item"));
        matches << (filtered ? ActionMatches.arg(ActionFilterJoins, ActionFilters, rank)
                             : ActionMatches.arg(QString(), QString(), rank));
        rows << ActionRows;
    }
    return QStringLiteral("WITH ") + matches.join(QStringLiteral(", ")) + QLatin1Char(' ')
           + rows.join(QStringLiteral(" UNION ALL ")) + BestFirst;
}

// Snippets only for the hits that are shown, not for every match, and for each source in one
// statement: a statement per hit expanded a prefix query once per hit ("tha*": 98 ms for 50
// snippets, 40 ms in one). The matches are walked between the first and the last hit's rowid;
// the unary + keeps the id list from FTS5, which would run the whole match once per id.
// %1: the full-text table.
const QString Snippets = QStringLiteral(
    "SELECT f.rowid, snippet(%1, 0, :open, :close, :ellipsis, 16) FROM %1 f"
    " WHERE %1 MATCH :query AND f.rowid BETWEEN :first AND :last"
    " AND +f.rowid IN (SELECT value FROM json_each(:ids))");

bool hasTokenCharacter(const QString &word)
{
    const QList<uint> codePoints = word.toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(c)))
            return true;
    }
    return false;
}

QString quoted(const QString &word)
{
    QString text = word;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QString normalisedKind(const QString &kind)
{
    QString k = kind.trimmed().toLower();
    k.replace(u'-', u'_').replace(u' ', u'_');
    return k;
}

Status fillSnippets(const QSqlDatabase &db, const QString &expression, QList<SearchHit> &hits)
{
    for (const bool actions : {false, true}) {
        QHash<qint64, QString> snippets;
        QStringList ids;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = 0;
        for (const SearchHit &hit : std::as_const(hits)) {
            if ((hit.source == ActionKind) != actions)
                continue;
            ids << QString::number(hit.id);
            first = qMin(first, hit.id);
            last = qMax(last, hit.id);
        }
        if (ids.isEmpty())
            continue;
        BoundStatement statement{Snippets.arg(actions ? QStringLiteral("action_item_fts") : QStringLiteral("note_fts")), {}};
        statement.bind(QStringLiteral(":open"), QString(QChar(SearchQueries::MatchStart)));
        statement.bind(QStringLiteral(":close"), QString(QChar(SearchQueries::MatchEnd)));
        statement.bind(QStringLiteral(":ellipsis"), QStringLiteral("…"));
        statement.bind(QStringLiteral(":query"), expression);
        statement.bind(QStringLiteral(":first"), first);
        statement.bind(QStringLiteral(":last"), last);
        statement.bind(QStringLiteral(":ids"), QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
        SqlRows rows(db, statement);
        while (rows.next())
            snippets.insert(rows.integer(0), rows.text(1).simplified()); // one line, whatever the Markdown
        if (!rows.status())
            return rows.status();
        for (SearchHit &hit : hits) {
            if ((hit.source == ActionKind) == actions)
                hit.snippet = snippets.value(hit.id);
        }
    }
    return {};
}

} // namespace

SearchQueries::SearchQueries(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList SearchQueries::kinds()
{
    return NoteKinds + QStringList{ActionKind};
}

QString SearchQueries::matchExpression(const QString &userText)
{
    // NFC so that a decomposed "e + combining grave" folds like "è" in the indexed text. Control
    // characters separate words: FTS5 reads a NUL as the end of the expression.
    QString text = userText.normalized(QString::NormalizationForm_C);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList terms;
    bool prefix = false;
    for (const QString &word : words) {
        QString w = word;
        const bool starred = w.endsWith(u'*');
        while (w.endsWith(u'*'))
            w.chop(1);
        // A word without a letter or digit holds no token: as an FTS5 string it would be an empty
        // phrase, which matches nothing and would empty the whole AND.
        if (!hasTokenCharacter(w))
            continue;
        terms << quoted(w);
        prefix = starred;
    }
    if (terms.isEmpty())
        return {};
    if (prefix)
        terms.last() += QStringLiteral(" *");
    // FTS5 refuses expressions deeper than 256; a pasted paragraph is cut to its first words.
    terms.removeDuplicates();
    if (terms.size() > MaxTerms)
        terms.resize(MaxTerms);
    return terms.join(QStringLiteral(" AND "));
}

BoundStatement SearchQueries::rankedStatement(const QString &expression, const QString &kind,
                                              const SearchFilter &filter)
{
    const bool notes = kind != ActionKind;
    const bool actions = kind.isEmpty() || kind == ActionKind;
    const QString theme = filter.themeCode.trimmed();
    // A theme, or a kind of note (in note), is found through the joins.
    const bool filtered = !theme.isEmpty() || (notes && !kind.isEmpty());
    BoundStatement statement{rankedSql(notes, actions, filtered), {}};
    if (notes) {
        statement.bind(QStringLiteral(":note_query"), expression);
        if (filtered) {
            statement.bind(QStringLiteral(":note_any_theme"), theme.isEmpty() ? 1 : 0);
            statement.bind(QStringLiteral(":note_theme"), theme);
            statement.bind(QStringLiteral(":any_kind"), kind.isEmpty() ? 1 : 0);
            statement.bind(QStringLiteral(":note_kind"), kind);
        }
        statement.bind(QStringLiteral(":note_window"), filter.rankingWindow);
        statement.bind(QStringLiteral(":note_limit"), filter.limit);
    }
    if (actions) {
        statement.bind(QStringLiteral(":action_query"), expression);
        if (filtered) {
            statement.bind(QStringLiteral(":action_any_theme"), theme.isEmpty() ? 1 : 0);
            statement.bind(QStringLiteral(":action_theme"), theme);
        }
        statement.bind(QStringLiteral(":action_window"), filter.rankingWindow);
        statement.bind(QStringLiteral(":action_limit"), filter.limit);
    }
    statement.bind(QStringLiteral(":limit"), filter.limit);
    return statement;
}

BoundStatement SearchQueries::rankedStatement(const QString &userText, const SearchFilter &filter)
{
    return rankedStatement(matchExpression(userText), normalisedKind(filter.kind), filter);
}

Result<QList<SearchHit>> SearchQueries::search(const QString &userText, const SearchFilter &filter) const
{
    const QString kind = normalisedKind(filter.kind);
    if (!kind.isEmpty() && kind != ActionKind && !NoteKinds.contains(kind))
        return Status::failure(QCoreApplication::translate("Search", "There is no kind “%1”. Kinds: %2.")
                                   .arg(filter.kind.trimmed(), kinds().join(QStringLiteral(", "))));
    if (filter.limit < 1 || filter.rankingWindow < filter.limit)
        return Status::failure(QCoreApplication::translate("Search", "Ask for at least one hit."));
    const QString expression = matchExpression(userText);
    if (expression.isEmpty())
        return QList<SearchHit>();
    if (Status s = SearchRank::ensureRegistered(m_db); !s)
        return s;

    SqlRows q(m_db, rankedStatement(expression, kind, filter));
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.source = q.text(0);
        hit.id = q.integer(1);
        hit.sessionId = q.integer(2);
        hit.pairingId = q.integer(3);
        hit.pairingCode = q.text(4);
        hit.theme = q.text(5);
        hit.sessionSequence = q.number(6);
        hit.sessionTitle = q.text(7);
        hit.kind = q.text(8);
        hit.cityName = q.text(9);
        hit.rank = q.real(10);
        hits.append(hit);
    }
    if (!q.status())
        return q.status();
    if (Status s = fillSnippets(m_db, expression, hits); !s)
        return s;
    return hits;
}

QString SearchQueries::markedSnippet(const QString &snippet, const QString &open, const QString &close)
{
    QString text = snippet;
    text.replace(QChar(MatchStart), open).replace(QChar(MatchEnd), close);
    return text;
}

QString SearchQueries::htmlSnippet(const QString &snippet)
{
    return markedSnippet(snippet.toHtmlEscaped(), QStringLiteral("<b>"), QStringLiteral("</b>"));
}
