#include "QualysFakeState.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

QJsonValue timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(QualysClock::v1Timestamp(when)) : QJsonValue();
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(id);
    return out;
}

QJsonValue secretMark(const QString &secret)
{
    return secret.isEmpty() ? QJsonValue() : QJsonValue(u"***"_s);
}

} // namespace

QualysFakeState::QualysFakeState()
{
    resetData();
}

void QualysFakeState::resetData()
{
    clock.reset();
    jwt.rotateKey();
    azure = {};
    users.clear();
    tenants.clear();
    members.clear();
    tags.clear();
    connectorErrors.clear();
    customerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_nextTenantId = 1204001;
    m_nextMemberId = 657901;
    m_nextTagId = 2066001;
}

const FakeQualysUser *QualysFakeState::userByLogin(const QString &login) const
{
    for (const FakeQualysUser &u : users) {
        if (u.login == login)
            return &u;
    }
    return nullptr;
}

const FakeQualysUser *QualysFakeState::userByClientId(const QString &clientId) const
{
    for (const FakeQualysUser &u : users) {
        if (!u.clientId.isEmpty() && u.clientId == clientId)
            return &u;
    }
    return nullptr;
}

QualysTenantConnector *QualysFakeState::tenantConnector(qint64 id, bool includeDeleted)
{
    auto it = tenants.find(id);
    if (it == tenants.end() || (it->isDeleted && !includeDeleted))
        return nullptr;
    return &*it;
}

QualysMemberConnector *QualysFakeState::member(qint64 id, bool includeDeleted)
{
    auto it = members.find(id);
    if (it == members.end() || (it->isDeleted && !includeDeleted))
        return nullptr;
    return &*it;
}

QualysMemberConnector *QualysFakeState::memberByUuid(const QString &uuid)
{
    for (auto &m : members) {
        if (!m.isDeleted && m.uuid.compare(uuid, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QualysTag *QualysFakeState::tag(qint64 id)
{
    auto it = tags.find(id);
    return it == tags.end() ? nullptr : &*it;
}

void QualysFakeState::addUser(const FakeQualysUser &user)
{
    for (FakeQualysUser &u : users) {
        if (u.login == user.login) {
            u = user;
            return;
        }
    }
    users.append(user);
}

QJsonObject QualysFakeState::toJson() const
{
    QJsonArray tenantList;
    for (const QualysTenantConnector &t : tenants) {
        tenantList.append(QJsonObject{
            {"id"_L1, t.id},
            {"name"_L1, t.name},
            {"description"_L1, t.description},
            {"tenantId"_L1, t.tenantId},
            {"applicationId"_L1, t.applicationId},
            {"secretValue"_L1, secretMark(t.secretValue)},
            {"connectorAppInfos"_L1, QJsonArray::fromStringList(t.appNames)},
            {"orgRunFrequency"_L1, t.orgRunFrequency},
            {"connectorRunFrequency"_L1, t.connectorRunFrequency},
            {"includedMem"_L1, QJsonArray::fromStringList(t.includedMem)},
            {"excludedMem"_L1, QJsonArray::fromStringList(t.excludedMem)},
            {"isCreateConnectorForNewSubscriptionsAutomatically"_L1, t.createForNewSubscriptions},
            {"isDisableConnectorsForDeletedManagementGroups"_L1, t.disableForDeletedGroups},
            {"autoActivateVM"_L1, t.autoActivateVM},
            {"autoActivatePC"_L1, t.autoActivatePC},
            {"autoActivateSCA"_L1, t.autoActivateSCA},
            {"autoActivateCertView"_L1, t.autoActivateCertView},
            {"isRemediationEnabled"_L1, t.isRemediationEnabled},
            {"connectorPrefixName"_L1, t.connectorPrefixName},
            {"defaultTagIds"_L1, idArray(t.defaultTagIds)},
            {"isDisabled"_L1, t.isDisabled},
            {"isDeleted"_L1, t.isDeleted},
            {"lastSynced"_L1, timeOrNull(t.lastSynced)},
            {"lastError"_L1, t.lastError.isEmpty() ? QJsonValue() : QJsonValue(t.lastError)},
            {"syncs"_L1, t.syncs}});
    }
    QJsonArray memberList;
    for (const QualysMemberConnector &m : members) {
        memberList.append(QJsonObject{
            {"id"_L1, m.id},
            {"uuid"_L1, m.uuid},
            {"name"_L1, m.name},
            {"description"_L1, m.description},
            {"applicationId"_L1, m.applicationId},
            {"directoryId"_L1, m.directoryId},
            {"subscriptionId"_L1, m.subscriptionId},
            {"authenticationKey"_L1, secretMark(m.authenticationKey)},
            {"activation"_L1, QJsonArray::fromStringList(m.activation)},
            {"connectorAppInfos"_L1, QJsonArray::fromStringList(m.appNames)},
            {"runFrequency"_L1, m.runFrequency},
            {"disabled"_L1, m.disabled},
            {"isDeleted"_L1, m.isDeleted},
            {"isCPSEnabled"_L1, m.isCPSEnabled},
            {"defaultTagIds"_L1, idArray(m.defaultTagIds)},
            {"state"_L1, m.state},
            {"lastError"_L1, m.lastError.isEmpty() ? QJsonValue() : QJsonValue(m.lastError)},
            {"lastSync"_L1, timeOrNull(m.lastSync)},
            {"organizationConnectorId"_L1, m.orgConnectorId},
            {"isAttachedToOrgConnector"_L1, m.orgConnectorId != 0},
            {"secondaryAppIds"_L1, QJsonArray::fromStringList(m.secondaryAppIds)}});
    }
    QJsonArray tagList;
    for (const QualysTag &t : tags) {
        tagList.append(QJsonObject{{"id"_L1, t.id},
                                   {"name"_L1, t.name},
                                   {"parentTagId"_L1, t.parentTagId},
                                   {"ruleType"_L1, t.ruleType}});
    }
    QJsonArray userList;
    for (const FakeQualysUser &u : users) {
        userList.append(QJsonObject{{"login"_L1, u.login},
                                    {"clientId"_L1, u.clientId},
                                    {"apiAccess"_L1, u.apiAccess},
                                    {"connectorsPermission"_L1, u.connectorsPermission},
                                    {"deactivated"_L1, u.deactivated}});
    }
    return {{"now"_L1, QualysClock::v1Timestamp(clock.now())},
            {"speculative"_L1, speculative},
            {"variant"_L1, variant.toJson()},
            {"tenantConnectors"_L1, tenantList},
            {"memberConnectors"_L1, memberList},
            {"tags"_L1, tagList},
            {"users"_L1, userList},
            {"azure"_L1, azure.toJson()}};
}

} // namespace atc::emulator::qualys
