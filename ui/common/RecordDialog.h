#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

// A dialog that edits one record and saves it through a callback: when saving fails, the
// message shows inside the dialog and everything typed stays there.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Status()>;
    void setSave(Save save) { m_save = std::move(save); }
    void accept() override;
    QString errorText() const;

protected:
    explicit RecordDialog(QWidget *parent);
    QVBoxLayout *contentLayout() const { return m_content; }
    void showError(const QString &message);

private:
    QVBoxLayout *m_content;
    QLabel *m_error;
    Save m_save;
};
