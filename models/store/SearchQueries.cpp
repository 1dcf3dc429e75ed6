#include "SearchQueries.h"

#include "database/SqlErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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
// %1: the joins a filter needs, %2: its conditions; both empty without a filter.
const QString NoteMatches = QStringLiteral(
    "note_hits AS MATERIALIZED (SELECT f.rowid AS id, f.rank AS rank FROM note_fts f%1"
    " WHERE note_fts MATCH :note_query%2 ORDER BY f.rowid DESC LIMIT :note_window)");
const QString NoteFilterJoins = QStringLiteral(
    " JOIN note n ON n.id = f.rowid JOIN session s ON s.id = n.session_id"
    " JOIN pairing p ON p.id = s.pairing_id JOIN theme t ON t.id = p.theme_id");
const QString NoteFilters = QStringLiteral(
    " AND (:note_any_theme OR lower(t.code) = lower(:note_theme)) AND (:any_kind OR n.kind = :note_kind)");
const QString ActionMatches = QStringLiteral(
    "action_hits AS MATERIALIZED (SELECT f.rowid AS id, f.rank AS rank FROM action_item_fts f%1"
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
        matches << (filtered ? NoteMatches.arg(NoteFilterJoins, NoteFilters) : NoteMatches.arg(QString(), QString()));
        rows << NoteRows;
    }
    if (actions) {
        matches << (filtered ? ActionMatches.arg(ActionFilterJoins, ActionFilters)
                             : ActionMatches.arg(QString(), QString()));
        rows << ActionRows;
    }
    return QStringLiteral("WITH ") + matches.join(QStringLiteral(", ")) + QLatin1Char(' ')
           + rows.join(QStringLiteral(" UNION ALL ")) + BestFirst;
}

// Snippets only for the hits that are shown, not for every match: one indexed look-up each.
const QString NoteSnippet = QStringLiteral(
    "SELECT snippet(note_fts, 0, :open, :close, :ellipsis, 16) FROM note_fts"
    " WHERE note_fts MATCH :query AND rowid = :id");
const QString ActionSnippet = QStringLiteral(
    "SELECT snippet(action_item_fts, 0, :open, :close, :ellipsis, 16) FROM action_item_fts"
    " WHERE action_item_fts MATCH :query AND rowid = :id");

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

Status fillSnippets(QSqlDatabase db, const QString &expression, QList<SearchHit> &hits)
{
    QSqlQuery notes(db);
    QSqlQuery actions(db);
    if (!notes.prepare(NoteSnippet))
        return Status::failure(sqlErrorMessage(notes.lastError()));
    if (!actions.prepare(ActionSnippet))
        return Status::failure(sqlErrorMessage(actions.lastError()));
    for (SearchHit &hit : hits) {
        QSqlQuery &q = hit.source == ActionKind ? actions : notes;
        q.bindValue(QStringLiteral(":open"), QString(QChar(SearchQueries::MatchStart)));
        q.bindValue(QStringLiteral(":close"), QString(QChar(SearchQueries::MatchEnd)));
        q.bindValue(QStringLiteral(":ellipsis"), QStringLiteral("…"));
        q.bindValue(QStringLiteral(":query"), expression);
        q.bindValue(QStringLiteral(":id"), hit.id);
        if (!q.exec())
            return Status::failure(sqlErrorMessage(q.lastError()));
        if (q.next())
            hit.snippet = q.value(0).toString().simplified(); // one line, whatever the Markdown
        q.finish();
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

    QSqlQuery q(m_db);
    if (!rankedStatement(expression, kind, filter).prepareOn(q))
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));

    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.source = q.value(0).toString();
        hit.id = q.value(1).toLongLong();
        hit.sessionId = q.value(2).toLongLong();
        hit.pairingId = q.value(3).toLongLong();
        hit.pairingCode = q.value(4).toString();
        hit.theme = q.value(5).toString();
        hit.sessionSequence = q.value(6).toInt();
        hit.sessionTitle = q.value(7).toString();
        hit.kind = q.value(8).toString();
        hit.cityName = q.value(9).toString();
        hit.rank = q.value(10).toDouble();
        hits.append(hit);
    }
    if (q.lastError().isValid())
        return Status::failure(sqlErrorMessage(q.lastError()));
    q.finish();
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
