#pragma once

#include <QElapsedTimer>

#include <QObject>
#include <algorithm>

class QTimer;

namespace atc {

/**
 * Paces Resource Graph queries by the quota Azure announces on every answer
 * (azure-wire.md §2.4): `x-ms-user-quota-remaining` and `x-ms-user-quota-resets-after`.
 * Shared by every query of an AzureSession (ArmClient owns it and asks it before sending).
 *
 *   no answer yet ─▶ probe: one query, nothing else in flight
 *   answer (R, T) ─▶ room = R − in flight until now + T, then probe the next window again
 *   429           ─▶ no room until Retry-After, else resets-after, else one second
 *   success without the headers (a server with no announced quota) ─▶ unpaced
 *
 * Queries already queued count against the room a planner sees (room()), so that a caller
 * never queues more than the window can take. Never holds back when disabled.
 */
class ResourceGraphPacer : public QObject
{
    Q_OBJECT
public:
    explicit ResourceGraphPacer(QObject *parent = nullptr);

    /** The longest wait a server's announcement may impose (default 120 s: Azure's windows
     *  last 5 s; a hostile or broken server must not stall a discovery for a day). */
    void setMaxWaitMs(qint64 ms) { m_maxWaitMs = std::max<qint64>(0, ms); }
    /** On by default; off: every query may go at once (the server's 429s still apply). */
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    /** ArmClient: a query may be sent now (the window takes it beyond those in flight). */
    bool canSendNow();
    /** Planners: queries the window still takes beyond those in flight and queued (>= 0). */
    int room();
    /** Milliseconds until the window resets (0: now or unknown). */
    qint64 msUntilReset();
    /** Answers came without the quota headers (a server that announces none): not paced. */
    bool isQuotaUnannounced() const { return m_unannounced; }
    /** Learned quota per window (the largest remaining + 1 seen; 15 until known). */
    int quota() const { return m_quota; }
    /** Learned window length in ms (the longest resets-after seen; 5000 until known). */
    qint64 windowMs() const { return m_windowMs; }

    // Accounting by ArmClient: a query queued, taken from the queue, sent, answered.
    void onQueued();
    void onUnqueued();
    void onSent();
    /**
     * An answer (status 0: none, the transport failed). The headers' raw values; empty when
     * absent. `retryAfterMs` < 0 when the answer had no Retry-After.
     */
    void onAnswered(int httpStatus, const QByteArray &remaining, const QByteArray &resetsAfter,
                    qint64 retryAfterMs);

    /** "hh:mm:ss" or "hh:mm:ss.fff" (or plain seconds) in ms; -1 when unreadable. */
    static qint64 parseResetsAfter(const QByteArray &text);

Q_SIGNALS:
    /** The window may take a query again (an answer came, or the window reset). */
    void roomAvailable();

private:
    qint64 now() const { return m_clock.elapsed(); }
    void expire();
    void wakeAtReset();

    QElapsedTimer m_clock;
    QTimer *m_wake = nullptr;
    bool m_enabled = true;
    int m_remaining = -1; ///< -1: unknown (probe)
    qint64 m_resetAtMs = 0;
    int m_inFlight = 0;
    int m_queued = 0;
    bool m_learned = false;     ///< an answer with the quota headers came
    bool m_unannounced = false; ///< answers came without the quota headers: do not pace
    int m_quota = 15;
    qint64 m_windowMs = 5000;
    qint64 m_maxWaitMs = 120000;
};

} // namespace atc
