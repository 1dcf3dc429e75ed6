#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

// Help ▸ User Guide: the guide shipped in the resources, in a window of its own that stays open
// beside the main window. Links inside the guide move within it; nothing is ever fetched.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide in the user's language when there is one (guide_es.html …), else in English.
    static QUrl guideUrl();

private:
    void follow(const QUrl &link);

    QTextBrowser *m_browser;
};
