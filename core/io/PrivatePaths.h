#pragma once

#include <QCoreApplication>
#include <QString>

namespace atc {

/**
 * Folders and files only their owner may read: the profiles, the settings, the inventory and
 * the run locks hold asset names, addresses and DNS names (never a secret, but nothing another
 * local user needs). Folders this creates get mode 0700, files 0600, whatever the umask; a
 * folder or file that already exists keeps its mode (an administrator may have chosen it).
 */
class PrivatePaths
{
    Q_DECLARE_TR_FUNCTIONS(atc::PrivatePaths)
public:
    static constexpr unsigned FolderMode = 0700;
    static constexpr unsigned FileMode = 0600;

    /**
     * Creates `path` and every missing parent, each created one with mode 0700. True when the
     * folder exists afterwards; else false with words naming the folder and the reason.
     */
    static bool makeFolder(const QString &path, QString *error = nullptr);

    /**
     * Creates an empty file with mode 0600 when `path` does not exist yet (the parent folder
     * must exist); an existing file is left as it is. Used before a library (SQLite) creates
     * the file with its own default mode.
     */
    static bool makeFile(const QString &path, QString *error = nullptr);

    /**
     * For a process that will hold a secret (atc, the desktop), called first thing in main():
     * on Linux no core dump (prctl(PR_SET_DUMPABLE, 0): a SIGABRT core would contain the
     * authentication key; this also keeps other processes of the same user from attaching a
     * debugger or reading /proc/<pid>/mem), and on Unix umask 077, so that a file some
     * library creates on its own (SQLite's -wal and -shm, QLockFile, QSettings) is private
     * too, as defence in depth beside the explicit modes above.
     */
    static void protectProcess();
    /** strerror(code) in the locale's words, or "errno N" when the system has none. */
    static QString systemReason(int code);
};

} // namespace atc
