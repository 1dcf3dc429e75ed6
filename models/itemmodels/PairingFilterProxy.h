#pragma once

#include <QSortFilterProxyModel>

// Filters PairingListModel by theme and by typed words, accent- and case-insensitively: every
// word must occur in the pairing's code, cities, countries, theme or challenge.
class PairingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PairingFilterProxy(QObject *parent = nullptr);

    void setTheme(const QString &themeName); // empty: every theme
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_theme;
    QStringList m_words;
};
