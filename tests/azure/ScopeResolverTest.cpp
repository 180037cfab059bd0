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

namespace {

// Display names differ from the group names; "noname" has no display name.
TenantSnapshot namedTree()
{
    TenantSnapshot t;
    t.tenantId = u"tenant-guid"_s;
    auto g = [&t](const char *name, const char *display, const char *parent) {
        t.managementGroups.append(ManagementGroup{
            u"/providers/Microsoft.Management/managementGroups/"_s + QLatin1String(name),
            QLatin1String(name), QLatin1String(display), QLatin1String(parent)});
    };
    g("tenant-guid", "Tenant Root Group", "");
    g("mg-platform", "Platform", "tenant-guid");
    g("mg-conn", "Connectivity", "mg-platform");
    g("noname", "", "mg-platform");
    return t;
}

Subscription sub(const TenantSnapshot &t, const char *id, const char *group)
{
    Subscription x;
    x.subscriptionId = QLatin1String(id);
    x.managementGroupName = QLatin1String(group);
    x.ancestry = TenantDiscovery::ancestryOf(t.managementGroups, x.managementGroupName);
    x.state = SubscriptionState::Enabled;
    return x;
}

} // namespace

TEST(ScopeResolver, ManagementGroupPathsRootFirstWithDisplayNames)
{
    TenantSnapshot t = namedTree();
    t.subscriptions.append(sub(t, "SUB-Deep", "mg-conn"));
    t.subscriptions.append(sub(t, "sub-root", "tenant-guid"));
    t.subscriptions.append(sub(t, "sub-noname", "noname"));
    ASSERT_EQ(t.subscriptions.at(0).ancestry,
              (QStringList{u"mg-conn"_s, u"mg-platform"_s, u"tenant-guid"_s}));

    const QHash<QString, QString> paths = ScopeResolver::managementGroupPaths(t);
    EXPECT_EQ(paths.size(), 3);
    // Keyed by the lower-cased subscription id.
    EXPECT_FALSE(paths.contains(u"SUB-Deep"_s));
    EXPECT_EQ(paths.value(u"sub-deep"_s), u"Tenant Root Group / Platform / Connectivity"_s);
    EXPECT_EQ(paths.value(u"sub-root"_s), u"Tenant Root Group"_s);
    // No display name: the group's name stands in.
    EXPECT_EQ(paths.value(u"sub-noname"_s), u"Tenant Root Group / Platform / noname"_s);
    EXPECT_EQ(ScopeResolver::managementGroupPath(t, t.subscriptions.at(0)),
              u"Tenant Root Group / Platform / Connectivity"_s);
}

TEST(ScopeResolver, ManagementGroupPathFallsBackToTheParentName)
{
    const TenantSnapshot t = namedTree();
    // Hierarchy unknown (fallback discovery): only the immediate parent is known.
    Subscription x;
    x.subscriptionId = u"s1"_s;
    x.managementGroupName = u"mg-conn"_s;
    EXPECT_EQ(ScopeResolver::managementGroupPath(t, x), u"Connectivity"_s);
    // A parent that is not in the snapshot shows its name.
    x.managementGroupName = u"mg-hidden"_s;
    EXPECT_EQ(ScopeResolver::managementGroupPath(t, x), u"mg-hidden"_s);
    // Group names are case-insensitive.
    x.ancestry = {u"MG-CONN"_s, u"hidden-middle"_s, u"Tenant-GUID"_s};
    EXPECT_EQ(ScopeResolver::managementGroupPath(t, x),
              u"Tenant Root Group / hidden-middle / Connectivity"_s);
}

TEST(ScopeResolver, ManagementGroupPathOfUnknownGroupIsEmpty)
{
    TenantSnapshot t = namedTree();
    Subscription x;
    x.subscriptionId = u"s-unknown"_s;
    x.state = SubscriptionState::Deleted; // deleted subscriptions have no ancestry
    t.subscriptions.append(x);
    EXPECT_TRUE(ScopeResolver::managementGroupPath(t, x).isEmpty());
    const QHash<QString, QString> paths = ScopeResolver::managementGroupPaths(t);
    ASSERT_TRUE(paths.contains(u"s-unknown"_s));
    EXPECT_TRUE(paths.value(u"s-unknown"_s).isEmpty());
    EXPECT_TRUE(ScopeResolver::managementGroupPaths(TenantSnapshot{}).isEmpty());
}
