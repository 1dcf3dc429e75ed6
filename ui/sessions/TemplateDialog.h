#pragma once

#include "common/RecordDialog.h"
#include "store/TemplateStore.h"

struct AppContext;
class AgendaEditor;
class AgendaTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Edits one session template: its name, the kind of session it is for, a description, and its
// blocks with their methods and durations.
class TemplateDialog : public RecordDialog
{
    Q_OBJECT
public:
    TemplateDialog(AppContext &context, QWidget *parent = nullptr);

    void setTemplate(const TemplateRecord &record);
    TemplateRecord templateRecord() const;
    AgendaEditor *agendaEditor() const { return m_editor; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    void updateTotal();

    TemplateRecord m_record;
    AgendaTableModel *m_agenda;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    AgendaEditor *m_editor;
    QLabel *m_total;
};
