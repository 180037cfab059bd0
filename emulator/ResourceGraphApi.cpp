#include "ResourceGraphApi.h"

#include "ArgQuery.h"
#include "EmulatorContext.h"
#include "ResourceGraphQuery.h"
#include "ResourceGraphWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

constexpr int ArgDefaultTop = 100;
constexpr int ArgMaxTop = 1000;

} // namespace

HttpReply ResourceGraphApi::badRequest(const QString &code, const QString &message)
{
    QJsonObject error{
        {"code"_L1, u"BadRequest"_s},
        {"message"_L1,
         u"Please provide below info when asking for support: timestamp = %1, "
         "correlationId = %2."_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                     QString::fromLatin1(newGuid()))},
        {"details"_L1, QJsonArray{QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}}};
    HttpReply reply = m_ctx.jsonReply(
        QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson(QJsonDocument::Compact), false);
    reply.status = 400;
    return reply;
}

HttpReply ResourceGraphApi::query(const HttpRequest &request, const Caller &caller)
{
    ++m_ctx.stats.resourceGraphRequests;
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    const QString queryText = body.value("query"_L1).toString();
    if (queryText.trimmed().isEmpty())
        return badRequest(u"InvalidQuery"_s, u"The query is missing or empty."_s);

    if (m_ctx.faults.denyResourceGraph) {
        const QJsonArray subs = body.value("subscriptions"_L1).toArray();
        const QString scope =
            subs.isEmpty() ? u"/"_s : u"/subscriptions/"_s + subs.first().toString();
        return m_ctx.authorizationFailed(caller, u"Microsoft.ResourceGraph/resources/read"_s,
                                         scope);
    }

    // The app's quota window (QuotaModel); with the quota on, every answer carries its headers,
    // as Azure's do. Off, the emulator is a compatible server that announces no quota (no
    // headers), which the client must not pace by an assumed one.
    const bool quotaOn = m_ctx.faults.resourceGraphQuota > 0;
    const int quota = quotaOn ? m_ctx.faults.resourceGraphQuota : 15;
    const int windowMs = std::max(1, m_ctx.faults.resourceGraphWindowMs);
    QuotaModel::GraphDecision decision{true, quota - 1, windowMs};
    if (quotaOn)
        decision =
            m_ctx.quotas.takeGraphQuery(caller.clientId, quota, windowMs, QuotaModel::clockMs());
    const QByteArray resetsAfter = QuotaModel::resetsAfterText(decision.resetsInMs);
    if (!decision.allowed) {
        QJsonObject error{
            {"code"_L1, u"RateLimiting"_s},
            {"message"_L1, u"Please provide below info when asking for support: timestamp = %1, "
                           "correlationId = %2."_s.arg(
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                               QString::fromLatin1(newGuid()))},
            {"details"_L1,
             QJsonArray{QJsonObject{
                 {"code"_L1, u"RateLimiting"_s},
                 {"message"_L1,
                  u"Client application has been throttled and should not attempt to repeat "
                  "the request until an amount of time has elapsed. Please see "
                  "https://aka.ms/resourcegraph-throttling for help."_s}}}}};
        HttpReply reply = m_ctx.jsonReply(
            QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson(QJsonDocument::Compact), false);
        reply.status = 429;
        // Azure documents no Retry-After here, only the quota headers; a fault adds it.
        if (m_ctx.faults.resourceGraphRetryAfter)
            reply.setHeader("Retry-After"_ba,
                            QByteArray::number((decision.resetsInMs + 999) / 1000));
        reply.setHeader("x-ms-user-quota-remaining"_ba, "0"_ba);
        reply.setHeader("x-ms-user-quota-resets-after"_ba, resetsAfter);
        ++m_ctx.stats.throttled;
        ++m_ctx.stats.resourceGraphThrottled;
        return reply;
    }
    const int remaining = decision.remaining;

    const ArgQuery query = ArgQuery::parse(queryText);
    if (query.table == ArgQuery::Table::Unknown)
        return badRequest(u"InvalidQuery"_s,
                          u"Query is invalid. Please refer to the documentation for the Azure "
                          "Resource Graph service and fix the error before retrying. Unknown "
                          "table '%1'."_s.arg(query.tableName));

    // The query's steps: scope, then (after the paging options) select, page and write.
    ResourceGraphQuery steps(m_ctx, query, caller.app);
    steps.scope(body.value("subscriptions"_L1).toArray(),
                body.value("managementGroups"_L1).toArray());

    // Paging options.
    const QJsonObject options = body.value("options"_L1).toObject();
    int top = options.value("$top"_L1).toInt(ArgDefaultTop);
    if (top <= 0 || top > ArgMaxTop)
        top = top <= 0 ? ArgDefaultTop : ArgMaxTop;
    qint64 offset = qMax<qint64>(0, options.value("$skip"_L1).toInteger());
    bool emptyServed = false;
    const QString skipToken = options.value("$skipToken"_L1).toString();
    if (!skipToken.isEmpty() && !decodeSkipToken(skipToken, &offset, &emptyServed))
        return badRequest(u"InvalidSkipToken"_s, u"The skip token is not valid."_s);
    const bool table =
        options.value("resultFormat"_L1).toString().compare(u"table"_s, Qt::CaseInsensitive) == 0;

    steps.select();
    steps.page(offset, top);
    HttpReply reply =
        m_ctx.jsonReply(ResourceGraphWriter(m_ctx, steps).write(offset, table, emptyServed), false);
    if (quotaOn) {
        reply.setHeader("x-ms-user-quota-remaining"_ba, QByteArray::number(qMax(0, remaining)));
        reply.setHeader("x-ms-user-quota-resets-after"_ba, resetsAfter);
    }
    return reply;
}

} // namespace atc::emulator
