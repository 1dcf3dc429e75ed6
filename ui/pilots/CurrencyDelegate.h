#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

// Edits a currency: a three-letter ISO 4217 code, typed or chosen from suggestions (those of
// the pairing's countries, those the plan uses already).
class CurrencyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setSuggestions(const QStringList &codes) { m_codes = codes; }
    QStringList suggestions() const { return m_codes; }
    // The currencies of countries given by ISO 3166 codes, as the locale data knows them.
    static QStringList currenciesOf(const QStringList &countryCodes);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_codes;
};
