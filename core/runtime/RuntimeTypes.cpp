#include "RuntimeTypes.h"

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

} // namespace atc
