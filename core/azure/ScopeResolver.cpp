#include "ScopeResolver.h"

#include <QHash>
#include <QSet>

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// Management-group names are case-insensitive in Azure.
QString key(const QString &name)
{
    return name.toCaseFolded();
}

QSet<QString> subtreeKeys(const TenantSnapshot &tenant, const QStringList &roots)
{
    QHash<QString, QStringList> children;
    for (const ManagementGroup &g : tenant.managementGroups)
        children[key(g.parentName)].append(key(g.name));
    QSet<QString> out;
    QStringList stack;
    for (const QString &r : roots)
        stack.append(key(r));
    while (!stack.isEmpty()) {
        const QString k = stack.takeLast();
        if (k.isEmpty() || out.contains(k))
            continue; // also guards against a cyclic (corrupt) tree
        out.insert(k);
        stack.append(children.value(k));
    }
    return out;
}

bool underAny(const Subscription &s, const QSet<QString> &groups)
{
    if (!s.managementGroupName.isEmpty() && groups.contains(key(s.managementGroupName)))
        return true;
    for (const QString &a : s.ancestry) {
        if (groups.contains(key(a)))
            return true;
    }
    return false;
}

using DisplayNames = QHash<QString, QString>; // case-folded group name → display name

DisplayNames displayNamesOf(const TenantSnapshot &tenant)
{
    DisplayNames names;
    names.reserve(tenant.managementGroups.size());
    for (const ManagementGroup &g : tenant.managementGroups)
        names.insert(key(g.name), g.displayName.isEmpty() ? g.name : g.displayName);
    return names;
}

QString pathOf(const DisplayNames &names, const Subscription &s)
{
    const auto display = [&names](const QString &group) {
        const auto it = names.constFind(key(group));
        return it == names.cend() ? group : *it;
    };
    QStringList parts;
    parts.reserve(s.ancestry.size());
    for (auto it = s.ancestry.crbegin(); it != s.ancestry.crend(); ++it)
        parts.append(display(*it));
    if (parts.isEmpty() && !s.managementGroupName.isEmpty())
        parts.append(display(s.managementGroupName));
    return parts.join(u" / "_s);
}

} // namespace

ScopeResolution ScopeResolver::resolve(const TenantSnapshot &tenant, ScopeMode mode,
                                       const QStringList &selectedGroups,
                                       const QStringList &excludedGroups)
{
    ScopeResolution r;
    const QSet<QString> selected = subtreeKeys(tenant, selectedGroups);
    const QSet<QString> excluded = subtreeKeys(tenant, excludedGroups);
    for (const Subscription &s : tenant.subscriptions) {
        const bool inside =
            mode == ScopeMode::AllManagementGroups ? !underAny(s, excluded) : underAny(s, selected);
        if (!inside)
            r.outOfScope.append(s);
        else if (!s.isConnectable())
            r.skipped.append(s);
        else
            r.inScope.append(s);
    }
    return r;
}

QStringList ScopeResolver::subtree(const TenantSnapshot &tenant, const QString &group)
{
    const QSet<QString> keys = subtreeKeys(tenant, {group});
    QStringList out;
    for (const ManagementGroup &g : tenant.managementGroups) {
        if (keys.contains(key(g.name)))
            out.append(g.name);
    }
    if (out.isEmpty() && !group.isEmpty())
        out.append(group);
    return out;
}

QHash<QString, QString> ScopeResolver::managementGroupPaths(const TenantSnapshot &tenant)
{
    const DisplayNames names = displayNamesOf(tenant);
    QHash<QString, QString> paths;
    paths.reserve(tenant.subscriptions.size());
    for (const Subscription &s : tenant.subscriptions)
        paths.insert(s.subscriptionId.toLower(), pathOf(names, s));
    return paths;
}

QString ScopeResolver::managementGroupPath(const TenantSnapshot &tenant,
                                           const Subscription &subscription)
{
    return pathOf(displayNamesOf(tenant), subscription);
}

} // namespace atc
