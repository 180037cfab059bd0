#pragma once

#include <functional>
#include <memory>

class QSocketNotifier;

namespace atc::cli {

/**
 * SIGINT/SIGTERM → the event loop (a self-pipe), so that a verb cancels its runs cleanly, never
 * mid-transaction. While it lives, a signal calls `onSignalled` from the event loop; the
 * destructor restores the default handlers. One at a time.
 */
class SignalWatcher
{
public:
    explicit SignalWatcher(std::function<void()> onSignalled);
    ~SignalWatcher();
    SignalWatcher(const SignalWatcher &) = delete;
    SignalWatcher &operator=(const SignalWatcher &) = delete;

    bool signalled() const { return m_signalled; }

private:
    int m_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_signalled = false;
};

} // namespace atc::cli
