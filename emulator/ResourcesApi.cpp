#include "ResourcesApi.h"

#include "EmulatorContext.h"
#include "JsonOut.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

HttpReply ResourcesApi::listResources(const HttpRequest &request, const Caller &caller,
                                      const QString &subscriptionId, const QString &path)
{
    return list(request, caller, subscriptionId, path, nullptr);
}

HttpReply ResourcesApi::listProviderResources(const HttpRequest &request, const Caller &caller,
                                              const QString &subscriptionId, const QString &type,
                                              const QString &path)
{
    return list(request, caller, subscriptionId, path, &type);
}

HttpReply ResourcesApi::list(const HttpRequest &request, const Caller &caller,
                             const QString &subscriptionId, const QString &path,
                             const QString *providerType)
{
    const int si = m_ctx.model.subscriptionIndex(subscriptionId);
    if (si < 0)
        return m_ctx.armError(404, u"SubscriptionNotFound"_s,
                              u"The subscription '%1' could not be found."_s.arg(subscriptionId));
    const AppAccess &a = m_ctx.accessFor(caller.app);
    if (!(a.subscription[std::size_t(si)] & FullRead))
        return m_ctx.authorizationFailed(caller,
                                         u"Microsoft.Resources/subscriptions/resources/read"_s,
                                         u"/subscriptions/"_s + subscriptionId);
    ++m_ctx.stats.resourceListRequests;
    if (providerType)
        ++m_ctx.stats.providerListRequests;
    // The app's read bucket of this subscription (QuotaModel); its level is the answer's
    // x-ms-ratelimit-remaining-subscription-reads.
    int bucketRemaining = -1;
    if (m_ctx.faults.armBucketSize > 0) {
        const QuotaModel::BucketDecision b =
            m_ctx.quotas.takeArmRead(caller.clientId, subscriptionId, m_ctx.faults.armBucketSize,
                                     m_ctx.faults.armBucketRefillPerSecond, QuotaModel::clockMs());
        if (!b.allowed) {
            HttpReply reply = m_ctx.armError(
                429, u"SubscriptionRequestsThrottled"_s,
                u"Number of 'read' requests for subscription '%1' actor '%2' exceeded. Please "
                "try again after '%3' seconds after additional tokens are available. Refer to "
                "https://aka.ms/arm-throttling for additional information."_s.arg(
                    subscriptionId, caller.objectId, QString::number(b.retryAfterSeconds)));
            reply.setHeader("Retry-After"_ba, QByteArray::number(b.retryAfterSeconds));
            reply.setHeader("x-ms-ratelimit-remaining-subscription-reads"_ba, "0"_ba);
            ++m_ctx.stats.throttled;
            ++m_ctx.stats.armThrottled;
            ++m_ctx.stats.armThrottledBySubscription[subscriptionId.toLower()];
            return reply;
        }
        bucketRemaining = b.remaining;
    }
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!m_ctx.pageWindow(request, &offset, &emptyServed, &error))
        return error;
    const SubscriptionEntry &sub = m_ctx.model.subscriptions.at(std::size_t(si));

    // Only "resourceType eq '…'" and "location eq '…'" filters are applied; the filter is
    // always carried into the nextLink, re-encoded the way ARM does it.
    const QString filter = providerType ? QString() : request.queryValue(u"$filter"_s);
    int typeFilter = -2;
    if (providerType) {
        // A provider's list: only its type (none in this tenant: an empty list).
        typeFilter = -1;
        const QByteArray wanted = providerType->toLower().toUtf8();
        for (int t = 0; t < m_ctx.model.typeCount(); ++t) {
            if (m_ctx.model.typeLower(t) == wanted)
                typeFilter = t;
        }
    }
    int locationFilter = -2;
    static const QRegularExpression typeEq(u"resourceType\\s+eq\\s+'([^']*)'"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression locationEq(u"location\\s+eq\\s+'([^']*)'"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto m = typeEq.match(filter); m.hasMatch()) {
        typeFilter = -1;
        const QByteArray wanted = m.captured(1).toLower().toUtf8();
        for (int t = 0; t < m_ctx.model.typeCount(); ++t) {
            if (m_ctx.model.typeLower(t) == wanted)
                typeFilter = t;
        }
    }
    if (const auto m = locationEq.match(filter); m.hasMatch()) {
        locationFilter = -1;
        for (const ResourceEntry &r : sub.resources) {
            if (m_ctx.model.locationName(r.location)
                    .compare(m.captured(1).toUtf8(), Qt::CaseInsensitive) == 0) {
                locationFilter = r.location;
                break;
            }
        }
    }
    auto accepted = [&](const ResourceEntry &r) {
        return (typeFilter == -2 || r.type == typeFilter) &&
               (locationFilter == -2 || r.location == locationFilter);
    };

    QByteArray base = m_ctx.baseUrlFor(request) + path.toUtf8() + "?api-version=" +
                      formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    if (!filter.isEmpty())
        base += "&%24filter=" + formEncodeLower(filter.toUtf8());
    bool hasTop = false;
    const QString top = request.queryValue(u"$top"_s, &hasTop);
    if (hasTop)
        base += "&%24top=" + formEncodeLower(top.toUtf8());
    base += "&%24skiptoken=";

    QByteArray out = "{\"value\":["_ba;
    if (m_ctx.faults.emptyPagesWithNextLink && !emptyServed) {
        ++m_ctx.stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out, base + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return m_ctx.jsonReply(out, true);
    }
    const qint64 size = m_ctx.pageSize(request);
    out.reserve(int(size) * 320);
    const qint64 total = qint64(sub.resources.size());
    qint64 i = offset;
    qint64 written = 0;
    for (; i < total && written < size; ++i) {
        const ResourceEntry &r = sub.resources[std::size_t(i)];
        if (!accepted(r))
            continue;
        if (written > 0)
            out.append(',');
        ++written;
        out.append("{\"id\":");
        json::appendString(out, m_ctx.model.resourceId(sub, r));
        out.append(",\"name\":");
        json::appendString(out, r.name);
        out.append(",\"type\":");
        json::appendString(out, m_ctx.model.typeName(r.type));
        out.append(",\"location\":");
        json::appendString(out, m_ctx.model.locationName(r.location));
        out.append(",\"tags\":");
        json::appendObject(out, r.tags);
        if (providerType) { // a provider's own list carries the properties
            out.append(",\"properties\":");
            json::appendObject(out, r.properties);
        }
        out.append('}');
    }
    // Skip over trailing non-matching rows so the last page carries no nextLink.
    while (i < total && !accepted(sub.resources[std::size_t(i)]))
        ++i;
    out.append(']');
    if (i < total) {
        out.append(",\"nextLink\":");
        json::appendString(out, base + percentToken(encodeSkipToken(i, false)));
    }
    out.append('}');
    HttpReply reply = m_ctx.jsonReply(out, true);
    if (bucketRemaining >= 0)
        reply.setHeader("x-ms-ratelimit-remaining-subscription-reads"_ba,
                        QByteArray::number(bucketRemaining));
    return reply;
}
} // namespace atc::emulator
