#pragma once

#include "PagedTableModel.h"

#include <QDate>

// All sessions of the programme (or of one pairing, theme, status, date range), fetched lazily,
// with each member city's local start time beside the UTC one.
class SessionTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Pairing, Number, Kind, Status, Start, LocalTimes, Duration, Mode, ColumnCount };
    Q_ENUM(Column)
    enum Role { StartUtcRole = Qt::UserRole + 20, PairingIdRole, StatusKeyRole, KindKeyRole };

    struct Filter
    {
        qint64 pairingId = 0; // 0: every pairing
        qint64 themeId = 0;   // 0: every theme
        QString status;       // a status key; empty: every status
        // Inclusive UTC dates; invalid: open-ended. A session without a time is outside any
        // date range.
        QDate from;
        QDate to;

        bool operator==(const Filter &o) const;
        bool operator!=(const Filter &o) const { return !(*this == o); }
    };

    // Sorted by start (sessions without a time last) until sort() is called.
    SessionTableModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString selectList() const override;
    QString fromClause() const override;
    QString idExpression() const override;
    QString searchKeyExpression() const override;
    QString sortExpression(int column) const override;
    bool dependsOn(ChangeNotifier::Entity entity) const override;

private:
    Filter m_filter;
};
