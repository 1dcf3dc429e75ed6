#include "FileSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace FileSafety {

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder = OwnerOnly | QFileDevice::ExeOwner;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

Status createPrivateFile(const QString &path)
{
    QFile file(path);
    // Created with 0600 (the umask can only take bits away), then set exactly: a umask that
    // removed the owner's bits must not leave a file we cannot use.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return Status::failure(QCoreApplication::translate("FileSafety", "Cannot create %1: %2")
                                   .arg(shown(path), file.errorString()));
    file.close();
    return makePrivate(path);
}

Status makePrivateFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (!QDir().mkpath(info.absolutePath()) || !QDir().mkdir(info.absoluteFilePath(), OwnerOnlyFolder))
        return Status::failure(QCoreApplication::translate("FileSafety", "Cannot create the folder %1.")
                                   .arg(shown(path)));
    QFile::setPermissions(path, OwnerOnlyFolder);
    return {};
}

Status makePrivate(const QString &path)
{
    if (!QFile::setPermissions(path, OwnerOnly))
        return Status::failure(QCoreApplication::translate("FileSafety",
            "Cannot make %1 readable by its owner only.").arg(shown(path)));
    return {};
}

Status syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = errnoText();
        if (fd >= 0)
            ::close(fd);
        return Status::failure(QCoreApplication::translate("FileSafety", "Cannot write %1 to disk: %2")
                                   .arg(shown(path), reason));
    }
    ::close(fd);
    return {};
}

void syncFolder(const QString &folder)
{
    // Best effort: some file systems refuse fsync on a folder, and the data is synced already.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status replace(const QString &from, const QString &to)
{
    // rename(2) swaps the directory entry atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Status::failure(QCoreApplication::translate("FileSafety", "Cannot put %1 in place of %2: %3")
                                   .arg(shown(from), shown(to), errnoText()));
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

} // namespace FileSafety
