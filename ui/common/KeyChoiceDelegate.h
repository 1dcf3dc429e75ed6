#pragma once

#include <QStyledItemDelegate>

// Edits a column that holds a vocabulary key (an attendance status, ...) with a combo box of
// the keys' labels; the model's EditRole holds the key.
class KeyChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    KeyChoiceDelegate(const QStringList &keys, QString (*label)(const QString &), QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_keys;
    QString (*m_label)(const QString &);
};
