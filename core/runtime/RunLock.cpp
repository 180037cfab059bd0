#include "RunLock.h"

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace atc {

QString RunLock::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/locks"_L1;
}

RunLock::RunLock(const QString &directory, const QString &profileId)
    : m_path(directory + u'/' + (profileId.isEmpty() ? u"default"_s : profileId) + ".lock"_L1)
{
    QDir().mkpath(directory);
    m_lock = std::make_unique<QLockFile>(m_path);
    m_lock->setStaleLockTime(0); // never by age: a run may last long; dead owners still detected
}

RunLock::~RunLock() = default;

bool RunLock::tryLock()
{
    if (m_lock->isLocked())
        return true;
    return m_lock->tryLock(0);
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
