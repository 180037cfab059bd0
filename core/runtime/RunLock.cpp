#include "RunLock.h"

#include <cerrno>

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include "io/PrivatePaths.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

QString RunLock::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/locks"_L1;
}

RunLock::RunLock(const QString &directory, const QString &profileId)
    : m_path(directory + u'/' + (profileId.isEmpty() ? u"default"_s : profileId) + ".lock"_L1),
      m_directory(directory)
{
    PrivatePaths::makeFolder(directory); // 0700; tryLock() fails when it cannot be made
    m_lock = std::make_unique<QLockFile>(m_path);
    m_lock->setStaleLockTime(0); // never by age: a run may last long; dead owners still detected
}

RunLock::~RunLock() = default;

bool RunLock::tryLock()
{
    m_failure = Failure::None;
    m_failureText.clear();
    if (m_lock->isLocked())
        return true;
    if (m_lock->tryLock(0))
        return true;
    const int savedErrno = errno;
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_failure = Failure::HeldByOther;
        return false;
    }
    // PermissionError (EACCES, EROFS) or UnknownError (ENOTDIR, ENOENT, ENOSPC …): no run holds
    // the lock; the folder does not let us make one. Say so rather than "a run is in progress".
    m_failure = Failure::CannotCreate;
    const QFileInfo dir(m_directory);
    QString reason;
    if (savedErrno == EROFS)
        reason = tr("the folder is on a read-only file system");
    else if (!dir.exists())
        reason = tr("the folder does not exist and cannot be created");
    else if (!dir.isDir())
        reason = tr("it is not a folder");
    else if (savedErrno == EACCES || savedErrno == EPERM || !dir.isWritable())
        reason = tr("the folder is read-only for this user");
    else
        reason = savedErrno != 0 ? qt_error_string(savedErrno) : tr("unknown error");
    m_failureText = tr("Cannot create the lock file in %1: %2. No run was started. Make the "
                       "folder writable, or choose another data folder in the settings.")
                        .arg(QDir::toNativeSeparators(m_directory), reason);
    return false;
}

void RunLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool RunLock::isLocked() const
{
    return m_lock->isLocked();
}

qint64 RunLock::holderPid() const
{
    qint64 pid = 0;
    QString host, app;
    if (m_lock->getLockInfo(&pid, &host, &app))
        return pid;
    return 0;
}

} // namespace atc
