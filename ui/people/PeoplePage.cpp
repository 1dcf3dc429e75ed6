#include "PeoplePage.h"

#include "PersonDialog.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/PersonTableModel.h"
#include "store/PersonStore.h"

#include <QLineEdit>
#include <QTableView>

PeoplePage::PeoplePage(AppContext &context, QWidget *parent)
    : PeoplePage(context, new PersonTableModel(context.database.connection(), &context.notifier), parent)
{
}

PeoplePage::PeoplePage(AppContext &context, PersonTableModel *model, QWidget *parent)
    : TablePage(context.database.path(), model, tr("Filter people by name, organisation or e-mail…"),
                [](int count, bool filtered) {
                    if (count > 0)
                        return tr("People: %n", nullptr, count);
                    return filtered ? tr("Nobody matches") : tr("No people yet: add one with Add…");
                }, parent),
      m_context(context), m_model(model)
{
    setColumnWidths({26, 22, 28, 18, 28});
    view()->setAccessibleName(tr("People"));
    ReadOnlyControls::hide(context, editingControls());
}

void PeoplePage::addRecord()
{
    PersonDialog dialog(m_context.database.connection(), this);
    dialog.setPerson(PersonRecord());
    qint64 newId = 0;
    dialog.setSave([&] {
        const auto id = m_context.editor.addPerson(dialog.person());
        newId = id ? id.value() : 0;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectId(newId);
        emit done(tr("Added %1.").arg(dialog.person().name));
    }
}

void PeoplePage::editRecord(qint64 id)
{
    const auto person = PersonStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (!person) {
        emit failed(person.error());
        return;
    }
    PersonDialog dialog(m_context.database.connection(), this);
    dialog.setPerson(person.value());
    dialog.setSave([&] { return m_context.editor.editPerson(dialog.person()); });
    if (dialog.exec() == QDialog::Accepted)
        emit done(tr("Saved %1.").arg(dialog.person().name));
}

void PeoplePage::deleteRecord(qint64 id)
{
    const auto person = PersonStore(m_context.database.connection(), m_context.clock).fetch(id);
    const Status status = m_context.editor.deletePerson(id);
    if (!status)
        emit failed(status.error());
    else
        emit done(tr("Deleted %1.").arg(person ? person->name : QString()));
}
