#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace atc {

/**
 * Watches the profile folder for saves made elsewhere (`atc profiles enable|disable`, import,
 * another window) and emits changed() once the folder has settled: a save is a temporary file
 * plus a rename, so events are coalesced for a short moment. Creates the folder (0700) if
 * needed.
 */
class ProfileFolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ProfileFolderWatcher(const QString &directory, QObject *parent = nullptr);

Q_SIGNALS:
    void changed();

private:
    QTimer *m_settle;
};

} // namespace atc
