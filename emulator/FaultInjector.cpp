#include "FaultInjector.h"

#include "EmulatorContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

bool FaultInjector::faultFor(const HttpRequest &request, HttpReply *reply, Delivery *delivery)
{
    // Changing a "first N" setting (or the route) restarts its count.
    if (m_ctx.faults.route != m_lastFaults.route) {
        m_throttledSoFar = m_serverErrorsSoFar = m_truncatedSoFar = m_closedSoFar = 0;
    } else {
        if (m_ctx.faults.throttleFirstN != m_lastFaults.throttleFirstN)
            m_throttledSoFar = 0;
        if (m_ctx.faults.serverErrorFirstN != m_lastFaults.serverErrorFirstN)
            m_serverErrorsSoFar = 0;
        if (m_ctx.faults.truncateFirstN != m_lastFaults.truncateFirstN)
            m_truncatedSoFar = 0;
        if (m_ctx.faults.closeMidBodyFirstN != m_lastFaults.closeMidBodyFirstN)
            m_closedSoFar = 0;
    }
    m_lastFaults = m_ctx.faults;

    if (!m_ctx.faults.route.isEmpty() &&
        !request.path.contains(m_ctx.faults.route, Qt::CaseInsensitive))
        return false;

    const bool isToken = request.path.endsWith(u"/oauth2/v2.0/token"_s, Qt::CaseInsensitive);
    const bool isArg = request.path.contains(u"Microsoft.ResourceGraph"_s, Qt::CaseInsensitive);

    bool throttle = false;
    if (m_throttledSoFar < m_ctx.faults.throttleFirstN) {
        ++m_throttledSoFar;
        throttle = true;
    } else if (m_ctx.faults.throttleFraction > 0.0 &&
               m_random.generateDouble() < m_ctx.faults.throttleFraction) {
        throttle = true;
    }
    if (throttle) {
        ++m_ctx.stats.throttled;
        const QByteArray retryAfter = QByteArray::number(qMax(0, m_ctx.faults.retryAfterSeconds));
        if (isToken) {
            *reply = m_ctx.aadError(429, "temporarily_unavailable", 50196,
                                    u"The server is temporarily unable to service your request. "
                                    "Please try again later."_s);
        } else if (isArg) {
            const QString support =
                u"Please provide below info when asking for support: timestamp = %1, "
                "correlationId = %2."_s.arg(
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                    QString::fromLatin1(newGuid()));
            QJsonObject error{
                {"code"_L1, u"RateLimiting"_s},
                {"message"_L1, support},
                {"details"_L1,
                 QJsonArray{QJsonObject{
                     {"code"_L1, u"RateLimiting"_s},
                     {"message"_L1,
                      u"Client application has been throttled and should not attempt to repeat "
                      "the request until an amount of time has elapsed. Please see "
                      "https://aka.ms/resourcegraph-throttling for help."_s}}}}};
            *reply = m_ctx.jsonReply(
                QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson(QJsonDocument::Compact),
                false);
            reply->setHeader("x-ms-user-quota-remaining"_ba, "0"_ba);
            reply->setHeader("x-ms-user-quota-resets-after"_ba,
                             QTime(0, 0)
                                 .addSecs(qMax(0, m_ctx.faults.retryAfterSeconds))
                                 .toString(u"HH:mm:ss"_s)
                                 .toLatin1());
        } else {
            const bool subscriptionScoped =
                request.path.startsWith(u"/subscriptions/"_s, Qt::CaseInsensitive);
            const QString target =
                subscriptionScoped ? request.path.section(u'/', 2, 2) : m_ctx.model.tenantId;
            *reply = m_ctx.armError(
                429,
                subscriptionScoped ? u"SubscriptionRequestsThrottled"_s
                                   : u"TenantRequestsThrottled"_s,
                u"Number of 'read' requests for %1 '%2' actor '%3' exceeded. Please try again "
                "after '%4' seconds after additional tokens are available. Refer to "
                "https://aka.ms/arm-throttling for additional information."_s.arg(
                    subscriptionScoped ? u"subscription"_s : u"tenant"_s, target,
                    QString::fromLatin1(newGuid()), QString::fromLatin1(retryAfter)));
        }
        reply->status = 429;
        reply->setHeader("Retry-After"_ba, retryAfter);
        return true;
    }

    if (m_serverErrorsSoFar < m_ctx.faults.serverErrorFirstN) {
        ++m_serverErrorsSoFar;
        ++m_ctx.stats.serverErrors;
        const int status = m_ctx.faults.serverErrorStatus;
        if (isToken) {
            *reply = m_ctx.aadError(status, "temporarily_unavailable", 90033,
                                    u"A transient error has occurred. Please try again."_s);
        } else if (status == 500) {
            const QByteArray id = newGuid();
            *reply = m_ctx.armError(
                500, u"InternalServerError"_s,
                u"Encountered internal server error. Diagnostic information: timestamp '%1', "
                "tracking id '%2', request correlation id '%2'."_s.arg(
                    QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s),
                    QString::fromLatin1(id)));
        } else {
            *reply =
                m_ctx.armError(status, u"ServiceUnavailable"_s,
                               u"The server is currently unable to handle the request due to a "
                               "temporary overloading or maintenance of the server."_s);
        }
        reply->status = status;
        return true;
    }

    // Body faults apply to whatever the request produces; the handler still runs.
    if (m_truncatedSoFar < m_ctx.faults.truncateFirstN) {
        ++m_truncatedSoFar;
        ++m_ctx.stats.faultedBodies;
        *delivery = Delivery::Truncated;
    } else if (m_closedSoFar < m_ctx.faults.closeMidBodyFirstN) {
        ++m_closedSoFar;
        ++m_ctx.stats.faultedBodies;
        *delivery = Delivery::CloseMidBody;
    }
    return false;
}
} // namespace atc::emulator
