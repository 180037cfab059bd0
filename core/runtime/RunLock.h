#pragma once

#include <memory>

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(atc::RunLock)
public:
    /** Why tryLock() failed: a run elsewhere holds the lock, or no lock file can be made. */
    enum class Failure
    {
        None,
        HeldByOther, ///< another live process (or this one, through another RunLock) holds it
        CannotCreate ///< the folder is read-only, not writable, missing or not a folder
    };

    static QString defaultDirectory();

    RunLock(const QString &directory, const QString &profileId);
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    /** Non-blocking. False: another run holds it, or the lock file cannot be made (failure()). */
    bool tryLock();
    /** Why the last tryLock() failed; None after a success. */
    Failure failure() const { return m_failure; }
    /**
     * With Failure::CannotCreate: "Cannot create the lock file in <folder>: <reason>. …"
     * (translated, says what to do). Empty otherwise.
     */
    QString failureText() const { return m_failureText; }
    void unlock();
    bool isLocked() const;
    QString path() const { return m_path; }
    /** PID of the holder when tryLock() failed because of another process; 0 if unknown. */
    qint64 holderPid() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QString m_directory;
    Failure m_failure = Failure::None;
    QString m_failureText;
};

} // namespace atc
