#pragma once

#include "exchange/DirectoryFormat.h"

#include <QObject>

#include <functional>

struct AppContext;
class QAction;
class QMenu;
class QWidget;

// File ▸ Import Cities…, Import People…, Export Cities…, Export People…: asks for the file,
// imports through ImportDialog or exports through DirectoryExport, and reports the outcome
// through done / failed (the window shows them in its status bar or banner).
class DirectoryActions : public QObject
{
    Q_OBJECT
public:
    // context gives the open database's context, which changes when another file is opened.
    DirectoryActions(std::function<AppContext *()> context, QWidget *window);

    void addTo(QMenu *menu);
    // Imports write: a read-only window disables them (exports stay).
    void updateActions();

    // Seam for tests: returns the chosen file, or empty when cancelled.
    using FileChooser = std::function<QString(DirectoryKind kind, bool forSaving)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    void importFile(DirectoryKind kind);
    void exportFile(DirectoryKind kind);

signals:
    void done(const QString &message);
    void failed(const QString &message);

private:
    QString chooseFile(DirectoryKind kind, bool forSaving) const;

    std::function<AppContext *()> m_context;
    QWidget *m_window;
    FileChooser m_chooseFile;
    QAction *m_importCities = nullptr;
    QAction *m_importPeople = nullptr;
};
