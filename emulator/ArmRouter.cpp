#include "ArmRouter.h"

#include "EmulatorContext.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

QString armTime(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"M/d/yyyy h:mm:ss AP"_s);
}

} // namespace

ArmRouter::ArmRouter(EmulatorContext &context)
    : m_ctx(context), m_managementGroups(context), m_subscriptions(context), m_resources(context),
      m_permissions(context), m_resourceGraph(context)
{}

HttpReply ArmRouter::handle(const HttpRequest &request)
{
    // Authentication first, as ARM does.
    const QByteArray authorization = request.header("authorization"_ba);
    if (authorization.isEmpty())
        return m_ctx.armError(401, u"AuthenticationFailed"_s,
                              u"Authentication failed. The 'Authorization' header is missing."_s);
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return m_ctx.armError(
            401, u"AuthenticationFailedInvalidHeader"_s,
            u"Authentication failed. The 'Authorization' header is provided in an "
            "invalid format."_s);
    const QByteArray token = authorization.mid(7).trimmed();
    const auto it = m_ctx.tokens.constFind(token);
    if (it == m_ctx.tokens.cend() || m_ctx.model.appIndex(it->clientId) < 0)
        return m_ctx.armError(401, u"InvalidAuthenticationToken"_s,
                              u"The access token is invalid."_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toMSecsSinceEpoch() >= it->expiresAtMs) {
        HttpReply reply = m_ctx.armError(
            401, u"ExpiredAuthenticationToken"_s,
            u"The access token expiry UTC time '%1' is earlier than current UTC time '%2'."_s.arg(
                armTime(it->expiresAt), armTime(now)));
        reply.setHeader("WWW-Authenticate"_ba,
                        "Bearer authorization_uri=\"https://login.windows.net/"_ba +
                            m_ctx.model.tenantId.toLatin1() +
                            "\", error=\"invalid_token\", error_description=\"The access token "
                            "has expired.\""_ba);
        return reply;
    }
    Caller caller;
    caller.app = m_ctx.model.appIndex(it->clientId);
    caller.clientId = m_ctx.model.apps.at(caller.app).clientId;
    caller.objectId = m_ctx.model.apps.at(caller.app).objectId;

    if (request.queryValue(u"api-version"_s).isEmpty())
        return m_ctx.armError(
            400, u"MissingApiVersionParameter"_s,
            u"The api-version query parameter (?api-version=) is required for all "
            "requests."_s);

    const QString path = request.path.endsWith(u'/') && request.path.size() > 1
                             ? request.path.chopped(1)
                             : request.path;
    const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);
    const bool get = request.method == "GET"_ba;
    const bool post = request.method == "POST"_ba;

    // {scope}/providers/Microsoft.Authorization/permissions
    if (seg.size() >= 3 && segmentIs(seg.at(seg.size() - 1), "permissions") &&
        segmentIs(seg.at(seg.size() - 2), "Microsoft.Authorization") &&
        segmentIs(seg.at(seg.size() - 3), "providers") && get) {
        const QString scope = u"/"_s + seg.mid(0, seg.size() - 3).join(u'/');
        return m_permissions.permissions(caller, scope);
    }
    if (HttpReply reply; m_managementGroups.route(request, caller, path, seg, &reply))
        return reply;
    if (seg.size() == 3 && segmentIs(seg.at(0), "providers") &&
        segmentIs(seg.at(1), "Microsoft.ResourceGraph") && segmentIs(seg.at(2), "resources")) {
        if (!post)
            return m_ctx.armError(
                405, u"MethodNotAllowed"_s,
                u"The requested resource does not support http method '%1'."_s.arg(
                    QString::fromLatin1(request.method)));
        return m_resourceGraph.query(request, caller);
    }
    if (!seg.isEmpty() && segmentIs(seg.at(0), "subscriptions") && get) {
        if (seg.size() == 1)
            return m_subscriptions.listSubscriptions(request, caller);
        if (seg.size() == 2)
            return m_subscriptions.getSubscription(caller, seg.at(1));
        if (seg.size() == 3 && segmentIs(seg.at(2), "resources"))
            return m_resources.listResources(request, caller, seg.at(1), path);
        // /subscriptions/{id}/providers/{namespace}/{type}: the provider's own list.
        if (seg.size() == 5 && segmentIs(seg.at(2), "providers"))
            return m_resources.listProviderResources(request, caller, seg.at(1),
                                                     seg.at(3) + u'/' + seg.at(4), path);
    }
    if (seg.size() == 1 && segmentIs(seg.at(0), "tenants") && get)
        return m_subscriptions.listTenants(request);

    return m_ctx.armError(
        404, u"NotFound"_s,
        u"The resource path '%1' is not served by the Azure emulator."_s.arg(path));
}

} // namespace atc::emulator
