#pragma once

#include <QStyledItemDelegate>

// Edits a cost: an amount in the user's locale, right-aligned, empty for none.
class CostDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};
