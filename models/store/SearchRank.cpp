#include "SearchRank.h"

#include "database/SqliteHandle.h"
#include "database/SqlErrors.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

// What every row of one search shares: the table's mean length and each word's weight.
struct Weights
{
    double meanLength = 1.0;
    std::vector<double> idf;
    std::vector<double> frequency; // the current row's, reused for each row
};

// A count of a word's rows, in the order of their ids, stopped one past the cap.
struct Walk
{
    sqlite3_int64 cap = 0;
    sqlite3_int64 rows = 0;
    sqlite3_int64 lastRowid = 0;
};

// Walks one row past the cap, so that a word in exactly cap rows is counted, not estimated.
int countUpToCap(const Fts5ExtensionApi *api, Fts5Context *fts, void *user)
{
    auto *walk = static_cast<Walk *>(user);
    if (++walk->rows <= walk->cap)
        return SQLITE_OK;
    walk->lastRowid = api->xRowid(fts);
    return SQLITE_DONE; // ends the walk; xQueryPhrase returns SQLITE_OK
}

// A word's rows past the cap: as dense in the ids after the walk's last row as before it. Ids
// deleted in between thin both parts alike.
double estimatedRows(const Walk &walk, sqlite3_int64 firstId, sqlite3_int64 lastId, sqlite3_int64 totalRows)
{
    if (walk.rows <= walk.cap)
        return double(walk.rows);
    const double walked = double(walk.lastRowid - firstId + 1);
    const double span = double(lastId - firstId + 1);
    const double rows = walked >= 1.0 && span >= walked ? double(walk.rows) * span / walked : double(walk.rows);
    return std::clamp(rows, double(walk.rows), double(std::max(totalRows, walk.rows)));
}

// bm25's weight of a word in rows of the table's totalRows.
double idfOf(double rows, double totalRows)
{
    const double idf = std::log((totalRows - rows + 0.5) / (rows + 0.5));
    return idf > 0.0 ? idf : 1e-6;
}

int weigh(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_int64 cap, sqlite3_int64 firstId,
          sqlite3_int64 lastId, Weights &weights)
{
    sqlite3_int64 totalRows = 0;
    sqlite3_int64 totalTokens = 0;
    if (int rc = api->xRowCount(fts, &totalRows); rc != SQLITE_OK)
        return rc;
    if (int rc = api->xColumnTotalSize(fts, -1, &totalTokens); rc != SQLITE_OK)
        return rc;
    weights.meanLength = totalRows > 0 ? double(totalTokens) / double(totalRows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    weights.idf.assign(size_t(phrases), 0.0);
    weights.frequency.assign(size_t(phrases), 0.0);
    for (int i = 0; i < phrases; ++i) {
        Walk walk{cap, 0, 0};
        if (int rc = api->xQueryPhrase(fts, i, &walk, countUpToCap); rc != SQLITE_OK)
            return rc;
        weights.idf[size_t(i)] = idfOf(estimatedRows(walk, firstId, lastId, totalRows), double(totalRows));
    }
    return SQLITE_OK;
}

void deleteWeights(void *weights)
{
    delete static_cast<Weights *>(weights);
}

// bm25 of the current row: how often each word is in it, against its length.
int scoreRow(const Fts5ExtensionApi *api, Fts5Context *fts, Weights &weights, double &score)
{
    std::fill(weights.frequency.begin(), weights.frequency.end(), 0.0);
    int instances = 0;
    if (int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK)
        return rc;
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK)
            return rc;
        weights.frequency[size_t(phrase)] += 1.0;
    }
    int length = 0;
    if (int rc = api->xColumnSize(fts, -1, &length); rc != SQLITE_OK)
        return rc;
    score = 0.0;
    const double lengthFactor = K1 * (1.0 - B + B * double(length) / weights.meanLength);
    for (size_t i = 0; i < weights.idf.size(); ++i) {
        const double f = weights.frequency[i];
        score += weights.idf[i] * (f * (K1 + 1.0)) / (f + lengthFactor);
    }
    return SQLITE_OK;
}

// The search's weights, made at its first row and kept by FTS5 for the others.
int weightsOf(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value **argv, Weights *&weights)
{
    weights = static_cast<Weights *>(api->xGetAuxdata(fts, 0));
    if (weights)
        return SQLITE_OK;
    auto fresh = std::make_unique<Weights>();
    if (int rc = weigh(api, fts, sqlite3_value_int64(argv[0]), sqlite3_value_int64(argv[1]),
                       sqlite3_value_int64(argv[2]), *fresh);
        rc != SQLITE_OK)
        return rc;
    // FTS5 owns it from here, and deletes it itself when it cannot keep it.
    weights = fresh.release();
    const int rc = api->xSetAuxdata(fts, weights, deleteWeights);
    if (rc != SQLITE_OK)
        weights = nullptr;
    return rc;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3 || sqlite3_value_int64(argv[0]) < 1) {
        sqlite3_result_error(context, "c2c_rank(table, cap, first id, last id): a cap of at least 1", -1);
        return;
    }
    Weights *weights = nullptr;
    double score = 0.0;
    int rc = weightsOf(api, fts, argv, weights);
    if (rc == SQLITE_OK)
        rc = scoreRow(api, fts, *weights, score);
    if (rc != SQLITE_OK)
        sqlite3_result_error_code(context, rc);
    else
        sqlite3_result_double(context, -1.0 * score);
}

fts5_api *fts5Of(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

bool isRegistered(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(handle, "SELECT 1 FROM pragma_function_list WHERE name = ?1", -1, &statement, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, SearchRank::FunctionName, -1, SQLITE_STATIC);
        found = sqlite3_step(statement) == SQLITE_ROW;
    }
    sqlite3_finalize(statement);
    return found;
}

} // namespace

namespace SearchRank {

Status ensureRegistered(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Status::failure(QStringLiteral("The search needs SQLite's own connection."));
    // FTS5 declares each of its functions to SQL as well: a registered one is listed.
    if (isRegistered(handle))
        return {};
    fts5_api *api = fts5Of(handle);
    if (!api || api->iVersion < 2)
        return Status::failure(QStringLiteral("This SQLite has no full-text search (FTS5)."));
    if (api->xCreateFunction(api, FunctionName, nullptr, rank, nullptr) != SQLITE_OK)
        return Status::failure(sqlErrorMessage(sqliteError(handle)));
    return {};
}

QString expression(const QString &table, const QString &content, int cap)
{
    return QStringLiteral("%1(%2, %3, (SELECT min(rowid) FROM %4), (SELECT max(rowid) FROM %4))")
        .arg(QLatin1String(FunctionName), table)
        .arg(cap)
        .arg(content);
}

} // namespace SearchRank
