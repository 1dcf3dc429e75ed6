#include "RecordDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSpacerItem>
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
    // Wrapped labels (eligibility, warnings, errors) grow the dialog instead of being clipped.
    // (That constraint overrides setMinimumWidth(), so a spacer keeps room for ~70 characters.)
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addSpacerItem(new QSpacerItem(fontMetrics().averageCharWidth() * 70, 0,
                                          QSizePolicy::Fixed, QSizePolicy::Minimum));
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
