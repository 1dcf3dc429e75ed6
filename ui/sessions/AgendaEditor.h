#pragma once

#include <QWidget>

struct AppContext;
class AgendaTableModel;
class ChoiceListModel;
class QComboBox;
class QTableView;

// Edits a list of agenda blocks: a table (drag blocks to reorder; method and owner chosen from
// lists) with buttons to add a block, insert a method from the searchable library, remove and
// move. Used for a session's agenda and for a template's blocks.
class AgendaEditor : public QWidget
{
    Q_OBJECT
public:
    AgendaEditor(AppContext &context, AgendaTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AgendaTableModel *model() const { return m_model; }
    // Templates have no times, owners or notes: hide those columns.
    void setTemplateMode();

    void addBlock();
    void insertMethod(qint64 methodId);
    void removeSelected();
    void moveSelected(int delta);

private:
    int insertionRow() const;

    AgendaTableModel *m_model;
    ChoiceListModel *m_methods;
    ChoiceListModel *m_people;
    QTableView *m_view;
    QComboBox *m_methodPicker;
};
