#pragma once

#include "FakeQualysTypes.h"
#include "QualysClock.h"
#include "QualysJwt.h"
#include "QualysVariant.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace atc::emulator::qualys {

/** A tenant ("Azure organization") connector as stored. The secret never leaves the fake. */
struct QualysTenantConnector
{
    qint64 id = 0;
    QString name;
    QString description;
    QString applicationId;
    QString secretValue;
    QString tenantId;
    QStringList appNames;              ///< AI, CI, CSA
    int orgRunFrequency = 0;           ///< stored minutes (rounded when the day rule applies)
    int orgRunFrequencySent = 0;       ///< as sent
    int connectorRunFrequency = 0;     ///< stored minutes, whole days
    int connectorRunFrequencySent = 0; ///< as sent
    QStringList includedMem;
    QStringList excludedMem;
    bool createForNewSubscriptions = false;
    bool disableForDeletedGroups = false;
    bool autoActivateCertView = false;
    bool autoActivatePC = false;
    bool autoActivateVM = false;
    bool autoActivateSCA = false;
    bool isRemediationEnabled = false;
    QString connectorPrefixName;
    QList<qint64> defaultTagIds;
    QJsonObject echoed; ///< optional fields the client sent, echoed back only when sent
    bool isDisabled = false;
    bool isDeleted = false;
    QDateTime lastSynced;
    QString lastError;
    QDateTime nextSync;
    int syncs = 0;
    QString userName;
};

/** A subscription (member) connector: QPS AzureAssetDataConnector and v1.0 member at once. */
struct QualysMemberConnector
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString description;
    QString applicationId;
    QString directoryId;
    QString subscriptionId;
    QString authenticationKey;
    QString subscriptionName;
    QStringList activation; ///< QPS vocabulary: VM, PC, SCA, CERTVIEW, CLOUDVIEW
    QStringList appNames;
    int runFrequency = 1440;
    bool disabled = false;
    bool isDeleted = false;
    bool isRemediationEnabled = false;
    bool isCPSEnabled = false;
    bool isGovCloudConfigured = false;
    QList<qint64> defaultTagIds;
    QJsonObject scanConfig;
    QString state = QStringLiteral("QUEUED");
    QString lastError;
    QDateTime lastSync;
    QDateTime nextSync;
    qint64 orgConnectorId = 0; ///< 0 = not attached
    QStringList secondaryAppIds;
    QString userName;
};

struct QualysTag
{
    qint64 id = 0;
    QString name;
    qint64 parentTagId = 0;
    QString ruleType = QStringLiteral("STATIC");
    QString ruleText;
    QString color;
    QDateTime created;
    QDateTime modified;
};

struct QualysConnectorError
{
    qint64 connectorId = 0;
    QString errorMessage;
    QDateTime created;
};

/**
 * Everything the fake knows, shared by its API classes (one thread: the fake's).
 * Ids only grow, so that a deleted object's id is never reused.
 */
class QualysFakeState
{
public:
    QualysFakeState();

    /** Users, Azure view, objects, tokens, clock; keeps variant and rate limits. */
    void resetData();

    // Look-ups; nullptr when absent (deleted objects are absent unless `includeDeleted`).
    const FakeQualysUser *userByLogin(const QString &login) const;
    const FakeQualysUser *userByClientId(const QString &clientId) const;
    QualysTenantConnector *tenantConnector(qint64 id, bool includeDeleted = false);
    QualysMemberConnector *member(qint64 id, bool includeDeleted = false);
    QualysMemberConnector *memberByUuid(const QString &uuid);
    QualysTag *tag(qint64 id);
    void addUser(const FakeQualysUser &user);

    qint64 nextTenantId() { return m_nextTenantId++; }
    qint64 nextMemberId() { return m_nextMemberId++; }
    qint64 nextTagId() { return m_nextTagId++; }

    /** GET /__fake/state: connectors, members, tags, users; secrets as "***". */
    QJsonObject toJson() const;

    QualysClock clock;
    QualysJwt jwt;
    QualysVariant variant;
    bool speculative = false;
    FakeQualysAzureTenant azure;
    QList<FakeQualysUser> users;
    QMap<qint64, QualysTenantConnector> tenants; ///< by id, ordered
    QMap<qint64, QualysMemberConnector> members;
    QMap<qint64, QualysTag> tags;
    QList<QualysConnectorError> connectorErrors;
    QString customerId;

private:
    qint64 m_nextTenantId = 1204001;
    qint64 m_nextMemberId = 657901;
    qint64 m_nextTagId = 2066001;
};

} // namespace atc::emulator::qualys
