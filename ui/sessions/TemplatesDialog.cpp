#include "TemplatesDialog.h"

#include "TemplateDialog.h"
#include "common/AppContext.h"
#include "database/Database.h"
#include "domain/Vocabulary.h"
#include "edit/Editor.h"
#include "store/TemplateStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

TemplatesDialog::TemplatesDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Session Templates"));
    m_list->setAccessibleName(tr("Session templates"));
    auto *intro = new QLabel(tr("A new session starts from the template of its kind: your own before the "
                                "one that came with the app. Save a session's agenda as a template from "
                                "the session dialog."), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    auto *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { editTemplate(m_list->row(item)); });
    connect(edit, &QPushButton::clicked, this, [this] { editTemplate(m_list->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] { deleteTemplate(m_list->currentRow()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void TemplatesDialog::reload()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const TemplateRecord &t : TemplateStore(m_context.database.connection(), m_context.clock).templates().value_or({})) {
        auto *item = new QListWidgetItem(tr("%1 — %2, %n block(s), %3 min%4", nullptr, int(t.items.size()))
                                             .arg(t.name, Vocabulary::sessionKindLabel(t.kind))
                                             .arg(t.totalMinutes())
                                             .arg(t.builtin ? tr(" (shipped with the app)") : QString()),
                                         m_list);
        item->setData(Qt::UserRole, t.id);
    }
    m_list->setCurrentRow(qBound(0, current, m_list->count() - 1));
}

void TemplatesDialog::editTemplate(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    const auto record = TemplateStore(m_context.database.connection(), m_context.clock)
                            .fetch(m_list->item(row)->data(Qt::UserRole).toLongLong());
    if (!record)
        return;
    TemplateDialog dialog(m_context, this);
    dialog.setTemplate(record.value());
    dialog.setSave([&] { return m_context.editor.editTemplate(dialog.templateRecord()); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TemplatesDialog::deleteTemplate(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    const Status s = m_context.editor.deleteTemplate(m_list->item(row)->data(Qt::UserRole).toLongLong());
    if (!s)
        QMessageBox::warning(this, windowTitle(), s.error());
    reload();
}
