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

// TenantModel's JSON form (docs/emulator.md, "Tenant JSON"): loading with its checks, and
// writing it back. The model's indexes, queries and changes are in TenantModel.cpp, the
// synthetic generator in TenantGenerator.cpp.

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

} // namespace atc::emulator
