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
