#include "WriteCommand.h"

WriteCommand::WriteCommand(const QString &text, Step redo, Step undo, ErrorSink onError)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
      m_onError(std::move(onError))
{
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
