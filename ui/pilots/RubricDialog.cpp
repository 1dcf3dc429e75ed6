#include "RubricDialog.h"

#include "readiness/ReadinessText.h"
#include "readiness/Rubric.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

RubricDialog::RubricDialog(const Rubric &rubric, QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Readiness Rubric"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Readiness rubric"));
    m_browser->setHtml(rubric.dimensions().isEmpty() ? escaped(Rubric::shippedError())
                                                     : html(rubric));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    resize(qMin(fontMetrics().averageCharWidth() * 120, screen.width() * 9 / 10),
           qMin(fontMetrics().lineSpacing() * 45, screen.height() * 85 / 100));
}

QString RubricDialog::html(const Rubric &rubric)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(escaped(rubric.name()), escaped(rubric.description()));

    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Levels and programme stages")));
    h += QStringLiteral("<p><i>%1</i></p>").arg(escaped(ReadinessText::stages(rubric)));
    h += QStringLiteral("<table border=1 cellspacing=0 "
                        "cellpadding=4><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(escaped(tr("Level")), escaped(tr("Name")), escaped(tr("Stage")),
                  escaped(tr("What is true")));
    for (const RubricLevel &l : rubric.levels())
        h += QStringLiteral(
                 "<tr><td align=center><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(l.level)
                 .arg(escaped(l.name), escaped(l.stage), escaped(l.summary));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Rules")));
    h += QStringLiteral("<p>%1</p>").arg(escaped(rubric.rulesText()));

    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Dimensions")));
    for (const RubricDimension &d : rubric.dimensions()) {
        h += QStringLiteral("<h4>%1 <small>(%2)</small></h4><p><i>%3</i></p><table cellspacing=0 "
                            "cellpadding=3>")
                 .arg(escaped(d.name), escaped(d.id), escaped(d.question));
        for (const RubricLevel &l : rubric.levels())
            h += QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>")
                     .arg(escaped(ReadinessText::levelLabel(rubric, l.level)),
                          escaped(d.descriptor(l.level, rubric.minLevel())));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Sources")));
    for (const RubricSource &s : rubric.sources()) {
        h += QStringLiteral("<li><b>%1</b>").arg(escaped(s.title));
        if (!s.reference.isEmpty())
            h += QStringLiteral(" — %1").arg(escaped(s.reference));
        if (!s.use.isEmpty())
            h += QStringLiteral("<br>%1").arg(escaped(s.use));
        h += QStringLiteral("</li>");
    }
    h += QStringLiteral("</ul><p><small>%1</small></p>")
             .arg(escaped(tr("Rubric “%1”, version %2.").arg(rubric.id()).arg(rubric.version())));
    return h;
}
