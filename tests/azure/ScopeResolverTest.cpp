#include <gtest/gtest.h>

#include "azure/ScopeResolver.h"
#include "azure/TenantDiscovery.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

// root ─┬─ A ─┬─ A1 ─── A1x
//       │     └─ A2
//       └─ B ──── B1
TenantSnapshot tree()
{
    TenantSnapshot t;
    t.tenantId = u"root"_s;
    auto g = [&t](const char *name, const char *parent) {
        t.managementGroups.append(ManagementGroup{
            u"/providers/Microsoft.Management/managementGroups/"_s + QLatin1String(name),
            QLatin1String(name), QLatin1String(name), QLatin1String(parent)});
    };
    g("root", "");
    g("A", "root");
    g("A1", "A");
    g("A1x", "A1");
    g("A2", "A");
    g("B", "root");
    g("B1", "B");
    auto s = [&t](const char *id, const char *group,
                  SubscriptionState state = SubscriptionState::Enabled) {
        Subscription x;
        x.subscriptionId = QLatin1String(id);
        x.managementGroupName = QLatin1String(group);
        x.ancestry = TenantDiscovery::ancestryOf(t.managementGroups, x.managementGroupName);
        x.state = state;
        t.subscriptions.append(x);
    };
    s("s-root", "root");
    s("s-A", "A");
    s("s-A1x", "A1x");
    s("s-A2", "A2", SubscriptionState::Disabled);
    s("s-B1", "B1");
    s("s-unknown", "");
    s("s-B1-deleted", "B1", SubscriptionState::Deleted);
    return t;
}

QStringList ids(const QList<Subscription> &list)
{
    QStringList out;
    for (const Subscription &s : list)
        out << s.subscriptionId;
    out.sort();
    return out;
}

} // namespace

TEST(ScopeResolver, Subtree)
{
    const TenantSnapshot t = tree();
    QStringList a = ScopeResolver::subtree(t, u"A"_s);
    a.sort();
    EXPECT_EQ(a, (QStringList{u"A"_s, u"A1"_s, u"A1x"_s, u"A2"_s}));
    EXPECT_EQ(ScopeResolver::subtree(t, u"root"_s).size(), 7);
    EXPECT_EQ(ScopeResolver::subtree(t, u"B1"_s), QStringList{u"B1"_s});
    EXPECT_EQ(ScopeResolver::subtree(t, u"a1"_s).size(), 2); // names are case-insensitive
    EXPECT_EQ(TenantDiscovery::ancestryOf(t.managementGroups, u"A1x"_s),
              (QStringList{u"A1x"_s, u"A1"_s, u"A"_s, u"root"_s}));
}

TEST(ScopeResolver, Table)
{
    struct Case
    {
        const char *name;
        ScopeMode mode;
        QStringList selected, excluded;
        QStringList inScope, skipped;
    };
    const QList<Case> cases{
        {"all",
         ScopeMode::AllManagementGroups,
         {},
         {},
         {u"s-A"_s, u"s-A1x"_s, u"s-B1"_s, u"s-root"_s, u"s-unknown"_s},
         {u"s-A2"_s, u"s-B1-deleted"_s}},
        {"all minus A (whole subtree)",
         ScopeMode::AllManagementGroups,
         {},
         {u"A"_s},
         {u"s-B1"_s, u"s-root"_s, u"s-unknown"_s},
         {u"s-B1-deleted"_s}},
        {"all minus A1 and B",
         ScopeMode::AllManagementGroups,
         {},
         {u"A1"_s, u"B"_s},
         {u"s-A"_s, u"s-root"_s, u"s-unknown"_s},
         {u"s-A2"_s}},
        {"all minus root", ScopeMode::AllManagementGroups, {}, {u"root"_s}, {u"s-unknown"_s}, {}},
        {"selected A",
         ScopeMode::SelectedManagementGroups,
         {u"A"_s},
         {},
         {u"s-A"_s, u"s-A1x"_s},
         {u"s-A2"_s}},
        {"selected A1 and B1",
         ScopeMode::SelectedManagementGroups,
         {u"A1"_s, u"B1"_s},
         {},
         {u"s-A1x"_s, u"s-B1"_s},
         {u"s-B1-deleted"_s}},
        {"selected root",
         ScopeMode::SelectedManagementGroups,
         {u"root"_s},
         {},
         {u"s-A"_s, u"s-A1x"_s, u"s-B1"_s, u"s-root"_s},
         {u"s-A2"_s, u"s-B1-deleted"_s}},
        {"selected nothing", ScopeMode::SelectedManagementGroups, {}, {}, {}, {}},
        {"selected unknown group", ScopeMode::SelectedManagementGroups, {u"zzz"_s}, {}, {}, {}},
    };
    const TenantSnapshot t = tree();
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const ScopeResolution r = ScopeResolver::resolve(t, c.mode, c.selected, c.excluded);
        QStringList in = c.inScope, sk = c.skipped;
        in.sort();
        sk.sort();
        EXPECT_EQ(ids(r.inScope), in);
        EXPECT_EQ(ids(r.skipped), sk);
        EXPECT_EQ(r.inScope.size() + r.skipped.size() + r.outOfScope.size(),
                  t.subscriptions.size());
    }
}

TEST(ScopeResolver, AncestryAloneIsEnough)
{
    // A subscription whose immediate group is not in the snapshot but whose ancestry is.
    TenantSnapshot t = tree();
    Subscription x;
    x.subscriptionId = u"s-deep"_s;
    x.managementGroupName = u"hidden"_s;
    x.ancestry = {u"hidden"_s, u"A"_s, u"root"_s};
    x.state = SubscriptionState::Enabled;
    t.subscriptions.append(x);
    const ScopeResolution r =
        ScopeResolver::resolve(t, ScopeMode::SelectedManagementGroups, {u"A"_s}, {});
    EXPECT_TRUE(ids(r.inScope).contains(u"s-deep"_s));
}
