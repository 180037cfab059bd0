#include "RuntimeTypes.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
struct StateName
{
    ConnectorState state;
    const char *wire;
    const char *display;
};

const StateName kStates[] = {
    {ConnectorState::Queued, "QUEUED", QT_TRANSLATE_NOOP("atc::ConnectorState", "Queued")},
    {ConnectorState::Running, "RUNNING", QT_TRANSLATE_NOOP("atc::ConnectorState", "Running")},
    {ConnectorState::FinishedSuccessfully, "FINISHED_SUCCESS",
     QT_TRANSLATE_NOOP("atc::ConnectorState", "Finished successfully")},
    {ConnectorState::FinishedWithErrors, "FINISHED_ERRORS",
     QT_TRANSLATE_NOOP("atc::ConnectorState", "Finished with errors")},
    {ConnectorState::Error, "ERROR", QT_TRANSLATE_NOOP("atc::ConnectorState", "Error")},
    {ConnectorState::Disabled, "DISABLED", QT_TRANSLATE_NOOP("atc::ConnectorState", "Disabled")},
};
} // namespace

QString connectorStateToString(ConnectorState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.wire);
    }
    return u"QUEUED"_s;
}

bool connectorStateFromString(const QString &text, ConnectorState *state)
{
    for (const auto &s : kStates) {
        if (text.compare(QLatin1String(s.wire), Qt::CaseInsensitive) == 0) {
            *state = s.state;
            return true;
        }
    }
    *state = ConnectorState::Queued;
    return false;
}

QString connectorStateDisplayName(ConnectorState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QCoreApplication::translate("atc::ConnectorState", s.display);
    }
    return {};
}

QString flagReasonToString(FlagReason reason)
{
    switch (reason) {
    case FlagReason::None:
        return {};
    case FlagReason::SubscriptionDeleted:
        return u"deleted"_s;
    case FlagReason::SubscriptionDisabled:
        return u"disabled"_s;
    case FlagReason::OutOfScope:
        return u"out-of-scope"_s;
    }
    return {};
}

FlagReason flagReasonFromString(const QString &text)
{
    if (text == "deleted"_L1)
        return FlagReason::SubscriptionDeleted;
    if (text == "disabled"_L1)
        return FlagReason::SubscriptionDisabled;
    if (text == "out-of-scope"_L1)
        return FlagReason::OutOfScope;
    return FlagReason::None;
}

QString flagReasonDisplayName(FlagReason reason)
{
    switch (reason) {
    case FlagReason::None:
        return {};
    case FlagReason::SubscriptionDeleted:
        return QCoreApplication::translate("atc::FlagReason",
                                           "The subscription no longer exists in the tenant.");
    case FlagReason::SubscriptionDisabled:
        return QCoreApplication::translate("atc::FlagReason", "The subscription is disabled.");
    case FlagReason::OutOfScope:
        return QCoreApplication::translate("atc::FlagReason",
                                           "The subscription moved out of the connector's scope.");
    }
    return {};
}

bool SubscriptionConnector::operator==(const SubscriptionConnector &o) const
{
    return id == o.id && profileId == o.profileId && subscriptionId == o.subscriptionId &&
           subscriptionName == o.subscriptionName && name == o.name &&
           managementGroupPath == o.managementGroupPath && state == o.state &&
           attached == o.attached && disabled == o.disabled && flag == o.flag &&
           created == o.created && lastRun == o.lastRun && nextRun == o.nextRun &&
           assetCount == o.assetCount && lastError == o.lastError;
}

RunCounts &RunCounts::operator+=(const RunCounts &o)
{
    assetsCreated += o.assetsCreated;
    assetsUpdated += o.assetsUpdated;
    assetsRemoved += o.assetsRemoved;
    assetsUnchanged += o.assetsUnchanged;
    connectorsCreated += o.connectorsCreated;
    connectorsDisabled += o.connectorsDisabled;
    connectorsFlagged += o.connectorsFlagged;
    connectorsReattached += o.connectorsReattached;
    subscriptionsOk += o.subscriptionsOk;
    subscriptionsFailed += o.subscriptionsFailed;
    return *this;
}

namespace {
struct RunWords
{
    Q_DECLARE_TR_FUNCTIONS(atc::RunSummary)
};
} // namespace

QString RunConnectorChange::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return u"created"_s;
    case Kind::Reattached:
        return u"reattached"_s;
    case Kind::Disabled:
        return u"disabled"_s;
    case Kind::Flagged:
        return u"flagged"_s;
    }
    return {};
}

RunConnectorChange::Kind RunConnectorChange::kindFromString(const QString &text)
{
    if (text == "reattached"_L1)
        return Kind::Reattached;
    if (text == "disabled"_L1)
        return Kind::Disabled;
    if (text == "flagged"_L1)
        return Kind::Flagged;
    return Kind::Created;
}

bool RunConnectorChange::operator==(const RunConnectorChange &o) const
{
    return kind == o.kind && name == o.name && subscriptionId == o.subscriptionId &&
           reason == o.reason;
}

qint64 RunSummary::durationMs() const
{
    if (!started.isValid() || !finished.isValid() || finished < started)
        return -1;
    return started.msecsTo(finished);
}

QString RunSummary::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 10000) // tenths below ten seconds: a small run is not "0 s"
        return RunWords::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return RunWords::tr("%1 s").arg(s);
    if (s < 3600)
        return RunWords::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return RunWords::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void RunSummary::addErrorCode(const QString &code)
{
    const QString c = code.trimmed();
    if (!c.isEmpty() && !errorCodes.contains(c))
        errorCodes.append(c);
}

QString RunSummary::detailsText(const QString &profileName) const
{
    const QLocale locale;
    auto time = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat)
                           : RunWords::tr("not finished");
    };
    QString stateText = connectorStateDisplayName(state);
    if (cancelled)
        stateText = RunWords::tr("Cancelled");
    else if (!finished.isValid())
        stateText = connectorStateDisplayName(ConnectorState::Running);
    QStringList lines;
    lines << RunWords::tr("Run %1 of \"%2\"").arg(runId).arg(profileName);
    lines << RunWords::tr("State: %1").arg(stateText);
    lines << RunWords::tr("Started: %1").arg(time(started));
    lines << RunWords::tr("Finished: %1").arg(time(finished));
    if (const qint64 ms = durationMs(); ms >= 0)
        lines << RunWords::tr("Duration: %1").arg(durationText(ms));
    lines << RunWords::tr("Subscriptions read: %1, failed: %2")
                 .arg(counts.subscriptionsOk)
                 .arg(counts.subscriptionsFailed);
    lines << RunWords::tr("Assets: %1 created, %2 updated, %3 removed, %4 unchanged")
                 .arg(locale.toString(counts.assetsCreated), locale.toString(counts.assetsUpdated),
                      locale.toString(counts.assetsRemoved),
                      locale.toString(counts.assetsUnchanged));
    QString connectors = RunWords::tr("Connectors: %1 created, %2 disabled, %3 flagged, %4 "
                                      "re-attached")
                             .arg(counts.connectorsCreated)
                             .arg(counts.connectorsDisabled)
                             .arg(counts.connectorsFlagged)
                             .arg(counts.connectorsReattached);
    if (connectorsKept >= 0)
        connectors += RunWords::tr(", %1 kept").arg(connectorsKept);
    lines << connectors;
    for (const RunConnectorChange &c : connectorChanges) {
        QString what;
        switch (c.kind) {
        case RunConnectorChange::Kind::Created:
            what = RunWords::tr("created");
            break;
        case RunConnectorChange::Kind::Reattached:
            what = RunWords::tr("re-attached");
            break;
        case RunConnectorChange::Kind::Disabled:
            what = RunWords::tr("disabled");
            break;
        case RunConnectorChange::Kind::Flagged:
            what = RunWords::tr("flagged, not run");
            break;
        }
        QString line = RunWords::tr("  %1: %2 (%3)").arg(what, c.name, c.subscriptionId);
        if (c.reason != FlagReason::None)
            line += u' ' + flagReasonDisplayName(c.reason);
        lines << line;
    }
    if (!errorCodes.isEmpty())
        lines << RunWords::tr("Error codes: %1").arg(errorCodes.join(u", "_s));
    if (errors.isEmpty()) {
        lines << RunWords::tr("Errors: none");
    } else {
        lines << RunWords::tr("Errors:");
        for (const QString &e : errors)
            lines << u"  "_s + e;
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace atc
