// The reads behind the dashboard and the search box, timed through the app's own query classes
// and, on the same file, through the sqlite3 shell: the ratio shows what the app adds on top
// of what the database itself needs.
#include "Bench.h"
#include "EditElsewhere.h"

#include "database/Database.h"
#include "generate/SyntheticText.h"
#include "progress/ProgressQueries.h"
#include "progress/ProgressUpdate.h"
#include "store/SearchQueries.h"
#include "store/SearchRank.h"

#include <QDate>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>

namespace {

// The text of a value as the shell's ".parameter set" reads it: an SQL literal, in a quoted
// argument when it holds spaces or quotes.
QString shellValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        return value.toString();
    QString literal = value.toString();
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    literal = QLatin1Char('\'') + literal + QLatin1Char('\'');
    literal.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + literal + QLatin1Char('"');
}

QString shellScript(const QList<BoundStatement> &statements)
{
    QString script;
    for (const BoundStatement &statement : statements) {
        script += QStringLiteral(".parameter clear\n");
        for (const auto &value : statement.values)
            script += QStringLiteral(".parameter set %1 %2\n").arg(value.first, shellValue(value.second));
        script += statement.sql + QStringLiteral(";\n");
    }
    return script;
}

// Runs each group of statements through the shell `rounds` times in one process (warm, as the
// app is) and gives the milliseconds each group took, per round, from the shell's own timer.
Result<QList<double>> shellTimes(const QString &sqlite3, const QString &database,
                                 const QList<QList<BoundStatement>> &groups, int rounds)
{
    // Results go to /dev/null; the shell's timer prints one line per statement to stdout.
    QString script = QStringLiteral(".output /dev/null\n.timer on\n");
    for (int round = 0; round < rounds; ++round) {
        for (const auto &group : groups)
            script += shellScript(group);
    }
    QProcess shell;
    shell.start(sqlite3, {QStringLiteral("-readonly"), database});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
        return Status::failure(QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(shell.readAllStandardError()).left(300));
    static const QRegularExpression runTime(QStringLiteral("^Run Time: real ([0-9.]+)"));
    QList<double> statementTimes;
    for (const QString &line : QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto match = runTime.match(line);
        if (match.hasMatch())
            statementTimes << match.captured(1).toDouble() * 1000;
    }
    qsizetype expected = 0;
    for (const auto &group : groups)
        expected += group.size();
    if (statementTimes.size() != expected * rounds)
        return Status::failure(QStringLiteral("sqlite3 printed %1 timings, not %2").arg(statementTimes.size()).arg(expected * rounds));
    QList<double> times;
    qsizetype next = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const auto &group : groups) {
            double total = 0;
            for (qsizetype i = 0; i < group.size(); ++i)
                total += statementTimes.at(next++);
            times << total;
        }
    }
    return times;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Fifty queries of known frequency: the most common words, words from the middle and the tail
// of the vocabulary, pairs of words and prefixes, as facilitators type them.
QStringList searchQueries()
{
    std::mt19937_64 random(1);
    const SyntheticText text(random);
    const int size = text.vocabularySize();
    QStringList queries;
    for (int rank : {0, 1, 2, 3, 5, 8, 13, 21, 34, 55})
        queries << text.word(rank);
    for (int i = 0; i < 15; ++i)
        queries << text.word(60 + i * (size - 61) / 14);
    for (int i = 0; i < 15; ++i)
        queries << text.word(i * 3) + QLatin1Char(' ') + text.word(size / 3 + i * 7 % (size / 2));
    for (int i = 0; i < 10; ++i) {
        const QString word = text.word(10 + i * (size - 11) / 9);
        queries << word.left(qMax(3, int(word.size()) - 2)) + QLatin1Char('*');
    }
    return queries;
}

} // namespace

void QueryBench::run(const BenchContext &context, BenchTable &table)
{
    auto opened = Database::open(context.database, Database::Options{&SystemClock::instance(), false});
    if (!opened) {
        Measurement m;
        m.operation = QStringLiteral("Queries");
        m.error = opened.error();
        table.add(m);
        return;
    }
    const QSqlDatabase db = opened.value()->connection();
    const QDate today = QDate::currentDate();

    // The dashboard: every aggregate of the programme, as DashboardPage reads them.
    const ProgressQueries progress(db, today);
    (void)progress.programme({});
    const QString dashboardOperation = QStringLiteral("Dashboard aggregates (whole programme)");
    // Timed with the freeing of the figures read: the window waits for it too (its worker keeps
    // only what it draws, ProgrammeCharts::drawnOnly). stderr gives the freeing's share.
    QList<double> freeing;
    table.time(dashboardOperation, context.runs, 150, [&] {
        auto read = std::make_unique<Result<ProgrammeProgress>>(progress.programme({}));
        if (!*read)
            return read->error();
        const bool some = (*read)->totals.pairings > 0;
        QElapsedTimer timer;
        timer.start();
        read.reset();
        freeing << double(timer.nsecsElapsed()) / 1e6;
        return some ? QString() : QStringLiteral("no pairings read");
    });
    std::sort(freeing.begin(), freeing.end());
    if (!freeing.isEmpty())
        std::fprintf(stderr, "dashboard: of each whole read, freeing its figures took %.1f ms (median of %lld)\n",
                     freeing.at(freeing.size() / 2), qint64(freeing.size()));

    // The same figures kept before an edit and brought up to date (what the dashboard does after
    // an edit, and at a start after one made elsewhere): the edit's pairing read again. Only the
    // update is timed.
    const auto timedUpdate = [&db](const ProgrammeProgress &kept, const ChangeMark &since, QDate day) -> Result<double> {
        QElapsedTimer timer;
        timer.start();
        const auto updated = ProgressUpdate(db, day).apply(kept, since);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!updated)
            return updated.status();
        if (!updated->has_value())
            return Status::failure(QStringLiteral("the figures were read whole"));
        return ms;
    };
    EditElsewhere edit(context.database);
    const auto afterAnEdit = [&](int run) -> Result<double> {
        const auto kept = progress.programme({});
        const auto since = ProgressUpdate::lastChange(db);
        if (!kept || !since)
            return kept ? since.status() : kept.status();
        if (const QString error = edit.add(100 + run); !error.isEmpty())
            return Status::failure(error);
        const auto ms = timedUpdate(kept.value(), since.value(), today);
        if (const QString error = edit.undo(); !error.isEmpty())
            return Status::failure(error);
        return ms;
    };
    // A day later: the action items due since are overdue (a day of the same quarter).
    QDate day = today;
    if (ProgressQueries::quarterStart(day.addDays(1)) != ProgressQueries::quarterStart(day))
        day = day.addDays(-1);
    const auto aDayLater = [&](int) -> Result<double> {
        const auto kept = ProgressQueries(db, day).programme({});
        const auto since = ProgressUpdate::lastChange(db);
        if (!kept || !since)
            return kept ? since.status() : kept.status();
        return timedUpdate(kept.value(), since.value(), day.addDays(1));
    };
    const std::pair<QString, std::function<Result<double>(int)>> updates[] = {
        {QStringLiteral("Dashboard aggregates after an edit (kept figures brought up to date)"), afterAnEdit},
        {QStringLiteral("Dashboard aggregates a day later (kept figures brought up to date)"), aDayLater}};
    for (const auto &[operation, update] : updates) {
        Measurement m;
        m.operation = operation;
        m.target = 150;
        for (int run = 0; run < context.runs && m.error.isEmpty(); ++run) {
            const Result<double> ms = update(run);
            if (ms)
                m.samples << ms.value();
            else
                m.error = ms.error();
        }
        if (!m.error.isEmpty())
            m.samples.clear();
        table.add(m);
    }

    // Search: fifty varied queries, one sample each, after one warm-up pass.
    const QStringList queries = searchQueries();
    const SearchQueries search(db);
    SearchFilter filter;
    for (const QString &query : queries)
        (void)search.search(query, filter);
    int withHits = 0;
    Measurement searching;
    searching.operation = QStringLiteral("Full-text search, 50 queries (p50, p95)");
    searching.target = 30;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        const auto hits = search.search(query, filter);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!hits) {
            searching.error = hits.error();
            break;
        }
        withHits += hits->isEmpty() ? 0 : 1;
        searching.samples << ms;
    }
    // The slowest queries, on stderr: where the p95 comes from.
    QList<std::pair<double, QString>> slowest;
    for (int i = 0; i < searching.samples.size(); ++i)
        slowest.append({searching.samples.at(i), queries.at(i)});
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    for (int i = 0; i < qMin(5, int(slowest.size())); ++i)
        std::fprintf(stderr, "search: %.1f ms for \"%s\"\n", slowest.at(i).first, qPrintable(slowest.at(i).second));
    if (searching.error.isEmpty() && withHits < queries.size() / 2)
        searching.error = QStringLiteral("only %1 of %2 queries found anything").arg(withHits).arg(queries.size());
    const QString searchOperation = searching.operation;
    table.add(searching);

    if (context.sqlite3.isEmpty())
        return;
    const QList<BoundStatement> dashboardSql = ProgressQueries::statements({});
    QList<QList<BoundStatement>> searchSql;
    for (const QString &query : queries) {
        // The shell has FTS5's own bm25, not the app's rank (SearchRank): it counts every row
        // of a common word, which the app's stops counting at a cap.
        BoundStatement statement = SearchQueries::rankedStatement(query, filter);
        for (const QString &content : {QStringLiteral("note"), QStringLiteral("action_item")}) {
            const QString table = content + QStringLiteral("_fts");
            statement.sql.replace(SearchRank::expression(table, content), QStringLiteral("bm25(%1)").arg(table));
        }
        searchSql << QList<BoundStatement>{statement};
    }
    const int rounds = qMax(1, context.runs / 2);
    const auto dashboardTimes = shellTimes(context.sqlite3, context.database, {dashboardSql}, rounds);
    const auto searchTimes = shellTimes(context.sqlite3, context.database, searchSql, 1);
    if (Measurement *m = table.find(dashboardOperation); m && dashboardTimes)
        m->sqlite3 = median(dashboardTimes.value());
    if (Measurement *m = table.find(searchOperation); m && searchTimes)
        m->sqlite3 = median(searchTimes.value());
    for (const auto *failed : {&dashboardTimes, &searchTimes}) {
        if (!*failed) {
            Measurement m;
            m.operation = QStringLiteral("sqlite3 shell comparison");
            m.error = failed->error();
            table.add(m);
        }
    }
}
