#include "QualysSpeculativeApi.h"

#include "QualysGatewayApi.h"
#include "QualysResponses.h"
#include "QualysTenantValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

HttpReply QualysSpeculativeApi::get(const QualysGatewayApi &gw, const HttpRequest &request,
                                    qint64 id)
{
    const QualysTenantConnector *t = m_state.tenantConnector(id);
    if (!t)
        return gw.error(404, u"Tenant connector %1 not found"_s.arg(id), request);
    return QualysResponses::json(200, QualysResponses::tenantObject(*t, m_state.variant));
}

HttpReply QualysSpeculativeApi::list(const QualysGatewayApi &gw, const HttpRequest &request)
{
    QJsonArray all;
    for (const QualysTenantConnector &t : m_state.tenants) {
        if (!t.isDeleted)
            all.append(QualysResponses::tenantObject(t, m_state.variant));
    }
    return gw.pagedReply(all, request);
}

HttpReply QualysSpeculativeApi::remove(const QualysGatewayApi &gw, const HttpRequest &request,
                                       qint64 id)
{
    QualysTenantConnector *t = m_state.tenantConnector(id);
    if (!t)
        return gw.error(404, u"Tenant connector %1 not found"_s.arg(id), request);
    t->isDeleted = true;
    return QualysResponses::json(200, QualysResponses::tenantObject(*t, m_state.variant));
}

HttpReply QualysSpeculativeApi::run(const QualysGatewayApi &gw, const HttpRequest &request,
                                    qint64 id)
{
    QualysTenantConnector *t = m_state.tenantConnector(id);
    if (!t)
        return gw.error(404, u"Tenant connector %1 not found"_s.arg(id), request);
    if (t->isDisabled)
        return gw.error(400, u"the tenant connector is disabled"_s, request);
    t->nextSync = m_state.clock.now();
    return QualysResponses::json(200, QualysResponses::tenantObject(*t, m_state.variant));
}

HttpReply QualysSpeculativeApi::detach(const QualysGatewayApi &gw, const HttpRequest &request)
{
    QJsonDocument doc;
    HttpReply failure;
    if (!gw.requireJsonBody(request, &doc, &failure))
        return failure;
    const QJsonValue memberId = doc.object().value("connectorId"_L1);
    const QJsonValue orgId = doc.object().value("organizationConnectorId"_L1);
    if (!QualysTenantValidator::isInteger(memberId) || !QualysTenantValidator::isInteger(orgId))
        return gw.error(400, u"connectorId and organizationConnectorId must be integers"_s,
                        request);
    QualysMemberConnector *m = m_state.member(qint64(memberId.toDouble()));
    const QualysTenantConnector *t = m_state.tenantConnector(qint64(orgId.toDouble()));
    if (!m || !t)
        return gw.error(404, u"connector not found"_s, request);
    if (m->orgConnectorId != t->id)
        return gw.error(400, u"the connector is not attached to this tenant connector"_s, request);
    m->orgConnectorId = 0;
    return QualysResponses::json(200, QualysResponses::memberObject(*m));
}

HttpReply QualysSpeculativeApi::managementGroups(const QualysGatewayApi &gw,
                                                 const HttpRequest &request, qint64 id)
{
    const QualysTenantConnector *t = m_state.tenantConnector(id);
    if (!t)
        return gw.error(404, u"Tenant connector %1 not found"_s.arg(id), request);
    QJsonArray all;
    if (m_state.azure.tenantId.compare(t->tenantId, Qt::CaseInsensitive) == 0) {
        for (const auto &g : m_state.azure.managementGroups) {
            all.append(QJsonObject{
                {"id"_L1, g.id}, {"displayName"_L1, g.displayName}, {"parentId"_L1, g.parentId}});
        }
    }
    return gw.pagedReply(all, request);
}

} // namespace atc::emulator::qualys
