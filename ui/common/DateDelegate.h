#pragma once

#include <QDate>
#include <QStyledItemDelegate>

#include <functional>

// Edits a date column with a calendar pop-up; the model's EditRole holds a QDate (invalid when
// there is none yet, and the editor then starts from a date the caller suggests, e.g. today).
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Suggestion = std::function<QDate(const QModelIndex &index)>;
    DateDelegate(Suggestion suggestion, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Suggestion m_suggestion;
};
