#include "ProgressReport.h"

#include "ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <memory>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)
};

const char Muted[] = "#5f6b73";
const char Rule[] = "#c9d1d6";

constexpr int FigureType = QTextFormat::UserObject + 1;
constexpr int FigureIndex = QTextFormat::UserProperty + 1;

// Draws a figure where its character stands, as wide as the page's text, keeping its shape.
class FigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit FigureObject(const QList<ReportFigure> &figures, QObject *parent)
        : QObject(parent), m_figures(figures)
    {
    }

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const ReportFigure *f = figure(format);
        if (!f || f->size.isEmpty())
            return {};
        const qreal width = document->pageSize().width() - 2 * document->documentMargin();
        return QSizeF(width, width * f->size.height() / f->size.width());
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const ReportFigure *f = figure(format);
        if (!f || f->size.isEmpty())
            return;
        // A figure's line never straddles pages, but its paragraph may start on the page before:
        // drawn there it would land outside the page's text (the picture sets clips of its own).
        if (painter->hasClipping() &&
            painter->clipBoundingRect().intersected(rect).height() < rect.height() - 1)
            return;
        // QPicture::play() scales from its own resolution to the device's; the rest is ours.
        const qreal dpi = qreal(f->picture.logicalDpiX()) / painter->device()->logicalDpiX();
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(dpi * rect.width() / f->size.width(),
                       dpi * rect.height() / f->size.height());
        painter->drawPicture(0, 0, f->picture);
        painter->restore();
    }

private:
    const ReportFigure *figure(const QTextFormat &format) const
    {
        const int index = format.intProperty(FigureIndex);
        return index >= 0 && index < m_figures.size() ? &m_figures.at(index) : nullptr;
    }

    const QList<ReportFigure> &m_figures;
};

// The document's family (DejaVu Sans on Debian); a tiny letter spacing keeps Qt from shaping
// ligatures, so "fi" stays two letters that readers can search and copy (as in the minutes).
QFont textFont(qreal points)
{
    QFont font(QGuiApplication::font().family());
    font.setPointSizeF(points);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

std::unique_ptr<QTextDocument> documentOf(const ReportData &data,
                                          const QList<ReportFigure> &figures, const Rubric &rubric)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    document->setUseDesignMetrics(true);
    document->setDefaultFont(textFont(9.5));
    document->setHtml(ReportHtml::html(data, int(figures.size()), rubric));
    document->setMetaInformation(QTextDocument::DocumentTitle, ProgressReport::title(data));
    document->documentLayout()->registerHandler(FigureType,
                                                new FigureObject(figures, document.get()));
    for (int i = 0; i < figures.size(); ++i) {
        QTextCursor found = document->find(ReportHtml::figureMarker(i));
        if (found.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(FigureType);
        format.setProperty(FigureIndex, i);
        found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    return document;
}

// Where a block's first line ends, in the document (pages stacked one under the other).
qreal firstLineBottom(QTextDocument *document, const QTextBlock &block)
{
    const QRectF box = document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return box.bottom();
    const QTextLine line = layout->lineAt(0);
    return box.top() + line.y() + line.height();
}

// A heading never ends a page: when what follows it (its notes, up to the first table row or
// figure) would start on the next page, the heading goes there too. Qt has no "keep with next".
void keepHeadingsWithNext(QTextDocument *document)
{
    const qreal page = document->pageSize().height();
    const auto pageOf = [page](qreal y) { return int(std::floor((y - 0.01) / page)); };
    for (QTextBlock heading = document->begin(); heading.isValid(); heading = heading.next()) {
        if (heading.blockFormat().headingLevel() == 0)
            continue;
        const int start = pageOf(firstLineBottom(document, heading));
        int end = start;
        for (QTextBlock next = heading.next(); next.isValid(); next = next.next()) {
            if (next.blockFormat().headingLevel() != 0)
                break;
            end = pageOf(firstLineBottom(document, next));
            if (QTextCursor(next).currentTable() ||
                next.text().contains(QChar::ObjectReplacementCharacter))
                break;
        }
        if (end != start) {
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(format);
        }
    }
}

} // namespace

namespace ProgressReport {

Result<ReportData> load(QSqlDatabase db, const QDateTime &nowUtc, const ProgressScope &scope,
                        const Rubric &rubric)
{
    const ProgressQueries queries(db, nowUtc.toUTC().date(), rubric);
    auto progress = queries.programme(scope);
    if (!progress)
        return progress.status();
    ReportData data;
    data.programme = Text::tr("UTM City2City");
    data.progress = std::move(progress).value();
    data.generatedUtc = nowUtc.toUTC();
    auto plans = ReadinessQueries(db, rubric).plans(PilotFilter{scope.pairingId, scope.themeId, 0});
    if (!plans)
        return plans.status();
    data.plans = std::move(plans).value();
    if (scope.pairingId) {
        auto pairing = queries.pairing(scope.pairingId);
        if (!pairing)
            return pairing.status();
        data.pairing = std::move(pairing).value();
    }
    return data;
}

QString title(const ReportData &data)
{
    return Text::tr("Progress report — %1").arg(data.progress.scopeLabel);
}

QString fileName(const ReportData &data)
{
    QString scope;
    if (data.pairing)
        scope = data.pairing->progress.code;
    else if (data.progress.scope.themeId && !data.progress.stagesByTheme.isEmpty())
        scope = data.progress.stagesByTheme.first().themeCode;
    QString name = QStringLiteral("progress-report");
    if (!scope.isEmpty())
        name += u'-' + scope;
    return name + QStringLiteral("-%1.pdf").arg(data.progress.asOf.toString(Qt::ISODate));
}

Status render(const ReportData &data, const QList<ReportFigure> &figures, QPagedPaintDevice *device,
              const Rubric &rubric)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(Text::tr("A report can only be laid out in a graphical application (fonts "
                                  "need QGuiApplication)."));
    const auto document = documentOf(data, figures, rubric);
    document->documentLayout()->setPaintDevice(device);

    const qreal mm = device->logicalDpiY() / 25.4;
    const QFont bandFont = textFont(8);
    const QFontMetricsF bandMetrics(bandFont, device);
    const qreal band = bandMetrics.height() + 5 * mm;
    const QSizeF body(device->width(), device->height() - 2 * band);
    if (body.width() <= 0 || body.height() <= 0)
        return Status::failure(Text::tr("The page is too small for the report."));
    document->setPageSize(body);
    keepHeadingsWithNext(document.get());
    const int pages = document->pageCount();

    QString running = QStringLiteral("%1 · %2").arg(data.programme, title(data));
    if (!data.organisation.trimmed().isEmpty())
        running.prepend(data.organisation.trimmed() + QStringLiteral(" · "));
    const QString asOf = Text::tr("Data as of %1").arg(data.progress.asOf.toString(Qt::ISODate));
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(Text::tr("Cannot start painting the report."));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(Text::tr("Cannot start page %1 of the report.").arg(page + 1));
        }
        painter.setFont(bandFont);
        painter.setPen(QColor(QLatin1String(Muted)));
        const QRectF top(0, 0, body.width(), bandMetrics.height());
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, asOf);
        painter.drawText(
            top, Qt::AlignLeft | Qt::AlignVCenter,
            bandMetrics.elidedText(running, Qt::ElideRight,
                                   body.width() - bandMetrics.horizontalAdvance(asOf) - 6 * mm));
        painter.setPen(QPen(QColor(QLatin1String(Rule)), 0.3 * mm));
        painter.drawLine(QPointF(0, band - 2 * mm), QPointF(body.width(), band - 2 * mm));

        painter.save();
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.translate(0, band - clip.top());
        document->drawContents(&painter, clip);
        painter.restore();

        const qreal ruleY = band + body.height() + 2 * mm;
        painter.setPen(QPen(QColor(QLatin1String(Rule)), 0.3 * mm));
        painter.drawLine(QPointF(0, ruleY), QPointF(body.width(), ruleY));
        painter.setFont(bandFont);
        painter.setPen(QColor(QLatin1String(Muted)));
        const QRectF bottom(0, ruleY + 1.5 * mm, body.width(), bandMetrics.height());
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         Text::tr("Written %1 UTC")
                             .arg(data.generatedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (!painter.end())
        return Status::failure(Text::tr("Cannot finish painting the report."));
    return {};
}

Status writePdf(const ReportData &data, const QList<ReportFigure> &figures, const QString &path,
                const Rubric &rubric)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Status::failure(
            Text::tr("Cannot write %1: the folder %2 does not exist.")
                .arg(shownPath, QDir::toNativeSeparators(target.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Text::tr("Cannot write %1: %2").arg(shownPath, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 12, 20, 10), QPageLayout::Millimeter));
        writer.setTitle(title(data));
        writer.setCreator(QStringLiteral("City2City Facilitator"));
        if (Status painted = render(data, figures, &writer, rubric); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Status::failure(Text::tr("Cannot save %1: %2").arg(shownPath, file.errorString()));
    return {};
}

} // namespace ProgressReport

#include "ProgressReport.moc"
