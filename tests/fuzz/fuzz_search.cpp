// libFuzzer target: whatever a person types into the search box becomes an FTS5 expression
// that SQLite accepts — never a syntax error, an over-deep expression or an empty phrase.
#include "store/SearchQueries.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
QSqlQuery *match = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QStringLiteral(":memory:")); // a scratch index, as the notes' one is made
    if (!db.open())
        abort();
    QSqlQuery setup(db);
    if (!setup.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2')"))
        || !setup.exec(QStringLiteral("INSERT INTO t (body) VALUES ('Çorlu cool roofs: heat plan, 2026 pilot')")))
        abort();
    match = new QSqlQuery(db);
    if (!match->prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH :expression")))
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString expression = SearchQueries::matchExpression(typed);
    if (expression.isEmpty())
        return 0;
    match->bindValue(QStringLiteral(":expression"), expression);
    if (!match->exec()) {
        fprintf(stderr, "FTS5 refused %s: %s\n", qPrintable(expression), qPrintable(match->lastError().text()));
        abort();
    }
    match->finish();
    return 0;
}
