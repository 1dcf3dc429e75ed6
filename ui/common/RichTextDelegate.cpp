#include "RichTextDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

RichTextDelegate::RichTextDelegate(int htmlRole, QObject *parent) : QStyledItemDelegate(parent), m_role(htmlRole) {}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setHtml(index.data(m_role).toString());
    doc.setTextWidth(opt.rect.width() - 8);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(4, 2));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(index.data(m_role).toString());
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() - 8 : 600);
    return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 4);
}
