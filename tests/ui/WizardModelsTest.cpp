// The wizard's models without a network: the management-group tree (tri-state, subtree
// follows its parent, counts), the preview (names, collisions, skipped) against
// ScopeResolver, and a 2,000-group / 10,000-subscription tenant.
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

#include "azure/ScopeResolver.h"
#include "wizard/ConnectorDraft.h"
#include "wizard/ConnectorPreview.h"
#include "wizard/ManagementGroupTreeModel.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

ManagementGroup group(const QString &name, const QString &display, const QString &parent)
{
    ManagementGroup g;
    g.id = u"/providers/Microsoft.Management/managementGroups/"_s + name;
    g.name = name;
    g.displayName = display;
    g.parentName = parent;
    return g;
}

Subscription subscription(const QString &id, const QString &name, const QString &parent,
                          const QStringList &ancestry,
                          SubscriptionState state = SubscriptionState::Enabled)
{
    Subscription s;
    s.subscriptionId = id;
    s.displayName = name;
    s.managementGroupName = parent;
    s.ancestry = ancestry;
    s.state = state;
    s.stateText = subscriptionStateToString(state);
    return s;
}

//   root ─ a ─ a1
//        │   └ a2
//        └ b
TenantSnapshot smallTenant()
{
    TenantSnapshot t;
    t.tenantId = u"root"_s;
    t.rootGroupReadable = true;
    t.managementGroups = {
        group(u"root"_s, u"Tenant Root Group"_s, {}), group(u"a"_s, u"Alpha"_s, u"root"_s),
        group(u"a1"_s, u"Alpha One"_s, u"a"_s), group(u"a2"_s, u"Alpha Two"_s, u"a"_s),
        group(u"b"_s, u"Beta"_s, u"root"_s)};
    t.subscriptions = {
        subscription(u"s1"_s, u"Prod"_s, u"a1"_s, {u"a1"_s, u"a"_s, u"root"_s}),
        subscription(u"s2"_s, u"Prod"_s, u"a2"_s, {u"a2"_s, u"a"_s, u"root"_s}),
        subscription(u"s3"_s, u"prod"_s, u"b"_s, {u"b"_s, u"root"_s}),
        subscription(u"s4"_s, u"Old"_s, u"b"_s, {u"b"_s, u"root"_s}, SubscriptionState::Disabled),
        subscription(u"s5"_s, u"Root sub"_s, u"root"_s, {u"root"_s}),
    };
    return t;
}

QSet<QString> ids(const QList<Subscription> &subs)
{
    QSet<QString> out;
    for (const Subscription &s : subs)
        out.insert(s.subscriptionId);
    return out;
}

QSet<QString> previewIds(const Preview &p, bool skipped)
{
    QSet<QString> out;
    for (const PreviewRow &r : p.rows) {
        if (r.skipped == skipped)
            out.insert(r.subscriptionId);
    }
    return out;
}

} // namespace

TEST(ManagementGroupTreeModel, BuildsHierarchyWithSubtreeCounts)
{
    ManagementGroupTreeModel model;
    model.setSnapshot(smallTenant());
    EXPECT_EQ(model.groupCount(), 5);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    EXPECT_EQ(root.data().toString(), u"Tenant Root Group"_s);
    EXPECT_EQ(model.rowCount(root), 2);
    EXPECT_EQ(model.subscriptionCount(u"root"_s), 5);
    EXPECT_EQ(model.subscriptionCount(u"a"_s), 2);
    EXPECT_EQ(model.subscriptionCount(u"b"_s), 2);
    EXPECT_EQ(model.subscriptionCount(u"a1"_s), 1);
    EXPECT_EQ(model.subscriptionCount(u"nope"_s), -1);
    const QModelIndex a = model.indexOfGroup(u"a"_s);
    EXPECT_EQ(model.parent(a), root);
    EXPECT_EQ(
        model.index(a.row(), ManagementGroupTreeModel::SubscriptionsColumn, root).data().toInt(),
        2);
}

TEST(ManagementGroupTreeModel, SubtreeFollowsParentAndParentsShowPartial)
{
    ManagementGroupTreeModel model;
    model.setSnapshot(smallTenant());
    QSignalSpy changed(&model, &ManagementGroupTreeModel::checkedGroupsChanged);

    ASSERT_TRUE(model.setData(model.indexOfGroup(u"a"_s), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.checkedGroups(), QStringList{u"a"_s});
    EXPECT_EQ(model.indexOfGroup(u"a1"_s).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model.indexOfGroup(u"a2"_s).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model.indexOfGroup(u"root"_s).data(Qt::CheckStateRole).toInt(), Qt::PartiallyChecked);
    EXPECT_EQ(model.indexOfGroup(u"b"_s).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    // Unchecking a child leaves its sibling, and the parent no longer covers everything.
    model.setData(model.indexOfGroup(u"a2"_s), Qt::Unchecked, Qt::CheckStateRole);
    EXPECT_EQ(model.checkedGroups(), QStringList{u"a1"_s});
    EXPECT_EQ(model.indexOfGroup(u"a"_s).data(Qt::CheckStateRole).toInt(), Qt::PartiallyChecked);

    // Checking the root checks everything and is reported as the root alone.
    model.setData(model.indexOfGroup(u"root"_s), Qt::Checked, Qt::CheckStateRole);
    EXPECT_EQ(model.checkedGroups(), QStringList{u"root"_s});
    model.setData(model.indexOfGroup(u"root"_s), Qt::Unchecked, Qt::CheckStateRole);
    EXPECT_TRUE(model.checkedGroups().isEmpty());

    model.setCheckedGroups({u"b"_s, u"a1"_s, u"unknown"_s});
    const QStringList checked = model.checkedGroups();
    EXPECT_EQ(QSet<QString>(checked.begin(), checked.end()), (QSet<QString>{u"a1"_s, u"b"_s}));
}

TEST(ManagementGroupTreeModel, RecursiveSearchKeepsAncestors)
{
    ManagementGroupTreeModel model;
    model.setSnapshot(smallTenant());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(u"two"_s);
    ASSERT_EQ(proxy.rowCount(), 1); // root kept as an ancestor
    const QModelIndex root = proxy.index(0, 0);
    ASSERT_EQ(proxy.rowCount(root), 1); // Alpha kept, Beta filtered out
    const QModelIndex alpha = proxy.index(0, 0, root);
    EXPECT_EQ(alpha.data().toString(), u"Alpha"_s);
    ASSERT_EQ(proxy.rowCount(alpha), 1);
    EXPECT_EQ(proxy.index(0, 0, alpha).data().toString(), u"Alpha Two"_s);
}

TEST(ConnectorPreview, NamesCollisionsAndSkipped)
{
    EXPECT_EQ(ConnectorPreview::connectorName(u"Contoso"_s, u"Prod"_s), u"Contoso-Prod"_s);
    EXPECT_EQ(ConnectorPreview::connectorName(u"Contoso-"_s, u"Prod"_s), u"Contoso-Prod"_s);
    EXPECT_EQ(ConnectorPreview::connectorName(u"Contoso "_s, u"Prod"_s), u"Contoso Prod"_s);
    EXPECT_EQ(ConnectorPreview::connectorName(QString(), u"Prod"_s), u"Prod"_s);

    ConnectorProfile p;
    p.connectorNamePrefix = u"C"_s;
    const Preview preview = ConnectorPreview::build(smallTenant(), p);
    EXPECT_EQ(preview.toCreate, 4);
    EXPECT_EQ(preview.skipped, 1);
    EXPECT_EQ(preview.renamed, 2); // "Prod", "Prod" and "prod" collide case-insensitively
    QStringList names;
    for (const PreviewRow &r : preview.rows) {
        if (!r.skipped)
            names.append(r.connectorName);
    }
    EXPECT_TRUE(names.contains(u"C-Prod"_s));
    EXPECT_TRUE(names.contains(u"C-Prod (2)"_s));
    EXPECT_TRUE(names.contains(u"C-prod (3)"_s));
    const PreviewRow &last = preview.rows.last();
    EXPECT_TRUE(last.skipped);
    EXPECT_EQ(last.subscriptionId, u"s4"_s);
    EXPECT_EQ(last.managementGroupPath, u"Tenant Root Group / Beta"_s);
}

TEST(ConnectorPreview, FollowsScopeResolverForSelectAndExclude)
{
    const TenantSnapshot tenant = smallTenant();
    struct Case
    {
        ScopeMode mode;
        QStringList selected;
        QStringList excluded;
    };
    const QList<Case> cases = {
        {ScopeMode::AllManagementGroups, {}, {}},
        {ScopeMode::AllManagementGroups, {}, {u"a"_s}},
        {ScopeMode::AllManagementGroups, {}, {u"b"_s, u"a1"_s}},
        {ScopeMode::SelectedManagementGroups, {u"a"_s}, {}},
        {ScopeMode::SelectedManagementGroups, {u"b"_s}, {}},
        {ScopeMode::SelectedManagementGroups, {u"root"_s}, {}},
    };
    for (const Case &c : cases) {
        ConnectorProfile p;
        p.scopeMode = c.mode;
        p.selectedManagementGroups = c.selected;
        p.excludedManagementGroups = c.excluded;
        const ScopeResolution expected =
            ScopeResolver::resolve(tenant, c.mode, c.selected, c.excluded);
        const Preview preview = ConnectorPreview::build(tenant, p);
        EXPECT_EQ(previewIds(preview, false), ids(expected.inScope));
        EXPECT_EQ(previewIds(preview, true), ids(expected.skipped));
        EXPECT_EQ(preview.outOfScope, expected.outOfScope.size());
    }
}

TEST(ConnectorDraft, CredentialChangeForgetsTestAndScopeChangeSignals)
{
    ConnectorDraft draft;
    QSignalSpy credentials(&draft, &ConnectorDraft::credentialsChanged);
    QSignalSpy scope(&draft, &ConnectorDraft::scopeChanged);
    ConnectionTester::Result ok;
    ok.ok = true;
    ASSERT_TRUE(draft.setTestResult(ok, draft.credentialGeneration()));
    EXPECT_TRUE(draft.lastTestOk());

    draft.update([](ConnectorProfile &p) { p.name = u"x"_s; });
    EXPECT_TRUE(draft.lastTestOk());
    EXPECT_EQ(credentials.count(), 0);

    const quint64 before = draft.credentialGeneration();
    draft.update([](ConnectorProfile &p) { p.clientId = u"abc"_s; });
    EXPECT_FALSE(draft.lastTestOk());
    EXPECT_EQ(credentials.count(), 1);
    // A result of a test started before the change is dropped.
    EXPECT_FALSE(draft.setTestResult(ok, before));
    EXPECT_FALSE(draft.lastTestOk());

    scope.clear();
    draft.update([](ConnectorProfile &p) { p.connectorNamePrefix = u"P"_s; });
    EXPECT_EQ(scope.count(), 1);
    draft.setSecret(u"s"_s);
    EXPECT_EQ(credentials.count(), 2);
}

TEST(ConnectorDraft, EditAndDuplicateKeepTheStoredKey)
{
    ConnectorProfile saved;
    saved.id = u"1234"_s;
    saved.name = u"Prod"_s;
    saved.directoryId = u"contoso.onmicrosoft.com"_s;
    saved.clientId = u"0d4c3b2a-1f0e-4d9c-8b7a-6f5e4f3c2b1a"_s;
    ConnectorDraft edit(ConnectorDraft::Mode::Edit, saved);
    EXPECT_EQ(edit.profile().id, saved.id);
    EXPECT_EQ(edit.storedSecretKey(), saved.secretKey());
    EXPECT_TRUE(edit.usesStoredSecret());
    EXPECT_TRUE(edit.issuesFor(ProfileField::AuthenticationKey).isEmpty());

    ConnectorDraft dup(ConnectorDraft::Mode::Duplicate, saved);
    EXPECT_TRUE(dup.profile().id.isEmpty());
    EXPECT_NE(dup.profile().name, saved.name);
    EXPECT_EQ(dup.storedSecretKey(), saved.secretKey());

    ConnectorDraft create(ConnectorDraft::Mode::Create, ConnectorProfile{});
    EXPECT_FALSE(create.issuesFor(ProfileField::AuthenticationKey).isEmpty());

    // A duplicate is a new connector: enabled even when its original is disabled; an edit
    // keeps the flag (the window's Enable/Disable changes it).
    saved.enabled = false;
    EXPECT_TRUE(ConnectorDraft(ConnectorDraft::Mode::Duplicate, saved).profile().enabled);
    EXPECT_FALSE(ConnectorDraft(ConnectorDraft::Mode::Edit, saved).profile().enabled);
}

// 2,000 groups, 10,000 subscriptions: the tree and the preview build with the right counts.
TEST(WizardModelsLarge, TwoThousandGroupsTenThousandSubscriptions)
{
    TenantSnapshot t;
    t.tenantId = u"root"_s;
    t.rootGroupReadable = true;
    t.managementGroups.append(group(u"root"_s, u"Tenant Root Group"_s, {}));
    QHash<QString, QStringList> ancestry;
    ancestry.insert(u"root"_s, {u"root"_s});
    // Five levels: each group's parent is an earlier group.
    for (int i = 1; i < 2000; ++i) {
        const QString name = u"g%1"_s.arg(i);
        const QString parent = i < 10 ? u"root"_s : u"g%1"_s.arg(i / 10);
        t.managementGroups.append(group(name, u"Group %1"_s.arg(i), parent));
        ancestry.insert(name, QStringList{name} + ancestry.value(parent));
    }
    for (int i = 0; i < 10000; ++i) {
        const QString parent = i % 2000 == 0 ? u"root"_s : u"g%1"_s.arg(i % 2000);
        t.subscriptions.append(subscription(
            u"sub-%1"_s.arg(i), u"Subscription %1"_s.arg(i % 9000), parent, ancestry.value(parent),
            i % 100 == 0 ? SubscriptionState::Disabled : SubscriptionState::Enabled));
    }

    ManagementGroupTreeModel model;
    model.setSnapshot(t);
    EXPECT_EQ(model.groupCount(), 2000);
    EXPECT_EQ(model.subscriptionCount(u"root"_s), 10000);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowCount(model.indexOfGroup(u"root"_s)), 9);
    // g1's subtree: g1, g10-g19, g100-g199, g1000-g1999 → subscriptions by i % 2000.
    int expectedG1 = 0;
    for (int i = 0; i < 10000; ++i) {
        const int g = i % 2000;
        if (g == 1 || (g >= 10 && g <= 19) || (g >= 100 && g <= 199) || (g >= 1000 && g <= 1999))
            ++expectedG1;
    }
    EXPECT_EQ(model.subscriptionCount(u"g1"_s), expectedG1);

    ASSERT_TRUE(model.setGroupChecked(u"g1"_s, true));
    EXPECT_EQ(model.checkedGroups(), QStringList{u"g1"_s});

    ConnectorProfile p;
    p.connectorNamePrefix = u"Big"_s;
    Preview all = ConnectorPreview::build(t, p);
    EXPECT_EQ(all.toCreate, 9900);
    EXPECT_EQ(all.skipped, 100);
    EXPECT_EQ(all.rows.size(), 10000);
    EXPECT_EQ(all.renamed, 1000 - 10); // names repeat for i >= 9000 (minus disabled ones)
    QSet<QString> names;
    for (const PreviewRow &r : all.rows) {
        if (!r.skipped)
            names.insert(r.connectorName.toCaseFolded());
    }
    EXPECT_EQ(names.size(), 9900); // every name unique

    p.scopeMode = ScopeMode::SelectedManagementGroups;
    p.selectedManagementGroups = model.checkedGroups();
    const Preview selected = ConnectorPreview::build(t, p);
    const ScopeResolution expected =
        ScopeResolver::resolve(t, p.scopeMode, p.selectedManagementGroups, {});
    EXPECT_EQ(selected.toCreate, expected.inScope.size());
    EXPECT_EQ(selected.toCreate + selected.skipped, expectedG1);

    PreviewModel table;
    table.setPreview(all);
    EXPECT_EQ(table.rowCount(), 10000);
    EXPECT_EQ(table.columnCount(), PreviewModel::ColumnCount);
}
