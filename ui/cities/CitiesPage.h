#pragma once

#include "common/TablePage.h"

struct AppContext;
class CityTableModel;

// Every city with its country, time zone and cohort eligibility.
class CitiesPage : public TablePage
{
    Q_OBJECT
public:
    CitiesPage(AppContext &context, QWidget *parent = nullptr);
    CityTableModel *model() const { return m_model; }

public slots:
    void addRecord() override;
    void editRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    CitiesPage(AppContext &context, CityTableModel *model, QWidget *parent);
    AppContext &m_context;
    CityTableModel *m_model;
};
