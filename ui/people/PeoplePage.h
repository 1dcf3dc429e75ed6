#pragma once

#include "common/TablePage.h"

struct AppContext;
class PersonTableModel;

// City representatives, experts, facilitators and observers.
class PeoplePage : public TablePage
{
    Q_OBJECT
public:
    PeoplePage(AppContext &context, QWidget *parent = nullptr);
    PersonTableModel *model() const { return m_model; }

public slots:
    void addRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    PeoplePage(AppContext &context, PersonTableModel *model, QWidget *parent);
    AppContext &m_context;
    PersonTableModel *m_model;
};
