#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Read-only views of the whole programme: counts and listings that the CLI and the window show.
// Every count is computed from the data, never taken from the programme's headline figures.
class ProgrammeQueries
{
public:
    struct ThemeCount
    {
        qint64 themeId = 0;
        QString code;
        QString theme;
        int pairings = 0;
        int cities = 0;
    };
    struct Summary
    {
        int themes = 0;
        int pairings = 0;
        int cities = 0;
        int countries = 0; // countries with at least one city
        QList<ThemeCount> byTheme;
    };
    struct MemberCity
    {
        qint64 id = 0;
        QString name;
        QString countryCode;
        QString countryName;
        QString timeZone;
    };
    struct PairingListing
    {
        qint64 id = 0;
        QString code;
        QString theme;
        QString challenge;
        QString status;
        QList<MemberCity> cities;
    };
    struct Choice
    {
        qint64 id = 0;
        QString label;
        QString code;
    };

    struct CycleProgress
    {
        int sessions = 0;            // every session of the pairing, whatever its status
        int heldOrScheduled = 0;     // what counts towards the cycle of at least four
    };

    explicit ProgrammeQueries(QSqlDatabase db);

    Result<Summary> summary() const;
    // The summary without its themes' counts (byTheme empty): what the window's status bar
    // shows after every edit, in 2 ms at 10,000 pairings instead of 30.
    Result<Summary> totals() const;
    // Every pairing with its cities; themeFilter matches a theme's code or name, empty for all.
    Result<QList<PairingListing>> pairings(const QString &themeFilter = QString()) const;
    Result<PairingListing> pairing(qint64 pairingId) const;
    Result<QList<MemberCity>> membersOf(qint64 pairingId) const;
    Result<QList<Choice>> themes() const;
    Result<QList<Choice>> countries() const;
    Result<QList<Choice>> facilitators() const;
    Result<QList<Choice>> cities() const;
    Result<QList<Choice>> people() const;         // code: the role key
    Result<QList<Choice>> pairingChoices() const; // "E-04 Ann Arbor · Lviv", code: E-04
    Result<QList<Choice>> methods() const;        // code: the default duration in minutes
    Result<CycleProgress> cycleProgress(qint64 pairingId) const;
    // An ISO 3166-1 alpha-2 code or one of the programme's aliases (UK for GB).
    Result<qint64> countryByCode(const QString &code) const;

private:
    Result<QList<Choice>> choices(const QString &sql) const;
    QSqlDatabase m_db;
};
