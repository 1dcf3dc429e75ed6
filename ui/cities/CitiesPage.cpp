#include "CitiesPage.h"

#include "CityDialog.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/CityTableModel.h"
#include "store/CityStore.h"

#include <QTableView>

CitiesPage::CitiesPage(AppContext &context, QWidget *parent)
    : CitiesPage(context, new CityTableModel(context.database.connection(), &context.notifier), parent)
{
}

CitiesPage::CitiesPage(AppContext &context, CityTableModel *model, QWidget *parent)
    : TablePage(context.database.path(), model, tr("Filter cities by name, country or time zone…"),
                [](int count, bool) {
                    return count == 0 ? tr("No cities match") : tr("Cities: %n", nullptr, count);
                }, parent),
      m_context(context), m_model(model)
{
    setColumnWidths({20, 24, 12, 17, 20, 26});
    view()->setAccessibleName(tr("Cities"));
    ReadOnlyControls::hide(context, editingControls());
}

void CitiesPage::addRecord()
{
    CityDialog dialog(m_context.database.connection(), this);
    dialog.setCity(CityRecord());
    qint64 newId = 0;
    dialog.setSave([&] {
        const auto id = m_context.editor.addCity(dialog.city());
        newId = id ? id.value() : 0;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectId(newId);
        emit done(tr("Added %1.").arg(dialog.city().name));
    }
}

void CitiesPage::editRecord(qint64 id)
{
    const auto city = CityStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (!city) {
        emit failed(city.error());
        return;
    }
    CityDialog dialog(m_context.database.connection(), this);
    dialog.setCity(city.value());
    dialog.setSave([&] { return m_context.editor.editCity(dialog.city()); });
    if (dialog.exec() == QDialog::Accepted)
        emit done(tr("Saved %1.").arg(dialog.city().name));
}

void CitiesPage::deleteRecord(qint64 id)
{
    const auto city = CityStore(m_context.database.connection(), m_context.clock).fetch(id);
    const Status status = m_context.editor.deleteCity(id);
    if (!status)
        emit failed(status.error());
    else
        emit done(tr("Deleted %1.").arg(city ? city->name : QString()));
}
