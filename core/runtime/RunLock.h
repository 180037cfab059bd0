#pragma once

#include <memory>

#include <QString>

class QLockFile;

namespace atc {

/**
 * "One run per tenant connector at a time", also across processes (GUI, `atc run`,
 * `atc daemon`): a QLockFile per profile in <AppDataLocation>/locks. Every run of a profile
 * (tenant run or a single subscription connector) takes its profile's lock, so two runs never
 * write the same connectors at once. A lock left by a killed process is taken over (QLockFile
 * checks the owner's PID); a long run is never considered stale.
 */
class RunLock
{
public:
    static QString defaultDirectory();

    RunLock(const QString &directory, const QString &profileId);
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    /** Non-blocking. False: another run holds it (or the folder is not writable). */
    bool tryLock();
    void unlock();
    bool isLocked() const;
    QString path() const { return m_path; }
    /** PID of the holder when tryLock() failed because of another process; 0 if unknown. */
    qint64 holderPid() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace atc
