#pragma once

#include <QHash>
#include <QString>

namespace atc::emulator {

/**
 * Azure's read quotas as the emulator enforces them (azure-wire.md §2.4–2.5), per app:
 *
 *  - Resource Graph: a fixed window (FaultOptions::resourceGraphWindowMs, Azure: 5 s) that
 *    opens with the first query after the previous one closed and takes
 *    FaultOptions::resourceGraphQuota queries; every answer says how many are left and when
 *    the window resets.
 *  - ARM reads: a token bucket per subscription (and one for tenant-level reads), of
 *    FaultOptions::armBucketSize tokens refilled at armBucketRefillPerSecond.
 *
 * Time is the monotonic clock in milliseconds, passed in, so that the arithmetic is testable.
 */
class QuotaModel
{
public:
    struct WindowState
    {
        qint64 startMs = -1; ///< -1: no open window
        int used = 0;
    };
    struct GraphDecision
    {
        bool allowed = false;
        int remaining = 0;     ///< after this query (x-ms-user-quota-remaining)
        qint64 resetsInMs = 0; ///< until the window closes (x-ms-user-quota-resets-after)
    };
    /** Counts one query of `clientId` when the window can take it. */
    GraphDecision takeGraphQuery(const QString &clientId, int quota, int windowMs, qint64 nowMs);
    /** Another client of the same app registration uses `queries` of the current window. */
    void burnGraphQueries(const QString &clientId, int queries, int windowMs, qint64 nowMs);

    struct BucketDecision
    {
        bool allowed = false;
        int remaining = 0;         ///< whole tokens left after this read
        int retryAfterSeconds = 0; ///< when refused: until one token is back (at least 1)
    };
    /** Takes one read token from the bucket `key` (a subscription id, or "tenant"). */
    BucketDecision takeArmRead(const QString &clientId, const QString &key, int size,
                               double refillPerSecond, qint64 nowMs);
    /** Leaves `tokens` in the bucket `key` (a test empties one subscription's bucket). */
    void setArmTokens(const QString &clientId, const QString &key, double tokens, int size,
                      qint64 nowMs);

    void clear();

    /** The monotonic clock the emulator's quotas run on, in milliseconds. */
    static qint64 clockMs();

    /** hh:mm:ss, rounded up to whole seconds (Azure's x-ms-user-quota-resets-after). */
    static QByteArray resetsAfterText(qint64 ms);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    WindowState &window(const QString &clientId, int windowMs, qint64 nowMs);
    Bucket &bucket(const QString &clientId, const QString &key, int size, double refillPerSecond,
                   qint64 nowMs);

    QHash<QString, WindowState> m_windows;
    QHash<QString, Bucket> m_buckets; ///< clientId + '/' + lower-case key
};

} // namespace atc::emulator
