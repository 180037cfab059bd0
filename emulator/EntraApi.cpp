#include "EntraApi.h"

#include "EmulatorContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
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

} // namespace

bool EntraApi::route(const HttpRequest &request, HttpReply *reply)
{
    static const QRegularExpression tokenPath(u"^/([^/]+)/oauth2/v2\\.0/token/?$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (const auto m = tokenPath.match(request.path); m.hasMatch()) {
        ++m_ctx.stats.tokenRequests;
        if (request.method != "POST"_ba)
            *reply = m_ctx.aadError(
                405, "invalid_request", 900561,
                u"The endpoint only accepts POST requests. Received a %1 request."_s.arg(
                    QString::fromLatin1(request.method)));
        else
            *reply = handleToken(request, m.captured(1));
        return true;
    }
    static const QRegularExpression discoveryPath(
        u"^/([^/]+)/v2\\.0/\\.well-known/openid-configuration$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = discoveryPath.match(request.path); m.hasMatch()) {
        *reply = openIdConfiguration(request, m.captured(1));
        return true;
    }
    return false;
}

bool EntraApi::checkTenant(const QString &tenant, const char *notFoundError, HttpReply *reply)
{
    if (isGuidText(tenant)) {
        if (QUuid::fromString(tenant).isNull()) {
            *reply =
                m_ctx.aadError(400, notFoundError, 90002,
                               u"Requested tenant identifier '%1' is not valid. Tenant identifiers "
                               "may not be an empty GUID."_s.arg(tenant));
            return false;
        }
    } else if (!isDnsName(tenant)) {
        *reply =
            m_ctx.aadError(400, "invalid_request", 900023,
                           u"Specified tenant identifier '%1' is neither a valid DNS name, nor a "
                           "valid external domain."_s.arg(tenant));
        return false;
    }
    if (!m_ctx.model.matchesTenant(tenant)) {
        *reply =
            m_ctx.aadError(400, notFoundError, 90002,
                           u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                           "ID and are signing into the correct cloud. Check with your "
                           "subscription administrator, this may happen if there are no active "
                           "subscriptions for the tenant."_s.arg(tenant));
        return false;
    }
    return true;
}

HttpReply EntraApi::openIdConfiguration(const HttpRequest &request, const QString &tenant)
{
    HttpReply error;
    if (!checkTenant(tenant, "invalid_tenant", &error))
        return error;
    const QString base = QString::fromLatin1(m_ctx.baseUrlFor(request));
    const QString authority = base + u"/"_s + m_ctx.model.tenantId;
    const QJsonObject o{
        {"token_endpoint"_L1, QString(authority + u"/oauth2/v2.0/token"_s)},
        {"token_endpoint_auth_methods_supported"_L1,
         QJsonArray{u"client_secret_post"_s, u"private_key_jwt"_s, u"client_secret_basic"_s}},
        {"issuer"_L1, QString(base + u"/"_s + m_ctx.model.tenantId + u"/v2.0"_s)},
        {"authorization_endpoint"_L1, QString(authority + u"/oauth2/v2.0/authorize"_s)},
        {"jwks_uri"_L1, QString(base + u"/"_s + m_ctx.model.tenantId + u"/discovery/v2.0/keys"_s)},
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

HttpReply EntraApi::handleToken(const HttpRequest &request, const QString &tenant)
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
        return m_ctx.aadError(
            400, "invalid_request", 900144,
            u"The request body must contain the following parameter: 'grant_type'."_s);
    if (grantType != u"client_credentials"_s)
        return m_ctx.aadError(
            400, "unsupported_grant_type", 70003,
            u"The app requested an unsupported grant type '%1'."_s.arg(grantType));
    if (clientId.isEmpty())
        return m_ctx.aadError(
            400, "invalid_request", 900144,
            u"The request body must contain the following parameter: 'client_id'."_s);
    const int appIndex = m_ctx.model.appIndex(clientId);
    if (appIndex < 0)
        return m_ctx.aadError(
            400, "unauthorized_client", 700016,
            u"Application with identifier '%1' was not found in the directory '%2'. "
            "This can happen if the application has not been installed by the "
            "administrator of the tenant or consented to by any user in the tenant. "
            "You may have sent your authentication request to the wrong tenant."_s.arg(clientId,
                                                                                       tenant));
    const AppRegistration &app = m_ctx.model.apps.at(appIndex);
    const QString scope = field("scope");
    if (scope.isEmpty())
        return m_ctx.aadError(400, "invalid_request", 900144,
                              u"The request body must contain the following parameter: 'scope'."_s);
    if (!scope.endsWith(u"/.default"_s) || scope.contains(u' '))
        return m_ctx.aadError(
            400, "invalid_scope", 1002012,
            u"The provided value for scope %1 is not valid. Client credential flows "
            "must have a scope value with /.default suffixed to the resource "
            "identifier (application ID URI)."_s.arg(scope));
    if (field("client_assertion").size() > 0)
        return m_ctx.aadError(401, "invalid_client", 700027,
                              u"Client assertion failed signature validation."_s);
    if (!hasSecret || secret.isEmpty())
        return m_ctx.aadError(400, "invalid_request", 7000218,
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
        return m_ctx.aadError(
            401, "invalid_client", 7000222,
            u"The provided client secret keys for app '%1' are expired. Visit the "
            "Azure portal to create new keys for your app: "
            "https://aka.ms/NewClientSecret, or consider using certificate "
            "credentials for added security: https://aka.ms/certCreds."_s.arg(app.clientId));
    if (!validMatch)
        return m_ctx.aadError(
            401, "invalid_client", 7000215,
            u"Invalid client secret provided. Ensure the secret being sent in the "
            "request is the client secret value, not the client secret ID, for a "
            "secret added to app '%1'."_s.arg(app.clientId));

    // A JWT-shaped but opaque token: only this emulator can validate it (by lookup).
    const int lifetime = qMax(0, m_ctx.faults.tokenLifetimeSeconds);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QJsonObject claims{{"aud"_L1, scope.left(scope.size() - int(qstrlen("/.default")))},
                       {"iss"_L1, u"https://sts.windows.net/%1/"_s.arg(m_ctx.model.tenantId)},
                       {"iat"_L1, nowSecs},
                       {"nbf"_L1, nowSecs},
                       {"exp"_L1, nowSecs + lifetime},
                       {"appid"_L1, app.clientId},
                       {"oid"_L1, app.objectId},
                       {"tid"_L1, m_ctx.model.tenantId}};
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    const QByteArray token = base64Url(R"({"typ":"JWT","alg":"none"})"_ba) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(random);
    TokenInfo info;
    info.clientId = app.clientId;
    info.expiresAtMs = now.toMSecsSinceEpoch() + qint64(lifetime) * 1000;
    info.expiresAt = now.addSecs(lifetime);
    m_ctx.tokens.insert(token, info);

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
} // namespace atc::emulator
