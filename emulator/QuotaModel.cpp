#include "QuotaModel.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace atc::emulator {

QuotaModel::WindowState &QuotaModel::window(const QString &clientId, int windowMs, qint64 nowMs)
{
    WindowState &w = m_windows[clientId];
    if (w.startMs < 0 || nowMs >= w.startMs + windowMs) {
        w.startMs = nowMs; // the first query after the previous window closed opens a new one
        w.used = 0;
    }
    return w;
}

QuotaModel::GraphDecision QuotaModel::takeGraphQuery(const QString &clientId, int quota,
                                                     int windowMs, qint64 nowMs)
{
    WindowState &w = window(clientId, windowMs, nowMs);
    GraphDecision d;
    d.resetsInMs = std::max<qint64>(0, w.startMs + windowMs - nowMs);
    if (w.used >= quota) {
        d.remaining = 0;
        return d;
    }
    ++w.used;
    d.allowed = true;
    d.remaining = quota - w.used;
    return d;
}

void QuotaModel::burnGraphQueries(const QString &clientId, int queries, int windowMs, qint64 nowMs)
{
    WindowState &w = window(clientId, windowMs, nowMs);
    w.used += std::max(0, queries);
}

QuotaModel::Bucket &QuotaModel::bucket(const QString &clientId, const QString &key, int size,
                                       double refillPerSecond, qint64 nowMs)
{
    const QString k = clientId + u'/' + key.toLower();
    auto it = m_buckets.find(k);
    if (it == m_buckets.end())
        it = m_buckets.insert(k, Bucket{double(size), nowMs});
    Bucket &b = *it;
    b.tokens = std::min(double(size), b.tokens + double(nowMs - b.atMs) * refillPerSecond / 1000.0);
    b.atMs = nowMs;
    return b;
}

QuotaModel::BucketDecision QuotaModel::takeArmRead(const QString &clientId, const QString &key,
                                                   int size, double refillPerSecond, qint64 nowMs)
{
    Bucket &b = bucket(clientId, key, size, refillPerSecond, nowMs);
    BucketDecision d;
    if (b.tokens < 1.0) {
        const double wait = refillPerSecond > 0 ? (1.0 - b.tokens) / refillPerSecond : 60.0;
        d.retryAfterSeconds = std::max(1, int(std::ceil(wait)));
        return d;
    }
    b.tokens -= 1.0;
    d.allowed = true;
    d.remaining = int(b.tokens);
    return d;
}

void QuotaModel::setArmTokens(const QString &clientId, const QString &key, double tokens, int size,
                              qint64 nowMs)
{
    Bucket &b = bucket(clientId, key, size, 0, nowMs);
    b.tokens = std::clamp(tokens, 0.0, double(size));
}

qint64 QuotaModel::clockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void QuotaModel::clear()
{
    m_windows.clear();
    m_buckets.clear();
}

QByteArray QuotaModel::resetsAfterText(qint64 ms)
{
    const qint64 s = (std::max<qint64>(0, ms) + 999) / 1000;
    auto two = [](qint64 v) { return QByteArray::number(v).rightJustified(2, '0'); };
    return two(s / 3600) + ':' + two((s / 60) % 60) + ':' + two(s % 60);
}

} // namespace atc::emulator
