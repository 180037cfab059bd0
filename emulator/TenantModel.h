#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace atc::emulator {

struct SyntheticTenantSpec;

/** Built-in roles the emulator understands. */
enum class RoleKind
{
    Reader,                ///< read everything at and below the scope ("*/read")
    Contributor,           ///< read and write at and below the scope ("*")
    ManagementGroupReader, ///< read management groups only, not subscriptions or resources
};

struct RoleAssignment
{
    RoleKind role = RoleKind::Reader;
    /** "/", "/providers/Microsoft.Management/managementGroups/{name}" or "/subscriptions/{id}". */
    QString scope;
};

struct AppSecret
{
    QString value;
    QDateTime expires; ///< invalid = never expires
};

struct AppRegistration
{
    QString clientId;
    QString displayName;
    QString objectId; ///< service principal object id, derived from clientId when absent
    QList<AppSecret> secrets;
    QList<RoleAssignment> roles;
};

struct ManagementGroupNode
{
    QString name;
    QString displayName;
    QString parent; ///< empty for the root group
    // Derived by TenantModel::rebuildIndexes().
    int parentIndex = -1;
    QList<int> childGroups;
    QList<int> childSubscriptions;
};

/** One resource. Strings are UTF-8; type and location are interned indexes. */
struct ResourceEntry
{
    QByteArray resourceGroup;
    QByteArray name;
    int type = 0;
    int location = 0;
    QByteArray tags;       ///< compact JSON object, e.g. {"env":"prod"}; empty = {}
    QByteArray properties; ///< compact JSON object; empty = {}
};

struct SubscriptionEntry
{
    QString subscriptionId;
    QString displayName;
    QString state = QStringLiteral("Enabled");
    QString parent;  ///< management group name; empty = root group
    QByteArray tags; ///< compact JSON object; empty = {}
    std::vector<ResourceEntry> resources;
    // Derived.
    int parentIndex = -1;
    QByteArray idUtf8; ///< subscriptionId as UTF-8, used when composing resource ids
};

/**
 * The whole tenant in memory, with indexes so that listing hundreds of thousands of
 * resources is a matter of walking per-subscription vectors. Not thread-safe: used on
 * the emulator's thread only.
 */
class TenantModel
{
public:
    TenantModel();

    /**
     * Replaces the tenant with the one described (docs/emulator.md). Refuses, with words in
     * `error` and the tenant unchanged, duplicate group, subscription or app ids, parents that
     * do not exist, management groups forming a cycle or nested more than MaxGroupDepth levels
     * below the root. The JSON form (load and toJson()) is in TenantJson.cpp.
     */
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;
    /**
     * Replaces the tenant with a deterministic synthetic one (TenantGenerator.cpp). A spec
     * beyond SyntheticTenantSpec's caps is refused (false, words in `error`, tenant unchanged).
     */
    bool generate(const SyntheticTenantSpec &spec, QString *error = nullptr);

    /** Levels of management groups Azure allows below the root group. */
    static constexpr int MaxGroupDepth = 6;
    /** `groups.front()` is the root. Checks duplicate names, unknown parents, cycles, depth. */
    static bool validateGroups(const std::vector<ManagementGroupNode> &groups, QString *error);

    /** Recomputes parent/child links and lookup tables; bumps generation(). */
    void rebuildIndexes();
    quint64 generation() const { return m_generation; }

    // Lookups (case-insensitive ids). Return -1 when absent.
    int groupIndex(const QString &name) const;
    int subscriptionIndex(const QString &subscriptionId) const;
    int appIndex(const QString &clientId) const;
    int rootGroupIndex() const { return m_rootGroup; }
    /** True when `tenant` is the tenant id or one of its domains. */
    bool matchesTenant(const QString &tenant) const;

    /** Management-group chain from the immediate parent of `group` up to the root. */
    QList<int> groupAncestors(int group) const;
    /** Chain for a subscription: its parent group up to the root. */
    QList<int> subscriptionAncestors(int subscription) const;
    /** Every group in the subtree of `group` (including it), parents before children. */
    QList<int> groupSubtree(int group) const;

    int internType(const QByteArray &type);
    int internLocation(const QByteArray &location);
    const QByteArray &typeName(int index) const { return m_types.at(index); }
    const QByteArray &typeLower(int index) const { return m_typesLower.at(index); }
    const QByteArray &locationName(int index) const { return m_locations.at(index); }
    int typeCount() const { return int(m_types.size()); }

    /** ARM id of a resource: /subscriptions/{s}/resourceGroups/{rg}/providers/{type}/{name}. */
    QByteArray resourceId(const SubscriptionEntry &subscription,
                          const ResourceEntry &resource) const;
    qint64 resourceCount() const;

    // Mutations (lifecycle tests). Each keeps the indexes valid.
    bool addSubscription(const SubscriptionEntry &subscription, QString *error = nullptr);
    bool deleteSubscription(const QString &subscriptionId);
    bool setSubscriptionState(const QString &subscriptionId, const QString &state);
    bool moveSubscription(const QString &subscriptionId, const QString &newParentGroup);
    bool addResource(const QString &subscriptionId, ResourceEntry resource);
    bool removeResource(const QString &resourceId);

    QString tenantId;
    QString displayName;
    QStringList domains;
    std::vector<ManagementGroupNode> groups;
    std::vector<SubscriptionEntry> subscriptions;
    QList<AppRegistration> apps;

private:
    void clear();

    QHash<QString, int> m_groupIndex;
    QHash<QString, int> m_subscriptionIndex;
    QHash<QString, int> m_appIndex;
    QList<QByteArray> m_types;
    QList<QByteArray> m_typesLower;
    QHash<QByteArray, int> m_typeIndex;
    QList<QByteArray> m_locations;
    QHash<QByteArray, int> m_locationIndex;
    int m_rootGroup = -1;
    quint64 m_generation = 0;
};

/** Canonical form of a role scope (lower-case prefixes, no trailing slash). */
QString normalizeScope(const QString &scope);
RoleKind roleKindFromString(const QString &role, bool *ok = nullptr);
QString roleKindToString(RoleKind role);

} // namespace atc::emulator
