#include "PrivatePaths.h"

#include <cerrno>
#include <cstring>

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace atc {

QString PrivatePaths::systemReason(int code)
{
    const QString text = QString::fromLocal8Bit(std::strerror(code));
    return text.isEmpty() ? QStringLiteral("errno %1").arg(code) : text;
}

bool PrivatePaths::makeFolder(const QString &path, QString *error)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing folders, innermost first.
    QStringList missing;
    for (QString p = clean; !p.isEmpty() && !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &p : std::as_const(missing)) {
#ifdef Q_OS_UNIX
        const QByteArray native = QFile::encodeName(p);
        if (::mkdir(native.constData(), FolderMode) != 0 && errno != EEXIST) {
            const int code = errno;
            if (error)
                *error = tr("Cannot create the folder %1: %2").arg(p, systemReason(code));
            return false;
        }
        ::chmod(native.constData(), FolderMode); // the umask may have removed bits we want
#else
        if (!QDir().mkdir(p) && !QFileInfo(p).isDir()) {
            if (error)
                *error = tr("Cannot create the folder %1.").arg(p);
            return false;
        }
#endif
    }
    if (!QFileInfo(clean).isDir()) {
        if (error)
            *error =
                tr("Cannot create the folder %1: a file of that name is in the way.").arg(clean);
        return false;
    }
    return true;
}

bool PrivatePaths::makeFile(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileMode);
    if (fd < 0) {
        if (errno == EEXIST)
            return true;
        const int code = errno;
        if (error)
            *error = tr("Cannot create %1: %2").arg(path, systemReason(code));
        return false;
    }
    ::fchmod(fd, FileMode);
    ::close(fd);
    return true;
#else
    QFile f(path);
    if (f.exists())
        return true;
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot create %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
#endif
}

void PrivatePaths::protectProcess()
{
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

} // namespace atc
