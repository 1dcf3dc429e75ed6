#include "ChoiceDelegate.h"

#include "itemmodels/ChoiceListModel.h"

#include <QComboBox>

ChoiceDelegate::ChoiceDelegate(ChoiceListModel *choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(choices)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setModel(m_choices);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(qMax(0, m_choices->rowOfId(index.data(Qt::EditRole).toLongLong())));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, m_choices->idAt(combo->currentIndex()), Qt::EditRole);
}
