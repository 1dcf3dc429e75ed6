#pragma once

#include "core/Result.h"
#include "exchange/MinutesData.h"

#include <QString>

class QObject;
class QPagedPaintDevice;
class QTextDocument;

// The minutes of one session as a document a city receives: header with the pairing and the
// session's time in every member city, attendance, the minutes per agenda block, the decisions
// and the action items, with a footer on every page. One layout for the PDF, the print preview
// and paper. Every text from the database is escaped; entry bodies are read as Markdown (bold,
// lists, links) with raw HTML shown as text.
namespace MinutesDocument {
// The document (title set), with no page size and no paint device yet; parent owns it.
// For a print preview, prefer render() on the QPrinter: it adds the footers.
QTextDocument *build(const MinutesData &data, QObject *parent = nullptr);
// Paints the minutes page by page on the device with the device's page size and margins,
// leaving room at the bottom for the footer "UTM City2City · E-04 · Session 2 — page 3 of 5"
// and the organisation, if given. The device must not be painted on yet.
Status render(const MinutesData &data, QPagedPaintDevice *device, const QString &organisation);
// Writes an A4 PDF (300 dpi, PDF/A-1b, title "Minutes — E-04 Session 2: Sharing") atomically:
// the file at path is either the complete new PDF or what it was before. A missing folder is
// an error, not created.
Status writePdf(const MinutesData &data, const QString &path, const QString &organisation);
} // namespace MinutesDocument
