#include <gtest/gtest.h>

#include "runtime/Reconciler.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

Subscription sub(const QString &id, const QString &name,
                 SubscriptionState state = SubscriptionState::Enabled)
{
    Subscription s;
    s.subscriptionId = id;
    s.displayName = name;
    s.state = state;
    return s;
}

Reconciler::Options opts(bool initial, bool autoCreate, bool detach)
{
    Reconciler::Options o;
    o.profileId = u"p1"_s;
    o.namePrefix = u"az"_s;
    o.initial = initial;
    o.autoCreate = autoCreate;
    o.detachDisable = detach;
    o.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return o;
}

SubscriptionConnector existing(qint64 id, const QString &sid, const QString &name)
{
    SubscriptionConnector c;
    c.id = id;
    c.profileId = u"p1"_s;
    c.subscriptionId = sid;
    c.subscriptionName = name;
    c.name = u"az-"_s + name;
    c.state = ConnectorState::FinishedSuccessfully;
    return c;
}

const SubscriptionConnector *find(const QList<SubscriptionConnector> &l, const QString &sid)
{
    for (const auto &c : l) {
        if (c.subscriptionId == sid)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST(Reconciler, InitialCreatesExactlyTheInScopeOnes)
{
    ScopeResolution scope;
    scope.inScope = {sub(u"s2"_s, u"Prod"_s), sub(u"s1"_s, u"Dev"_s)};
    scope.skipped = {sub(u"s3"_s, u"Old"_s, SubscriptionState::Disabled)};
    scope.outOfScope = {sub(u"s4"_s, u"Other"_s)};
    const auto r = Reconciler::reconcile({}, scope, opts(true, false, false));
    ASSERT_EQ(r.connectors.size(), 2);
    EXPECT_EQ(r.connectors[0].name, u"az-Dev"_s); // sorted by display name
    EXPECT_EQ(r.connectors[1].name, u"az-Prod"_s);
    EXPECT_EQ(r.counts.connectorsCreated, 2);
    for (const auto &c : r.connectors) {
        EXPECT_EQ(c.state, ConnectorState::Queued);
        EXPECT_TRUE(c.isRunnable());
        EXPECT_EQ(c.id, 0);
    }
}

TEST(Reconciler, NamesAreUniqueAndDeterministic)
{
    ScopeResolution scope;
    scope.inScope = {sub(u"b"_s, u"Prod"_s), sub(u"a"_s, u"prod"_s), sub(u"c"_s, u"Prod"_s),
                     sub(u"d"_s, QString())};
    const auto r = Reconciler::reconcile({}, scope, opts(true, true, true));
    QStringList names;
    for (const auto &c : r.connectors)
        names << c.subscriptionId + u'=' + c.name;
    names.sort();
    EXPECT_EQ(names,
              (QStringList{u"a=az-prod"_s, u"b=az-Prod (2)"_s, u"c=az-Prod (3)"_s, u"d=az-d"_s}));
    // Prefix ending with a separator is used as is; long names stay within 255.
    QSet<QString> taken;
    EXPECT_EQ(Reconciler::connectorName(u"Corp "_s, sub(u"x"_s, u"Y"_s), taken), u"Corp Y"_s);
    const QString longName(300, u'n');
    taken.insert(QString(u"p-"_s + longName).left(255).toLower());
    const QString n = Reconciler::connectorName(u"p"_s, sub(u"x"_s, longName), taken);
    EXPECT_EQ(n.size(), 255);
    EXPECT_TRUE(n.endsWith(u" (2)"_s));
}

TEST(Reconciler, NewSubscriptionWithAutoCreateOnAndOff)
{
    const QList<SubscriptionConnector> prev = {existing(1, u"s1"_s, u"One"_s)};
    ScopeResolution scope;
    scope.inScope = {sub(u"s1"_s, u"One"_s), sub(u"s2"_s, u"Two"_s)};
    const auto on = Reconciler::reconcile(prev, scope, opts(false, true, true));
    ASSERT_EQ(on.connectors.size(), 2);
    EXPECT_EQ(on.counts.connectorsCreated, 1);
    EXPECT_EQ(on.connectors[1].name, u"az-Two"_s);
    const auto off = Reconciler::reconcile(prev, scope, opts(false, false, true));
    ASSERT_EQ(off.connectors.size(), 1);
    EXPECT_EQ(off.notCreated, QStringList{u"s2"_s});
    EXPECT_TRUE(off.changedSubscriptions.isEmpty());
}

TEST(Reconciler, GoneDisabledMovedOutWithDetachDisable)
{
    const QList<SubscriptionConnector> prev = {
        existing(1, u"del"_s, u"D"_s), existing(2, u"dis"_s, u"X"_s), existing(3, u"out"_s, u"O"_s),
        existing(4, u"ok"_s, u"K"_s)};
    ScopeResolution scope;
    scope.inScope = {sub(u"ok"_s, u"K"_s)};
    scope.skipped = {sub(u"dis"_s, u"X"_s, SubscriptionState::Disabled)};
    scope.outOfScope = {sub(u"out"_s, u"O"_s)};
    const auto r = Reconciler::reconcile(prev, scope, opts(false, true, true));
    ASSERT_EQ(r.connectors.size(), 4); // nothing deleted
    EXPECT_EQ(r.counts.connectorsDisabled, 3);
    const struct
    {
        QString sid;
        FlagReason reason;
    } expected[] = {{u"del"_s, FlagReason::SubscriptionDeleted},
                    {u"dis"_s, FlagReason::SubscriptionDisabled},
                    {u"out"_s, FlagReason::OutOfScope}};
    for (const auto &e : expected) {
        const auto *c = find(r.connectors, e.sid);
        ASSERT_TRUE(c);
        EXPECT_FALSE(c->attached);
        EXPECT_TRUE(c->disabled);
        EXPECT_EQ(c->state, ConnectorState::Disabled);
        EXPECT_EQ(c->flag, e.reason);
        EXPECT_FALSE(c->isRunnable());
    }
    EXPECT_TRUE(find(r.connectors, u"ok"_s)->isRunnable());

    // They come back: re-attached, re-enabled, unflagged, due.
    ScopeResolution back;
    back.inScope = {sub(u"ok"_s, u"K"_s), sub(u"del"_s, u"D2"_s), sub(u"dis"_s, u"X"_s),
                    sub(u"out"_s, u"O"_s)};
    const auto r2 = Reconciler::reconcile(r.connectors, back, opts(false, false, true));
    EXPECT_EQ(r2.counts.connectorsReattached, 3);
    EXPECT_EQ(r2.counts.connectorsCreated, 0);
    for (const auto &c : r2.connectors) {
        EXPECT_TRUE(c.isRunnable()) << qPrintable(c.subscriptionId);
        EXPECT_EQ(c.flag, FlagReason::None);
    }
    EXPECT_EQ(find(r2.connectors, u"del"_s)->state, ConnectorState::Queued);
    EXPECT_EQ(find(r2.connectors, u"del"_s)->subscriptionName, u"D2"_s);
    EXPECT_EQ(find(r2.connectors, u"del"_s)->name, u"az-D"_s); // names stay stable
}

TEST(Reconciler, GoneDisabledMovedOutWithoutDetachAreFlagged)
{
    const QList<SubscriptionConnector> prev = {existing(1, u"del"_s, u"D"_s),
                                               existing(2, u"dis"_s, u"X"_s),
                                               existing(3, u"out"_s, u"O"_s)};
    ScopeResolution scope;
    scope.skipped = {sub(u"dis"_s, u"X"_s, SubscriptionState::Disabled)};
    scope.outOfScope = {sub(u"out"_s, u"O"_s)};
    const auto r = Reconciler::reconcile(prev, scope, opts(false, true, false));
    EXPECT_EQ(r.counts.connectorsDisabled, 0);
    EXPECT_EQ(r.counts.connectorsFlagged, 3);
    for (const auto &c : r.connectors) {
        EXPECT_TRUE(c.attached);
        EXPECT_FALSE(c.disabled);
        EXPECT_NE(c.flag, FlagReason::None);
        EXPECT_EQ(c.state, ConnectorState::FinishedSuccessfully); // state kept
        EXPECT_FALSE(c.isRunnable());
    }
    // Flagged again on the next run: not counted twice.
    const auto again = Reconciler::reconcile(r.connectors, scope, opts(false, true, false));
    EXPECT_EQ(again.counts.connectorsFlagged, 0);
    EXPECT_TRUE(again.changedSubscriptions.isEmpty());
    // Back in scope: unflagged.
    ScopeResolution back;
    back.inScope = {sub(u"del"_s, u"D"_s), sub(u"dis"_s, u"X"_s), sub(u"out"_s, u"O"_s)};
    const auto r2 = Reconciler::reconcile(r.connectors, back, opts(false, true, false));
    for (const auto &c : r2.connectors)
        EXPECT_TRUE(c.isRunnable());
}

namespace {

// Root (tenant) ─┬─ Prod ─── Prod-EU
//                └─ Sandbox
TenantSnapshot groupTree()
{
    TenantSnapshot t;
    t.tenantId = u"tenant"_s;
    auto g = [&t](const QString &name, const QString &display, const QString &parent) {
        t.managementGroups.append(ManagementGroup{
            u"/providers/Microsoft.Management/managementGroups/"_s + name, name, display, parent});
    };
    g(u"tenant"_s, u"Root"_s, QString());
    g(u"mg-prod"_s, u"Prod"_s, u"tenant"_s);
    g(u"mg-prod-eu"_s, u"Prod EU"_s, u"mg-prod"_s);
    g(u"mg-sandbox"_s, u"Sandbox"_s, u"tenant"_s);
    return t;
}

Subscription placed(const QString &id, const QString &name, const QStringList &ancestry,
                    SubscriptionState state = SubscriptionState::Enabled)
{
    Subscription s = sub(id, name, state);
    s.ancestry = ancestry;
    s.managementGroupName = ancestry.value(0);
    return s;
}

Reconciler::Result reconcileSnapshot(const QList<SubscriptionConnector> &previous,
                                     const TenantSnapshot &t, Reconciler::Options o)
{
    const ScopeResolution scope = ScopeResolver::resolve(t, ScopeMode::AllManagementGroups, {}, {});
    o.managementGroupPaths = ScopeResolver::managementGroupPaths(t);
    return Reconciler::reconcile(previous, scope, o);
}

const QStringList kProdEu{u"mg-prod-eu"_s, u"mg-prod"_s, u"tenant"_s};
const QStringList kSandbox{u"mg-sandbox"_s, u"tenant"_s};

} // namespace

TEST(Reconciler, PathsOfNewAndExistingConnectors)
{
    TenantSnapshot t = groupTree();
    t.subscriptions = {placed(u"S-NEW"_s, u"New"_s, kProdEu),
                       placed(u"s-old"_s, u"Old"_s, kSandbox)};
    SubscriptionConnector old = existing(7, u"s-old"_s, u"Old"_s);
    old.managementGroupPath.clear(); // stored before paths were kept (schema 1)

    const auto r = reconcileSnapshot({old}, t, opts(false, true, true));
    ASSERT_EQ(r.connectors.size(), 2);
    const auto *fresh = find(r.connectors, u"S-NEW"_s);
    ASSERT_NE(fresh, nullptr);
    EXPECT_EQ(fresh->managementGroupPath, u"Root / Prod / Prod EU"_s);
    const auto *kept = find(r.connectors, u"s-old"_s);
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->managementGroupPath, u"Root / Sandbox"_s);
    // The path was filled in, so the record is written.
    EXPECT_TRUE(r.changedSubscriptions.contains(u"s-old"_s));
    EXPECT_TRUE(r.changedSubscriptions.contains(u"S-NEW"_s));

    // A second run over the same tenant changes nothing.
    const auto again = reconcileSnapshot(r.connectors, t, opts(false, true, true));
    EXPECT_TRUE(again.changedSubscriptions.isEmpty());
    EXPECT_EQ(again.connectors, r.connectors);
}

TEST(Reconciler, InitialRunSetsPathsWithoutAnyPreviousConnector)
{
    TenantSnapshot t = groupTree();
    t.subscriptions = {placed(u"s1"_s, u"One"_s, kSandbox)};
    const auto r = reconcileSnapshot({}, t, opts(true, false, true));
    ASSERT_EQ(r.connectors.size(), 1);
    EXPECT_EQ(r.connectors[0].managementGroupPath, u"Root / Sandbox"_s);
    // Without paths (no snapshot at hand) the path stays empty: "not known yet".
    ScopeResolution scope;
    scope.inScope = {placed(u"s1"_s, u"One"_s, kSandbox)};
    const auto bare = Reconciler::reconcile({}, scope, opts(true, false, true));
    ASSERT_EQ(bare.connectors.size(), 1);
    EXPECT_TRUE(bare.connectors[0].managementGroupPath.isEmpty());
}

TEST(Reconciler, MovedSubscriptionChangesItsPath)
{
    TenantSnapshot t = groupTree();
    t.subscriptions = {placed(u"s1"_s, u"One"_s, kProdEu), placed(u"s2"_s, u"Two"_s, kSandbox)};
    const auto first = reconcileSnapshot({}, t, opts(true, true, true));
    ASSERT_EQ(first.connectors.size(), 2);
    QList<SubscriptionConnector> stored = first.connectors;
    stored[0].id = 1;
    stored[1].id = 2;

    // s1 moves from Prod EU to Sandbox; s2 stays.
    t.subscriptions[0] = placed(u"s1"_s, u"One"_s, kSandbox);
    const auto r = reconcileSnapshot(stored, t, opts(false, true, true));
    EXPECT_EQ(r.changedSubscriptions, QSet<QString>{u"s1"_s});
    const auto *moved = find(r.connectors, u"s1"_s);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->managementGroupPath, u"Root / Sandbox"_s);
    EXPECT_TRUE(moved->isRunnable());
    EXPECT_EQ(r.counts.connectorsReattached + r.counts.connectorsDisabled, 0);
}

TEST(Reconciler, PathOfOutOfScopeAndReattachedConnectors)
{
    TenantSnapshot t = groupTree();
    t.subscriptions = {placed(u"s1"_s, u"One"_s, kProdEu)};
    SubscriptionConnector c = existing(1, u"s1"_s, u"One"_s);
    c.managementGroupPath = u"Root / Prod / Prod EU"_s;

    // Moved under Sandbox, which the profile excludes: detached, but shows where it went.
    t.subscriptions[0] = placed(u"s1"_s, u"One"_s, kSandbox);
    Reconciler::Options o = opts(false, true, true);
    o.managementGroupPaths = ScopeResolver::managementGroupPaths(t);
    const auto out = Reconciler::reconcile(
        {c}, ScopeResolver::resolve(t, ScopeMode::AllManagementGroups, {}, {u"mg-sandbox"_s}), o);
    ASSERT_EQ(out.connectors.size(), 1);
    EXPECT_EQ(out.connectors[0].flag, FlagReason::OutOfScope);
    EXPECT_EQ(out.connectors[0].managementGroupPath, u"Root / Sandbox"_s);

    // Back under Prod EU: re-attached with that path.
    t.subscriptions[0] = placed(u"s1"_s, u"One"_s, kProdEu);
    const auto back = reconcileSnapshot(out.connectors, t, opts(false, true, true));
    ASSERT_EQ(back.connectors.size(), 1);
    EXPECT_EQ(back.counts.connectorsReattached, 1);
    EXPECT_TRUE(back.connectors[0].isRunnable());
    EXPECT_EQ(back.connectors[0].managementGroupPath, u"Root / Prod / Prod EU"_s);
}

TEST(Reconciler, DeletedSubscriptionKeepsItsLastPath)
{
    TenantSnapshot t = groupTree();
    SubscriptionConnector gone = existing(1, u"s-gone"_s, u"Gone"_s);
    gone.managementGroupPath = u"Root / Prod"_s;
    SubscriptionConnector deleted = existing(2, u"s-deleted"_s, u"Deleted"_s);
    deleted.managementGroupPath = u"Root / Sandbox"_s;
    // s-gone is absent; s-deleted is listed as Deleted, without ancestry.
    t.subscriptions = {placed(u"s-deleted"_s, u"Deleted"_s, {}, SubscriptionState::Deleted)};

    for (const bool detach : {true, false}) {
        const auto r = reconcileSnapshot({gone, deleted}, t, opts(false, true, detach));
        ASSERT_EQ(r.connectors.size(), 2);
        const auto *a = find(r.connectors, u"s-gone"_s);
        const auto *b = find(r.connectors, u"s-deleted"_s);
        ASSERT_TRUE(a && b);
        EXPECT_EQ(a->flag, FlagReason::SubscriptionDeleted);
        EXPECT_EQ(b->flag, FlagReason::SubscriptionDeleted);
        EXPECT_EQ(a->managementGroupPath, u"Root / Prod"_s) << "detach " << detach;
        EXPECT_EQ(b->managementGroupPath, u"Root / Sandbox"_s) << "detach " << detach;
    }
}
