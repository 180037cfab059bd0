#include "ProfileFolderWatcher.h"

#include <QFileSystemWatcher>
#include <QTimer>

#include "io/PrivatePaths.h"

namespace atc {

ProfileFolderWatcher::ProfileFolderWatcher(const QString &directory, QObject *parent)
    : QObject(parent), m_settle(new QTimer(this))
{
    auto *watcher = new QFileSystemWatcher(this);
    PrivatePaths::makeFolder(directory); // 0700, like every folder of ours
    watcher->addPath(directory);
    m_settle->setSingleShot(true);
    m_settle->setInterval(200);
    connect(watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &ProfileFolderWatcher::changed);
}

} // namespace atc
