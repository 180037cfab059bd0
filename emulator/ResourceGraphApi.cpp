#include "ResourceGraphApi.h"

#include "ArgQuery.h"
#include "EmulatorContext.h"
#include "ResourceGraphQuery.h"
#include "ResourceGraphWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

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

    // Quota window (15 queries per 5 s by default when enabled).
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &window = m_window[caller.clientId];
    while (!window.isEmpty() && window.first() <= nowMs - 5000)
        window.removeFirst();
    const int quota = m_ctx.faults.resourceGraphQuota > 0 ? m_ctx.faults.resourceGraphQuota : 15;
    if (m_ctx.faults.resourceGraphQuota > 0 && window.size() >= quota) {
        const qint64 resetMs = window.first() + 5000 - nowMs;
        const int resetSecs = int((resetMs + 999) / 1000);
        HttpReply reply =
            m_ctx.armError(429, u"RateLimiting"_s,
                           u"Please provide below info when asking for support: "
                           "timestamp = %1, correlationId = %2."_s.arg(
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                               QString::fromLatin1(newGuid())));
        reply.setHeader("Retry-After"_ba, QByteArray::number(resetSecs));
        reply.setHeader("x-ms-user-quota-remaining"_ba, "0"_ba);
        reply.setHeader("x-ms-user-quota-resets-after"_ba,
                        QTime(0, 0).addSecs(resetSecs).toString(u"HH:mm:ss"_s).toLatin1());
        ++m_ctx.stats.throttled;
        return reply;
    }
    window.append(nowMs);
    const int remaining =
        m_ctx.faults.resourceGraphQuota > 0 ? quota - int(window.size()) : quota - 1;

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
    reply.setHeader("x-ms-user-quota-remaining"_ba, QByteArray::number(qMax(0, remaining)));
    reply.setHeader("x-ms-user-quota-resets-after"_ba, "00:00:05"_ba);
    return reply;
}

} // namespace atc::emulator
