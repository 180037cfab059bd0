#include "ArmBucketTracker.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace atc {

ArmBucketTracker::ArmBucketTracker()
{
    m_clock.start();
}

QString ArmBucketTracker::bucketOf(const QUrl &url)
{
    const QString path = url.path();
    static const QString prefix = u"/subscriptions/"_s;
    const qsizetype at = path.indexOf(prefix, 0, Qt::CaseInsensitive);
    if (at < 0)
        return u"tenant"_s;
    const qsizetype start = at + prefix.size();
    qsizetype end = path.indexOf(u'/', start);
    if (end < 0)
        end = path.size();
    return u"s/"_s + path.mid(start, end - start).toLower();
}

double ArmBucketTracker::estimate(const Bucket &b, qint64 t) const
{
    return double(b.remaining) + double(t - b.atMs) * RefillPerSecond / 1000.0 - b.inFlight;
}

bool ArmBucketTracker::canSend(const QString &bucket)
{
    const auto it = m_buckets.constFind(bucket);
    if (it == m_buckets.constEnd())
        return true;
    const qint64 t = now();
    if (t < it->blockedUntilMs)
        return false;
    return it->remaining < 0 || estimate(*it, t) >= 1.0 + Reserve;
}

qint64 ArmBucketTracker::msUntilReady(const QString &bucket)
{
    const auto it = m_buckets.constFind(bucket);
    if (it == m_buckets.constEnd())
        return 0;
    const qint64 t = now();
    qint64 wait = std::max<qint64>(0, it->blockedUntilMs - t);
    if (it->remaining >= 0) {
        const double missing = 1.0 + Reserve - estimate(*it, t);
        if (missing > 0)
            wait = std::max(wait, qint64(std::ceil(missing * 1000.0 / RefillPerSecond)));
    }
    return wait;
}

void ArmBucketTracker::onSent(const QString &bucket)
{
    ++m_buckets[bucket].inFlight;
}

void ArmBucketTracker::onAnswered(const QString &bucket, int httpStatus,
                                  const QByteArray &remaining, qint64 retryAfterMs)
{
    Bucket &b = m_buckets[bucket];
    b.inFlight = std::max(0, b.inFlight - 1);
    const qint64 t = now();
    bool ok = false;
    const int r = remaining.trimmed().toInt(&ok);
    if (ok && r >= 0) {
        b.remaining = r;
        b.atMs = t;
    }
    if (httpStatus == 429) {
        b.remaining = 0;
        b.atMs = t;
        b.blockedUntilMs = t + (retryAfterMs >= 0 ? retryAfterMs : 1000);
    }
}

} // namespace atc
