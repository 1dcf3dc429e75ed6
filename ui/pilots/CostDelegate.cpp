#include "CostDelegate.h"

#include <QDoubleValidator>
#include <QLineEdit>

QWidget *CostDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setPlaceholderText(tr("amount"));
    auto *validator = new QDoubleValidator(0, 1e12, 2, editor);
    validator->setNotation(QDoubleValidator::StandardNotation);
    editor->setValidator(validator);
    return editor;
}
