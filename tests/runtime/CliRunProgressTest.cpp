// `atc run` shows its progress on stderr only for a person watching: under a pseudo-terminal
// (forkpty) the percentages it prints rise and pass through intermediate values; into a pipe
// it prints none.
#include <gtest/gtest.h>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include "RuntimeCli.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct PtyResult
{
    int exitCode = -1;
    QByteArray output; ///< stdout and stderr as the terminal showed them
};

/** Runs atc on a new pseudo-terminal while this process's event loop serves the emulator. */
PtyResult runOnTerminal(const test::RuntimeCli &cli, const QStringList &args)
{
    // Everything exec needs is made before fork: the child only calls async-signal-safe
    // functions.
    QList<QByteArray> envStrings;
    for (const QString &e : cli.env().toStringList())
        envStrings << e.toLocal8Bit();
    std::vector<char *> envp;
    for (QByteArray &e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    QList<QByteArray> argStrings{QByteArray(ATC_CLI_EXE)};
    for (const QString &a : args)
        argStrings << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    PtyResult r;
    int master = -1;
    winsize ws{};
    ws.ws_col = 200;
    ws.ws_row = 40;
    const pid_t pid = forkpty(&master, nullptr, nullptr, &ws);
    if (pid < 0) {
        ADD_FAILURE() << "forkpty failed: " << errno;
        return r;
    }
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    auto drain = [&] {
        char buf[4096];
        ssize_t n;
        while ((n = read(master, buf, sizeof buf)) > 0)
            r.output.append(buf, int(n));
    };
    int status = 0;
    bool exited = false;
    QElapsedTimer guard; // a hung child fails the test instead of blocking the suite
    guard.start();
    while (!exited && guard.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        drain();
        exited = waitpid(pid, &status, WNOHANG) == pid;
    }
    if (!exited) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        ADD_FAILURE() << "atc did not finish";
    }
    drain();
    close(master);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

QList<int> percentages(const QByteArray &output)
{
    QList<int> out;
    static const QRegularExpression re(u"Sandbox: (\\d+)% "_s);
    auto it = re.globalMatch(QString::fromUtf8(output));
    while (it.hasNext())
        out << it.next().captured(1).toInt();
    return out;
}

TEST(CliRunProgress, OnATerminalThePercentagesRiseThroughIntermediateValues)
{
    test::RuntimeCli cli;
    // Each answer takes a moment, so that the rate-limited progress shows several steps.
    cli.emu.faults().latencyMs = 150;
    const PtyResult r = runOnTerminal(cli, {u"run"_s, u"--profile"_s, u"Sandbox"_s});
    ASSERT_EQ(r.exitCode, 0) << r.output.toStdString();
    const QList<int> p = percentages(r.output);
    ASSERT_GE(p.size(), 3) << r.output.toStdString();
    for (int i = 1; i < p.size(); ++i)
        EXPECT_GE(p.at(i), p.at(i - 1)) << r.output.toStdString();
    int between = 0;
    for (int v : p)
        between += v > 0 && v < 100 ? 1 : 0;
    EXPECT_GE(between, 2) << r.output.toStdString();
    EXPECT_EQ(p.constLast(), 100) << r.output.toStdString();
    // One line rewritten in place, ended before the summary.
    EXPECT_TRUE(r.output.contains("\r\x1b[2K")) << r.output.toStdString();
    EXPECT_TRUE(r.output.contains("Reading resources: ")) << r.output.toStdString();
}

TEST(CliRunProgress, IntoAPipeNothingIsPrinted)
{
    test::RuntimeCli cli;
    cli.emu.faults().latencyMs = 50;
    const test::RuntimeCli::Result r = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(percentages(r.err).isEmpty()) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("Reading resources")) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains('\r'));
    EXPECT_TRUE(percentages(r.out).isEmpty());
}

} // namespace
