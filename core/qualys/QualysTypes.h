#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace atc {

/** A tenant ("Azure Organization") connector as the gateway describes it (tolerant reading). */
struct QualysTenantConnector
{
    qint64 id = 0; ///< 0 when the answer carried none
    QString name;
    QString tenantId; ///< organizationId
    QString description;
    QString connectorPrefixName;
    int runFrequencyMinutes = 0;          ///< the tenant polling (orgRunFrequency)
    int connectorRunFrequencyMinutes = 0; ///< the member polling
    QDateTime lastSynced;                 ///< invalid until the first sync
    QString lastError;
    bool disabled = false;
    bool deleted = false;
    QJsonObject raw; ///< the object as received (unknown fields kept for --format json)
};

/** A subscription (member) connector: QPS azureassetdataconnector or a v1.0 member object. */
struct QualysMemberConnector
{
    /** The project's words for the platform's states (docs/qualys.md, "States"). */
    enum class State
    {
        Unknown,
        Queued,    ///< QUEUED, PENDING
        Running,   ///< RUNNING, PROCESSING
        Succeeded, ///< SUCCESS, FINISHED_SUCCESS
        Failed,    ///< ERROR, FINISHED_ERRORS, INCOMPLETE
        Disabled,  ///< DISABLED, or disabled = true
    };

    qint64 id = 0;
    QString uuid; ///< cloudviewUuid / uuid
    QString name;
    QString subscriptionId;
    QString tenantId;      ///< authRecord.directoryId
    QString platformState; ///< as the platform spelled it ("FINISHED_SUCCESS")
    State state = State::Unknown;
    bool disabled = false;
    bool attachedToTenantConnector = false; ///< isAttachedToOrgConnector
    QStringList activatedModules;
    int runFrequencyMinutes = 0;
    QDateTime lastSync;
    QString lastError;
    QJsonObject raw;

    static State stateFromPlatform(const QString &platformState, bool disabled);
    /** "queued", "running", "succeeded", "failed", "disabled", "unknown" (JSON, CLI). */
    static QString stateName(State state);
    /** Translated, for the window. */
    static QString stateTitle(State state);
};

/** A tag of the Qualys platform (QPS 2.0 am/tag). */
struct QualysTag
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    QString color;
};

} // namespace atc
