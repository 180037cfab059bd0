#include "QualysRateLimiter.h"

#include <QtGlobal>

namespace atc::emulator::qualys {

void QualysRateLimiter::configure(int limit, int windowSecs)
{
    m_limit = qBound(1, limit, 1000000);
    m_window = qBound(1, windowSecs, 86400 * 7);
    m_calls.clear();
}

bool QualysRateLimiter::acquire(qint64 nowSecs, int *remaining, int *toWait)
{
    while (!m_calls.isEmpty() && m_calls.first() + m_window <= nowSecs)
        m_calls.removeFirst();
    if (m_calls.size() >= m_limit) {
        *remaining = 0;
        *toWait = int(qMax<qint64>(1, m_calls.first() + m_window - nowSecs));
        return false;
    }
    m_calls.append(nowSecs);
    *remaining = m_limit - int(m_calls.size());
    *toWait = 0;
    return true;
}

} // namespace atc::emulator::qualys
