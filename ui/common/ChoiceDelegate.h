#pragma once

#include <QStyledItemDelegate>

class ChoiceListModel;

// Edits an id column (a method, an owner) with a combo box over a list of choices; the model's
// EditRole holds the chosen id, 0 for none.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(ChoiceListModel *choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ChoiceListModel *m_choices;
};
