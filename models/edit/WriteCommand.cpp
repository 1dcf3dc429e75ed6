#include "WriteCommand.h"

WriteCommand::WriteCommand(const QString &text, Step redo, Step undo, ErrorSink onError, int mergeId,
                           qint64 mergeKey)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
      m_onError(std::move(onError)), m_mergeId(mergeId), m_mergeKey(mergeKey)
{
}

// The stack asks only when the ids are equal and not -1; the key tells two notes apart.
bool WriteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const WriteCommand *>(other);
    if (!next || next->m_mergeId != m_mergeId || next->m_mergeKey != m_mergeKey || m_mergeId == NoMerge)
        return false;
    m_redo = next->m_redo; // the newest "after"; m_undo keeps the oldest "before"
    return true;
}

void WriteCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    run(m_redo);
}

void WriteCommand::undo()
{
    run(m_undo);
}

void WriteCommand::run(const Step &step)
{
    const Status status = step();
    if (!status) {
        setObsolete(true);
        if (m_onError)
            m_onError(status.error());
    }
}
