#pragma once

#include <QStyledItemDelegate>

// Paints an item's HTML (from a role of the model) so that matches can be shown in bold; the
// text takes the palette's colours, also when the item is selected.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RichTextDelegate(int htmlRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
