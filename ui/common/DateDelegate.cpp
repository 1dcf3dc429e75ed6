#include "DateDelegate.h"

#include <QDateEdit>

DateDelegate::DateDelegate(Suggestion suggestion, QObject *parent)
    : QStyledItemDelegate(parent), m_suggestion(std::move(suggestion))
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &) const
{
    auto *editor = new QDateEdit(parent);
    editor->setCalendarPopup(true);
    editor->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    editor->setFrame(false);
    return editor;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : m_suggestion(index));
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    const QDate date = static_cast<QDateEdit *>(editor)->date();
    if (date != index.data(Qt::EditRole).toDate())
        model->setData(index, date, Qt::EditRole);
}
