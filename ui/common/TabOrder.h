#pragma once

#include <QList>
#include <QWidget>

// Sets Tab to visit the widgets in the order given (reading order), when the order in which
// they were created differs from where the layout puts them.
namespace TabOrder {
inline void chain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}
} // namespace TabOrder
