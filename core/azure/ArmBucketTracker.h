#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

class QUrl;

namespace atc {

/**
 * ARM's read buckets as this client sees them (azure-wire.md §2.5): one per subscription and
 * one for tenant-level reads, each known from the `x-ms-ratelimit-remaining-*-reads` header
 * of its last answer and assumed to refill at Azure's documented rate. A request waits while
 * its own bucket is estimated empty or a 429's Retry-After runs; other buckets are not
 * affected. Used by ArmClient only.
 */
class ArmBucketTracker
{
public:
    ArmBucketTracker();

    /** The bucket of a request: "s/<subscription id, lower case>", or "tenant". */
    static QString bucketOf(const QUrl &url);

    bool canSend(const QString &bucket);
    /** Milliseconds until canSend() may turn true (0: now). */
    qint64 msUntilReady(const QString &bucket);
    void onSent(const QString &bucket);
    /** `remaining`: the header's raw value (empty when absent); retryAfterMs < 0: none. */
    void onAnswered(const QString &bucket, int httpStatus, const QByteArray &remaining,
                    qint64 retryAfterMs);

    static constexpr double RefillPerSecond = 25.0; ///< Azure's documented refill
    /** Tokens left for others (interactive reads) when a bucket is paced. */
    static constexpr int Reserve = 1;

private:
    struct Bucket
    {
        int remaining = -1; ///< -1: unknown
        qint64 atMs = 0;
        int inFlight = 0;
        qint64 blockedUntilMs = 0;
    };
    double estimate(const Bucket &b, qint64 now) const;
    qint64 now() const { return m_clock.elapsed(); }

    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace atc
