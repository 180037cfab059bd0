#include "ScopeResolver.h"

#include <QHash>
#include <QSet>

namespace atc {

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

} // namespace atc
