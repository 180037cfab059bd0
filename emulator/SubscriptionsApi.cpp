#include "SubscriptionsApi.h"

#include "EmulatorContext.h"
#include "JsonOut.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

void SubscriptionsApi::writeSubscription(QByteArray &out, const SubscriptionEntry &s)
{
    out.append("{\"id\":");
    json::appendString(out, u"/subscriptions/"_s + s.subscriptionId);
    out.append(
        ",\"authorizationSource\":\"RoleBased\",\"managedByTenants\":[],\"subscriptionId\":");
    json::appendString(out, s.subscriptionId);
    out.append(",\"tenantId\":");
    json::appendString(out, m_ctx.model.tenantId);
    out.append(",\"displayName\":");
    json::appendString(out, s.displayName);
    out.append(",\"state\":");
    json::appendString(out, s.state);
    out.append(",\"subscriptionPolicies\":{\"locationPlacementId\":\"Public_2014-09-01\","
               "\"quotaId\":\"PayAsYouGo_2014-09-01\",\"spendingLimit\":\"Off\"}");
    if (!s.tags.isEmpty()) {
        out.append(",\"tags\":");
        out.append(s.tags);
    }
    out.append('}');
}

HttpReply SubscriptionsApi::listSubscriptions(const HttpRequest &request, const Caller &caller)
{
    const AppAccess &a = m_ctx.accessFor(caller.app);
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!m_ctx.pageWindow(request, &offset, &emptyServed, &error))
        return error;
    QList<int> visible;
    for (int s = 0; s < int(m_ctx.model.subscriptions.size()); ++s) {
        if (a.subscription[std::size_t(s)] & FullRead)
            visible.append(s);
    }
    const QByteArray base = m_ctx.baseUrlFor(request) + "/subscriptions?api-version=" +
                            formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    QByteArray out = "{\"value\":["_ba;
    if (m_ctx.faults.emptyPagesWithNextLink && !emptyServed) {
        ++m_ctx.stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out,
                           base + "&%24skiptoken=" + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return m_ctx.jsonReply(out, false);
    }
    const qint64 size = m_ctx.pageSize(request);
    qint64 end = offset;
    for (qint64 i = offset; i < visible.size() && i < offset + size; ++i) {
        if (i > offset)
            out.append(',');
        writeSubscription(out, m_ctx.model.subscriptions.at(std::size_t(visible.at(i))));
        end = i + 1;
    }
    out.append(']');
    if (end < visible.size()) {
        out.append(",\"nextLink\":");
        json::appendString(out,
                           base + "&%24skiptoken=" + percentToken(encodeSkipToken(end, false)));
    }
    out.append(",\"count\":{\"type\":\"Total\",\"value\":")
        .append(QByteArray::number(visible.size()))
        .append("}}");
    return m_ctx.jsonReply(out, false);
}

HttpReply SubscriptionsApi::getSubscription(const Caller &caller, const QString &subscriptionId)
{
    const int s = m_ctx.model.subscriptionIndex(subscriptionId);
    if (s < 0)
        return m_ctx.armError(404, u"SubscriptionNotFound"_s,
                              u"The subscription '%1' could not be found."_s.arg(subscriptionId));
    const AppAccess &a = m_ctx.accessFor(caller.app);
    if (!(a.subscription[std::size_t(s)] & FullRead))
        return m_ctx.authorizationFailed(caller, u"Microsoft.Resources/subscriptions/read"_s,
                                         u"/subscriptions/"_s + subscriptionId);
    QByteArray out;
    writeSubscription(out, m_ctx.model.subscriptions.at(std::size_t(s)));
    return m_ctx.jsonReply(out, true);
}

HttpReply SubscriptionsApi::listTenants(const HttpRequest &request)
{
    Q_UNUSED(request)
    QJsonObject tenant{{"id"_L1, QString(u"/tenants/"_s + m_ctx.model.tenantId)},
                       {"tenantId"_L1, m_ctx.model.tenantId},
                       {"countryCode"_L1, u"US"_s},
                       {"displayName"_L1, m_ctx.model.displayName},
                       {"domains"_L1, QJsonArray::fromStringList(m_ctx.model.domains)},
                       {"tenantCategory"_L1, u"Home"_s},
                       {"defaultDomain"_L1, m_ctx.model.domains.value(0)},
                       {"tenantType"_L1, u"AAD"_s}};
    return m_ctx.jsonReply(
        QJsonDocument(QJsonObject{{"value"_L1, QJsonArray{tenant}}}).toJson(QJsonDocument::Compact),
        false);
}
} // namespace atc::emulator
