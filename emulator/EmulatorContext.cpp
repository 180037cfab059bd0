#include "EmulatorContext.h"

#include "JsonOut.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
}

} // namespace

QByteArray newGuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
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

QUrl EmulatorContext::baseUrl() const
{
    QUrl url;
    url.setScheme(tls ? u"https"_s : u"http"_s);
    url.setHost(tls ? tlsHost : u"127.0.0.1"_s);
    url.setPort(port);
    return url;
}

HttpReply EmulatorContext::jsonReply(QByteArray body, bool subscriptionScoped)
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

HttpReply EmulatorContext::armError(int status, const QString &code, const QString &message)
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

HttpReply EmulatorContext::authorizationFailed(const Caller &caller, const QString &action,
                                               const QString &scope)
{
    return armError(403, u"AuthorizationFailed"_s,
                    u"The client '%1' with object id '%2' does not have authorization to perform "
                    "action '%3' over scope '%4' or the scope is invalid. If access was recently "
                    "granted, please refresh your credentials."_s.arg(
                        caller.clientId, caller.objectId, action, scope));
}

HttpReply EmulatorContext::aadError(int status, const char *error, int code,
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

const AppAccess &EmulatorContext::accessFor(int app)
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

QByteArray EmulatorContext::baseUrlFor(const HttpRequest &request) const
{
    const QByteArray host = request.header("host"_ba);
    if (!host.isEmpty())
        return (tls ? "https://"_ba : "http://"_ba) + host;
    return baseUrl().toEncoded();
}

int EmulatorContext::pageSize(const HttpRequest &request) const
{
    int size = faults.pageSize > 0 ? faults.pageSize : DefaultPageSize;
    bool ok = false;
    const int top = request.queryValue(u"$top"_s).toInt(&ok);
    if (ok && top > 0)
        size = qMin(size, top);
    return size;
}

bool EmulatorContext::pageWindow(const HttpRequest &request, qint64 *offset, bool *emptyServed,
                                 HttpReply *error)
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

QJsonArray EmulatorContext::ancestorsChain(const QList<int> &chain) const
{
    QJsonArray out;
    for (const int g : chain) {
        const ManagementGroupNode &node = model.groups.at(std::size_t(g));
        out.append(QJsonObject{{"name"_L1, node.name}, {"displayName"_L1, node.displayName}});
    }
    return out;
}

} // namespace atc::emulator
