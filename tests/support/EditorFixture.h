#pragma once

#include "TestDatabase.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"

#include <QUndoStack>

#include <memory>

// A test database wired to the edit facade the way the window wires it: one notifier, one undo
// stack, one Editor. The editor goes first, the database last.
class EditorFixture
{
public:
    explicit EditorFixture(bool seed = true);

    bool ok() const { return db.ok(); }
    QString error() const { return db.error(); }
    Editor &editor() { return *m_editor; }
    QSqlDatabase connection() const { return db.connection(); }

    TestDatabase db;
    ChangeNotifier notifier;
    QUndoStack undoStack;

private:
    std::unique_ptr<Editor> m_editor; // none when the database did not open
};
