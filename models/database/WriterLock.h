#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// One writer per database file across programs: "<file>.lock" beside it, held for as long as a
// window has the file open for writing. A lock left by a program that died (crash, power cut,
// kill) is taken over; one held by a running program is not, and the file is opened read-only.
class WriterLock
{
public:
    enum class State { Held, HeldElsewhere, Unavailable };

    explicit WriterLock(const QString &databasePath);
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    static QString lockPathOf(const QString &databasePath);

    State claim();
    void release();
    // After HeldElsewhere: the process that holds it, when the lock file says.
    qint64 holderPid() const { return m_holderPid; }
    // After Unavailable: why the lock file could not be made (a read-only folder, a full disk).
    QString problem() const { return m_problem; }

private:
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    QString m_problem;
};
