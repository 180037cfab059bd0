#pragma once
// A child process (the real `atc`) whose peak memory is measured by the kernel: wait4()'s
// ru_maxrss, taken by atc-peak-rss (PeakRss.cpp), a tiny process that forks and waits for it.
// Measured from here instead, the figure would start at this process's own high-water mark
// (Linux carries ru_maxrss across exec from the address space that spawned the child: a test
// serving a 100k tenant "measured" its own 85 MB). This process's event loop keeps running
// meanwhile (the emulator may be served from it); the waiting thread wakes it at the end.
//
// Needs ATC_PEAK_RSS_EXE, the path of atc-peak-rss.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

extern char **environ;

namespace atc::test {

struct MeasuredResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;     ///< -1 when it did not exit normally
    long peakRssKb = 0;    ///< ru_maxrss of the program itself (kilobytes on Linux)
    double seconds = 0;    ///< wall time from spawn to exit
    double cpuSeconds = 0; ///< user + system CPU time of the child
};

/**
 * Runs `program args` with stdout and stderr into those files (created/truncated), `env` as
 * its environment, until it exits or `timeoutMs` passes (then it is killed).
 */
inline MeasuredResult runMeasured(const QString &program, const QStringList &args,
                                  const QProcessEnvironment &env, const QString &stdoutPath,
                                  const QString &stderrPath, int timeoutMs)
{
    MeasuredResult r;
    const QString rusagePath = stdoutPath + QStringLiteral(".rusage");
    QFile::remove(rusagePath);
    std::vector<QByteArray> argBytes{QByteArrayLiteral(ATC_PEAK_RSS_EXE), rusagePath.toLocal8Bit(),
                                     program.toLocal8Bit()};
    for (const QString &a : args)
        argBytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envBytes;
    for (const QString &e : env.toStringList())
        envBytes.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const QByteArray outPath = stdoutPath.toLocal8Bit();
    const QByteArray errPath = stderrPath.toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return r;
    r.started = true;

    std::atomic_bool done{false};
    int status = 0;
    std::chrono::steady_clock::time_point end;
    std::thread waiter([&] {
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        end = std::chrono::steady_clock::now();
        done = true;
        // Wakes the loop below (an event posted from another thread).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] {}, Qt::QueuedConnection);
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, QCoreApplication::instance(), [&] {
        r.timedOut = true;
        kill(pid, SIGKILL);
    });
    timeout.start(timeoutMs);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    waiter.join();
    r.seconds = std::chrono::duration<double>(end - start).count();
    // "exit maxrssKb user sys" of the measured program (written by atc-peak-rss).
    QFile f(rusagePath);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !f.open(QIODevice::ReadOnly))
        return r;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    f.close();
    QFile::remove(rusagePath);
    if (fields.size() != 4)
        return r;
    r.exitCode = fields.at(0).toInt();
    r.peakRssKb = fields.at(1).toLong();
    r.cpuSeconds = fields.at(2).toDouble() + fields.at(3).toDouble();
    return r;
}

} // namespace atc::test
