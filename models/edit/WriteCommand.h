#pragma once

#include "core/Result.h"

#include <QUndoCommand>

#include <functional>

// An undoable edit made of two steps, each one committed transaction. The first redo() is
// skipped because the facade has already carried the edit out (and reported any error) before
// pushing; a step that fails later marks the command obsolete so the stack drops it.
class WriteCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using ErrorSink = std::function<void(const QString &)>;

    WriteCommand(const QString &text, Step redo, Step undo, ErrorSink onError);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    Step m_redo;
    Step m_undo;
    ErrorSink m_onError;
    bool m_alreadyDone = true;
};
