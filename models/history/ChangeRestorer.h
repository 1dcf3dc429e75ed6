#pragma once

#include "ChangeEntry.h"
#include "core/Result.h"

class Editor;

// Puts a logged field's old value back, as a normal edit through the Editor: validated like
// any edit, one transaction, one undo step (which the log records in turn).
class ChangeRestorer
{
public:
    explicit ChangeRestorer(Editor &editor) : m_editor(editor) {}

    // Whether the old value can be put back now; when not, why (the record was deleted, the
    // field already holds it...).
    Status check(const ChangeEntry &entry) const;
    Status restore(const ChangeEntry &entry) const;

private:
    Status run(const ChangeEntry &entry, bool write) const;

    Editor &m_editor;
};
