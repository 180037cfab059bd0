#include "Reconciler.h"

#include <algorithm>

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
constexpr int MaxNameLength = 255;

bool lessByNameThenId(const Subscription &a, const Subscription &b)
{
    const int c = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
    if (c != 0)
        return c < 0;
    return a.subscriptionId.compare(b.subscriptionId, Qt::CaseInsensitive) < 0;
}
} // namespace

Reconciler::Options Reconciler::Options::fromProfile(const ConnectorProfile &profile, bool initial,
                                                     const QDateTime &now)
{
    Options o;
    o.profileId = profile.id;
    o.namePrefix = profile.connectorNamePrefix;
    o.initial = initial;
    o.autoCreate = profile.autoCreateForNewSubscriptions;
    o.detachDisable = profile.detachDisableForDeletedSubscriptions;
    o.now = now;
    o.subscriptionPollingMinutes = profile.subscriptionPollingMinutes;
    return o;
}

QString Reconciler::connectorName(const QString &prefix, const Subscription &subscription,
                                  const QSet<QString> &takenLowerCase)
{
    QString base = prefix;
    const QString display = subscription.displayName.trimmed().isEmpty()
                                ? subscription.subscriptionId
                                : subscription.displayName.trimmed();
    if (!base.isEmpty() && !base.endsWith(u' ') && !base.endsWith(u'-') && !base.endsWith(u'_') &&
        !base.endsWith(u'.'))
        base += u'-';
    base += display;
    QString candidate = base.left(MaxNameLength);
    for (int n = 2; takenLowerCase.contains(candidate.toLower()); ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        candidate = base.left(MaxNameLength - suffix.size()) + suffix;
    }
    return candidate;
}

Reconciler::Result Reconciler::reconcile(const QList<SubscriptionConnector> &previous,
                                         const ScopeResolution &scope, const Options &options)
{
    Result result;
    result.connectors = previous;

    // Why each known subscription is not runnable (absent = gone from the tenant).
    QHash<QString, const Subscription *> inScope;
    QHash<QString, FlagReason> notInScope;
    for (const Subscription &s : scope.inScope)
        inScope.insert(s.subscriptionId.toLower(), &s);
    for (const Subscription &s : scope.skipped) {
        notInScope.insert(s.subscriptionId.toLower(), s.state == SubscriptionState::Deleted
                                                          ? FlagReason::SubscriptionDeleted
                                                          : FlagReason::SubscriptionDisabled);
    }
    for (const Subscription &s : scope.outOfScope) {
        FlagReason reason = FlagReason::OutOfScope;
        if (s.state == SubscriptionState::Deleted)
            reason = FlagReason::SubscriptionDeleted;
        else if (s.state == SubscriptionState::Disabled)
            reason = FlagReason::SubscriptionDisabled;
        notInScope.insert(s.subscriptionId.toLower(), reason);
    }

    QSet<QString> taken;
    QSet<QString> known;
    for (const SubscriptionConnector &c : std::as_const(result.connectors)) {
        taken.insert(c.name.toLower());
        known.insert(c.subscriptionId.toLower());
    }

    for (SubscriptionConnector &c : result.connectors) {
        const QString key = c.subscriptionId.toLower();
        const SubscriptionConnector before = c;
        // Also out-of-scope and disabled subscriptions show where they are now.
        const QString path = options.managementGroupPaths.value(key);
        if (!path.isEmpty())
            c.managementGroupPath = path;
        if (const Subscription *s = inScope.value(key)) {
            if (!c.attached || c.disabled) {
                ++result.counts.connectorsReattached;
                c.attached = true;
                c.disabled = false;
                c.state = ConnectorState::Queued;
                c.nextRun = QDateTime(); // due now
            }
            c.flag = FlagReason::None;
            if (!s->displayName.isEmpty())
                c.subscriptionName = s->displayName;
        } else {
            const FlagReason reason = notInScope.value(key, FlagReason::SubscriptionDeleted);
            if (options.detachDisable) {
                if (c.attached || !c.disabled)
                    ++result.counts.connectorsDisabled;
                c.attached = false;
                c.disabled = true;
                c.state = ConnectorState::Disabled;
                c.nextRun = QDateTime();
            } else if (c.flag == FlagReason::None && c.attached && !c.disabled) {
                ++result.counts.connectorsFlagged;
            }
            c.flag = reason;
        }
        if (c != before)
            result.changedSubscriptions.insert(c.subscriptionId);
    }

    // New in-scope subscriptions, in a stable order so that names are deterministic.
    QList<Subscription> fresh;
    for (const Subscription &s : scope.inScope) {
        if (!known.contains(s.subscriptionId.toLower()))
            fresh.append(s);
    }
    std::sort(fresh.begin(), fresh.end(), lessByNameThenId);
    for (const Subscription &s : std::as_const(fresh)) {
        if (!options.initial && !options.autoCreate) {
            result.notCreated.append(s.subscriptionId);
            continue;
        }
        SubscriptionConnector c;
        c.profileId = options.profileId;
        c.subscriptionId = s.subscriptionId;
        c.subscriptionName = s.displayName;
        c.name = connectorName(options.namePrefix, s, taken);
        c.managementGroupPath = options.managementGroupPaths.value(s.subscriptionId.toLower());
        taken.insert(c.name.toLower());
        c.state = ConnectorState::Queued;
        c.created = options.now;
        result.connectors.append(c);
        result.changedSubscriptions.insert(c.subscriptionId);
        ++result.counts.connectorsCreated;
    }
    return result;
}

} // namespace atc
