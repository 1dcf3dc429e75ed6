#include "TemplateDialog.h"

#include "AgendaEditor.h"
#include "domain/Vocabulary.h"
#include "itemmodels/AgendaTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

TemplateDialog::TemplateDialog(AppContext &context, QWidget *parent)
    : RecordDialog(parent), m_agenda(new AgendaTableModel(this)), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_description(new QPlainTextEdit(this)),
      m_editor(new AgendaEditor(context, m_agenda, this)), m_total(new QLabel(this))
{
    setWindowTitle(tr("Session Template"));
    for (const QString &key : Vocabulary::sessionKinds())
        m_kind->addItem(Vocabulary::sessionKindLabel(key), key);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_editor->setTemplateMode();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("For &sessions of kind:"), m_kind);
    form->addRow(tr("&Description:"), m_description);
    auto *blocksLabel = new QLabel(tr("&Blocks (drag to reorder):"), this);
    blocksLabel->setBuddy(m_editor->view());
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(blocksLabel);
    contentLayout()->addWidget(m_editor, 1);
    contentLayout()->addWidget(m_total);
    resize(760, 560);
    connect(m_agenda, &AgendaTableModel::agendaChanged, this, &TemplateDialog::updateTotal);
}

void TemplateDialog::setTemplate(const TemplateRecord &record)
{
    m_record = record;
    m_name->setText(record.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(record.kind)));
    m_description->setPlainText(record.description);
    m_agenda->setAgenda(record.items);
}

TemplateRecord TemplateDialog::templateRecord() const
{
    TemplateRecord record = m_record;
    record.name = m_name->text();
    record.kind = m_kind->currentData().toString();
    record.description = m_description->toPlainText();
    record.items = m_agenda->agenda();
    return record;
}

void TemplateDialog::updateTotal()
{
    m_total->setText(tr("Total: %1 min").arg(m_agenda->totalMinutes()));
}
