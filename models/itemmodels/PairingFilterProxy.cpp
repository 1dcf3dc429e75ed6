#include "PairingFilterProxy.h"

#include "PairingListModel.h"
#include "core/TextKey.h"

#include <QCollator>
#include <QLocale>

PairingFilterProxy::PairingFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void PairingFilterProxy::setTheme(const QString &themeName)
{
    if (themeName == m_theme)
        return;
    m_theme = themeName;
    refilter();
}

void PairingFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = TextKey::fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void PairingFilterProxy::refilter()
{
    // invalidateFilter() tells the view of every run of rows that comes or goes: a Backspace
    // that brings back thousands of scattered rows took 280 ms in a 10,000-row list, most of
    // it in the view. One layout change costs the same for any number of rows.
    invalidate();
}

bool PairingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_theme.isEmpty() && index.data(PairingListModel::ThemeRole).toString() != m_theme)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString key = index.data(PairingListModel::SearchKeyRole).toString();
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool PairingFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    static thread_local QCollator collator = [] {
        // Qt's collation for the C locale compares plainly and ignores numeric mode, which
        // would put E-10 before E-7; fall back to English rules there.
        QLocale locale;
        if (locale.language() == QLocale::C)
            locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCollator c(locale);
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator.compare(left.data().toString(), right.data().toString()) < 0;
}
