#pragma once

#include "common/AppContext.h"
#include "database/Database.h"

#include <QList>
#include <QWidget>

// While the window's database is open read-only, the controls that change data are hidden:
// the banner says why, and the Editor refuses any write that still comes through (a record's
// dialog, opened to read it, says so when saved). Hidden rather than disabled, because pages
// enable their buttons again as the selection changes.
namespace ReadOnlyControls {
inline void hide(const AppContext &context, const QList<QWidget *> &controls)
{
    if (!context.database.isReadOnly())
        return;
    for (QWidget *control : controls)
        control->hide();
}
} // namespace ReadOnlyControls
