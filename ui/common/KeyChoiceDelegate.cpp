#include "KeyChoiceDelegate.h"

#include <QComboBox>

KeyChoiceDelegate::KeyChoiceDelegate(const QStringList &keys, QString (*label)(const QString &), QObject *parent)
    : QStyledItemDelegate(parent), m_keys(keys), m_label(label)
{
}

QWidget *KeyChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const QString &key : m_keys)
        combo->addItem(m_label(key), key);
    // A choice is a decision: write it at once instead of waiting for the editor to close.
    connect(combo, &QComboBox::activated, this, [this, combo] { emit const_cast<KeyChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void KeyChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void KeyChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}
