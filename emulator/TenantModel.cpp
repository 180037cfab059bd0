#include "TenantModel.h"

#include "JsonOut.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    // Flat string maps (tags, most properties) are written by hand: loading a 200,000-resource
    // tenant would otherwise spend most of its time in QJsonDocument::toJson.
    QByteArray out;
    out.reserve(16 * object.size() + 16);
    out.append('{');
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (out.size() > 1)
            out.append(',');
        json::appendString(out, it.key());
        out.append(':');
        json::appendString(out, it.value().toString());
    }
    out.append('}');
    return out;
}

/** Shares identical blobs (tag sets repeat a lot) so that big tenants stay small. */
class BlobPool
{
public:
    QByteArray intern(const QByteArray &blob)
    {
        if (blob.isEmpty())
            return blob;
        const auto it = m_pool.constFind(blob);
        if (it != m_pool.cend())
            return *it;
        if (m_pool.size() < 100000)
            m_pool.insert(blob, blob);
        return blob;
    }

private:
    QHash<QByteArray, QByteArray> m_pool;
};

QString derivedObjectId(const QString &clientId)
{
    // A stable, GUID-shaped object id so that AuthorizationFailed messages are reproducible.
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray("sp:"_ba + clientId.toLower().toUtf8()), QCryptographicHash::Md5);
    return QUuid::fromRfc4122(hash).toString(QUuid::WithoutBraces);
}

void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setPath(child, path.mid(1), value);
    object.insert(path.first(), child);
}

} // namespace

bool TenantModel::validateGroups(const std::vector<ManagementGroupNode> &groups, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (groups.empty())
        return true;
    // groups.front() is the root group (its name is the tenant id).
    const QString root = groups.front().name.toLower();
    QHash<QString, int> index;
    for (int i = 0; i < int(groups.size()); ++i) {
        const QString key = groups[std::size_t(i)].name.toLower();
        if (index.contains(key))
            return fail(u"tenant JSON: management group '%1' appears twice"_s.arg(
                groups[std::size_t(i)].name));
        index.insert(key, i);
    }
    // Parent of each group (-1: the root itself).
    std::vector<int> parent(groups.size(), 0);
    parent[0] = -1;
    for (int i = 1; i < int(groups.size()); ++i) {
        const ManagementGroupNode &g = groups[std::size_t(i)];
        if (g.parent.isEmpty())
            continue; // directly under the root
        const int p = index.value(g.parent.toLower(), -1);
        if (p < 0)
            return fail(u"tenant JSON: management group '%1' names parent '%2', which does not "
                        "exist"_s.arg(g.name, g.parent));
        parent[std::size_t(i)] = p;
    }
    // Depth below the root (root 0); -1 = not known yet. Each group is walked once: O(n).
    std::vector<int> depth(groups.size(), -1);
    depth[0] = 0;
    std::vector<char> onPath(groups.size(), 0);
    for (int start = 1; start < int(groups.size()); ++start) {
        QList<int> path;
        int current = start;
        while (depth[std::size_t(current)] < 0) {
            if (onPath[std::size_t(current)]) {
                QStringList names;
                for (qsizetype k = path.indexOf(current); k < path.size(); ++k)
                    names.append(groups[std::size_t(path.at(k))].name);
                names.append(groups[std::size_t(current)].name);
                return fail(
                    u"tenant JSON: management groups form a cycle (%1); every group "
                    "must lead up to the root group '%2'"_s.arg(names.join(u" -> "_s), root));
            }
            onPath[std::size_t(current)] = 1;
            path.append(current);
            current = parent[std::size_t(current)];
        }
        int d = depth[std::size_t(current)];
        for (qsizetype k = path.size() - 1; k >= 0; --k) {
            const int g = path.at(k);
            depth[std::size_t(g)] = ++d;
            onPath[std::size_t(g)] = 0;
            if (d > MaxGroupDepth)
                return fail(u"tenant JSON: management group '%1' is %2 levels below the root "
                            "group; Azure allows %3"_s.arg(groups[std::size_t(g)].name)
                                .arg(d)
                                .arg(MaxGroupDepth));
        }
    }
    return true;
}

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

bool TenantModel::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!doc.isObject())
        return fail(u"tenant JSON: "_s + parseError.errorString());
    const QJsonObject root = doc.object();
    const QString tid = root.value("tenantId"_L1).toString().trimmed().toLower();
    if (QUuid::fromString(tid).isNull())
        return fail(u"tenant JSON: tenantId must be a GUID"_s);

    TenantModel fresh;
    fresh.tenantId = tid;
    fresh.displayName = root.value("displayName"_L1).toString();
    for (const QJsonValue &d : root.value("domains"_L1).toArray())
        fresh.domains.append(d.toString().toLower());

    // The root group always exists; its name is the tenant id.
    ManagementGroupNode rootGroup;
    rootGroup.name = tid;
    rootGroup.displayName = u"Tenant Root Group"_s;
    fresh.groups.push_back(rootGroup);
    for (const QJsonValue &v : root.value("managementGroups"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value("name"_L1).toString();
        if (name.isEmpty())
            return fail(u"tenant JSON: a management group has no name"_s);
        if (name.compare(tid, Qt::CaseInsensitive) == 0) {
            if (o.contains("displayName"_L1))
                fresh.groups.front().displayName = o.value("displayName"_L1).toString();
            continue;
        }
        ManagementGroupNode g;
        g.name = name;
        g.displayName = o.value("displayName"_L1).toString(name);
        g.parent = o.value("parent"_L1).toString();
        fresh.groups.push_back(g);
    }
    if (!validateGroups(fresh.groups, error))
        return false;
    QSet<QString> groupNames;
    for (const ManagementGroupNode &g : fresh.groups)
        groupNames.insert(g.name.toLower());
    QSet<QString> subscriptionIds;
    for (const QJsonValue &v : root.value("subscriptions"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        SubscriptionEntry s;
        s.subscriptionId = o.value("subscriptionId"_L1).toString().toLower();
        if (QUuid::fromString(s.subscriptionId).isNull())
            return fail(u"tenant JSON: subscriptionId '%1' is not a GUID"_s.arg(s.subscriptionId));
        if (subscriptionIds.contains(s.subscriptionId))
            return fail(u"tenant JSON: subscription '%1' appears twice"_s.arg(s.subscriptionId));
        subscriptionIds.insert(s.subscriptionId);
        s.displayName = o.value("displayName"_L1).toString(s.subscriptionId);
        s.state = o.value("state"_L1).toString(u"Enabled"_s);
        s.parent = o.value("parent"_L1).toString();
        if (!s.parent.isEmpty() && !groupNames.contains(s.parent.toLower()))
            return fail(u"tenant JSON: subscription '%1' names parent '%2', which is not a "
                        "management group of the tenant"_s.arg(s.subscriptionId, s.parent));
        s.tags = compactJson(o.value("tags"_L1).toObject());
        fresh.subscriptions.push_back(std::move(s));
    }
    fresh.rebuildIndexes();
    BlobPool pool;
    const QJsonArray resources = root.value("resources"_L1).toArray();
    QString lastSubscription;
    int sub = -1;
    for (const QJsonValue &v : resources) {
        // One pass over the members: QJsonObject::value() per key costs more than the rest of
        // the load for a 200,000-resource tenant.
        const QJsonObject o = v.toObject();
        QString subscriptionId, resourceGroup, name, type, location, publicIp, fqdn;
        bool hasPublicIp = false;
        bool hasFqdn = false;
        QJsonObject tags, props;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (key == "subscriptionId"_L1) {
                subscriptionId = it.value().toString();
            } else if (key == "resourceGroup"_L1) {
                resourceGroup = it.value().toString();
            } else if (key == "name"_L1) {
                name = it.value().toString();
            } else if (key == "type"_L1) {
                type = it.value().toString();
            } else if (key == "location"_L1) {
                location = it.value().toString();
            } else if (key == "tags"_L1) {
                tags = it.value().toObject();
            } else if (key == "properties"_L1) {
                props = it.value().toObject();
            } else if (key == "publicIp"_L1) {
                publicIp = it.value().toString();
                hasPublicIp = true;
            } else if (key == "fqdn"_L1) {
                fqdn = it.value().toString();
                hasFqdn = true;
            }
        }
        if (subscriptionId != lastSubscription) {
            sub = fresh.subscriptionIndex(subscriptionId);
            lastSubscription = subscriptionId;
        }
        if (sub < 0)
            return fail(u"tenant JSON: resource '%1' names an unknown subscription"_s.arg(name));
        if (name.isEmpty() || resourceGroup.isEmpty() || !type.contains(u'/'))
            return fail(
                u"tenant JSON: resource '%1' needs name, resourceGroup and type"_s.arg(name));
        ResourceEntry r;
        r.resourceGroup = resourceGroup.toUtf8();
        r.name = name.toUtf8();
        r.type = fresh.internType(type.toUtf8());
        r.location = fresh.internLocation(location.toUtf8());
        r.tags = pool.intern(compactJson(tags));
        if (hasPublicIp || hasFqdn) {
            const QByteArray &lowerType = fresh.typeLower(r.type);
            const bool isPublicIp = lowerType.endsWith("/publicipaddresses");
            if (hasPublicIp)
                props.insert(isPublicIp ? "ipAddress"_L1 : "publicIpAddress"_L1, publicIp);
            if (hasFqdn) {
                if (lowerType == "microsoft.web/sites")
                    props.insert("defaultHostName"_L1, fqdn);
                else if (isPublicIp)
                    setPath(props, {u"dnsSettings"_s, u"fqdn"_s}, fqdn);
                else if (lowerType == "microsoft.sql/servers")
                    props.insert("fullyQualifiedDomainName"_L1, fqdn);
                else
                    props.insert("fqdn"_L1, fqdn);
            }
        }
        r.properties = pool.intern(compactJson(props));
        fresh.subscriptions[std::size_t(sub)].resources.push_back(std::move(r));
    }
    for (const QJsonValue &v : root.value("apps"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        AppRegistration app;
        app.clientId = o.value("clientId"_L1).toString().toLower();
        if (app.clientId.isEmpty())
            return fail(u"tenant JSON: an app has no clientId"_s);
        for (const AppRegistration &other : std::as_const(fresh.apps)) {
            if (other.clientId == app.clientId)
                return fail(u"tenant JSON: app '%1' appears twice"_s.arg(app.clientId));
        }
        app.displayName = o.value("displayName"_L1).toString(app.clientId);
        app.objectId = o.value("objectId"_L1).toString(derivedObjectId(app.clientId));
        for (const QJsonValue &sv : o.value("secrets"_L1).toArray()) {
            const QJsonObject so = sv.toObject();
            AppSecret secret;
            secret.value = so.value("value"_L1).toString();
            const QString expires = so.value("expires"_L1).toString();
            if (!expires.isEmpty()) {
                secret.expires = QDateTime::fromString(expires, Qt::ISODate);
                if (!secret.expires.isValid())
                    return fail(u"tenant JSON: app '%1' has a secret with a bad expiry"_s.arg(
                        app.clientId));
            }
            app.secrets.append(secret);
        }
        for (const QJsonValue &rv : o.value("roles"_L1).toArray()) {
            const QJsonObject ro = rv.toObject();
            bool ok = false;
            RoleAssignment role;
            role.role = roleKindFromString(ro.value("role"_L1).toString(), &ok);
            if (!ok)
                return fail(
                    u"tenant JSON: unknown role '%1'"_s.arg(ro.value("role"_L1).toString()));
            role.scope = normalizeScope(ro.value("scope"_L1).toString());
            app.roles.append(role);
        }
        fresh.apps.append(app);
    }
    fresh.rebuildIndexes();
    fresh.m_generation = m_generation + 1;
    *this = std::move(fresh);
    return true;
}

QByteArray TenantModel::toJson() const
{
    // Written by hand (one line per entry): a 200,000-resource tenant must serialise in well
    // under a second, which QJsonObject trees cannot do.
    auto compact = [](const auto &value) {
        return QJsonDocument(value).toJson(QJsonDocument::Compact);
    };
    QByteArray out;
    out.reserve(1024 + qsizetype(resourceCount()) * 300);
    out.append("{\n\"tenantId\":");
    json::appendString(out, tenantId);
    out.append(",\n\"displayName\":");
    json::appendString(out, displayName);
    out.append(",\n\"domains\":").append(compact(QJsonArray::fromStringList(domains)));
    out.append(",\n\"managementGroups\":[");
    bool first = true;
    for (const ManagementGroupNode &g : groups) {
        QJsonObject o{{"name"_L1, g.name}, {"displayName"_L1, g.displayName}};
        if (!g.parent.isEmpty())
            o.insert("parent"_L1, g.parent);
        out.append(first ? "\n" : ",\n").append(compact(o));
        first = false;
    }
    out.append("\n],\n\"subscriptions\":[");
    first = true;
    for (const SubscriptionEntry &s : subscriptions) {
        out.append(first ? "\n{\"subscriptionId\":" : ",\n{\"subscriptionId\":");
        first = false;
        json::appendString(out, s.subscriptionId);
        out.append(",\"displayName\":");
        json::appendString(out, s.displayName);
        out.append(",\"state\":");
        json::appendString(out, s.state);
        if (!s.parent.isEmpty()) {
            out.append(",\"parent\":");
            json::appendString(out, s.parent);
        }
        if (!s.tags.isEmpty())
            out.append(",\"tags\":").append(s.tags);
        out.append('}');
    }
    out.append("\n],\n\"resources\":[");
    first = true;
    for (const SubscriptionEntry &s : subscriptions) {
        for (const ResourceEntry &r : s.resources) {
            out.append(first ? "\n{\"subscriptionId\":" : ",\n{\"subscriptionId\":");
            first = false;
            json::appendString(out, s.idUtf8);
            out.append(",\"resourceGroup\":");
            json::appendString(out, r.resourceGroup);
            out.append(",\"type\":");
            json::appendString(out, m_types.at(r.type));
            out.append(",\"name\":");
            json::appendString(out, r.name);
            out.append(",\"location\":");
            json::appendString(out, m_locations.at(r.location));
            if (!r.tags.isEmpty())
                out.append(",\"tags\":").append(r.tags);
            if (!r.properties.isEmpty())
                out.append(",\"properties\":").append(r.properties);
            out.append('}');
        }
    }
    out.append("\n],\n\"apps\":[");
    first = true;
    for (const AppRegistration &app : apps) {
        QJsonArray secrets;
        for (const AppSecret &secret : app.secrets) {
            QJsonObject so{{"value"_L1, secret.value}};
            if (secret.expires.isValid())
                so.insert("expires"_L1, secret.expires.toUTC().toString(Qt::ISODate));
            secrets.append(so);
        }
        QJsonArray roles;
        for (const RoleAssignment &role : app.roles)
            roles.append(
                QJsonObject{{"role"_L1, roleKindToString(role.role)}, {"scope"_L1, role.scope}});
        out.append(first ? "\n" : ",\n");
        first = false;
        out.append(compact(QJsonObject{{"clientId"_L1, app.clientId},
                                       {"displayName"_L1, app.displayName},
                                       {"objectId"_L1, app.objectId},
                                       {"secrets"_L1, secrets},
                                       {"roles"_L1, roles}}));
    }
    out.append("\n]\n}\n");
    return out;
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
