#include "AdminApi.h"

#include "AzureEmulator.h"
#include "EmulatorContext.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

HttpReply AdminApi::handle(const HttpRequest &request)
{
    auto answer = [](int status, const QJsonObject &o) {
        HttpReply reply;
        reply.status = status;
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        reply.headers = {{"Content-Type"_ba, "application/json; charset=utf-8"_ba}};
        return reply;
    };
    auto fail = [&answer](int status, const QString &message) {
        return answer(status, QJsonObject{{"ok"_L1, false}, {"error"_L1, message}});
    };
    if (!request.loopback)
        return fail(403, u"admin endpoints answer on loopback only"_s);
    const QString what = request.path.mid(int(qstrlen("/_emulator/")));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool post = request.method == "POST"_ba;

    if (what == u"faults"_s) {
        if (post) {
            FaultOptions &f = m_ctx.faults;
            auto intField = [&body](const char *key, int *target) {
                if (body.contains(QLatin1String(key)))
                    *target = body.value(QLatin1String(key)).toInt();
            };
            auto boolField = [&body](const char *key, bool *target) {
                if (body.contains(QLatin1String(key)))
                    *target = body.value(QLatin1String(key)).toBool();
            };
            if (body.value("reset"_L1).toBool())
                f = FaultOptions();
            intField("latencyMs", &f.latencyMs);
            if (body.contains("route"_L1))
                f.route = body.value("route"_L1).toString();
            if (body.contains("throttleFraction"_L1))
                f.throttleFraction = body.value("throttleFraction"_L1).toDouble();
            intField("throttleFirstN", &f.throttleFirstN);
            intField("retryAfterSeconds", &f.retryAfterSeconds);
            intField("serverErrorFirstN", &f.serverErrorFirstN);
            intField("serverErrorStatus", &f.serverErrorStatus);
            intField("truncateFirstN", &f.truncateFirstN);
            intField("closeMidBodyFirstN", &f.closeMidBodyFirstN);
            intField("tokenLifetimeSeconds", &f.tokenLifetimeSeconds);
            boolField("emptyPagesWithNextLink", &f.emptyPagesWithNextLink);
            boolField("managementGroupListUsesAtNextLink", &f.managementGroupListUsesAtNextLink);
            boolField("denyResourceGraph", &f.denyResourceGraph);
            if (body.contains("resourceGraphOmitsSubscription"_L1))
                f.resourceGraphOmitsSubscription =
                    body.value("resourceGraphOmitsSubscription"_L1).toString();
            intField("pageSize", &f.pageSize);
            intField("resourceGraphQuota", &f.resourceGraphQuota);
        }
        const FaultOptions &f = m_ctx.faults;
        return answer(
            200, QJsonObject{
                     {"ok"_L1, true},
                     {"latencyMs"_L1, f.latencyMs},
                     {"route"_L1, f.route},
                     {"throttleFraction"_L1, f.throttleFraction},
                     {"throttleFirstN"_L1, f.throttleFirstN},
                     {"retryAfterSeconds"_L1, f.retryAfterSeconds},
                     {"serverErrorFirstN"_L1, f.serverErrorFirstN},
                     {"serverErrorStatus"_L1, f.serverErrorStatus},
                     {"truncateFirstN"_L1, f.truncateFirstN},
                     {"closeMidBodyFirstN"_L1, f.closeMidBodyFirstN},
                     {"tokenLifetimeSeconds"_L1, f.tokenLifetimeSeconds},
                     {"emptyPagesWithNextLink"_L1, f.emptyPagesWithNextLink},
                     {"managementGroupListUsesAtNextLink"_L1, f.managementGroupListUsesAtNextLink},
                     {"denyResourceGraph"_L1, f.denyResourceGraph},
                     {"resourceGraphOmitsSubscription"_L1, f.resourceGraphOmitsSubscription},
                     {"pageSize"_L1, f.pageSize},
                     {"resourceGraphQuota"_L1, f.resourceGraphQuota}});
    }
    if (what == u"stats"_s) {
        if (post && body.value("reset"_L1).toBool())
            m_emulator.resetStats();
        return answer(200,
                      QJsonObject{{"ok"_L1, true},
                                  {"requests"_L1, m_ctx.stats.requests},
                                  {"tokenRequests"_L1, m_ctx.stats.tokenRequests},
                                  {"throttled"_L1, m_ctx.stats.throttled},
                                  {"serverErrors"_L1, m_ctx.stats.serverErrors},
                                  {"resourceGraphRequests"_L1, m_ctx.stats.resourceGraphRequests},
                                  {"faultedBodies"_L1, m_ctx.stats.faultedBodies},
                                  {"emptyPages"_L1, m_ctx.stats.emptyPages}});
    }
    if (!post)
        return fail(405, u"use POST"_s);
    if (what == u"subscriptions"_s) {
        const QString action = body.value("action"_L1).toString();
        const QString id = body.value("subscriptionId"_L1).toString();
        bool ok = false;
        if (action == u"add"_s)
            ok = m_emulator.addSubscription(id, body.value("displayName"_L1).toString(id),
                                            body.value("parent"_L1).toString(),
                                            body.value("state"_L1).toString(u"Enabled"_s));
        else if (action == u"delete"_s)
            ok = m_emulator.deleteSubscription(id);
        else if (action == u"state"_s)
            ok = m_emulator.setSubscriptionState(id, body.value("state"_L1).toString());
        else if (action == u"move"_s)
            ok = m_emulator.moveSubscription(id, body.value("parent"_L1).toString());
        else
            return fail(400, u"action must be add, delete, state or move"_s);
        return ok ? answer(200, QJsonObject{{"ok"_L1, true}})
                  : fail(400, u"subscription change rejected"_s);
    }
    if (what == u"resources"_s) {
        const QString action = body.value("action"_L1).toString();
        bool ok = false;
        if (action == u"add"_s)
            ok = m_emulator.addResource(
                body.value("subscriptionId"_L1).toString(),
                body.value("resourceGroup"_L1).toString(), body.value("type"_L1).toString(),
                body.value("name"_L1).toString(), body.value("location"_L1).toString());
        else if (action == u"remove"_s)
            ok = m_emulator.removeResource(body.value("id"_L1).toString());
        else
            return fail(400, u"action must be add or remove"_s);
        return ok ? answer(200, QJsonObject{{"ok"_L1, true}})
                  : fail(400, u"resource change rejected"_s);
    }
    if (what == u"tenant"_s) {
        QString error;
        if (!m_emulator.loadTenantJson(request.body, &error))
            return fail(400, error);
        return answer(200, QJsonObject{{"ok"_L1, true}});
    }
    if (what == u"tokens/expire"_s) {
        m_emulator.expireAllTokens();
        return answer(200, QJsonObject{{"ok"_L1, true}});
    }
    return fail(404, u"unknown admin endpoint"_s);
}
} // namespace atc::emulator
