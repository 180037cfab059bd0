#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "azure/AzureError.h"

namespace atc {

/** Connector states, in the platform's vocabulary (QUEUED, RUNNING, FINISHED_SUCCESS …). */
enum class ConnectorState
{
    Queued, ///< created or waiting for its next run
    Running,
    FinishedSuccessfully,
    FinishedWithErrors, ///< ran, but part of it failed (some subscriptions, for a tenant)
    Error,              ///< the last run failed
    Disabled,           ///< detached and disabled (its subscription is gone or out of scope)
};

/** "QUEUED", "RUNNING", "FINISHED_SUCCESS", "FINISHED_ERRORS", "ERROR", "DISABLED". */
QString connectorStateToString(ConnectorState state);
/** Inverse of connectorStateToString(); unknown text gives Queued and false. */
bool connectorStateFromString(const QString &text, ConnectorState *state);
/** Translated words for the UI ("Finished successfully"). */
QString connectorStateDisplayName(ConnectorState state);

/** Why a subscription connector is flagged (or was detached). */
enum class FlagReason
{
    None,
    SubscriptionDeleted,  ///< gone from the tenant, or in state Deleted
    SubscriptionDisabled, ///< in state Disabled
    OutOfScope,           ///< moved under a group the profile does not cover
};

QString flagReasonToString(FlagReason reason); ///< "", "deleted", "disabled", "out-of-scope"
FlagReason flagReasonFromString(const QString &text);
QString flagReasonDisplayName(FlagReason reason); ///< translated sentence

/** One subscription connector as the inventory keeps it. Never deleted, only disabled. */
struct SubscriptionConnector
{
    qint64 id = 0; ///< inventory row id; 0 until stored
    QString profileId;
    QString subscriptionId;
    QString subscriptionName; ///< the display name as last seen
    QString name;             ///< prefix + display name, unique within the profile
    /** Display names root-first, "Root / Child"; the last known one, empty until known. */
    QString managementGroupPath;
    ConnectorState state = ConnectorState::Queued;
    bool attached = true;
    bool disabled = false;
    FlagReason flag = FlagReason::None;
    QDateTime created;
    QDateTime lastRun; ///< end of the last completed run
    QDateTime nextRun;
    int assetCount = 0; ///< resources not removed
    QString lastError;  ///< translated words; empty after a clean run

    /** Runs only when attached, enabled and not flagged (its subscription is in scope). */
    bool isRunnable() const { return attached && !disabled && flag == FlagReason::None; }
    bool operator==(const SubscriptionConnector &o) const;
    bool operator!=(const SubscriptionConnector &o) const { return !(*this == o); }
};

/** The tenant connector's own run state (one per profile). */
struct TenantConnectorStatus
{
    QString profileId;
    ConnectorState state = ConnectorState::Queued;
    QDateTime lastRun;
    QDateTime nextRun; ///< invalid: due now
    QString lastError;
    int subscriptionsInScope = 0;
};

/** Counts of one run, as the runs table keeps them. */
struct RunCounts
{
    int assetsCreated = 0;
    int assetsUpdated = 0; ///< changed, or returned after being removed
    int assetsRemoved = 0;
    int assetsUnchanged = 0;
    int connectorsCreated = 0;
    int connectorsDisabled = 0;
    int connectorsFlagged = 0;
    int connectorsReattached = 0;
    int subscriptionsOk = 0;
    int subscriptionsFailed = 0;

    RunCounts &operator+=(const RunCounts &o);
    /** Resource rows inserted or updated (tags/activation rows not counted). */
    int rowsWritten() const { return assetsCreated + assetsUpdated + assetsRemoved; }
};

/** What a finished run reports (runFinished signal, CLI JSON). */
struct RunSummary
{
    qint64 runId = 0;
    QString profileId;
    ConnectorState state = ConnectorState::FinishedSuccessfully;
    bool cancelled = false;
    QDateTime started;
    QDateTime finished;
    RunCounts counts;
    QStringList errors; ///< translated, one per failed part
    /** The error that decided the outcome (tenant discovery, or every subscription's). */
    AzureErrorKind errorKind = AzureErrorKind::None;
    bool secretUnavailable = false; ///< no authentication key (keychain / environment)
};

} // namespace atc
