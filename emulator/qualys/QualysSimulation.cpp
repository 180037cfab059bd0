#include "QualysSimulation.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

void QualysSimulation::advance(qint64 seconds)
{
    qint64 left = qBound<qint64>(0, seconds, MaxAdvanceSecs);
    if (left == 0) {
        tick();
        return;
    }
    while (left > 0) {
        const qint64 step = qMin(left, TickSecs);
        m_state.clock.advance(step);
        left -= step;
        tick();
    }
}

void QualysSimulation::tick()
{
    runMembers();
    for (QualysTenantConnector &t : m_state.tenants) {
        if (!t.isDeleted && !t.isDisabled && t.nextSync.isValid() &&
            t.nextSync <= m_state.clock.now())
            syncTenant(t);
    }
}

QString QualysSimulation::azureError(const QString &tenantId, const QString &applicationId,
                                     const QString &secret) const
{
    const FakeQualysAzureTenant &azure = m_state.azure;
    if (azure.isEmpty() || azure.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
        return u"AADSTS90002: Tenant '%1' not found."_s.arg(tenantId);
    const auto it = azure.appSecrets.constFind(applicationId.toLower());
    if (it == azure.appSecrets.constEnd()) {
        return u"AADSTS700016: Application with identifier '%1' was not found in the directory."_s
            .arg(applicationId);
    }
    if (*it != secret) {
        return u"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in "
               "the request is the client secret value, not the client secret ID, for a secret "
               "added to app '%1'."_s.arg(applicationId);
    }
    return {};
}

void QualysSimulation::runMembers()
{
    const QDateTime now = m_state.clock.now();
    for (QualysMemberConnector &m : m_state.members) {
        if (m.isDeleted)
            continue;
        if (m.disabled) {
            m.state = u"DISABLED"_s;
            continue;
        }
        if (m.state == "PROCESSING"_L1) {
            QString error = azureError(m.directoryId, m.applicationId, m.authenticationKey);
            if (error.isEmpty()) {
                bool found = false;
                for (const auto &s : m_state.azure.subscriptions)
                    found = found || s.id.compare(m.subscriptionId, Qt::CaseInsensitive) == 0;
                if (!found)
                    error = u"Subscription '%1' could not be found."_s.arg(m.subscriptionId);
            }
            m.lastSync = now;
            m.nextSync = now.addSecs(qint64(m.runFrequency) * 60);
            m.lastError = error;
            m.state = error.isEmpty() ? u"FINISHED_SUCCESS"_s : u"FINISHED_ERRORS"_s;
            if (!error.isEmpty() && m_state.connectorErrors.size() < 10000)
                m_state.connectorErrors.append({m.id, error, now});
        } else if (m.state == "QUEUED"_L1 || m.state == "DISABLED"_L1) {
            m.state = u"PROCESSING"_s;
        } else if (m.nextSync.isValid() && m.nextSync <= now) {
            m.state = u"QUEUED"_s;
        }
    }
}

bool QualysSimulation::underGroup(const QString &groupId, const QString &ancestorId) const
{
    QString current = groupId;
    // Bounded: a malformed fixture with a cycle cannot loop forever.
    for (int depth = 0; depth < 64 && !current.isEmpty(); ++depth) {
        if (current.compare(ancestorId, Qt::CaseInsensitive) == 0)
            return true;
        QString parent;
        for (const auto &g : m_state.azure.managementGroups) {
            if (g.id.compare(current, Qt::CaseInsensitive) == 0)
                parent = g.parentId;
        }
        current = parent;
    }
    return false;
}

QStringList QualysSimulation::inScopeSubscriptions(const QualysTenantConnector &t) const
{
    QStringList ids;
    for (const auto &s : m_state.azure.subscriptions) {
        // Disabled subscriptions are skipped [I]; the root group holds parentless ones.
        if (s.state == "Disabled"_L1 || s.state == "Deleted"_L1)
            continue;
        const QString parent = s.parentId.isEmpty() ? m_state.azure.tenantId : s.parentId;
        bool in = t.includedMem.isEmpty();
        for (const QString &g : t.includedMem)
            in = in || underGroup(parent, g);
        for (const QString &g : t.excludedMem)
            in = in && !underGroup(parent, g);
        if (in)
            ids.append(s.id);
    }
    return ids;
}

void QualysSimulation::syncTenant(QualysTenantConnector &t)
{
    const QDateTime now = m_state.clock.now();
    t.lastSynced = now;
    t.nextSync = now.addSecs(qint64(qMax(1, t.orgRunFrequency)) * 60);
    const bool firstSync = t.syncs == 0;
    ++t.syncs;
    t.lastError = azureError(t.tenantId, t.applicationId, t.secretValue);
    if (!t.lastError.isEmpty())
        return;

    const QStringList inScope = inScopeSubscriptions(t);
    for (QualysMemberConnector &m : m_state.members) {
        if (m.isDeleted || m.orgConnectorId != t.id || !t.disableForDeletedGroups)
            continue;
        // A member whose subscription left the tenant (or its group) is disabled.
        bool present = false;
        for (const auto &s : m_state.azure.subscriptions)
            present = present || s.id.compare(m.subscriptionId, Qt::CaseInsensitive) == 0;
        if (!present && !m.disabled) {
            m.disabled = true;
            m.state = u"DISABLED"_s;
        }
    }
    if (!firstSync && !t.createForNewSubscriptions)
        return;
    for (const QString &subscriptionId : inScope) {
        bool exists = false;
        for (const QualysMemberConnector &m : m_state.members) {
            exists = exists || (!m.isDeleted && m.orgConnectorId == t.id &&
                                m.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0);
        }
        if (exists)
            continue;
        QString displayName = subscriptionId;
        for (const auto &s : m_state.azure.subscriptions) {
            if (s.id == subscriptionId)
                displayName = s.displayName;
        }
        QualysMemberConnector m;
        m.id = m_state.nextMemberId();
        m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString prefix = t.connectorPrefixName.isEmpty() ? t.name : t.connectorPrefixName;
        m.name = QString(prefix + u'-' + displayName).left(255);
        m.applicationId = t.applicationId;
        m.directoryId = t.tenantId;
        m.subscriptionId = subscriptionId;
        m.subscriptionName = displayName;
        m.authenticationKey = t.secretValue;
        if (t.autoActivateVM)
            m.activation.append(u"VM"_s);
        if (t.autoActivatePC)
            m.activation.append(u"PC"_s);
        if (t.autoActivateSCA)
            m.activation.append(u"SCA"_s);
        if (t.autoActivateCertView)
            m.activation.append(u"CERTVIEW"_s);
        if (t.appNames.contains(u"CI"_s))
            m.activation.append(u"CLOUDVIEW"_s);
        m.appNames = t.appNames;
        m.runFrequency = t.connectorRunFrequency;
        m.isRemediationEnabled = t.isRemediationEnabled;
        m.defaultTagIds = t.defaultTagIds;
        m.state = u"QUEUED"_s;
        m.orgConnectorId = t.id;
        m.userName = t.userName;
        m_state.members.insert(m.id, m);
    }
}

} // namespace atc::emulator::qualys
