#pragma once

#include <QDialog>

struct AppContext;
class QListWidget;

// The session templates: the ones shipped with the app and the facilitator's own, each
// editable (name, kind, description and blocks) and deletable, every change undoable.
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatesDialog(AppContext &context, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void editTemplate(int row);
    void deleteTemplate(int row);
    void reload();

private:
    AppContext &m_context;
    QListWidget *m_list;
};
