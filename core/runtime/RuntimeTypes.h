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

/** One subscription connector a run created, disabled, flagged or re-attached (its details). */
struct RunConnectorChange
{
    enum class Kind
    {
        Created,    ///< a new in-scope subscription (or, on the first run, the wizard's Create)
        Reattached, ///< back in scope: attached, enabled and run again
        Disabled,   ///< detached and disabled (deleted, disabled or out of scope)
        Flagged,    ///< kept attached and enabled but not run (profile without detach-disable)
    };
    Kind kind = Kind::Created;
    QString name;
    QString subscriptionId;
    FlagReason reason = FlagReason::None; ///< Disabled and Flagged: why

    static QString kindToString(Kind kind); ///< "created", "reattached", "disabled", "flagged"
    static Kind kindFromString(const QString &text);
    bool operator==(const RunConnectorChange &o) const;
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
    /** Connectors created, re-attached, disabled or flagged by this run, with names and why. */
    QList<RunConnectorChange> connectorChanges;
    int connectorsKept = -1; ///< connectors left as they were (-1: not known, older records)
    /** Azure's codes behind the errors ("AADSTS7000215", "AuthorizationFailed"), each once. */
    QStringList errorCodes;
    QString kind; ///< "tenant" or "subscriptions" (the runs table)

    /** finished - started in milliseconds; -1 while running or unknown. */
    qint64 durationMs() const;
    /** "1 h 02 min", "3 min 05 s", "12 s", "0.4 s" (translated); empty when unknown. */
    static QString durationText(qint64 ms);
    /** Adds `code` to errorCodes unless empty or already there. */
    void addErrorCode(const QString &code);
    /**
     * A plain-text report of the run for "Copy details" (and `profileName` at its head): times,
     * duration, state, counts, connector changes with reasons, error codes and errors. Holds
     * nothing secret: the errors are the translated words shown in the window.
     */
    QString detailsText(const QString &profileName) const;
};

} // namespace atc
