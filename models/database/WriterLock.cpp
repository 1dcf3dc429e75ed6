#include "WriterLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

WriterLock::WriterLock(const QString &databasePath) : m_lock(std::make_unique<QLockFile>(lockPathOf(databasePath)))
{
    // 0: a lock is stale only when its process is gone, never by age, since a window keeps the
    // file open for hours.
    m_lock->setStaleLockTime(0);
}

QString WriterLock::lockPathOf(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

WriterLock::State WriterLock::claim()
{
    m_holderPid = 0;
    m_problem.clear();
    if (m_lock->isLocked())
        return State::Held;
    if (m_lock->tryLock(0)) {
        // Made 0666 less the umask by QLockFile; others must not plant a holder in it.
        QFile::setPermissions(m_lock->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return State::Held;
    }
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        QString host;
        QString application;
        if (m_lock->getLockInfo(&m_holderPid, &host, &application))
            return State::HeldElsewhere;
        // A lock file without its contents: its writer died before writing them. A live holder
        // keeps an flock on it, so removing succeeds only when nobody holds it.
        if (m_lock->removeStaleLockFile() && m_lock->tryLock(0)) {
            QFile::setPermissions(m_lock->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return State::Held;
        }
        return State::HeldElsewhere;
    }
    case QLockFile::PermissionError:
        m_problem = QCoreApplication::translate("WriterLock", "the folder %1 cannot be written")
                        .arg(QDir::toNativeSeparators(QFileInfo(m_lock->fileName()).absolutePath()));
        return State::Unavailable;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    m_problem = QCoreApplication::translate("WriterLock", "the lock file %1 cannot be written (is the disk full?)")
                    .arg(QDir::toNativeSeparators(m_lock->fileName()));
    return State::Unavailable;
}

void WriterLock::release()
{
    m_lock->unlock();
}
