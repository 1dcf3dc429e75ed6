#include "DirectoryActions.h"

#include "ImportDialog.h"
#include "common/AppContext.h"
#include "database/Database.h"
#include "exchange/DirectoryExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

DirectoryActions::DirectoryActions(std::function<AppContext *()> context, QWidget *window)
    : QObject(window), m_context(std::move(context)), m_window(window)
{
}

void DirectoryActions::addTo(QMenu *menu)
{
    m_importCities = menu->addAction(tr("Import &Cities…"), this, [this] { importFile(DirectoryKind::Cities); });
    m_importPeople = menu->addAction(tr("Import &People…"), this, [this] { importFile(DirectoryKind::People); });
    menu->addAction(tr("E&xport Cities…"), this, [this] { exportFile(DirectoryKind::Cities); });
    menu->addAction(tr("Expor&t People…"), this, [this] { exportFile(DirectoryKind::People); });
}

void DirectoryActions::updateActions()
{
    const AppContext *context = m_context();
    const bool writable = context && !context->database.isReadOnly();
    for (QAction *action : {m_importCities, m_importPeople}) {
        if (action)
            action->setEnabled(writable);
    }
}

QString DirectoryActions::chooseFile(DirectoryKind kind, bool forSaving) const
{
    if (m_chooseFile)
        return m_chooseFile(kind, forSaving);
    const QString filter = tr("CSV files (*.csv);;All files (*)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!forSaving)
        return QFileDialog::getOpenFileName(m_window, kind == DirectoryKind::Cities ? tr("Import Cities")
                                                                                     : tr("Import People"),
                                            folder, filter);
    const QString suggested = QDir(folder).filePath(DirectoryFormat::kindName(kind) + QStringLiteral(".csv"));
    return QFileDialog::getSaveFileName(m_window, kind == DirectoryKind::Cities ? tr("Export Cities")
                                                                                 : tr("Export People"),
                                        suggested, filter);
}

void DirectoryActions::importFile(DirectoryKind kind)
{
    AppContext *context = m_context();
    if (context && context->database.isReadOnly()) {
        emit failed(context->database.readOnlyReason());
        return;
    }
    const QString path = context ? chooseFile(kind, false) : QString();
    if (path.isEmpty())
        return;
    ImportDialog dialog(*context, kind, m_window);
    dialog.check(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int count = dialog.importedCount();
    emit done((kind == DirectoryKind::Cities
                   ? tr("Imported %Ln city(ies) from %1; Edit ▸ Undo takes them out again.", nullptr, count)
                   : tr("Imported %Ln person(s) from %1; Edit ▸ Undo takes them out again.", nullptr, count))
                  .arg(QFileInfo(path).fileName()));
}

void DirectoryActions::exportFile(DirectoryKind kind)
{
    AppContext *context = m_context();
    const QString path = context ? chooseFile(kind, true) : QString();
    if (path.isEmpty())
        return;
    const auto rows = DirectoryExport::write(context->database.connection(), kind, path);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    const int count = int(rows.value());
    emit done((kind == DirectoryKind::Cities ? tr("Wrote %Ln city(ies) to %1.", nullptr, count)
                                             : tr("Wrote %Ln person(s) to %1.", nullptr, count))
                  .arg(QDir::toNativeSeparators(path)));
}
