#pragma once

#include "core/Result.h"

#include <QUndoCommand>

#include <functional>

// An undoable edit made of two steps, each one committed transaction. The first redo() is
// skipped because the facade has already carried the edit out (and reported any error) before
// pushing; a step that fails later marks the command obsolete so the stack drops it.
// Commands with the same merge id and key collapse into one step (typing in one entry): the
// merged command undoes to the oldest state and redoes to the newest.
class WriteCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using ErrorSink = std::function<void(const QString &)>;

    // Merge ids of commands that collapse; -1 never merges.
    enum MergeId { NoMerge = -1, NoteBodyEdit = 1 };

    WriteCommand(const QString &text, Step redo, Step undo, ErrorSink onError,
                 int mergeId = NoMerge, qint64 mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(const Step &step);

    Step m_redo;
    Step m_undo;
    ErrorSink m_onError;
    bool m_alreadyDone = true;
    int m_mergeId;
    qint64 m_mergeKey; // what is edited, e.g. the note's id: edits of another one do not merge
};
