#include "AzureEmulator.h"

#include "ArgQuery.h"
#include "EmulatorHttp.h"
#include "JsonOut.h"
#include "TenantModel.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcEmulator, "atc.emulator")

namespace atc::emulator {

namespace {

constexpr int DefaultPageSize = 1000;
constexpr int ArgDefaultTop = 100;
constexpr int ArgMaxTop = 1000;
const QString MgPrefix = u"/providers/Microsoft.Management/managementGroups/"_s;

QByteArray newGuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** ARM skip tokens: base64 of a small JSON marker, percent-encoded as real ARM does (%3d). */
QByteArray encodeSkipToken(qint64 offset, bool emptyServed)
{
    QByteArray marker = "{\"nextMarker\":\""_ba + QByteArray::number(offset) + "\"";
    if (emptyServed)
        marker += ",\"e\":1";
    marker += '}';
    return marker.toBase64();
}

bool decodeSkipToken(const QString &token, qint64 *offset, bool *emptyServed)
{
    // Lenient about '+' having become a space through form decoding.
    QByteArray raw = token.toLatin1();
    raw.replace(' ', '+');
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromBase64(raw)).object();
    bool ok = false;
    const qint64 value = o.value("nextMarker"_L1).toString().toLongLong(&ok);
    if (!ok || value < 0)
        return false;
    *offset = value;
    *emptyServed = o.value("e"_L1).toInt() == 1;
    return true;
}

QByteArray percentToken(const QByteArray &base64)
{
    QByteArray out = base64;
    out.replace("+", "%2b").replace("/", "%2f").replace("=", "%3d");
    return out;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
}

QString armTime(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"M/d/yyyy h:mm:ss AP"_s);
}

bool isGuidText(const QString &text)
{
    static const QRegularExpression guid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return guid.match(text).hasMatch();
}

bool isDnsName(const QString &text)
{
    static const QRegularExpression dns(
        u"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"_s);
    return dns.match(text).hasMatch();
}

/** Access flags of one app, per group and per subscription. */
enum AccessFlag : quint8
{
    GroupRead = 1, ///< the management group itself is readable
    FullRead = 2,  ///< subscriptions and resources below are readable
    Write = 4,
};

struct AppAccess
{
    quint64 generation = 0;
    std::vector<quint8> group;
    std::vector<quint8> subscription;
};

struct TokenInfo
{
    QString clientId;
    qint64 expiresAtMs = 0;
    QDateTime expiresAt;
};

struct Caller
{
    int app = -1;
    QString clientId;
    QString objectId;
};

/** The HTTP front end: hands every parsed request to the emulator and answers later. */
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpFrontend(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent), m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

} // namespace

class AzureEmulator::Private
{
public:
    explicit Private(AzureEmulator *owner) : q(owner) {}

    AzureEmulator *q;
    TenantModel model;
    FaultOptions faults;
    FaultOptions lastFaults; // to notice changed "first N" settings and restart their counters
    EmulatorStats stats;
    HttpFrontend *server = nullptr;
    bool tls = false;
    QString tlsHost = u"localhost"_s;
    quint16 port = 0;
    QHash<QByteArray, TokenInfo> tokens;
    QHash<QString, AppAccess> access;
    int throttledSoFar = 0;
    int serverErrorsSoFar = 0;
    int truncatedSoFar = 0;
    int closedSoFar = 0;
    QRandomGenerator faultRandom{0x5eed};
    QHash<QString, QList<qint64>> argWindow; // per app: times of recent ARG queries
    qint64 readsRemaining = 12000;
    const bool m_trace = qEnvironmentVariableIsSet("ATC_EMULATOR_TRACE");

    void newServer();
    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void deliver(const QPointer<QTcpSocket> &socket, HttpReply reply, bool closeAfter);

    HttpReply dispatch(const HttpRequest &request);
    bool faultFor(const HttpRequest &request, HttpReply *reply, Delivery *delivery);

    // Entra ID
    HttpReply handleToken(const HttpRequest &request, const QString &tenant);
    bool checkTenant(const QString &tenant, const char *notFoundError, HttpReply *reply);
    HttpReply openIdConfiguration(const HttpRequest &request, const QString &tenant);
    HttpReply aadError(int status, const char *error, int code, const QString &description);

    // ARM
    HttpReply handleArm(const HttpRequest &request);
    HttpReply armError(int status, const QString &code, const QString &message);
    HttpReply authorizationFailed(const Caller &caller, const QString &action,
                                  const QString &scope);
    HttpReply jsonReply(QByteArray body, bool subscriptionScoped);
    const AppAccess &accessFor(int app);
    QByteArray baseUrlFor(const HttpRequest &request) const;
    int pageSize(const HttpRequest &request) const;
    bool pageWindow(const HttpRequest &request, qint64 *offset, bool *emptyServed,
                    HttpReply *error);

    HttpReply listManagementGroups(const HttpRequest &request, const Caller &caller);
    HttpReply getManagementGroup(const HttpRequest &request, const Caller &caller, int group);
    HttpReply managementGroupDescendants(const HttpRequest &request, const Caller &caller,
                                         int group, const QString &path);
    HttpReply managementGroupSubscriptions(const HttpRequest &request, const Caller &caller,
                                           int group, const QString &path);
    HttpReply listSubscriptions(const HttpRequest &request, const Caller &caller);
    HttpReply getSubscription(const Caller &caller, const QString &subscriptionId);
    HttpReply listResources(const HttpRequest &request, const Caller &caller,
                            const QString &subscriptionId, const QString &path);
    HttpReply listTenants(const HttpRequest &request);
    HttpReply permissions(const Caller &caller, const QString &scope);
    HttpReply resourceGraph(const HttpRequest &request, const Caller &caller);

    void writeGroupChildren(QByteArray &out, int group, bool recurse, bool includeSubscriptions);
    void writeSubscription(QByteArray &out, const SubscriptionEntry &s);
    QJsonArray ancestorsChain(const QList<int> &chain) const;

    // Admin
    HttpReply handleAdmin(const HttpRequest &request);
};

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

void AzureEmulator::Private::newServer()
{
    // A fresh front end per listen(), so that HTTP and HTTPS never share settings.
    delete server;
    server = new HttpFrontend([this](const QHttpServerRequest &request,
                                     QTcpSocket *socket) { onRequest(request, socket); },
                              q);
}

void AzureEmulator::Private::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET"_ba;
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST"_ba;
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT"_ba;
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE"_ba;
        break;
    case QHttpServerRequest::Method::Patch:
        r.method = "PATCH"_ba;
        break;
    case QHttpServerRequest::Method::Head:
        r.method = "HEAD"_ba;
        break;
    default:
        r.method = "OTHER"_ba;
        break;
    }
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = parseFormEncoded(url.query(QUrl::FullyEncoded).toLatin1());
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.loopback = request.remoteAddress().isLoopback();
    const bool closeAfter = r.header("connection"_ba).toLower() == "close"_ba;

    const bool admin = r.path.startsWith(u"/_emulator/"_s);
    HttpReply reply;
    Delivery delivery = Delivery::Normal;
    if (admin) {
        reply = handleAdmin(r);
    } else {
        ++stats.requests;
        if (!faultFor(r, &reply, &delivery)) {
            QElapsedTimer timer;
            timer.start();
            reply = dispatch(r);
            if (m_trace)
                qCInfo(lcEmulator) << r.method << r.path << reply.status << reply.body.size()
                                   << "bytes" << timer.nsecsElapsed() / 1000 << "us";
        }
        reply.delivery = delivery;
    }

    const QPointer<QTcpSocket> target(socket);
    const int latency = admin ? 0 : faults.latencyMs;
    if (latency > 0) {
        QTimer::singleShot(latency, q, [this, target, reply = std::move(reply), closeAfter]() {
            deliver(target, reply, closeAfter);
        });
    } else {
        deliver(target, std::move(reply), closeAfter);
    }
}

void AzureEmulator::Private::deliver(const QPointer<QTcpSocket> &socket, HttpReply reply,
                                     bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // One write per response, and no Nagle delay: a header segment followed by a body segment
    // would otherwise wait for the client's delayed ACK (the write-write-read stall).
    if (socket->socketOption(QAbstractSocket::LowDelayOption).toInt() != 1)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const qint64 full = reply.body.size();
    switch (reply.delivery) {
    case Delivery::Normal: {
        QByteArray bytes = serializeReply(reply, full);
        bytes.append(reply.body);
        socket->write(bytes);
        break;
    }
    case Delivery::Truncated: {
        const qint64 half = full / 2;
        QByteArray bytes = serializeReply(reply, half);
        bytes.append(reply.body.constData(), half);
        socket->write(bytes);
        break;
    }
    case Delivery::CloseMidBody: {
        QByteArray bytes = serializeReply(reply, full);
        bytes.append(reply.body.constData(), full / 2);
        socket->write(bytes);
        socket->disconnectFromHost();
        return;
    }
    }
    if (closeAfter)
        socket->disconnectFromHost();
}

HttpReply AzureEmulator::Private::jsonReply(QByteArray body, bool subscriptionScoped)
{
    HttpReply reply;
    reply.body = std::move(body);
    const QByteArray id = newGuid();
    reply.headers = {
        {"Cache-Control"_ba, "no-cache"_ba},
        {"Pragma"_ba, "no-cache"_ba},
        {"Content-Type"_ba, "application/json; charset=utf-8"_ba},
        {"Expires"_ba, "-1"_ba},
        {"x-ms-request-id"_ba, id},
        {"x-ms-correlation-request-id"_ba, id},
        {"x-ms-routing-request-id"_ba,
         "LOCALHOST:"_ba +
             QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1() + ':' +
             id},
        {"Strict-Transport-Security"_ba, "max-age=31536000; includeSubDomains"_ba},
        {"X-Content-Type-Options"_ba, "nosniff"_ba},
    };
    if (readsRemaining <= 1)
        readsRemaining = 12000;
    --readsRemaining;
    reply.headers.append({subscriptionScoped ? "x-ms-ratelimit-remaining-subscription-reads"_ba
                                             : "x-ms-ratelimit-remaining-tenant-reads"_ba,
                          QByteArray::number(readsRemaining)});
    return reply;
}

HttpReply AzureEmulator::Private::armError(int status, const QString &code, const QString &message)
{
    QByteArray body = "{\"error\":{\"code\":"_ba;
    json::appendString(body, code);
    body.append(",\"message\":");
    json::appendString(body, message);
    body.append("}}");
    HttpReply reply = jsonReply(body, false);
    reply.status = status;
    reply.setHeader("x-ms-failure-cause"_ba, "gateway"_ba);
    return reply;
}

HttpReply AzureEmulator::Private::authorizationFailed(const Caller &caller, const QString &action,
                                                      const QString &scope)
{
    return armError(403, u"AuthorizationFailed"_s,
                    u"The client '%1' with object id '%2' does not have authorization to perform "
                    "action '%3' over scope '%4' or the scope is invalid. If access was recently "
                    "granted, please refresh your credentials."_s.arg(
                        caller.clientId, caller.objectId, action, scope));
}

HttpReply AzureEmulator::Private::aadError(int status, const char *error, int code,
                                           const QString &description)
{
    const QByteArray trace = newGuid();
    const QByteArray correlation = newGuid();
    const QString timestamp = isoNow();
    const QString full =
        u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
            QString::number(code), description, QString::fromLatin1(trace),
            QString::fromLatin1(correlation), timestamp);
    QJsonObject o{{"error"_L1, QLatin1String(error)},
                  {"error_description"_L1, full},
                  {"error_codes"_L1, QJsonArray{code}},
                  {"timestamp"_L1, timestamp},
                  {"trace_id"_L1, QString::fromLatin1(trace)},
                  {"correlation_id"_L1, QString::fromLatin1(correlation)},
                  {"error_uri"_L1, u"https://login.microsoftonline.com/error?code=%1"_s.arg(code)}};
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    reply.headers = {{"Cache-Control"_ba, "no-store, no-cache"_ba},
                     {"Pragma"_ba, "no-cache"_ba},
                     {"Content-Type"_ba, "application/json; charset=utf-8"_ba},
                     {"x-ms-request-id"_ba, trace},
                     {"x-ms-ests-server"_ba, "2.1.0 - emulator"_ba}};
    return reply;
}

// ---------------------------------------------------------------------------------------------
// Faults

bool AzureEmulator::Private::faultFor(const HttpRequest &request, HttpReply *reply,
                                      Delivery *delivery)
{
    // Changing a "first N" setting (or the route) restarts its count.
    if (faults.route != lastFaults.route) {
        throttledSoFar = serverErrorsSoFar = truncatedSoFar = closedSoFar = 0;
    } else {
        if (faults.throttleFirstN != lastFaults.throttleFirstN)
            throttledSoFar = 0;
        if (faults.serverErrorFirstN != lastFaults.serverErrorFirstN)
            serverErrorsSoFar = 0;
        if (faults.truncateFirstN != lastFaults.truncateFirstN)
            truncatedSoFar = 0;
        if (faults.closeMidBodyFirstN != lastFaults.closeMidBodyFirstN)
            closedSoFar = 0;
    }
    lastFaults = faults;

    if (!faults.route.isEmpty() && !request.path.contains(faults.route, Qt::CaseInsensitive))
        return false;

    const bool isToken = request.path.endsWith(u"/oauth2/v2.0/token"_s, Qt::CaseInsensitive);
    const bool isArg = request.path.contains(u"Microsoft.ResourceGraph"_s, Qt::CaseInsensitive);

    bool throttle = false;
    if (throttledSoFar < faults.throttleFirstN) {
        ++throttledSoFar;
        throttle = true;
    } else if (faults.throttleFraction > 0.0 &&
               faultRandom.generateDouble() < faults.throttleFraction) {
        throttle = true;
    }
    if (throttle) {
        ++stats.throttled;
        const QByteArray retryAfter = QByteArray::number(qMax(0, faults.retryAfterSeconds));
        if (isToken) {
            *reply = aadError(429, "temporarily_unavailable", 50196,
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
            *reply = jsonReply(
                QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson(QJsonDocument::Compact),
                false);
            reply->setHeader("x-ms-user-quota-remaining"_ba, "0"_ba);
            reply->setHeader("x-ms-user-quota-resets-after"_ba,
                             QTime(0, 0)
                                 .addSecs(qMax(0, faults.retryAfterSeconds))
                                 .toString(u"HH:mm:ss"_s)
                                 .toLatin1());
        } else {
            const bool subscriptionScoped =
                request.path.startsWith(u"/subscriptions/"_s, Qt::CaseInsensitive);
            const QString target =
                subscriptionScoped ? request.path.section(u'/', 2, 2) : model.tenantId;
            *reply = armError(
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

    if (serverErrorsSoFar < faults.serverErrorFirstN) {
        ++serverErrorsSoFar;
        ++stats.serverErrors;
        const int status = faults.serverErrorStatus;
        if (isToken) {
            *reply = aadError(status, "temporarily_unavailable", 90033,
                              u"A transient error has occurred. Please try again."_s);
        } else if (status == 500) {
            const QByteArray id = newGuid();
            *reply = armError(
                500, u"InternalServerError"_s,
                u"Encountered internal server error. Diagnostic information: timestamp '%1', "
                "tracking id '%2', request correlation id '%2'."_s.arg(
                    QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s),
                    QString::fromLatin1(id)));
        } else {
            *reply = armError(status, u"ServiceUnavailable"_s,
                              u"The server is currently unable to handle the request due to a "
                              "temporary overloading or maintenance of the server."_s);
        }
        reply->status = status;
        return true;
    }

    // Body faults apply to whatever the request produces; the handler still runs.
    if (truncatedSoFar < faults.truncateFirstN) {
        ++truncatedSoFar;
        ++stats.faultedBodies;
        *delivery = Delivery::Truncated;
    } else if (closedSoFar < faults.closeMidBodyFirstN) {
        ++closedSoFar;
        ++stats.faultedBodies;
        *delivery = Delivery::CloseMidBody;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Dispatch

HttpReply AzureEmulator::Private::dispatch(const HttpRequest &request)
{
    static const QRegularExpression tokenPath(u"^/([^/]+)/oauth2/v2\\.0/token/?$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (const auto m = tokenPath.match(request.path); m.hasMatch()) {
        ++stats.tokenRequests;
        if (request.method != "POST"_ba)
            return aadError(
                405, "invalid_request", 900561,
                u"The endpoint only accepts POST requests. Received a %1 request."_s.arg(
                    QString::fromLatin1(request.method)));
        return handleToken(request, m.captured(1));
    }
    static const QRegularExpression discoveryPath(
        u"^/([^/]+)/v2\\.0/\\.well-known/openid-configuration$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = discoveryPath.match(request.path); m.hasMatch())
        return openIdConfiguration(request, m.captured(1));
    return handleArm(request);
}

bool AzureEmulator::Private::checkTenant(const QString &tenant, const char *notFoundError,
                                         HttpReply *reply)
{
    if (isGuidText(tenant)) {
        if (QUuid::fromString(tenant).isNull()) {
            *reply = aadError(400, notFoundError, 90002,
                              u"Requested tenant identifier '%1' is not valid. Tenant identifiers "
                              "may not be an empty GUID."_s.arg(tenant));
            return false;
        }
    } else if (!isDnsName(tenant)) {
        *reply = aadError(400, "invalid_request", 900023,
                          u"Specified tenant identifier '%1' is neither a valid DNS name, nor a "
                          "valid external domain."_s.arg(tenant));
        return false;
    }
    if (!model.matchesTenant(tenant)) {
        *reply = aadError(400, notFoundError, 90002,
                          u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                          "ID and are signing into the correct cloud. Check with your "
                          "subscription administrator, this may happen if there are no active "
                          "subscriptions for the tenant."_s.arg(tenant));
        return false;
    }
    return true;
}

HttpReply AzureEmulator::Private::openIdConfiguration(const HttpRequest &request,
                                                      const QString &tenant)
{
    HttpReply error;
    if (!checkTenant(tenant, "invalid_tenant", &error))
        return error;
    const QString base = QString::fromLatin1(baseUrlFor(request));
    const QString authority = base + u"/"_s + model.tenantId;
    const QJsonObject o{
        {"token_endpoint"_L1, QString(authority + u"/oauth2/v2.0/token"_s)},
        {"token_endpoint_auth_methods_supported"_L1,
         QJsonArray{u"client_secret_post"_s, u"private_key_jwt"_s, u"client_secret_basic"_s}},
        {"issuer"_L1, QString(base + u"/"_s + model.tenantId + u"/v2.0"_s)},
        {"authorization_endpoint"_L1, QString(authority + u"/oauth2/v2.0/authorize"_s)},
        {"jwks_uri"_L1, QString(base + u"/"_s + model.tenantId + u"/discovery/v2.0/keys"_s)},
        {"response_types_supported"_L1, QJsonArray{u"code"_s, u"id_token"_s}},
        {"tenant_region_scope"_L1, u"EU"_s},
        {"cloud_instance_name"_L1, u"microsoftonline.com"_s}};
    HttpReply reply;
    reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    reply.headers = {{"Content-Type"_ba, "application/json; charset=utf-8"_ba},
                     {"Cache-Control"_ba, "max-age=86400, private"_ba},
                     {"x-ms-request-id"_ba, newGuid()}};
    return reply;
}

// ---------------------------------------------------------------------------------------------
// Entra ID token endpoint

HttpReply AzureEmulator::Private::handleToken(const HttpRequest &request, const QString &tenant)
{
    HttpReply tenantError;
    if (!checkTenant(tenant, "invalid_request", &tenantError))
        return tenantError;

    const auto form = parseFormEncoded(request.body);
    auto field = [&form](const char *name, bool *present = nullptr) {
        for (const auto &item : form) {
            if (item.first == QLatin1String(name)) {
                if (present)
                    *present = true;
                return item.second;
            }
        }
        if (present)
            *present = false;
        return QString();
    };
    QString clientId = field("client_id");
    bool hasSecret = false;
    QString secret = field("client_secret", &hasSecret);
    // client_secret_basic (RFC 6749 §2.3.1) is accepted too.
    const QByteArray authorization = request.header("authorization"_ba);
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
            secret = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
            hasSecret = true;
        }
    }

    const QString grantType = field("grant_type");
    if (grantType.isEmpty())
        return aadError(400, "invalid_request", 900144,
                        u"The request body must contain the following parameter: 'grant_type'."_s);
    if (grantType != u"client_credentials"_s)
        return aadError(400, "unsupported_grant_type", 70003,
                        u"The app requested an unsupported grant type '%1'."_s.arg(grantType));
    if (clientId.isEmpty())
        return aadError(400, "invalid_request", 900144,
                        u"The request body must contain the following parameter: 'client_id'."_s);
    const int appIndex = model.appIndex(clientId);
    if (appIndex < 0)
        return aadError(400, "unauthorized_client", 700016,
                        u"Application with identifier '%1' was not found in the directory '%2'. "
                        "This can happen if the application has not been installed by the "
                        "administrator of the tenant or consented to by any user in the tenant. "
                        "You may have sent your authentication request to the wrong tenant."_s.arg(
                            clientId, tenant));
    const AppRegistration &app = model.apps.at(appIndex);
    const QString scope = field("scope");
    if (scope.isEmpty())
        return aadError(400, "invalid_request", 900144,
                        u"The request body must contain the following parameter: 'scope'."_s);
    if (!scope.endsWith(u"/.default"_s) || scope.contains(u' '))
        return aadError(400, "invalid_scope", 1002012,
                        u"The provided value for scope %1 is not valid. Client credential flows "
                        "must have a scope value with /.default suffixed to the resource "
                        "identifier (application ID URI)."_s.arg(scope));
    if (field("client_assertion").size() > 0)
        return aadError(401, "invalid_client", 700027,
                        u"Client assertion failed signature validation."_s);
    if (!hasSecret || secret.isEmpty())
        return aadError(400, "invalid_request", 7000218,
                        u"The request body must contain the following parameter: "
                        "'client_assertion' or 'client_secret'."_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool expiredMatch = false;
    bool validMatch = false;
    for (const AppSecret &s : app.secrets) {
        if (s.value != secret)
            continue;
        if (s.expires.isValid() && s.expires <= now)
            expiredMatch = true;
        else
            validMatch = true;
    }
    if (!validMatch && expiredMatch)
        return aadError(
            401, "invalid_client", 7000222,
            u"The provided client secret keys for app '%1' are expired. Visit the "
            "Azure portal to create new keys for your app: "
            "https://aka.ms/NewClientSecret, or consider using certificate "
            "credentials for added security: https://aka.ms/certCreds."_s.arg(app.clientId));
    if (!validMatch)
        return aadError(401, "invalid_client", 7000215,
                        u"Invalid client secret provided. Ensure the secret being sent in the "
                        "request is the client secret value, not the client secret ID, for a "
                        "secret added to app '%1'."_s.arg(app.clientId));

    // A JWT-shaped but opaque token: only this emulator can validate it (by lookup).
    const int lifetime = qMax(0, faults.tokenLifetimeSeconds);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QJsonObject claims{{"aud"_L1, scope.left(scope.size() - int(qstrlen("/.default")))},
                       {"iss"_L1, u"https://sts.windows.net/%1/"_s.arg(model.tenantId)},
                       {"iat"_L1, nowSecs},
                       {"nbf"_L1, nowSecs},
                       {"exp"_L1, nowSecs + lifetime},
                       {"appid"_L1, app.clientId},
                       {"oid"_L1, app.objectId},
                       {"tid"_L1, model.tenantId}};
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    const QByteArray token = base64Url(R"({"typ":"JWT","alg":"none"})"_ba) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(random);
    TokenInfo info;
    info.clientId = app.clientId;
    info.expiresAtMs = now.toMSecsSinceEpoch() + qint64(lifetime) * 1000;
    info.expiresAt = now.addSecs(lifetime);
    tokens.insert(token, info);

    QByteArray body = "{\"token_type\":\"Bearer\",\"expires_in\":"_ba +
                      QByteArray::number(lifetime) +
                      ",\"ext_expires_in\":" + QByteArray::number(lifetime) +
                      ",\"access_token\":\"" + token + "\"}";
    HttpReply reply;
    reply.body = body;
    reply.headers = {{"Cache-Control"_ba, "no-store, no-cache"_ba},
                     {"Pragma"_ba, "no-cache"_ba},
                     {"Content-Type"_ba, "application/json; charset=utf-8"_ba},
                     {"x-ms-request-id"_ba, newGuid()},
                     {"x-ms-ests-server"_ba, "2.1.0 - emulator"_ba}};
    return reply;
}

// ---------------------------------------------------------------------------------------------
// ARM

const AppAccess &AzureEmulator::Private::accessFor(int app)
{
    const AppRegistration &registration = model.apps.at(app);
    AppAccess &a = access[registration.clientId];
    if (a.generation == model.generation() && !a.group.empty())
        return a;
    a.generation = model.generation();
    a.group.assign(model.groups.size(), 0);
    a.subscription.assign(model.subscriptions.size(), 0);
    const QString mgPrefixLower = MgPrefix.toLower();
    for (const RoleAssignment &role : registration.roles) {
        quint8 flags = GroupRead;
        if (role.role != RoleKind::ManagementGroupReader)
            flags |= FullRead;
        if (role.role == RoleKind::Contributor)
            flags |= Write;
        int group = -1;
        if (role.scope == u"/"_s)
            group = model.rootGroupIndex();
        else if (role.scope.startsWith(mgPrefixLower))
            group = model.groupIndex(role.scope.mid(mgPrefixLower.size()));
        if (group >= 0) {
            for (const int g : model.groupSubtree(group)) {
                a.group[std::size_t(g)] |= flags;
                if (flags & FullRead) {
                    for (const int s : model.groups.at(std::size_t(g)).childSubscriptions)
                        a.subscription[std::size_t(s)] |= quint8(flags & (FullRead | Write));
                }
            }
            continue;
        }
        if (role.scope.startsWith(u"/subscriptions/"_s) && (flags & FullRead)) {
            // Roles on a resource group count as subscription reads (a simplification).
            const int s = model.subscriptionIndex(role.scope.section(u'/', 2, 2));
            if (s >= 0)
                a.subscription[std::size_t(s)] |= quint8(flags & (FullRead | Write));
        }
    }
    return a;
}

QByteArray AzureEmulator::Private::baseUrlFor(const HttpRequest &request) const
{
    const QByteArray host = request.header("host"_ba);
    if (!host.isEmpty())
        return (tls ? "https://"_ba : "http://"_ba) + host;
    return q->baseUrl().toEncoded();
}

int AzureEmulator::Private::pageSize(const HttpRequest &request) const
{
    int size = faults.pageSize > 0 ? faults.pageSize : DefaultPageSize;
    bool ok = false;
    const int top = request.queryValue(u"$top"_s).toInt(&ok);
    if (ok && top > 0)
        size = qMin(size, top);
    return size;
}

bool AzureEmulator::Private::pageWindow(const HttpRequest &request, qint64 *offset,
                                        bool *emptyServed, HttpReply *error)
{
    *offset = 0;
    *emptyServed = false;
    bool present = false;
    const QString token = request.queryValue(u"$skiptoken"_s, &present);
    if (present && !decodeSkipToken(token, offset, emptyServed)) {
        *error =
            armError(400, u"InvalidSkipToken"_s, u"The skip token '%1' is not valid."_s.arg(token));
        return false;
    }
    return true;
}

HttpReply AzureEmulator::Private::handleArm(const HttpRequest &request)
{
    // Authentication first, as ARM does.
    const QByteArray authorization = request.header("authorization"_ba);
    if (authorization.isEmpty())
        return armError(401, u"AuthenticationFailed"_s,
                        u"Authentication failed. The 'Authorization' header is missing."_s);
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return armError(401, u"AuthenticationFailedInvalidHeader"_s,
                        u"Authentication failed. The 'Authorization' header is provided in an "
                        "invalid format."_s);
    const QByteArray token = authorization.mid(7).trimmed();
    const auto it = tokens.constFind(token);
    if (it == tokens.cend() || model.appIndex(it->clientId) < 0)
        return armError(401, u"InvalidAuthenticationToken"_s, u"The access token is invalid."_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toMSecsSinceEpoch() >= it->expiresAtMs) {
        HttpReply reply = armError(
            401, u"ExpiredAuthenticationToken"_s,
            u"The access token expiry UTC time '%1' is earlier than current UTC time '%2'."_s.arg(
                armTime(it->expiresAt), armTime(now)));
        reply.setHeader("WWW-Authenticate"_ba,
                        "Bearer authorization_uri=\"https://login.windows.net/"_ba +
                            model.tenantId.toLatin1() +
                            "\", error=\"invalid_token\", error_description=\"The access token "
                            "has expired.\""_ba);
        return reply;
    }
    Caller caller;
    caller.app = model.appIndex(it->clientId);
    caller.clientId = model.apps.at(caller.app).clientId;
    caller.objectId = model.apps.at(caller.app).objectId;

    if (request.queryValue(u"api-version"_s).isEmpty())
        return armError(400, u"MissingApiVersionParameter"_s,
                        u"The api-version query parameter (?api-version=) is required for all "
                        "requests."_s);

    const QString path = request.path.endsWith(u'/') && request.path.size() > 1
                             ? request.path.chopped(1)
                             : request.path;
    const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);
    auto eq = [](const QString &a, const char *b) {
        return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
    };
    const bool get = request.method == "GET"_ba;
    const bool post = request.method == "POST"_ba;

    // {scope}/providers/Microsoft.Authorization/permissions
    if (seg.size() >= 3 && eq(seg.at(seg.size() - 1), "permissions") &&
        eq(seg.at(seg.size() - 2), "Microsoft.Authorization") &&
        eq(seg.at(seg.size() - 3), "providers") && get) {
        const QString scope = u"/"_s + seg.mid(0, seg.size() - 3).join(u'/');
        return permissions(caller, scope);
    }
    if (seg.size() >= 3 && eq(seg.at(0), "providers") && eq(seg.at(1), "Microsoft.Management") &&
        eq(seg.at(2), "managementGroups")) {
        if (seg.size() == 3 && get)
            return listManagementGroups(request, caller);
        const QString groupName = seg.value(3);
        const int group = model.groupIndex(groupName);
        const AppAccess &a = accessFor(caller.app);
        const QString scope = MgPrefix + groupName;
        const QString action = seg.size() == 4 ? u"Microsoft.Management/managementGroups/read"_s
                               : eq(seg.value(4), "descendants")
                                   ? u"Microsoft.Management/managementGroups/descendants/read"_s
                                   : u"Microsoft.Management/managementGroups/subscriptions/read"_s;
        if (group < 0) {
            if (a.group.empty() || !(a.group[std::size_t(model.rootGroupIndex())] & GroupRead))
                return authorizationFailed(caller, action, scope);
            return armError(404, u"NotFound"_s, u"'%1' not found"_s.arg(scope));
        }
        if (!(a.group[std::size_t(group)] & GroupRead))
            return authorizationFailed(caller, action, scope);
        if (seg.size() == 4 && get)
            return getManagementGroup(request, caller, group);
        if (seg.size() == 5 && eq(seg.at(4), "descendants") && get)
            return managementGroupDescendants(request, caller, group, path);
        if (seg.size() == 5 && eq(seg.at(4), "subscriptions") && get)
            return managementGroupSubscriptions(request, caller, group, path);
    }
    if (seg.size() == 3 && eq(seg.at(0), "providers") && eq(seg.at(1), "Microsoft.ResourceGraph") &&
        eq(seg.at(2), "resources")) {
        if (!post)
            return armError(405, u"MethodNotAllowed"_s,
                            u"The requested resource does not support http method '%1'."_s.arg(
                                QString::fromLatin1(request.method)));
        return resourceGraph(request, caller);
    }
    if (!seg.isEmpty() && eq(seg.at(0), "subscriptions") && get) {
        if (seg.size() == 1)
            return listSubscriptions(request, caller);
        if (seg.size() == 2)
            return getSubscription(caller, seg.at(1));
        if (seg.size() == 3 && eq(seg.at(2), "resources"))
            return listResources(request, caller, seg.at(1), path);
    }
    if (seg.size() == 1 && eq(seg.at(0), "tenants") && get)
        return listTenants(request);

    return armError(404, u"NotFound"_s,
                    u"The resource path '%1' is not served by the Azure emulator."_s.arg(path));
}

HttpReply AzureEmulator::Private::listManagementGroups(const HttpRequest &request,
                                                       const Caller &caller)
{
    const AppAccess &a = accessFor(caller.app);
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!pageWindow(request, &offset, &emptyServed, &error))
        return error;
    QList<int> visible;
    for (int g = 0; g < int(model.groups.size()); ++g) {
        if (a.group[std::size_t(g)] & GroupRead)
            visible.append(g);
    }
    const char *nextKey = faults.managementGroupListUsesAtNextLink ? "@nextLink" : "nextLink";
    const QByteArray apiVersion = formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    const QByteArray base = baseUrlFor(request) +
                            "/providers/Microsoft.Management/"
                            "managementGroups?api-version=" +
                            apiVersion + "&$skiptoken=";
    QByteArray out = "{\"value\":["_ba;
    qint64 end = offset;
    if (faults.emptyPagesWithNextLink && !emptyServed) {
        ++stats.emptyPages;
        out.append("],\"").append(nextKey).append("\":");
        json::appendString(out, base + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return jsonReply(out, false);
    }
    const qint64 size = pageSize(request);
    const QByteArray tid = model.tenantId.toUtf8();
    for (qint64 i = offset; i < visible.size() && i < offset + size; ++i) {
        const ManagementGroupNode &g = model.groups.at(std::size_t(visible.at(i)));
        if (i > offset)
            out.append(',');
        out.append("{\"id\":");
        json::appendString(out, MgPrefix + g.name);
        out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"name\":");
        json::appendString(out, g.name);
        out.append(",\"properties\":{\"tenantId\":");
        json::appendString(out, tid);
        out.append(",\"displayName\":");
        json::appendString(out, g.displayName);
        out.append("}}");
        end = i + 1;
    }
    out.append("],\"").append(nextKey).append("\":");
    if (end < visible.size())
        json::appendString(out, base + percentToken(encodeSkipToken(end, false)));
    else
        out.append("null");
    out.append('}');
    return jsonReply(out, false);
}

QJsonArray AzureEmulator::Private::ancestorsChain(const QList<int> &chain) const
{
    QJsonArray out;
    for (const int g : chain) {
        const ManagementGroupNode &node = model.groups.at(std::size_t(g));
        out.append(QJsonObject{{"name"_L1, node.name}, {"displayName"_L1, node.displayName}});
    }
    return out;
}

void AzureEmulator::Private::writeGroupChildren(QByteArray &out, int group, bool recurse,
                                                bool includeSubscriptions)
{
    const ManagementGroupNode &node = model.groups.at(std::size_t(group));
    out.append('[');
    bool first = true;
    for (const int child : node.childGroups) {
        const ManagementGroupNode &c = model.groups.at(std::size_t(child));
        if (!first)
            out.append(',');
        first = false;
        out.append("{\"id\":");
        json::appendString(out, MgPrefix + c.name);
        out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"name\":");
        json::appendString(out, c.name);
        out.append(",\"displayName\":");
        json::appendString(out, c.displayName);
        // A leaf has no "children" key at all, like the real service.
        const bool hasChildren =
            !c.childGroups.isEmpty() || (includeSubscriptions && !c.childSubscriptions.isEmpty());
        if (recurse && hasChildren) {
            out.append(",\"children\":");
            writeGroupChildren(out, child, true, includeSubscriptions);
        }
        out.append('}');
    }
    if (includeSubscriptions) {
        for (const int s : node.childSubscriptions) {
            const SubscriptionEntry &sub = model.subscriptions.at(std::size_t(s));
            if (!first)
                out.append(',');
            first = false;
            out.append("{\"id\":");
            json::appendString(out, u"/subscriptions/"_s + sub.subscriptionId);
            out.append(",\"type\":\"/subscriptions\",\"name\":");
            json::appendString(out, sub.subscriptionId);
            out.append(",\"displayName\":");
            json::appendString(out, sub.displayName);
            out.append('}');
        }
    }
    out.append(']');
}

HttpReply AzureEmulator::Private::getManagementGroup(const HttpRequest &request,
                                                     const Caller &caller, int group)
{
    Q_UNUSED(caller)
    const ManagementGroupNode &node = model.groups.at(std::size_t(group));
    const QString expand = request.queryValue(u"$expand"_s).toLower();
    const bool recurse = request.queryValue(u"$recurse"_s).toLower() == u"true"_s;
    const QString filter = request.queryValue(u"$filter"_s).toLower().simplified();
    const bool includeSubscriptions = !filter.contains(u"childtype ne subscription"_s) &&
                                      !filter.contains(u"childtype ne '/subscriptions'"_s);

    QJsonObject details{{"version"_L1, 1},
                        {"updatedTime"_L1, u"2024-01-01T00:00:00.0000000Z"_s},
                        {"updatedBy"_L1, u"00000000-0000-0000-0000-000000000000"_s}};
    if (node.parentIndex >= 0) {
        const ManagementGroupNode &parent = model.groups.at(std::size_t(node.parentIndex));
        details.insert("parent"_L1, QJsonObject{{"id"_L1, QString(MgPrefix + parent.name)},
                                                {"name"_L1, parent.name},
                                                {"displayName"_L1, parent.displayName}});
    }
    const QList<int> chain = model.groupAncestors(group);
    if (expand.contains(u"path"_s)) {
        QJsonArray path;
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            const ManagementGroupNode &n = model.groups.at(std::size_t(*it));
            path.append(QJsonObject{{"name"_L1, n.name}, {"displayName"_L1, n.displayName}});
        }
        details.insert("path"_L1, path);
    }
    if (expand.contains(u"ancestors"_s)) {
        QJsonArray names;
        for (const int g : chain)
            names.append(model.groups.at(std::size_t(g)).name);
        details.insert("managementGroupAncestors"_L1, names);
        details.insert("managementGroupAncestorsChain"_L1, ancestorsChain(chain));
    }

    QByteArray out = "{\"id\":"_ba;
    json::appendString(out, MgPrefix + node.name);
    out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"name\":");
    json::appendString(out, node.name);
    out.append(",\"properties\":{\"tenantId\":");
    json::appendString(out, model.tenantId);
    out.append(",\"displayName\":");
    json::appendString(out, node.displayName);
    out.append(",\"details\":");
    out.append(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (expand.contains(u"children"_s)) {
        out.append(",\"children\":");
        writeGroupChildren(out, group, recurse, includeSubscriptions);
    }
    out.append("}}");
    return jsonReply(out, false);
}

HttpReply AzureEmulator::Private::managementGroupDescendants(const HttpRequest &request,
                                                             const Caller &caller, int group,
                                                             const QString &path)
{
    Q_UNUSED(caller)
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!pageWindow(request, &offset, &emptyServed, &error))
        return error;
    // Groups (breadth first) then subscriptions, excluding the group itself.
    const QList<int> subtree = model.groupSubtree(group);
    struct Entry
    {
        bool subscription;
        int index;
        int parent;
    };
    std::vector<Entry> entries;
    for (int i = 1; i < subtree.size(); ++i) {
        const int g = subtree.at(i);
        entries.push_back({false, g, model.groups.at(std::size_t(g)).parentIndex});
    }
    for (const int g : subtree) {
        for (const int s : model.groups.at(std::size_t(g)).childSubscriptions)
            entries.push_back({true, s, g});
    }
    const QByteArray base = baseUrlFor(request) + path.toUtf8() + "?api-version=" +
                            formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    auto nextLinkFor = [&](qint64 at, bool empty) -> QByteArray {
        QByteArray link = base;
        bool hasTop = false;
        const QString top = request.queryValue(u"$top"_s, &hasTop);
        if (hasTop)
            link += "&$top=" + formEncodeLower(top.toUtf8());
        return link + "&$skiptoken=" + percentToken(encodeSkipToken(at, empty));
    };
    QByteArray out = "{\"value\":["_ba;
    if (faults.emptyPagesWithNextLink && !emptyServed) {
        ++stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out, nextLinkFor(offset, true));
        out.append('}');
        return jsonReply(out, false);
    }
    const qint64 size = pageSize(request);
    qint64 end = offset;
    for (qint64 i = offset; i < qint64(entries.size()) && i < offset + size; ++i) {
        const Entry &e = entries[std::size_t(i)];
        if (i > offset)
            out.append(',');
        if (e.subscription) {
            const SubscriptionEntry &s = model.subscriptions.at(std::size_t(e.index));
            out.append("{\"name\":");
            json::appendString(out, s.subscriptionId);
            out.append(",\"type\":\"Microsoft.Management/managementGroups/subscriptions\",\"id\":");
            json::appendString(out, u"/subscriptions/"_s + s.subscriptionId);
            out.append(",\"properties\":{\"displayName\":");
            json::appendString(out, s.displayName);
        } else {
            const ManagementGroupNode &g = model.groups.at(std::size_t(e.index));
            out.append("{\"name\":");
            json::appendString(out, g.name);
            out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"id\":");
            json::appendString(out, MgPrefix + g.name);
            out.append(",\"properties\":{\"displayName\":");
            json::appendString(out, g.displayName);
        }
        out.append(",\"parent\":{\"id\":");
        json::appendString(out, MgPrefix + model.groups.at(std::size_t(e.parent)).name);
        out.append("}}}");
        end = i + 1;
    }
    out.append("],\"nextLink\":");
    if (end < qint64(entries.size()))
        json::appendString(out, nextLinkFor(end, false));
    else
        out.append("null");
    out.append('}');
    return jsonReply(out, false);
}

HttpReply AzureEmulator::Private::managementGroupSubscriptions(const HttpRequest &request,
                                                               const Caller &caller, int group,
                                                               const QString &path)
{
    Q_UNUSED(caller)
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!pageWindow(request, &offset, &emptyServed, &error))
        return error;
    const ManagementGroupNode &node = model.groups.at(std::size_t(group));
    const QByteArray base = baseUrlFor(request) + path.toUtf8() + "?api-version=" +
                            formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    QByteArray out = "{\"value\":["_ba;
    if (faults.emptyPagesWithNextLink && !emptyServed) {
        ++stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out,
                           base + "&$skiptoken=" + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return jsonReply(out, false);
    }
    const qint64 size = pageSize(request);
    qint64 end = offset;
    for (qint64 i = offset; i < node.childSubscriptions.size() && i < offset + size; ++i) {
        const SubscriptionEntry &s =
            model.subscriptions.at(std::size_t(node.childSubscriptions.at(i)));
        if (i > offset)
            out.append(',');
        out.append("{\"name\":");
        json::appendString(out, s.subscriptionId);
        out.append(",\"id\":");
        json::appendString(out, MgPrefix + node.name + u"/subscriptions/"_s + s.subscriptionId);
        out.append(",\"type\":\"Microsoft.Management/managementGroups/subscriptions\","
                   "\"properties\":{\"displayName\":");
        json::appendString(out, s.displayName);
        out.append(",\"parent\":{\"id\":");
        json::appendString(out, MgPrefix + node.name);
        out.append("},\"state\":");
        json::appendString(out, s.state == u"Enabled"_s ? u"Active"_s : s.state);
        out.append(",\"tenant\":");
        json::appendString(out, model.tenantId);
        out.append("}}");
        end = i + 1;
    }
    out.append("],\"nextLink\":");
    if (end < node.childSubscriptions.size())
        json::appendString(out, base + "&$skiptoken=" + percentToken(encodeSkipToken(end, false)));
    else
        out.append("null");
    out.append('}');
    return jsonReply(out, false);
}

void AzureEmulator::Private::writeSubscription(QByteArray &out, const SubscriptionEntry &s)
{
    out.append("{\"id\":");
    json::appendString(out, u"/subscriptions/"_s + s.subscriptionId);
    out.append(
        ",\"authorizationSource\":\"RoleBased\",\"managedByTenants\":[],\"subscriptionId\":");
    json::appendString(out, s.subscriptionId);
    out.append(",\"tenantId\":");
    json::appendString(out, model.tenantId);
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

HttpReply AzureEmulator::Private::listSubscriptions(const HttpRequest &request,
                                                    const Caller &caller)
{
    const AppAccess &a = accessFor(caller.app);
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!pageWindow(request, &offset, &emptyServed, &error))
        return error;
    QList<int> visible;
    for (int s = 0; s < int(model.subscriptions.size()); ++s) {
        if (a.subscription[std::size_t(s)] & FullRead)
            visible.append(s);
    }
    const QByteArray base = baseUrlFor(request) + "/subscriptions?api-version=" +
                            formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    QByteArray out = "{\"value\":["_ba;
    if (faults.emptyPagesWithNextLink && !emptyServed) {
        ++stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out,
                           base + "&%24skiptoken=" + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return jsonReply(out, false);
    }
    const qint64 size = pageSize(request);
    qint64 end = offset;
    for (qint64 i = offset; i < visible.size() && i < offset + size; ++i) {
        if (i > offset)
            out.append(',');
        writeSubscription(out, model.subscriptions.at(std::size_t(visible.at(i))));
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
    return jsonReply(out, false);
}

HttpReply AzureEmulator::Private::getSubscription(const Caller &caller,
                                                  const QString &subscriptionId)
{
    const int s = model.subscriptionIndex(subscriptionId);
    if (s < 0)
        return armError(404, u"SubscriptionNotFound"_s,
                        u"The subscription '%1' could not be found."_s.arg(subscriptionId));
    const AppAccess &a = accessFor(caller.app);
    if (!(a.subscription[std::size_t(s)] & FullRead))
        return authorizationFailed(caller, u"Microsoft.Resources/subscriptions/read"_s,
                                   u"/subscriptions/"_s + subscriptionId);
    QByteArray out;
    writeSubscription(out, model.subscriptions.at(std::size_t(s)));
    return jsonReply(out, true);
}

HttpReply AzureEmulator::Private::listResources(const HttpRequest &request, const Caller &caller,
                                                const QString &subscriptionId, const QString &path)
{
    const int si = model.subscriptionIndex(subscriptionId);
    if (si < 0)
        return armError(404, u"SubscriptionNotFound"_s,
                        u"The subscription '%1' could not be found."_s.arg(subscriptionId));
    const AppAccess &a = accessFor(caller.app);
    if (!(a.subscription[std::size_t(si)] & FullRead))
        return authorizationFailed(caller, u"Microsoft.Resources/subscriptions/resources/read"_s,
                                   u"/subscriptions/"_s + subscriptionId);
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!pageWindow(request, &offset, &emptyServed, &error))
        return error;
    const SubscriptionEntry &sub = model.subscriptions.at(std::size_t(si));

    // Only "resourceType eq '…'" and "location eq '…'" filters are applied; the filter is
    // always carried into the nextLink, re-encoded the way ARM does it.
    const QString filter = request.queryValue(u"$filter"_s);
    int typeFilter = -2;
    int locationFilter = -2;
    static const QRegularExpression typeEq(u"resourceType\\s+eq\\s+'([^']*)'"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression locationEq(u"location\\s+eq\\s+'([^']*)'"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto m = typeEq.match(filter); m.hasMatch()) {
        typeFilter = -1;
        const QByteArray wanted = m.captured(1).toLower().toUtf8();
        for (int t = 0; t < model.typeCount(); ++t) {
            if (model.typeLower(t) == wanted)
                typeFilter = t;
        }
    }
    if (const auto m = locationEq.match(filter); m.hasMatch()) {
        locationFilter = -1;
        for (const ResourceEntry &r : sub.resources) {
            if (model.locationName(r.location)
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

    QByteArray base = baseUrlFor(request) + path.toUtf8() + "?api-version=" +
                      formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    if (!filter.isEmpty())
        base += "&%24filter=" + formEncodeLower(filter.toUtf8());
    bool hasTop = false;
    const QString top = request.queryValue(u"$top"_s, &hasTop);
    if (hasTop)
        base += "&%24top=" + formEncodeLower(top.toUtf8());
    base += "&%24skiptoken=";

    QByteArray out = "{\"value\":["_ba;
    if (faults.emptyPagesWithNextLink && !emptyServed) {
        ++stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out, base + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return jsonReply(out, true);
    }
    const qint64 size = pageSize(request);
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
        json::appendString(out, model.resourceId(sub, r));
        out.append(",\"name\":");
        json::appendString(out, r.name);
        out.append(",\"type\":");
        json::appendString(out, model.typeName(r.type));
        out.append(",\"location\":");
        json::appendString(out, model.locationName(r.location));
        out.append(",\"tags\":");
        json::appendObject(out, r.tags);
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
    return jsonReply(out, true);
}

HttpReply AzureEmulator::Private::listTenants(const HttpRequest &request)
{
    Q_UNUSED(request)
    QJsonObject tenant{{"id"_L1, QString(u"/tenants/"_s + model.tenantId)},
                       {"tenantId"_L1, model.tenantId},
                       {"countryCode"_L1, u"US"_s},
                       {"displayName"_L1, model.displayName},
                       {"domains"_L1, QJsonArray::fromStringList(model.domains)},
                       {"tenantCategory"_L1, u"Home"_s},
                       {"defaultDomain"_L1, model.domains.value(0)},
                       {"tenantType"_L1, u"AAD"_s}};
    return jsonReply(
        QJsonDocument(QJsonObject{{"value"_L1, QJsonArray{tenant}}}).toJson(QJsonDocument::Compact),
        false);
}

HttpReply AzureEmulator::Private::permissions(const Caller &caller, const QString &scope)
{
    const QString s = normalizeScope(scope);
    const QString mgPrefixLower = MgPrefix.toLower();
    // Groups whose assignments apply: the scope's own group (or the subscription's parent)
    // and everything above it.
    QList<int> groupsAbove;
    QString subscriptionScope;
    if (s.startsWith(mgPrefixLower)) {
        const int g = model.groupIndex(s.mid(mgPrefixLower.size()).section(u'/', 0, 0));
        if (g >= 0) {
            groupsAbove.append(g);
            groupsAbove.append(model.groupAncestors(g));
        }
    } else if (s.startsWith(u"/subscriptions/"_s)) {
        const int si = model.subscriptionIndex(s.section(u'/', 2, 2));
        if (si < 0)
            return armError(
                404, u"SubscriptionNotFound"_s,
                u"The subscription '%1' could not be found."_s.arg(s.section(u'/', 2, 2)));
        subscriptionScope =
            u"/subscriptions/"_s + model.subscriptions.at(std::size_t(si)).subscriptionId;
        groupsAbove = model.subscriptionAncestors(si);
    } else if (s == u"/"_s) {
        groupsAbove.append(model.rootGroupIndex());
    }
    QList<RoleKind> kinds;
    for (const RoleAssignment &role : model.apps.at(caller.app).roles) {
        bool applies = false;
        if (role.scope == u"/"_s) {
            applies = true;
        } else if (role.scope.startsWith(mgPrefixLower)) {
            const int g = model.groupIndex(role.scope.mid(mgPrefixLower.size()));
            applies = g >= 0 && groupsAbove.contains(g);
        } else if (!subscriptionScope.isEmpty()) {
            applies = s.startsWith(role.scope) &&
                      (s.size() == role.scope.size() || s.at(role.scope.size()) == u'/');
        }
        if (applies && !kinds.contains(role.role))
            kinds.append(role.role);
    }
    QJsonArray value;
    for (const RoleKind kind : std::as_const(kinds)) {
        QJsonArray actions;
        QJsonArray notActions;
        switch (kind) {
        case RoleKind::Reader:
            actions.append(u"*/read"_s);
            break;
        case RoleKind::Contributor:
            actions.append(u"*"_s);
            for (const char *na :
                 {"Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write",
                  "Microsoft.Authorization/elevateAccess/Action",
                  "Microsoft.Blueprint/blueprintAssignments/write",
                  "Microsoft.Blueprint/blueprintAssignments/delete"})
                notActions.append(QLatin1String(na));
            break;
        case RoleKind::ManagementGroupReader:
            actions.append(u"Microsoft.Management/managementGroups/read"_s);
            actions.append(u"Microsoft.Management/managementGroups/subscriptions/read"_s);
            break;
        }
        value.append(QJsonObject{{"actions"_L1, actions},
                                 {"notActions"_L1, notActions},
                                 {"dataActions"_L1, QJsonArray()},
                                 {"notDataActions"_L1, QJsonArray()}});
    }
    return jsonReply(QJsonDocument(QJsonObject{{"value"_L1, value}}).toJson(QJsonDocument::Compact),
                     !subscriptionScope.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Resource Graph

namespace {

/** Walks `path` (after the base column) inside a JSON value. */
QJsonValue walk(QJsonValue value, const QStringList &path, int from)
{
    for (int i = from; i < path.size(); ++i) {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            // Kusto property access is case-sensitive, but be lenient.
            QJsonValue next = o.value(path.at(i));
            if (next.isUndefined()) {
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (it.key().compare(path.at(i), Qt::CaseInsensitive) == 0)
                        next = it.value();
                }
            }
            value = next;
        } else if (value.isArray()) {
            bool ok = false;
            const int index = path.at(i).toInt(&ok);
            value = ok ? value.toArray().at(index) : QJsonValue();
        } else {
            return QJsonValue::Null;
        }
    }
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

void appendJsonValue(QByteArray &out, const QJsonValue &value, bool toLower)
{
    switch (value.type()) {
    case QJsonValue::String:
        json::appendString(out, toLower ? value.toString().toLower() : value.toString());
        break;
    case QJsonValue::Object:
        out.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        out.append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', 17));
        break;
    }
    default:
        out.append("null");
    }
}

const QStringList &defaultResourceColumns()
{
    static const QStringList columns{
        u"id"_s,        u"name"_s,     u"type"_s,          u"tenantId"_s,
        u"kind"_s,      u"location"_s, u"resourceGroup"_s, u"subscriptionId"_s,
        u"managedBy"_s, u"sku"_s,      u"plan"_s,          u"properties"_s,
        u"tags"_s,      u"identity"_s, u"zones"_s,         u"extendedLocation"_s};
    return columns;
}

const char *columnType(const QString &name)
{
    static const QStringList objects{u"tags"_s, u"properties"_s, u"sku"_s,
                                     u"plan"_s, u"identity"_s,   u"extendedLocation"_s};
    if (objects.contains(name))
        return "object";
    if (name == u"zones"_s)
        return "array";
    return "string";
}

} // namespace

HttpReply AzureEmulator::Private::resourceGraph(const HttpRequest &request, const Caller &caller)
{
    ++stats.resourceGraphRequests;
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    auto badRequest = [this](const QString &code, const QString &message) {
        QJsonObject error{
            {"code"_L1, u"BadRequest"_s},
            {"message"_L1, u"Please provide below info when asking for support: timestamp = %1, "
                           "correlationId = %2."_s.arg(
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                               QString::fromLatin1(newGuid()))},
            {"details"_L1, QJsonArray{QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}}};
        HttpReply reply = jsonReply(
            QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson(QJsonDocument::Compact), false);
        reply.status = 400;
        return reply;
    };
    const QString queryText = body.value("query"_L1).toString();
    if (queryText.trimmed().isEmpty())
        return badRequest(u"InvalidQuery"_s, u"The query is missing or empty."_s);

    if (faults.denyResourceGraph) {
        const QJsonArray subs = body.value("subscriptions"_L1).toArray();
        const QString scope =
            subs.isEmpty() ? u"/"_s : u"/subscriptions/"_s + subs.first().toString();
        return authorizationFailed(caller, u"Microsoft.ResourceGraph/resources/read"_s, scope);
    }

    // Quota window (15 queries per 5 s by default when enabled).
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &window = argWindow[caller.clientId];
    while (!window.isEmpty() && window.first() <= nowMs - 5000)
        window.removeFirst();
    const int quota = faults.resourceGraphQuota > 0 ? faults.resourceGraphQuota : 15;
    if (faults.resourceGraphQuota > 0 && window.size() >= quota) {
        const qint64 resetMs = window.first() + 5000 - nowMs;
        const int resetSecs = int((resetMs + 999) / 1000);
        HttpReply reply = armError(429, u"RateLimiting"_s,
                                   u"Please provide below info when asking for support: "
                                   "timestamp = %1, correlationId = %2."_s.arg(
                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                       QString::fromLatin1(newGuid())));
        reply.setHeader("Retry-After"_ba, QByteArray::number(resetSecs));
        reply.setHeader("x-ms-user-quota-remaining"_ba, "0"_ba);
        reply.setHeader("x-ms-user-quota-resets-after"_ba,
                        QTime(0, 0).addSecs(resetSecs).toString(u"HH:mm:ss"_s).toLatin1());
        ++stats.throttled;
        return reply;
    }
    window.append(nowMs);
    const int remaining = faults.resourceGraphQuota > 0 ? quota - int(window.size()) : quota - 1;

    const ArgQuery query = ArgQuery::parse(queryText);
    if (query.table == ArgQuery::Table::Unknown)
        return badRequest(u"InvalidQuery"_s,
                          u"Query is invalid. Please refer to the documentation for the Azure "
                          "Resource Graph service and fix the error before retrying. Unknown "
                          "table '%1'."_s.arg(query.tableName));

    // Scope: the requested subscriptions / groups, narrowed to what the app can read.
    const AppAccess &a = accessFor(caller.app);
    QList<int> scopeSubs;
    QList<int> scopeGroups;
    std::vector<char> seen(model.subscriptions.size(), 0);
    auto addSub = [&](int s) {
        if (s >= 0 && !seen[std::size_t(s)] && (a.subscription[std::size_t(s)] & FullRead)) {
            seen[std::size_t(s)] = 1;
            scopeSubs.append(s);
        }
    };
    const QJsonArray requestedSubs = body.value("subscriptions"_L1).toArray();
    const QJsonArray requestedGroups = body.value("managementGroups"_L1).toArray();
    if (requestedSubs.isEmpty() && requestedGroups.isEmpty()) {
        for (int s = 0; s < int(model.subscriptions.size()); ++s)
            addSub(s);
        for (int g = 0; g < int(model.groups.size()); ++g) {
            if (a.group[std::size_t(g)] & GroupRead)
                scopeGroups.append(g);
        }
    } else {
        for (const QJsonValue &v : requestedSubs)
            addSub(model.subscriptionIndex(v.toString()));
        for (const QJsonValue &v : requestedGroups) {
            const int g = model.groupIndex(v.toString());
            if (g < 0)
                continue;
            for (const int sg : model.groupSubtree(g)) {
                if (a.group[std::size_t(sg)] & GroupRead)
                    scopeGroups.append(sg);
                for (const int s : model.groups.at(std::size_t(sg)).childSubscriptions)
                    addSub(s);
            }
        }
    }
    if (!query.subscriptionFilters.isEmpty()) {
        QList<int> filtered;
        for (const int s : std::as_const(scopeSubs)) {
            bool keep = true;
            for (const QSet<QString> &allowed : query.subscriptionFilters)
                keep =
                    keep && allowed.contains(model.subscriptions.at(std::size_t(s)).subscriptionId);
            if (keep)
                filtered.append(s);
        }
        scopeSubs = filtered;
    }

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

    // Columns.
    QList<ArgQuery::Column> columns = query.columns;
    if (!query.projected) {
        for (const QString &name : defaultResourceColumns()) {
            ArgQuery::Column column;
            column.name = name;
            column.path = QStringList{name};
            columns.append(column);
        }
        columns.append(query.extended);
    }

    // Type filters: resolved to interned type indexes for Resources (fast path).
    auto typeAllowed = [&query](const QString &lowerType) {
        for (const QSet<QString> &allowed : query.typeFilters) {
            if (!allowed.contains(lowerType))
                return false;
        }
        return true;
    };

    struct RowRef
    {
        int kind; // 0 resource, 1 subscription, 2 group, 3 resource group
        int index;
        int sub;
        QByteArray resourceGroup;
    };
    std::vector<RowRef> page;
    qint64 total = 0;
    const qint64 pageEnd = offset + top;

    if (query.table == ArgQuery::Table::Resources) {
        std::vector<char> typeOk(std::size_t(model.typeCount()), 1);
        const bool filtered = !query.typeFilters.isEmpty();
        if (filtered) {
            for (int t = 0; t < model.typeCount(); ++t)
                typeOk[std::size_t(t)] = typeAllowed(QString::fromUtf8(model.typeLower(t)));
        }
        const int omitted = faults.resourceGraphOmitsSubscription.isEmpty()
                                ? -1
                                : model.subscriptionIndex(faults.resourceGraphOmitsSubscription);
        for (const int s : std::as_const(scopeSubs)) {
            if (s == omitted)
                continue; // fault: this subscription's rows are left out
            const auto &resources = model.subscriptions.at(std::size_t(s)).resources;
            const qint64 n = qint64(resources.size());
            if (!filtered && (total + n <= offset || total >= pageEnd)) {
                total += n; // whole subscription outside the page
                continue;
            }
            for (qint64 i = 0; i < n; ++i) {
                if (filtered && !typeOk[std::size_t(resources[std::size_t(i)].type)])
                    continue;
                if (total >= offset && total < pageEnd)
                    page.push_back({0, int(i), s, {}});
                ++total;
            }
        }
    } else {
        auto consider = [&](RowRef row, const QString &lowerType) {
            if (!typeAllowed(lowerType))
                return;
            if (total >= offset && total < pageEnd)
                page.push_back(std::move(row));
            ++total;
        };
        for (const int s : std::as_const(scopeSubs))
            consider({1, s, s, {}}, u"microsoft.resources/subscriptions"_s);
        for (const int g : std::as_const(scopeGroups))
            consider({2, g, -1, {}}, u"microsoft.management/managementgroups"_s);
        if (typeAllowed(u"microsoft.resources/subscriptions/resourcegroups"_s)) {
            for (const int s : std::as_const(scopeSubs)) {
                QList<QByteArray> groupsSeen;
                for (const ResourceEntry &r : model.subscriptions.at(std::size_t(s)).resources) {
                    if (!groupsSeen.contains(r.resourceGroup)) {
                        groupsSeen.append(r.resourceGroup);
                        consider({3, r.location, s, r.resourceGroup},
                                 u"microsoft.resources/subscriptions/resourcegroups"_s);
                    }
                }
            }
        }
    }
    if (query.limit >= 0 && total > query.limit) {
        total = query.limit;
        while (!page.empty() && offset + qint64(page.size()) > total)
            page.pop_back();
    }

    const QByteArray tid = model.tenantId.toUtf8();
    // The value of one column of one row, as JSON.
    auto writeValue = [&](QByteArray &out, const RowRef &row, const ArgQuery::Column &column,
                          QJsonObject *rowCache) {
        const QString &base = column.path.first();
        if (row.kind == 0 && column.path.size() > 1 &&
            (column.fast == ArgQuery::Column::Fast::Properties ||
             column.fast == ArgQuery::Column::Fast::Tags)) {
            // properties.a.b / tags.x: read the member straight out of the stored blob.
            const ResourceEntry &r =
                model.subscriptions.at(std::size_t(row.sub)).resources[std::size_t(row.index)];
            const QByteArray value =
                json::findPath(column.fast == ArgQuery::Column::Fast::Tags ? r.tags : r.properties,
                               column.pathUtf8, 1);
            if (value.isEmpty())
                out.append("null");
            else
                out.append(column.toLower && value.startsWith('"') ? value.toLower() : value);
            return;
        }
        if (row.kind == 0 && column.path.size() == 1) {
            const SubscriptionEntry &sub = model.subscriptions.at(std::size_t(row.sub));
            const ResourceEntry &r = sub.resources[std::size_t(row.index)];
            switch (column.fast) {
            case ArgQuery::Column::Fast::Id:
                if (column.toLower) {
                    json::appendString(out, model.resourceId(sub, r).toLower());
                } else {
                    out.append("\"/subscriptions/");
                    out.append(sub.idUtf8);
                    out.append("/resourceGroups/");
                    json::appendEscaped(out, r.resourceGroup, false);
                    out.append("/providers/");
                    out.append(model.typeName(r.type));
                    out.append('/');
                    json::appendEscaped(out, r.name, false);
                    out.append('"');
                }
                return;
            case ArgQuery::Column::Fast::Name:
                out.append('"');
                json::appendEscaped(out, r.name, column.toLower);
                out.append('"');
                return;
            case ArgQuery::Column::Fast::Type:
                json::appendString(out, model.typeLower(r.type));
                return;
            case ArgQuery::Column::Fast::Location:
                json::appendString(out, model.locationName(r.location));
                return;
            case ArgQuery::Column::Fast::ResourceGroup:
                out.append('"');
                json::appendEscaped(out, r.resourceGroup, true);
                out.append('"');
                return;
            case ArgQuery::Column::Fast::SubscriptionId:
                json::appendString(out, sub.idUtf8);
                return;
            case ArgQuery::Column::Fast::TenantId:
                json::appendString(out, tid);
                return;
            case ArgQuery::Column::Fast::Tags:
                json::appendObject(out, r.tags);
                return;
            case ArgQuery::Column::Fast::Properties:
                json::appendObject(out, r.properties);
                return;
            case ArgQuery::Column::Fast::EmptyString:
                out.append("\"\"");
                return;
            case ArgQuery::Column::Fast::Other:
                out.append("null");
                return;
            }
        }
        if (rowCache->isEmpty()) {
            QJsonObject o;
            if (row.kind == 0) {
                const SubscriptionEntry &sub = model.subscriptions.at(std::size_t(row.sub));
                const ResourceEntry &r = sub.resources[std::size_t(row.index)];
                o = {{"id"_L1, QString::fromUtf8(model.resourceId(sub, r))},
                     {"name"_L1, QString::fromUtf8(r.name)},
                     {"type"_L1, QString::fromUtf8(model.typeLower(r.type))},
                     {"location"_L1, QString::fromUtf8(model.locationName(r.location))},
                     {"resourceGroup"_L1, QString::fromUtf8(r.resourceGroup.toLower())},
                     {"subscriptionId"_L1, sub.subscriptionId},
                     {"tenantId"_L1, model.tenantId},
                     {"kind"_L1, QString()},
                     {"managedBy"_L1, QString()},
                     {"tags"_L1, QJsonDocument::fromJson(r.tags).object()},
                     {"properties"_L1, QJsonDocument::fromJson(r.properties).object()}};
            } else if (row.kind == 1) {
                const SubscriptionEntry &sub = model.subscriptions.at(std::size_t(row.index));
                const QJsonObject properties{
                    {"subscriptionPolicies"_L1,
                     QJsonObject{{"locationPlacementId"_L1, u"Public_2014-09-01"_s},
                                 {"quotaId"_L1, u"PayAsYouGo_2014-09-01"_s},
                                 {"spendingLimit"_L1, u"Off"_s}}},
                    {"managementGroupAncestorsChain"_L1,
                     ancestorsChain(model.subscriptionAncestors(row.index))},
                    {"state"_L1, sub.state}};
                o = {{"id"_L1, QString(u"/subscriptions/"_s + sub.subscriptionId)},
                     {"name"_L1, sub.displayName},
                     {"type"_L1, u"microsoft.resources/subscriptions"_s},
                     {"tenantId"_L1, model.tenantId},
                     {"kind"_L1, QString()},
                     {"location"_L1, QString()},
                     {"resourceGroup"_L1, QString()},
                     {"subscriptionId"_L1, sub.subscriptionId},
                     {"managedBy"_L1, QString()},
                     {"properties"_L1, properties},
                     {"tags"_L1, QJsonDocument::fromJson(sub.tags).object()}};
            } else if (row.kind == 2) {
                const ManagementGroupNode &g = model.groups.at(std::size_t(row.index));
                QJsonObject details{{"managementGroupAncestorsChain"_L1,
                                     ancestorsChain(model.groupAncestors(row.index))}};
                if (g.parentIndex >= 0)
                    details.insert(
                        "parent"_L1,
                        QJsonObject{
                            {"id"_L1,
                             QString(MgPrefix + model.groups.at(std::size_t(g.parentIndex)).name)},
                            {"name"_L1, model.groups.at(std::size_t(g.parentIndex)).name}});
                o = {{"id"_L1, QString(MgPrefix + g.name)},
                     {"name"_L1, g.name},
                     {"type"_L1, u"microsoft.management/managementgroups"_s},
                     {"tenantId"_L1, model.tenantId},
                     {"kind"_L1, QString()},
                     {"location"_L1, QString()},
                     {"resourceGroup"_L1, QString()},
                     {"subscriptionId"_L1, QString()},
                     {"managedBy"_L1, QString()},
                     {"properties"_L1, QJsonObject{{"displayName"_L1, g.displayName},
                                                   {"tenantId"_L1, model.tenantId},
                                                   {"details"_L1, details}}},
                     {"tags"_L1, QJsonObject()}};
            } else {
                const SubscriptionEntry &sub = model.subscriptions.at(std::size_t(row.sub));
                const QString rg = QString::fromUtf8(row.resourceGroup);
                o = {
                    {"id"_L1, u"/subscriptions/%1/resourceGroups/%2"_s.arg(sub.subscriptionId, rg)},
                    {"name"_L1, rg},
                    {"type"_L1, u"microsoft.resources/subscriptions/resourcegroups"_s},
                    {"tenantId"_L1, model.tenantId},
                    {"kind"_L1, QString()},
                    {"location"_L1, QString::fromUtf8(model.locationName(row.index))},
                    {"resourceGroup"_L1, rg.toLower()},
                    {"subscriptionId"_L1, sub.subscriptionId},
                    {"managedBy"_L1, QString()},
                    {"properties"_L1, QJsonObject{{"provisioningState"_L1, u"Succeeded"_s}}},
                    {"tags"_L1, QJsonObject()}};
            }
            *rowCache = o;
        }
        QJsonValue v = rowCache->value(base);
        if (v.isUndefined())
            v = QJsonValue::Null;
        appendJsonValue(out, walk(v, column.path, 1), column.toLower);
    };

    QByteArray out;
    out.reserve(int(page.size()) * 400 + 256);
    const bool more = offset + qint64(page.size()) < total && query.hasIdColumn();
    const bool injectEmpty = faults.emptyPagesWithNextLink && !emptyServed;
    out.append("{\"totalRecords\":").append(QByteArray::number(total));
    out.append(",\"count\":").append(QByteArray::number(injectEmpty ? 0 : qint64(page.size())));
    out.append(",\"resultTruncated\":\"false\"");
    if (injectEmpty) {
        ++stats.emptyPages;
        out.append(",\"$skipToken\":");
        json::appendString(out, encodeSkipToken(offset, true));
    } else if (more) {
        out.append(",\"$skipToken\":");
        json::appendString(out, encodeSkipToken(offset + qint64(page.size()), false));
    }
    out.append(",\"facets\":[],\"data\":");
    if (table) {
        out.append("{\"columns\":[");
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out.append(',');
            out.append("{\"name\":");
            json::appendString(out, columns.at(c).name);
            out.append(",\"type\":\"").append(columnType(columns.at(c).name)).append("\"}");
        }
        out.append("],\"rows\":[");
    } else {
        out.append('[');
    }
    QList<QByteArray> keys;
    for (ArgQuery::Column &column : columns) {
        QByteArray key;
        json::appendString(key, column.name);
        keys.append(key + ':');
        column.resolveFast();
    }
    if (!injectEmpty) {
        for (std::size_t r = 0; r < page.size(); ++r) {
            if (r > 0)
                out.append(',');
            QJsonObject cache;
            out.append(table ? '[' : '{');
            for (int c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    out.append(',');
                if (!table)
                    out.append(keys.at(c));
                writeValue(out, page[r], columns.at(c), &cache);
            }
            out.append(table ? ']' : '}');
        }
    }
    out.append(table ? "]}}" : "]}");
    HttpReply reply = jsonReply(out, false);
    reply.setHeader("x-ms-user-quota-remaining"_ba, QByteArray::number(qMax(0, remaining)));
    reply.setHeader("x-ms-user-quota-resets-after"_ba, "00:00:05"_ba);
    return reply;
}

// ---------------------------------------------------------------------------------------------
// Admin endpoints (loopback only)

HttpReply AzureEmulator::Private::handleAdmin(const HttpRequest &request)
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
            FaultOptions &f = faults;
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
        const FaultOptions &f = faults;
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
            q->resetStats();
        return answer(200, QJsonObject{{"ok"_L1, true},
                                       {"requests"_L1, stats.requests},
                                       {"tokenRequests"_L1, stats.tokenRequests},
                                       {"throttled"_L1, stats.throttled},
                                       {"serverErrors"_L1, stats.serverErrors},
                                       {"resourceGraphRequests"_L1, stats.resourceGraphRequests},
                                       {"faultedBodies"_L1, stats.faultedBodies},
                                       {"emptyPages"_L1, stats.emptyPages}});
    }
    if (!post)
        return fail(405, u"use POST"_s);
    if (what == u"subscriptions"_s) {
        const QString action = body.value("action"_L1).toString();
        const QString id = body.value("subscriptionId"_L1).toString();
        bool ok = false;
        if (action == u"add"_s)
            ok = q->addSubscription(id, body.value("displayName"_L1).toString(id),
                                    body.value("parent"_L1).toString(),
                                    body.value("state"_L1).toString(u"Enabled"_s));
        else if (action == u"delete"_s)
            ok = q->deleteSubscription(id);
        else if (action == u"state"_s)
            ok = q->setSubscriptionState(id, body.value("state"_L1).toString());
        else if (action == u"move"_s)
            ok = q->moveSubscription(id, body.value("parent"_L1).toString());
        else
            return fail(400, u"action must be add, delete, state or move"_s);
        return ok ? answer(200, QJsonObject{{"ok"_L1, true}})
                  : fail(400, u"subscription change rejected"_s);
    }
    if (what == u"resources"_s) {
        const QString action = body.value("action"_L1).toString();
        bool ok = false;
        if (action == u"add"_s)
            ok = q->addResource(body.value("subscriptionId"_L1).toString(),
                                body.value("resourceGroup"_L1).toString(),
                                body.value("type"_L1).toString(), body.value("name"_L1).toString(),
                                body.value("location"_L1).toString());
        else if (action == u"remove"_s)
            ok = q->removeResource(body.value("id"_L1).toString());
        else
            return fail(400, u"action must be add or remove"_s);
        return ok ? answer(200, QJsonObject{{"ok"_L1, true}})
                  : fail(400, u"resource change rejected"_s);
    }
    if (what == u"tenant"_s) {
        QString error;
        if (!q->loadTenantJson(request.body, &error))
            return fail(400, error);
        return answer(200, QJsonObject{{"ok"_L1, true}});
    }
    if (what == u"tokens/expire"_s) {
        q->expireAllTokens();
        return answer(200, QJsonObject{{"ok"_L1, true}});
    }
    return fail(404, u"unknown admin endpoint"_s);
}

// ---------------------------------------------------------------------------------------------
// Public API

AzureEmulator::AzureEmulator(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    d->model.loadJson(sandboxTenantJson());
}

AzureEmulator::~AzureEmulator() = default;

bool AzureEmulator::loadTenantJson(const QByteArray &json, QString *error)
{
    if (!d->model.loadJson(json, error))
        return false;
    d->access.clear();
    return true;
}

bool AzureEmulator::loadTenantFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return loadTenantJson(file.readAll(), error);
}

QByteArray AzureEmulator::sandboxTenantJson()
{
    QFile file(u":/atc/emulator/contoso-tenant.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray AzureEmulator::generateSyntheticTenant(const SyntheticTenantSpec &spec, QString *error)
{
    TenantModel model;
    if (!model.generate(spec, error))
        return {};
    return model.toJson();
}

bool AzureEmulator::loadSyntheticTenant(const SyntheticTenantSpec &spec, QString *error)
{
    if (!d->model.generate(spec, error))
        return false;
    d->access.clear();
    return true;
}

bool AzureEmulator::listen(quint16 port, QString *error)
{
    d->newServer();
    d->tls = false;
    const quint16 bound = d->server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    d->port = bound;
    return true;
}

bool AzureEmulator::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port,
                              QString *error)
{
    d->newServer();
    d->tls = true;
    d->server->sslSetup(certificate, key);
    const QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    d->tlsHost = names.isEmpty()
                     ? certificate.subjectInfo(QSslCertificate::CommonName).value(0, u"localhost"_s)
                     : names.first();
    const quint16 bound = d->server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    d->port = bound;
    return true;
}

quint16 AzureEmulator::port() const
{
    return d->port;
}

QUrl AzureEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->tls ? u"https"_s : u"http"_s);
    url.setHost(d->tls ? d->tlsHost : u"127.0.0.1"_s);
    url.setPort(d->port);
    return url;
}

FaultOptions &AzureEmulator::faults()
{
    return d->faults;
}

void AzureEmulator::expireAllTokens()
{
    for (TokenInfo &info : d->tokens) {
        info.expiresAtMs = 0;
        info.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    }
}

EmulatorStats AzureEmulator::stats() const
{
    return d->stats;
}

void AzureEmulator::resetStats()
{
    d->stats = EmulatorStats();
}

TenantModel &AzureEmulator::tenant()
{
    return d->model;
}

bool AzureEmulator::addSubscription(const QString &subscriptionId, const QString &displayName,
                                    const QString &parentGroup, const QString &state)
{
    SubscriptionEntry s;
    s.subscriptionId = subscriptionId;
    s.displayName = displayName;
    s.parent =
        parentGroup.compare(d->model.tenantId, Qt::CaseInsensitive) == 0 ? QString() : parentGroup;
    s.state = state;
    return d->model.addSubscription(s);
}

bool AzureEmulator::deleteSubscription(const QString &subscriptionId)
{
    return d->model.deleteSubscription(subscriptionId);
}

bool AzureEmulator::setSubscriptionState(const QString &subscriptionId, const QString &state)
{
    static const QStringList states{u"Enabled"_s, u"Warned"_s, u"PastDue"_s, u"Disabled"_s,
                                    u"Deleted"_s};
    if (!states.contains(state))
        return false;
    return d->model.setSubscriptionState(subscriptionId, state);
}

bool AzureEmulator::moveSubscription(const QString &subscriptionId, const QString &newParentGroup)
{
    return d->model.moveSubscription(subscriptionId, newParentGroup);
}

bool AzureEmulator::addResource(const QString &subscriptionId, const QString &resourceGroup,
                                const QString &type, const QString &name, const QString &location)
{
    if (!type.contains(u'/'))
        return false;
    ResourceEntry r;
    r.resourceGroup = resourceGroup.toUtf8();
    r.name = name.toUtf8();
    r.type = d->model.internType(type.toUtf8());
    r.location = d->model.internLocation(location.toUtf8());
    return d->model.addResource(subscriptionId, std::move(r));
}

bool AzureEmulator::removeResource(const QString &resourceId)
{
    return d->model.removeResource(resourceId);
}

} // namespace atc::emulator
