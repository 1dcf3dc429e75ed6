#include "UserGuideDialog.h"

#include "core/Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("City2City Facilitator User Guide"));
    setAccessibleName(tr("User guide"));
    setModal(false);
    m_browser->setAccessibleName(tr("User guide text"));
    // Links are followed here, so that only the guide's own anchors can move it.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(guideUrl(), QTextDocument::HtmlResource);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::follow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    contents->setAccessibleName(tr("Contents"));
    contents->setAutoDefault(false); // Enter in the guide does not jump back to the contents
    connect(contents, &QPushButton::clicked, this, [this] { m_browser->scrollToAnchor(QStringLiteral("contents")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

QUrl UserGuideDialog::guideUrl()
{
    const QString translated = QStringLiteral(":/guide/guide_%1.html").arg(Translations::current());
    return QUrl(QStringLiteral("qrc") + (QFile::exists(translated) ? translated : QStringLiteral(":/guide/guide.html")));
}

void UserGuideDialog::follow(const QUrl &link)
{
    // Only links to a place in this guide: the guide has no others, and the app needs no network.
    // The browser hands them over resolved against the guide's own URL.
    const bool inGuide = (link.isRelative() && link.path().isEmpty())
                         || link.adjusted(QUrl::RemoveFragment) == m_browser->source().adjusted(QUrl::RemoveFragment);
    if (inGuide && link.hasFragment())
        m_browser->scrollToAnchor(link.fragment());
}
