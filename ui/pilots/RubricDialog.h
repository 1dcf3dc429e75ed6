#pragma once

#include <QDialog>

class QTextBrowser;
class Rubric;

// The readiness rubric, read-only: its levels and the programme stages they line up with, each
// dimension with its question and descriptors, the rules and the sources. Shown from Help and
// from the assessment dialog.
class RubricDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RubricDialog(const Rubric &rubric, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    static QString html(const Rubric &rubric);

private:
    QTextBrowser *m_browser;
};
