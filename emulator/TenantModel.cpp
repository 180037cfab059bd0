#include "TenantModel.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

QString normalizeScope(const QString &scope)
{
    QString s = scope.trimmed().toLower();
    while (s.size() > 1 && s.endsWith(u'/'))
        s.chop(1);
    if (s.isEmpty())
        s = u"/"_s;
    return s;
}

RoleKind roleKindFromString(const QString &role, bool *ok)
{
    const QString r = role.simplified().toLower();
    if (ok)
        *ok = true;
    if (r == u"contributor"_s || r == u"owner"_s)
        return RoleKind::Contributor;
    if (r == u"management group reader"_s)
        return RoleKind::ManagementGroupReader;
    if (ok)
        *ok = (r == u"reader"_s);
    return RoleKind::Reader;
}

QString roleKindToString(RoleKind role)
{
    switch (role) {
    case RoleKind::Reader:
        return u"Reader"_s;
    case RoleKind::Contributor:
        return u"Contributor"_s;
    case RoleKind::ManagementGroupReader:
        return u"Management Group Reader"_s;
    }
    return u"Reader"_s;
}

TenantModel::TenantModel() = default;

void TenantModel::clear()
{
    tenantId.clear();
    displayName.clear();
    domains.clear();
    groups.clear();
    subscriptions.clear();
    apps.clear();
    m_types.clear();
    m_typesLower.clear();
    m_typeIndex.clear();
    m_locations.clear();
    m_locationIndex.clear();
}

int TenantModel::internType(const QByteArray &type)
{
    const auto it = m_typeIndex.constFind(type);
    if (it != m_typeIndex.cend())
        return it.value();
    const int index = int(m_types.size());
    m_types.append(type);
    m_typesLower.append(type.toLower());
    m_typeIndex.insert(type, index);
    return index;
}

int TenantModel::internLocation(const QByteArray &location)
{
    const auto it = m_locationIndex.constFind(location);
    if (it != m_locationIndex.cend())
        return it.value();
    const int index = int(m_locations.size());
    m_locations.append(location);
    m_locationIndex.insert(location, index);
    return index;
}

void TenantModel::rebuildIndexes()
{
    m_groupIndex.clear();
    m_subscriptionIndex.clear();
    m_appIndex.clear();
    m_rootGroup = -1;
    for (int i = 0; i < int(groups.size()); ++i) {
        ManagementGroupNode &g = groups[std::size_t(i)];
        g.childGroups.clear();
        g.childSubscriptions.clear();
        g.parentIndex = -1;
        m_groupIndex.insert(g.name.toLower(), i);
        if (g.name.compare(tenantId, Qt::CaseInsensitive) == 0)
            m_rootGroup = i;
    }
    for (int i = 0; i < int(groups.size()); ++i) {
        ManagementGroupNode &g = groups[std::size_t(i)];
        if (i == m_rootGroup)
            continue;
        int parent = g.parent.isEmpty() ? m_rootGroup : groupIndex(g.parent);
        if (parent < 0 || parent == i)
            parent = m_rootGroup;
        g.parentIndex = parent;
        if (parent >= 0)
            groups[std::size_t(parent)].childGroups.append(i);
    }
    for (int i = 0; i < int(subscriptions.size()); ++i) {
        SubscriptionEntry &s = subscriptions[std::size_t(i)];
        m_subscriptionIndex.insert(s.subscriptionId.toLower(), i);
        s.idUtf8 = s.subscriptionId.toUtf8();
        int parent = s.parent.isEmpty() ? m_rootGroup : groupIndex(s.parent);
        if (parent < 0)
            parent = m_rootGroup;
        s.parentIndex = parent;
        if (parent >= 0)
            groups[std::size_t(parent)].childSubscriptions.append(i);
    }
    for (int i = 0; i < apps.size(); ++i)
        m_appIndex.insert(apps.at(i).clientId.toLower(), i);
    ++m_generation;
}

int TenantModel::groupIndex(const QString &name) const
{
    return m_groupIndex.value(name.toLower(), -1);
}

int TenantModel::subscriptionIndex(const QString &subscriptionId) const
{
    return m_subscriptionIndex.value(subscriptionId.toLower(), -1);
}

int TenantModel::appIndex(const QString &clientId) const
{
    return m_appIndex.value(clientId.toLower(), -1);
}

bool TenantModel::matchesTenant(const QString &tenant) const
{
    const QString t = tenant.toLower();
    return t == tenantId || domains.contains(t);
}

QList<int> TenantModel::groupAncestors(int group) const
{
    QList<int> chain;
    int current = groups.at(std::size_t(group)).parentIndex;
    while (current >= 0 && chain.size() < 64) {
        chain.append(current);
        current = groups.at(std::size_t(current)).parentIndex;
    }
    return chain;
}

QList<int> TenantModel::subscriptionAncestors(int subscription) const
{
    const int parent = subscriptions.at(std::size_t(subscription)).parentIndex;
    if (parent < 0)
        return {};
    QList<int> chain{parent};
    chain.append(groupAncestors(parent));
    return chain;
}

QList<int> TenantModel::groupSubtree(int group) const
{
    // Bounded by the number of groups even if bad links formed a cycle (loadJson refuses them).
    QList<int> out{group};
    for (int i = 0; i < out.size() && out.size() <= qsizetype(groups.size()); ++i)
        out.append(groups.at(std::size_t(out.at(i))).childGroups);
    return out;
}

QByteArray TenantModel::resourceId(const SubscriptionEntry &subscription,
                                   const ResourceEntry &resource) const
{
    const QByteArray &type = m_types.at(resource.type);
    QByteArray id;
    id.reserve(64 + subscription.idUtf8.size() + resource.resourceGroup.size() + type.size() +
               resource.name.size());
    id.append("/subscriptions/").append(subscription.idUtf8).append("/resourceGroups/");
    id.append(resource.resourceGroup).append("/providers/").append(type).append('/');
    id.append(resource.name);
    return id;
}

qint64 TenantModel::resourceCount() const
{
    qint64 n = 0;
    for (const SubscriptionEntry &s : subscriptions)
        n += qint64(s.resources.size());
    return n;
}

bool TenantModel::addSubscription(const SubscriptionEntry &subscription, QString *error)
{
    if (QUuid::fromString(subscription.subscriptionId).isNull()) {
        if (error)
            *error = u"subscriptionId must be a GUID"_s;
        return false;
    }
    if (subscriptionIndex(subscription.subscriptionId) >= 0) {
        if (error)
            *error = u"subscription exists"_s;
        return false;
    }
    if (!subscription.parent.isEmpty() && groupIndex(subscription.parent) < 0) {
        if (error)
            *error = u"unknown parent group"_s;
        return false;
    }
    SubscriptionEntry s = subscription;
    s.subscriptionId = s.subscriptionId.toLower();
    subscriptions.push_back(std::move(s));
    rebuildIndexes();
    return true;
}

bool TenantModel::deleteSubscription(const QString &subscriptionId)
{
    const int index = subscriptionIndex(subscriptionId);
    if (index < 0)
        return false;
    subscriptions.erase(subscriptions.begin() + index);
    rebuildIndexes();
    return true;
}

bool TenantModel::setSubscriptionState(const QString &subscriptionId, const QString &state)
{
    const int index = subscriptionIndex(subscriptionId);
    if (index < 0)
        return false;
    subscriptions[std::size_t(index)].state = state;
    ++m_generation;
    return true;
}

bool TenantModel::moveSubscription(const QString &subscriptionId, const QString &newParentGroup)
{
    const int index = subscriptionIndex(subscriptionId);
    const int group = newParentGroup.isEmpty() ? m_rootGroup : groupIndex(newParentGroup);
    if (index < 0 || group < 0)
        return false;
    subscriptions[std::size_t(index)].parent =
        group == m_rootGroup ? QString() : groups.at(std::size_t(group)).name;
    rebuildIndexes();
    return true;
}

bool TenantModel::addResource(const QString &subscriptionId, ResourceEntry resource)
{
    const int index = subscriptionIndex(subscriptionId);
    if (index < 0 || resource.name.isEmpty() || resource.resourceGroup.isEmpty())
        return false;
    subscriptions[std::size_t(index)].resources.push_back(std::move(resource));
    ++m_generation;
    return true;
}

bool TenantModel::removeResource(const QString &resourceId)
{
    // /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}
    const QStringList parts = resourceId.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 8 || parts.at(0).compare(u"subscriptions"_s, Qt::CaseInsensitive) != 0)
        return false;
    const int index = subscriptionIndex(parts.at(1));
    if (index < 0)
        return false;
    SubscriptionEntry &s = subscriptions[std::size_t(index)];
    const QByteArray wanted = resourceId.toUtf8().toLower();
    const auto it =
        std::find_if(s.resources.begin(), s.resources.end(), [&](const ResourceEntry &r) {
            return this->resourceId(s, r).toLower() == wanted;
        });
    if (it == s.resources.end())
        return false;
    s.resources.erase(it);
    ++m_generation;
    return true;
}

} // namespace atc::emulator
