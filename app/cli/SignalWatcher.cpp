#include "SignalWatcher.h"

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

#include <QSocketNotifier>

namespace atc::cli {

namespace {

int g_signalFd = -1; // the one global a signal handler needs

extern "C" void onSignal(int)
{
    const char c = 1;
    if (g_signalFd >= 0) {
        const ssize_t ignored = ::write(g_signalFd, &c, 1);
        (void)ignored;
    }
}

} // namespace

SignalWatcher::SignalWatcher(std::function<void()> onSignalled)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0)
        return;
    g_signalFd = m_fds[0];
    m_notifier = std::make_unique<QSocketNotifier>(m_fds[1], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                     [this, onSignalled] {
                         char c;
                         const ssize_t ignored = ::read(m_fds[1], &c, 1);
                         (void)ignored;
                         m_signalled = true;
                         onSignalled();
                     });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_signalFd = -1;
    m_notifier.reset();
    if (m_fds[0] >= 0) {
        ::close(m_fds[0]);
        ::close(m_fds[1]);
    }
}

} // namespace atc::cli
