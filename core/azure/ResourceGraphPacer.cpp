#include "ResourceGraphPacer.h"

#include <QList>
#include <QTimer>

#include <algorithm>

namespace atc {

namespace {
// Added to every reset time: the server's clock and the answer's travel are not ours.
constexpr qint64 kResetMarginMs = 30;
} // namespace

ResourceGraphPacer::ResourceGraphPacer(QObject *parent) : QObject(parent), m_wake(new QTimer(this))
{
    m_clock.start();
    m_wake->setSingleShot(true);
    m_wake->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early, before the reset
    connect(m_wake, &QTimer::timeout, this, [this] {
        expire();
        if (m_remaining >= 0)
            return wakeAtReset(); // not yet (a timer is never late by design, but may be early)
        if (room() > 0)
            Q_EMIT roomAvailable();
    });
}

void ResourceGraphPacer::setEnabled(bool on)
{
    m_enabled = on;
    if (on)
        return;
    m_wake->stop();
    Q_EMIT roomAvailable();
}

void ResourceGraphPacer::expire()
{
    // A window whose reset time passed: its count is unknown again until a probe answers
    // (another client of the same app may already have used part of the new one).
    if (m_remaining >= 0 && now() >= m_resetAtMs)
        m_remaining = -1;
}

bool ResourceGraphPacer::canSendNow()
{
    if (!m_enabled)
        return true;
    expire();
    if (m_remaining < 0)
        return m_unannounced || m_inFlight == 0;
    return m_remaining - m_inFlight > 0;
}

int ResourceGraphPacer::room()
{
    if (!m_enabled)
        return std::max(0, 1000 - m_inFlight - m_queued);
    expire();
    if (m_remaining < 0 && m_unannounced)
        return std::max(0, 1000 - m_inFlight - m_queued);
    if (m_remaining < 0)
        return m_inFlight + m_queued == 0 ? 1 : 0;
    return std::max(0, m_remaining - m_inFlight - m_queued);
}

qint64 ResourceGraphPacer::msUntilReset()
{
    expire();
    return m_remaining < 0 ? 0 : std::max<qint64>(0, m_resetAtMs - now());
}

void ResourceGraphPacer::onQueued()
{
    ++m_queued;
}

void ResourceGraphPacer::onUnqueued()
{
    m_queued = std::max(0, m_queued - 1);
}

void ResourceGraphPacer::onSent()
{
    ++m_inFlight;
}

void ResourceGraphPacer::onAnswered(int httpStatus, const QByteArray &remaining,
                                    const QByteArray &resetsAfter, qint64 retryAfterMs)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    const qint64 t = now();
    bool ok = false;
    const int r = remaining.trimmed().toInt(&ok);
    qint64 resetMs = parseResetsAfter(resetsAfter);
    if (resetMs > m_maxWaitMs)
        resetMs = m_maxWaitMs; // bounded, whatever the server says
    if (retryAfterMs > m_maxWaitMs)
        retryAfterMs = m_maxWaitMs;
    if (httpStatus == 429) {
        // Resource Graph documents no Retry-After: wait for the window's reset.
        const qint64 wait = retryAfterMs >= 0 ? retryAfterMs : resetMs >= 0 ? resetMs : 1000;
        m_remaining = 0;
        m_resetAtMs = std::max(m_resetAtMs, t + wait + kResetMarginMs);
    } else if (httpStatus >= 200 && httpStatus < 300 && !(ok && r >= 0 && resetMs >= 0)) {
        // A server that announces no quota (Azure Stack Hub, a proxy that strips headers, a
        // test server): nothing to pace by; its 429s still stop the sending until they expire.
        // One announcement ends this for good.
        if (!m_learned)
            m_unannounced = true;
    } else if (ok && r >= 0 && resetMs >= 0) {
        m_unannounced = false;
        const qint64 reset = t + resetMs + kResetMarginMs;
        m_quota = m_learned ? std::max(m_quota, r + 1) : r + 1;
        m_windowMs = m_learned ? std::max(m_windowMs, resetMs) : std::max<qint64>(1000, resetMs);
        m_learned = true;
        // Within a window the lowest count and the earliest reset hold (answers overtake
        // each other; the header rounds the reset up to whole seconds). A new window is only
        // taken from the answer of a probe, once the known one has reset: an answer that the
        // server counted in its next window earlier leaves this one's count, which is lower.
        if (m_remaining < 0 || t >= m_resetAtMs) {
            m_remaining = r;
            m_resetAtMs = reset;
        } else {
            m_remaining = std::min(m_remaining, r);
            m_resetAtMs = std::min(m_resetAtMs, reset);
        }
    }
    wakeAtReset();
    if (room() > 0 || canSendNow())
        Q_EMIT roomAvailable();
}

void ResourceGraphPacer::wakeAtReset()
{
    if (m_remaining < 0)
        return;
    m_wake->start(int(std::clamp<qint64>(m_resetAtMs - now(), 0, 24 * 3600 * 1000)));
}

qint64 ResourceGraphPacer::parseResetsAfter(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t.isEmpty())
        return -1;
    const QList<QByteArray> parts = t.split(':');
    if (parts.size() > 3)
        return -1;
    double seconds = 0;
    for (const QByteArray &p : parts) {
        bool ok = false;
        const double v = p.toDouble(&ok);
        if (!ok || v < 0)
            return -1;
        seconds = seconds * 60 + v;
    }
    return qint64(seconds * 1000 + 0.5);
}

} // namespace atc
