#include "MinutesPrinting.h"

#include "core/Preferences.h"
#include "exchange/MinutesData.h"
#include "exchange/MinutesDocument.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace MinutesPrinting {

Status preview(QSqlDatabase db, qint64 sessionId, QWidget *parent)
{
    const auto data = MinutesData::load(db, sessionId);
    if (!data)
        return data.status();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(data->documentTitle());
    QPrintPreviewDialog dialog(&printer, parent);
    Status outcome;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *device) {
        if (const Status s = MinutesDocument::render(data.value(), device, Preferences::organisationName()); !s)
            outcome = s;
    });
    dialog.exec();
    return outcome;
}

} // namespace MinutesPrinting
