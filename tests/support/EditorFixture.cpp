#include "EditorFixture.h"

EditorFixture::EditorFixture(bool seed) : db(seed)
{
    if (db.ok())
        m_editor = std::make_unique<Editor>(db.database(), &undoStack, &notifier);
}
