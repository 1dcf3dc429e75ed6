#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

class QWidget;

// The print preview of a session's minutes, laid out as the PDF export lays them out: from the
// session window (Print…) and from File ▸ Print Minutes… for the session selected in the
// Sessions area. Returns what went wrong, if anything; closing the preview is no error.
namespace MinutesPrinting {
Status preview(QSqlDatabase db, qint64 sessionId, QWidget *parent);
}
