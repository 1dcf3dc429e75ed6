#pragma once

#include "core/Clock.h"
#include "database/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

// A real SQLite file in a fresh temporary folder, migrated (and seeded with the programme unless
// told otherwise), with a clock that stands still at a known instant. Feature tests use this,
// never an in-memory database.
class TestDatabase
{
public:
    // 2027-03-20 13:12 UTC: a Saturday, after the US but before the EU daylight-saving change.
    static QDateTime defaultNow() { return QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc()); }

    explicit TestDatabase(bool seed = true);

    bool ok() const { return m_database != nullptr; }
    QString error() const { return m_error; }

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

    // One value of a single-value query, for checks that look past the stores.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{defaultNow()};
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_database;
};
