#include "MinutesDocument.h"

#include "domain/Vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesDocument)
};

const char Accent[] = "#1f5f7a";
const char Muted[] = "#5f6b73";
const char Rule[] = "#c9d1d6";
const char Shade[] = "#eef3f5";
const char Tint[] = "#f5f8f9";

// Each entry kind has a heading and a colour, so that a reader finds the decisions at a glance.
struct KindStyle
{
    const char *kind;
    const char *heading;
    const char *colour;
    const char *tint;
};
const KindStyle KindStyles[] = {
    {"decision", QT_TRANSLATE_NOOP("MinutesDocument", "Decisions"), "#1f5f7a", "#e3eef3"},
    {"good_practice", QT_TRANSLATE_NOOP("MinutesDocument", "Good practices"), "#2e6b34", "#e6f1e6"},
    {"insight", QT_TRANSLATE_NOOP("MinutesDocument", "Insights and lessons learned"), "#5b4a8a",
     "#ece9f4"},
    {"challenge", QT_TRANSLATE_NOOP("MinutesDocument", "Challenges"), "#9a4a1c", "#f6ebe3"},
    {"discussion", QT_TRANSLATE_NOOP("MinutesDocument", "Discussion"), "#4a545a", "#eef0f1"},
};

KindStyle styleOf(const QString &kind)
{
    for (const KindStyle &style : KindStyles) {
        if (kind == QLatin1String(style.kind))
            return style;
    }
    return {"", nullptr, "#4a545a", "#eef0f1"};
}

QString kindHeading(const QString &kind)
{
    const KindStyle style = styleOf(kind);
    return style.heading ? Text::tr(style.heading) : kind;
}

QString attendanceLabel(const QString &status)
{
    if (status == QLatin1String("present"))
        return Text::tr("Present");
    if (status == QLatin1String("absent"))
        return Text::tr("Absent");
    if (status == QLatin1String("excused"))
        return Text::tr("Excused");
    return status;
}

QString actionStatusLabel(const QString &status)
{
    if (status == QLatin1String("open"))
        return Text::tr("Open");
    if (status == QLatin1String("in_progress"))
        return Text::tr("In progress");
    if (status == QLatin1String("done"))
        return Text::tr("Done");
    if (status == QLatin1String("dropped"))
        return Text::tr("Dropped");
    return status;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with the line breaks someone typed kept.
QString escLines(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', QLatin1String("<br/>"));
}

QString footerText(const MinutesData &data, int page, int pages)
{
    return Text::tr("%1 · %2 · Session %3 — page %4 of %5")
        .arg(data.programme, data.pairingCode)
        .arg(data.sequence)
        .arg(page)
        .arg(pages);
}

// Writes the HTML of the minutes. Lengths are given in points and written as CSS pixels at
// 96 dpi: Qt's layout scales those to the device it lays out for (300 dpi PDF, printer).
class HtmlWriter
{
public:
    explicit HtmlWriter(const MinutesData &data) : m_data(data) {}

    QString html()
    {
        m_html.reserve(4096 + m_data.entryCount() * 600);
        m_html += QStringLiteral("<html><body>");
        header();
        attendance();
        agenda();
        general();
        decisions();
        actions();
        assessments();
        m_html += QStringLiteral("</body></html>");
        return m_html;
    }

    static int px(qreal points) { return qMax(1, qRound(points * 96 / 72.0)); }

    // A Markdown body as an HTML fragment: bold, lists and links kept, raw HTML shown as text.
    QString markdown(const QString &body) const
    {
        QTextDocument scratch;
        scratch.setMarkdown(body,
                            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                            QTextDocument::MarkdownNoHTML));
        // Qt's Markdown reader gives paragraphs screen-sized gaps; the minutes use their own.
        for (QTextBlock block = scratch.begin(); block.isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            format.setTopMargin(0);
            format.setBottomMargin(block.next().isValid() ? px(3) : 0);
            QTextCursor(block).setBlockFormat(format);
        }
        const QString full = scratch.toHtml();
        const int open = full.indexOf(QLatin1String("<body"));
        const int start = open < 0 ? -1 : full.indexOf(u'>', open);
        const int end = full.lastIndexOf(QLatin1String("</body>"));
        if (start < 0 || end < start)
            return escLines(body);
        return full.mid(start + 1, end - start - 1);
    }

private:
    void section(const QString &title)
    {
        m_html += QStringLiteral("<h2 style=\"font-size:13pt; color:%1; margin-top:%2px;"
                                 " margin-bottom:%3px;\">%4</h2>")
                      .arg(QLatin1String(Accent))
                      .arg(px(16))
                      .arg(px(6))
                      .arg(esc(title));
    }

    void muted(const QString &text)
    {
        m_html +=
            QStringLiteral("<p style=\"color:%1; margin-top:0px; margin-bottom:%2px;\">%3</p>")
                .arg(QLatin1String(Muted))
                .arg(px(4))
                .arg(esc(text));
    }

    QString tableStart() const
    {
        return QStringLiteral(
                   "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\""
                   " style=\"border-collapse:collapse; border-color:%2;"
                   " border-style:solid; margin-bottom:%3px; font-size:9pt;\" border=\"%4\">")
            .arg(px(3))
            .arg(QLatin1String(Rule))
            .arg(px(4))
            .arg(px(0.5));
    }

    QString headCells(const QStringList &labels, const QStringList &widths) const
    {
        QString row = QStringLiteral("<thead><tr>");
        for (int i = 0; i < labels.size(); ++i)
            row += QStringLiteral("<th width=\"%1\" bgcolor=\"%2\" align=\"left\""
                                  " style=\"font-size:8.5pt; color:%3;\">%4</th>")
                       .arg(widths.value(i), QLatin1String(Shade), QLatin1String(Muted),
                            esc(labels.at(i)));
        return row + QStringLiteral("</tr></thead>");
    }

    void infoRow(const QString &label, const QString &valueHtml)
    {
        m_html += QStringLiteral("<tr><td width=\"20%\" style=\"color:%1;\">%2</td>"
                                 "<td>%3</td></tr>")
                      .arg(QLatin1String(Muted), esc(label), valueHtml);
    }

    void header()
    {
        const MinutesData &d = m_data;
        QStringList cities;
        for (const auto &city : d.cities)
            cities << QStringLiteral("%1 (%2)").arg(city.name, city.countryCode);
        m_html += QStringLiteral("<p style=\"font-size:9pt; color:%1; margin-bottom:%2px;\">"
                                 "%3 · %4</p>")
                      .arg(QLatin1String(Muted))
                      .arg(px(2))
                      .arg(esc(d.programme), esc(Text::tr("Minutes")));
        m_html += QStringLiteral("<h1 style=\"font-size:20pt; color:%1; margin-top:0px;"
                                 " margin-bottom:%2px;\">%3 · %4</h1>")
                      .arg(QLatin1String(Accent))
                      .arg(px(2))
                      .arg(esc(d.pairingCode), esc(d.sessionLabel()));
        if (!d.title.trimmed().isEmpty())
            m_html +=
                QStringLiteral("<p style=\"font-size:13pt; margin-top:0px; margin-bottom:%1px;\">"
                               "%2</p>")
                    .arg(px(2))
                    .arg(esc(d.title.trimmed()));
        m_html +=
            QStringLiteral("<p style=\"font-size:10.5pt; margin-top:%1px; margin-bottom:%2px;\">"
                           "<b>%3</b> · %4</p>")
                .arg(px(4))
                .arg(px(2))
                .arg(esc(d.theme), esc(cities.join(QStringLiteral(" · "))));
        if (!d.challenge.isEmpty())
            m_html +=
                QStringLiteral("<p style=\"margin-top:0px; margin-bottom:%1px;\"><i>%2</i></p>")
                    .arg(px(10))
                    .arg(escLines(d.challenge));

        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\""
                                 " style=\"margin-bottom:%2px;\">")
                      .arg(px(2))
                      .arg(px(4));
        const QLocale locale;
        if (d.startUtc.isValid()) {
            const QDateTime end = d.startUtc.addSecs(qint64(d.durationMinutes) * 60);
            infoRow(
                Text::tr("Date and time"),
                esc(Text::tr("%1, %2–%3 UTC (%4 min)")
                        .arg(locale.toString(d.startUtc.date(), QStringLiteral("ddd d MMM yyyy")),
                             d.startUtc.time().toString(QStringLiteral("HH:mm")),
                             end.time().toString(QStringLiteral("HH:mm")))
                        .arg(d.durationMinutes)));
            QStringList local;
            for (const auto &start : d.localStarts)
                local << esc(
                    Text::tr("%1: %2 %3 (%4)")
                        .arg(start.city,
                             locale.toString(start.local.date(), QStringLiteral("ddd d MMM yyyy")),
                             start.local.time().toString(QStringLiteral("HH:mm")),
                             start.offsetLabel));
            infoRow(Text::tr("Local time"), local.join(QStringLiteral("<br/>")));
        } else {
            infoRow(Text::tr("Date and time"), esc(Text::tr("Not scheduled yet")));
        }
        infoRow(Text::tr("Status"), esc(Vocabulary::sessionStatusLabel(d.status)));
        infoRow(Text::tr("Mode"), esc(Vocabulary::sessionModeLabel(d.mode)));
        if (!d.link.trimmed().isEmpty()) {
            const QString link = d.link.trimmed();
            const bool web = link.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
                             link.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
            infoRow(Text::tr("Link"),
                    web ? QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(link)) : esc(link));
        }
        if (!d.location.trimmed().isEmpty())
            infoRow(Text::tr("Venue"), escLines(d.location));
        if (!d.objectives.trimmed().isEmpty())
            infoRow(Text::tr("Objectives"), escLines(d.objectives));
        m_html += QStringLiteral("</table>");
    }

    void attendance()
    {
        section(Text::tr("Attendance"));
        if (m_data.attendance.isEmpty()) {
            muted(Text::tr("No attendance was recorded."));
            return;
        }
        int present = 0, total = 0;
        for (const auto &group : m_data.attendance) {
            for (const auto &person : group.people) {
                ++total;
                present += person.status == QLatin1String("present");
            }
        }
        muted(Text::tr("%1 of %n people present.", nullptr, total).arg(present));
        m_html += tableStart();
        m_html += headCells({Text::tr("Name"), Text::tr("Organisation"), Text::tr("Role"), Text::tr("Status")},
                            {QStringLiteral("30%"), QStringLiteral("34%"), QStringLiteral("22%"),
                             QStringLiteral("14%")});
        for (const auto &group : m_data.attendance) {
            const QString heading = group.cityId ? group.heading : Text::tr("Facilitators and experts");
            m_html +=
                QStringLiteral("<tr><td colspan=\"4\" bgcolor=\"%1\" style=\"font-weight:bold;"
                               " color:%2;\">%3</td></tr>")
                    .arg(QLatin1String(Tint), QLatin1String(Accent), esc(heading));
            for (const auto &person : group.people) {
                const bool away = person.status != QLatin1String("present");
                m_html +=
                    QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td%4>%5</td></tr>")
                        .arg(esc(person.name), esc(person.organisation),
                             esc(Vocabulary::personRoleLabel(person.role)),
                             away ? QStringLiteral(" style=\"color:%1;\"").arg(QLatin1String(Muted))
                                  : QString(),
                             esc(attendanceLabel(person.status)));
            }
        }
        m_html += QStringLiteral("</table>");
    }

    void entries(const QList<MinutesData::EntryGroup> &groups)
    {
        m_html += tableStart();
        for (const auto &group : groups) {
            const KindStyle style = styleOf(group.kind);
            m_html +=
                QStringLiteral("<tr><td colspan=\"2\" bgcolor=\"%1\" style=\"font-weight:bold;"
                               " color:%2; font-size:9pt;\">%3</td></tr>")
                    .arg(QLatin1String(style.tint), QLatin1String(style.colour),
                         esc(kindHeading(group.kind)));
            for (const auto &entry : group.entries)
                m_html += QStringLiteral("<tr><td width=\"18%\" style=\"color:%1;\">%2</td>"
                                         "<td width=\"82%\">%3</td></tr>")
                              .arg(QLatin1String(Muted), esc(entry.city), markdown(entry.body));
        }
        m_html += QStringLiteral("</table>");
    }

    void agenda()
    {
        section(Text::tr("Agenda and minutes"));
        if (m_data.agenda.isEmpty())
            muted(Text::tr("The session has no agenda."));
        for (const auto &block : m_data.agenda) {
            m_html +=
                QStringLiteral("<h3 style=\"font-size:11pt; margin-top:%1px; margin-bottom:%2px;\">"
                               "%3. %4</h3>")
                    .arg(px(10))
                    .arg(px(2))
                    .arg(block.number)
                    .arg(esc(block.title));
            QStringList facts;
            if (block.startUtc.isValid())
                facts << Text::tr("%1 UTC").arg(block.startUtc.toString(QStringLiteral("HH:mm")));
            facts << Text::tr("%1 min").arg(block.durationMinutes);
            if (!block.method.isEmpty())
                facts << block.method;
            if (!block.owner.isEmpty())
                facts << Text::tr("led by %1").arg(block.owner);
            muted(facts.join(QStringLiteral(" · ")));
            if (!block.objectives.trimmed().isEmpty())
                m_html += QStringLiteral(
                              "<p style=\"margin-top:0px; margin-bottom:%1px;\"><i>%2</i> %3</p>")
                              .arg(px(4))
                              .arg(esc(Text::tr("Objectives:")), escLines(block.objectives));
            if (block.groups.isEmpty())
                muted(Text::tr("No entries."));
            else
                entries(block.groups);
        }
    }

    void general()
    {
        if (m_data.general.isEmpty())
            return;
        section(Text::tr("General notes"));
        entries(m_data.general);
    }

    void decisions()
    {
        section(Text::tr("Summary of decisions"));
        if (m_data.decisions.isEmpty()) {
            muted(Text::tr("No decisions were recorded."));
            return;
        }
        m_html += tableStart();
        m_html += headCells({Text::tr("#"), Text::tr("Decision"), Text::tr("Agenda item"), Text::tr("City")},
                            {QStringLiteral("5%"), QStringLiteral("55%"), QStringLiteral("24%"),
                             QStringLiteral("16%")});
        int number = 0;
        for (const auto &decision : m_data.decisions)
            m_html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                          .arg(++number)
                          .arg(markdown(decision.body),
                               esc(decision.block.isEmpty() ? Text::tr("General") : decision.block),
                               esc(decision.city));
        m_html += QStringLiteral("</table>");
    }

    void actions()
    {
        section(Text::tr("Action items"));
        if (m_data.actions.isEmpty()) {
            muted(Text::tr("No action items."));
            return;
        }
        m_html += tableStart();
        m_html +=
            headCells({Text::tr("#"), Text::tr("Action"), Text::tr("Owner"), Text::tr("City"), Text::tr("Due"), Text::tr("Status")},
                      {QStringLiteral("4%"), QStringLiteral("34%"), QStringLiteral("20%"),
                       QStringLiteral("14%"), QStringLiteral("14%"), QStringLiteral("14%")});
        int number = 0;
        for (const auto &action : m_data.actions)
            m_html +=
                QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(++number)
                    .arg(escLines(action.description), esc(action.owner), esc(action.city),
                         action.due.isValid() ? action.due.toString(Qt::ISODate) : QString(),
                         esc(actionStatusLabel(action.status)));
        m_html += QStringLiteral("</table>");
    }

    // Only when pilots were assessed at the session: most sessions' minutes stay as they were.
    void assessments()
    {
        if (m_data.assessments.isEmpty())
            return;
        section(Text::tr("Pilot readiness assessed"));
        m_html += tableStart();
        m_html += headCells({Text::tr("City"), Text::tr("Pilot"), Text::tr("Levels"), Text::tr("Overall")},
                            {QStringLiteral("14%"), QStringLiteral("34%"), QStringLiteral("36%"),
                             QStringLiteral("16%")});
        for (const auto &a : m_data.assessments) {
            QStringList levels;
            for (int i = 0; i < a.levels.size() && i < m_data.dimensions.size(); ++i)
                levels << QStringLiteral("%1&nbsp;%2").arg(esc(m_data.dimensions.at(i)),
                                                          a.levels.at(i) ? QString::number(*a.levels.at(i))
                                                                         : QStringLiteral("–"));
            const QString pilot = a.summary.isEmpty()
                                      ? esc(a.pilot)
                                      : QStringLiteral("%1<br/><i>%2</i>").arg(esc(a.pilot), escLines(a.summary));
            const QString overall = a.overall ? QString::number(*a.overall) : QStringLiteral("–");
            m_html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b> %5</td></tr>")
                          .arg(esc(a.city), pilot, levels.join(QStringLiteral(" · ")), overall,
                               a.ready ? Text::tr("ready") : Text::tr("not ready"));
        }
        m_html += QStringLiteral("</table>");
    }

    const MinutesData &m_data;
    QString m_html;
};

// The application's family (DejaVu Sans on Debian: it has every accent of the programme's
// names). A letter spacing, however small (but not below 1/64 px), makes Qt shape without
// ligatures, so that "fi" stays two letters that readers can search and copy out of the PDF.
QFont textFont(qreal points)
{
    QFont font(QGuiApplication::font().family());
    font.setPointSizeF(points);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // QFixed: 3/64 px
    return font;
}

std::unique_ptr<QTextDocument> documentOf(const MinutesData &data)
{
    auto document = std::make_unique<QTextDocument>();
    HtmlWriter writer(data);
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    document->setIndentWidth(writer.px(16));
    document->setUseDesignMetrics(true);
    document->setDefaultFont(textFont(10));
    document->setHtml(writer.html());
    document->setMetaInformation(QTextDocument::DocumentTitle, data.documentTitle());
    return document;
}

} // namespace

QTextDocument *MinutesDocument::build(const MinutesData &data, QObject *parent)
{
    QTextDocument *document = documentOf(data).release();
    document->setParent(parent);
    return document;
}

Status MinutesDocument::render(const MinutesData &data, QPagedPaintDevice *device,
                               const QString &organisation)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Status::failure(Text::tr("Minutes can only be laid out in a graphical application"
                                  " (fonts need QGuiApplication)."));
    }
    const qreal dpi = device->logicalDpiY();
    const auto document = documentOf(data);
    document->documentLayout()->setPaintDevice(device);

    const QFont footerFont = textFont(8);
    const QFontMetricsF footerMetrics(footerFont, device);
    const qreal mm = dpi / 25.4;
    const qreal footerHeight = footerMetrics.height() + 5 * mm;
    const QSizeF body(device->width(), device->height() - footerHeight);
    if (body.width() <= 0 || body.height() <= 0)
        return Status::failure(Text::tr("The page is too small for the minutes."));
    document->setPageSize(body);
    const int pages = document->pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(Text::tr("Cannot start painting the minutes."));
    const QString left = organisation.trimmed();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(Text::tr("Cannot start page %1 of the minutes.").arg(page + 1));
        }
        painter.save();
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -clip.top());
        document->drawContents(&painter, clip);
        painter.restore();

        const qreal ruleY = body.height() + 2 * mm;
        painter.setPen(QPen(QColor(QLatin1String(Rule)), 0.3 * mm));
        painter.drawLine(QPointF(0, ruleY), QPointF(body.width(), ruleY));
        painter.setFont(footerFont);
        painter.setPen(QColor(QLatin1String(Muted)));
        const QRectF textRect(0, ruleY + 1.5 * mm, body.width(), footerMetrics.height());
        const QString right = footerText(data, page + 1, pages);
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, right);
        if (!left.isEmpty()) {
            const qreal room = body.width() - footerMetrics.horizontalAdvance(right) - 6 * mm;
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                             footerMetrics.elidedText(left, Qt::ElideRight, room));
        }
    }
    if (!painter.end())
        return Status::failure(Text::tr("Cannot finish painting the minutes."));
    return {};
}

Status MinutesDocument::writePdf(const MinutesData &data, const QString &path,
                                 const QString &organisation)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        return Status::failure(
            Text::tr("Cannot write %1: the folder %2 does not exist.")
                .arg(shownPath, QDir::toNativeSeparators(target.absolutePath())));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(Text::tr("Cannot write %1: %2").arg(shownPath, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 16, 20, 12), QPageLayout::Millimeter));
        writer.setTitle(data.documentTitle());
        writer.setCreator(QStringLiteral("City2City Facilitator"));
        if (Status painted = render(data, &writer, organisation); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Status::failure(Text::tr("Cannot save %1: %2").arg(shownPath, file.errorString()));
    return {};
}
