#pragma once

#include "PagedTableModel.h"

#include <QDate>

// Action items across every session (or one session, pairing, city, owner, status; overdue
// only), fetched lazily, sortable by due date.
class ActionTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Description, Owner, City, Due, Status, Pairing, Session, ColumnCount };
    Q_ENUM(Column)
    enum Role { StatusKeyRole = Qt::UserRole + 30, OverdueRole, SessionIdRole };

    struct Filter
    {
        qint64 sessionId = 0; // 0: every session
        qint64 pairingId = 0;
        qint64 cityId = 0;
        qint64 ownerPersonId = 0;
        QString status;       // a status key; empty: every status
        bool overdueOnly = false;
        bool operator==(const Filter &o) const;
        bool operator!=(const Filter &o) const { return !(*this == o); }
    };

    // today: the date overdue is measured against (the app's clock, so tests can fix it).
    ActionTableModel(QSqlDatabase db, ChangeNotifier *notifier, QDate today, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    void setToday(QDate today);

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
    void applyFilter();
    bool isOverdue(int row) const;

    Filter m_filter;
    QDate m_today;
};
