#include "QualysGatewayApi.h"

#include "QualysResponses.h"
#include "QualysSpeculativeApi.h"
#include "QualysTenantValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

enum class Route
{
    None,
    Create,
    Update,
    Status,
    Attach,
    ValidOrgs,
    List,
    RegisterSecondary,
    SpecGet,
    SpecList,
    SpecDelete,
    SpecRun,
    SpecDetach,
    SpecGroups,
};

struct Match
{
    Route route = Route::None;
    qint64 id = 0;
    QString cloud;
    bool methodAllowed = true;
};

/** Route by path, then method. Speculative routes exist only when switched on. */
Match matchRoute(const HttpRequest &r, bool speculative)
{
    static const QRegularExpression orgId(u"^/connectors/v1\\.0/org/azure/(\\d{1,15})$"_s);
    static const QRegularExpression orgRun(u"^/connectors/v1\\.0/org/azure/(\\d{1,15})/run$"_s);
    static const QRegularExpression orgGroups(
        u"^/connectors/v1\\.0/org/azure/(\\d{1,15})/managementgroups$"_s);
    static const QRegularExpression validOrgs(
        u"^/connectors/v1\\.0/azure/valid-org-connectors/(\\d{1,15})$"_s);
    static const QRegularExpression cloudList(u"^/connectors/v1\\.0/([^/]+)/list$"_s);
    Match m;
    auto one = [&m, &r](Route route, const char *method) {
        m.route = route;
        m.methodAllowed = r.method == method;
    };
    const QString &p = r.path;
    QRegularExpressionMatch rm;
    if (p == "/connectors/v1.0/org/azure/"_L1) {
        one(Route::Create, "POST");
    } else if (p == "/connectors/v1.0/org/azure/status/"_L1) {
        m.route = Route::Status;
        m.methodAllowed = r.method == "PUT"_ba || r.method == "POST"_ba;
    } else if (p == "/connectors/v1.0/azure/attach"_L1) {
        one(Route::Attach, "PUT");
    } else if (p == "/connectors/v1.0/azure/registerSecondaryApplication"_L1) {
        one(Route::RegisterSecondary, "POST");
    } else if ((rm = validOrgs.match(p)).hasMatch()) {
        one(Route::ValidOrgs, "GET");
        m.id = rm.captured(1).toLongLong();
    } else if ((rm = orgId.match(p)).hasMatch()) {
        m.id = rm.captured(1).toLongLong();
        if (r.method == "POST"_ba)
            m.route = Route::Update;
        else if (speculative && r.method == "GET"_ba)
            m.route = Route::SpecGet;
        else if (speculative && r.method == "DELETE"_ba)
            m.route = Route::SpecDelete;
        // Otherwise the path does not exist for this method (S1/S3 are off): 404, not 405.
    } else if (speculative && p == "/connectors/v1.0/org/azure/list"_L1) {
        one(Route::SpecList, "GET");
    } else if (speculative && (rm = orgRun.match(p)).hasMatch()) {
        one(Route::SpecRun, "POST");
        m.id = rm.captured(1).toLongLong();
    } else if (speculative && p == "/connectors/v1.0/azure/detach"_L1) {
        one(Route::SpecDetach, "PUT");
    } else if (speculative && (rm = orgGroups.match(p)).hasMatch()) {
        one(Route::SpecGroups, "GET");
        m.id = rm.captured(1).toLongLong();
    } else if ((rm = cloudList.match(p)).hasMatch() && rm.captured(1) != "org"_L1) {
        one(Route::List, "GET");
        m.cloud = rm.captured(1);
    }
    return m;
}

} // namespace

QualysGatewayApi::QualysGatewayApi(QualysFakeState &state, QualysAuthApi &auth,
                                   QualysSpeculativeApi &speculative)
    : m_state(state), m_auth(auth), m_speculative(speculative)
{}

HttpReply QualysGatewayApi::error(int status, const QString &message,
                                  const HttpRequest &request) const
{
    return QualysResponses::v1Error(status, message, request.path, m_state.variant,
                                    m_state.clock.now());
}

bool QualysGatewayApi::requireJsonBody(const HttpRequest &request, QJsonDocument *doc,
                                       HttpReply *failure) const
{
    if (!request.header("content-type"_ba).toLower().startsWith("application/json"_ba)) {
        *failure = error(415, u"Content-Type must be application/json"_s, request);
        return false;
    }
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = error(400, u"the request body is not valid JSON"_s, request);
        return false;
    }
    return true;
}

HttpReply QualysGatewayApi::pagedReply(const QJsonArray &all, const HttpRequest &request) const
{
    QJsonObject page;
    if (!QualysResponses::paged(all, request, m_state.variant.pagedDefaultSize, &page))
        return error(400, u"pageSize must be 1-100 and pageNumber 0 or more"_s, request);
    return QualysResponses::json(200, page);
}

HttpReply QualysGatewayApi::handle(const HttpRequest &request, QStringList *unknownFields)
{
    HttpReply reply;
    if (m_auth.route(request, &reply))
        return reply;
    const Match m = matchRoute(request, m_state.speculative);
    if (m.route == Route::None)
        return error(404, u"Not Found"_s, request);
    if (!m.methodAllowed)
        return error(405, u"Method not allowed"_s, request);
    const FakeQualysUser *user = m_auth.bearerUser(request, &reply);
    if (!user)
        return reply;
    if (!request.header("accept"_ba).toLower().contains("application/json"_ba))
        return error(406, u"Accept must include application/json"_s, request);
    if (!user->connectorsPermission)
        return error(403, u"You do not have permission to manage connectors"_s, request);

    switch (m.route) {
    case Route::Create:
        return createTenant(request, *user, unknownFields);
    case Route::Update:
        return updateTenant(request, m.id, unknownFields);
    case Route::Status:
        return setStatus(request);
    case Route::Attach:
        return attach(request);
    case Route::ValidOrgs:
        return validOrgConnectors(request, m.id);
    case Route::List:
        return list(request, m.cloud);
    case Route::RegisterSecondary:
        return registerSecondary(request);
    case Route::SpecGet:
        return m_speculative.get(*this, request, m.id);
    case Route::SpecList:
        return m_speculative.list(*this, request);
    case Route::SpecDelete:
        return m_speculative.remove(*this, request, m.id);
    case Route::SpecRun:
        return m_speculative.run(*this, request, m.id);
    case Route::SpecDetach:
        return m_speculative.detach(*this, request);
    case Route::SpecGroups:
        return m_speculative.managementGroups(*this, request, m.id);
    case Route::None:
        break;
    }
    return error(404, u"Not Found"_s, request);
}

HttpReply QualysGatewayApi::createTenant(const HttpRequest &request, const FakeQualysUser &user,
                                         QStringList *unknownFields)
{
    QualysTenantConnector t;
    const auto result = QualysTenantValidator(m_state).validate(request, nullptr, &t);
    *unknownFields = result.unknownFields;
    if (result.status != 0)
        return error(result.status, result.message, request);
    t.id = m_state.nextTenantId();
    t.userName = user.login;
    t.nextSync = m_state.clock.now(); // the first sync runs on the next tick
    m_state.tenants.insert(t.id, t);
    const int status = m_state.variant.createReturns201 ? 201 : 200;
    if (m_state.variant.createReturnsIdOnly)
        return QualysResponses::json(status, QJsonObject{{"id"_L1, t.id}});
    return QualysResponses::json(status, QualysResponses::tenantObject(t, m_state.variant));
}

HttpReply QualysGatewayApi::updateTenant(const HttpRequest &request, qint64 id,
                                         QStringList *unknownFields)
{
    QualysTenantConnector *existing = m_state.tenantConnector(id);
    if (!existing)
        return error(404, u"Tenant connector %1 not found"_s.arg(id), request);
    QualysTenantConnector t;
    const auto result = QualysTenantValidator(m_state).validate(request, existing, &t);
    *unknownFields = result.unknownFields;
    if (result.status != 0)
        return error(result.status, result.message, request);
    if (t.lastSynced.isValid())
        t.nextSync = t.lastSynced.addSecs(qint64(t.orgRunFrequency) * 60);
    *existing = t;
    // The secret lives in every member's authRecord: the tenant's rotation reaches them.
    for (QualysMemberConnector &m : m_state.members) {
        if (m.orgConnectorId == id && !m.isDeleted) {
            m.applicationId = t.applicationId;
            m.authenticationKey = t.secretValue;
        }
    }
    return QualysResponses::json(200, QualysResponses::tenantObject(t, m_state.variant));
}

HttpReply QualysGatewayApi::setStatus(const HttpRequest &request)
{
    bool present = false;
    const QString action = request.queryValue(u"action"_s, &present);
    if (action != "ENABLE"_L1 && action != "DISABLE"_L1)
        return error(400, u"action must be ENABLE or DISABLE"_s, request);
    QJsonDocument doc;
    HttpReply failure;
    if (!requireJsonBody(request, &doc, &failure))
        return failure;
    if (!doc.isArray() || doc.array().isEmpty())
        return error(400, u"the body must be a JSON array of connector ids"_s, request);
    QList<qint64> ids;
    for (const QJsonValue &v : doc.array()) {
        if (!QualysTenantValidator::isInteger(v))
            return error(400, u"the body must be a JSON array of connector ids"_s, request);
        const qint64 id = qint64(v.toDouble());
        if (!m_state.tenantConnector(id)) {
            if (m_state.variant.statusUnknownIdIs404)
                return error(404, u"Tenant connector %1 not found"_s.arg(id), request);
            continue;
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    QJsonArray affected;
    const bool disable = action == "DISABLE"_L1;
    for (const qint64 id : ids) {
        QualysTenantConnector *t = m_state.tenantConnector(id);
        if (t->isDisabled != disable && !disable)
            t->nextSync = m_state.clock.now();
        t->isDisabled = disable;
        affected.append(QualysResponses::tenantObject(*t, m_state.variant));
    }
    return pagedReply(affected, request);
}

HttpReply QualysGatewayApi::attach(const HttpRequest &request)
{
    QJsonDocument doc;
    HttpReply failure;
    if (!requireJsonBody(request, &doc, &failure))
        return failure;
    const QJsonObject body = doc.object();
    const QJsonValue memberId = body.value("connectorId"_L1);
    const QJsonValue orgId = body.value("organizationConnectorId"_L1);
    if (!doc.isObject() || !QualysTenantValidator::isInteger(memberId) ||
        !QualysTenantValidator::isInteger(orgId))
        return error(400, u"connectorId and organizationConnectorId must be integers"_s, request);
    QualysMemberConnector *m = m_state.member(qint64(memberId.toDouble()));
    QualysTenantConnector *t = m_state.tenantConnector(qint64(orgId.toDouble()));
    if (!m || !t)
        return error(404, u"connector not found"_s, request);
    if (m->orgConnectorId != 0 && m->orgConnectorId != t->id)
        return error(400, u"the connector is attached to another tenant connector"_s, request);
    if (m->directoryId.compare(t->tenantId, Qt::CaseInsensitive) != 0)
        return error(400, u"the connector's directory is not the tenant connector's"_s, request);
    m->orgConnectorId = t->id;
    return QualysResponses::json(200, QualysResponses::memberObject(*m));
}

HttpReply QualysGatewayApi::validOrgConnectors(const HttpRequest &request, qint64 memberId)
{
    const QualysMemberConnector *m = m_state.member(memberId);
    if (!m)
        return error(404, u"connector %1 not found"_s.arg(memberId), request);
    QJsonArray all;
    for (const QualysTenantConnector &t : m_state.tenants) {
        if (!t.isDeleted && t.tenantId.compare(m->directoryId, Qt::CaseInsensitive) == 0)
            all.append(QualysResponses::tenantObject(t, m_state.variant));
    }
    return pagedReply(all, request);
}

HttpReply QualysGatewayApi::list(const HttpRequest &request, const QString &cloud)
{
    static const QStringList clouds{u"AWS"_s, u"AZURE"_s, u"GCP"_s, u"OCI"_s};
    if (!clouds.contains(cloud))
        return error(400, u"unknown cloud type "_s + cloud, request);
    QJsonArray all;
    if (cloud == "AZURE"_L1) {
        for (const QualysMemberConnector &m : m_state.members) {
            if (!m.isDeleted)
                all.append(QualysResponses::memberObject(m));
        }
    }
    return pagedReply(all, request);
}

HttpReply QualysGatewayApi::registerSecondary(const HttpRequest &request)
{
    QJsonDocument doc;
    HttpReply failure;
    if (!requireJsonBody(request, &doc, &failure))
        return failure;
    const QJsonObject body = doc.object();
    const QJsonValue mappingsValue = body.value("connectorMappings"_L1);
    const QJsonValue credentialsValue = body.value("appCredentials"_L1);
    if (!doc.isObject() || !mappingsValue.isArray() || !credentialsValue.isArray() ||
        mappingsValue.toArray().isEmpty())
        return error(400, u"connectorMappings and appCredentials are required arrays"_s, request);
    QSet<QString> credentialApps;
    QJsonArray maskedCredentials;
    for (const QJsonValue &v : credentialsValue.toArray()) {
        const QString appId = v.toObject().value("appId"_L1).toString();
        const QString secret = v.toObject().value("secretKey"_L1).toString();
        if (!QualysTenantValidator::isGuid(appId) || secret.isEmpty())
            return error(400, u"appCredentials need an appId GUID and a secretKey"_s, request);
        credentialApps.insert(appId.toLower());
        maskedCredentials.append(QJsonObject{{"appId"_L1, appId}, {"secretKey"_L1, "****"_L1}});
    }
    QList<QPair<QualysMemberConnector *, QString>> mappings;
    for (const QJsonValue &v : mappingsValue.toArray()) {
        const QString connectorId = v.toObject().value("connectorId"_L1).toString();
        const QString appId = v.toObject().value("appId"_L1).toString();
        if (!credentialApps.contains(appId.toLower()))
            return error(400, u"no appCredentials for appId "_s + appId, request);
        QualysMemberConnector *m = m_state.memberByUuid(connectorId);
        if (!m)
            return error(404, u"connector "_s + connectorId + u" not found"_s, request);
        mappings.append({m, appId.toLower()});
    }
    for (const auto &mapping : mappings) {
        if (!mapping.first->secondaryAppIds.contains(mapping.second))
            mapping.first->secondaryAppIds.append(mapping.second);
    }
    return QualysResponses::json(200, QJsonObject{{"connectorMappings"_L1, mappingsValue.toArray()},
                                                  {"appCredentials"_L1, maskedCredentials}});
}

} // namespace atc::emulator::qualys
