#pragma once

#include <QList>

namespace atc::emulator::qualys {

/** A fixed-size sliding window of calls against the simulated clock (seconds). */
class QualysRateLimiter
{
public:
    QualysRateLimiter(int limit = 300, int windowSecs = 3600) { configure(limit, windowSecs); }

    void configure(int limit, int windowSecs);
    void reset() { m_calls.clear(); }
    /** Counts the call when allowed. `remaining` after it, `toWait` when refused. */
    bool acquire(qint64 nowSecs, int *remaining, int *toWait);
    int limit() const { return m_limit; }
    int windowSecs() const { return m_window; }

private:
    int m_limit = 300;
    int m_window = 3600;
    QList<qint64> m_calls; ///< at most m_limit entries
};

} // namespace atc::emulator::qualys
