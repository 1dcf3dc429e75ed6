#include "RecordDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent), m_content(new QVBoxLayout), m_error(new QLabel(this))
{
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::Dark);
    m_error->setMargin(6);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RecordDialog::accept()
{
    if (m_save) {
        if (const Status status = m_save(); !status) {
            showError(status.error());
            return;
        }
    }
    QDialog::accept();
}

void RecordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_error->setAccessibleDescription(message);
}

QString RecordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
