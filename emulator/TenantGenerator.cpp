// The deterministic synthetic tenant generator (TenantModel::generate).
#include "AzureEmulator.h"
#include "TenantModel.h"

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

/** splitmix64: tiny, fast and identical on every platform (unlike std distributions). */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

private:
    quint64 m_state;
};

QString guidFrom(Rng &rng)
{
    const quint64 a = rng.next();
    const quint64 b = rng.next();
    return u"%1-%2-4%3-%4%5-%6"_s.arg(a >> 32, 8, 16, QChar(u'0'))
        .arg((a >> 16) & 0xffff, 4, 16, QChar(u'0'))
        .arg((a >> 4) & 0xfff, 3, 16, QChar(u'0'))
        .arg(8 + (b >> 62), 1, 16, QChar(u'0'))
        .arg((b >> 48) & 0xfff, 3, 16, QChar(u'0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QChar(u'0'));
}

struct TypeSpec
{
    const char *type;
    const char *prefix;
    int weight;
    enum Extra
    {
        None,
        PublicIp,
        WebSite,
        AppGateway,
        Aks,
        SqlServer,
        Storage,
        Registry,
        Vault,
        Cosmos,
        Vm,
    } extra;
};

const TypeSpec Types[] = {
    {"Microsoft.Compute/virtualMachines", "vm", 12, TypeSpec::Vm},
    {"Microsoft.Compute/virtualMachineScaleSets", "vmss", 2, TypeSpec::None},
    {"Microsoft.Compute/disks", "disk", 12, TypeSpec::None},
    {"Microsoft.Compute/snapshots", "snap", 2, TypeSpec::None},
    {"Microsoft.Network/networkInterfaces", "nic", 12, TypeSpec::None},
    {"Microsoft.Network/publicIPAddresses", "pip", 6, TypeSpec::PublicIp},
    {"Microsoft.Network/virtualNetworks", "vnet", 3, TypeSpec::None},
    {"Microsoft.Network/networkSecurityGroups", "nsg", 5, TypeSpec::None},
    {"Microsoft.Network/loadBalancers", "lb", 2, TypeSpec::None},
    {"Microsoft.Network/applicationGateways", "agw", 1, TypeSpec::AppGateway},
    {"Microsoft.Network/privateEndpoints", "pe", 3, TypeSpec::None},
    {"Microsoft.Network/routeTables", "rt", 1, TypeSpec::None},
    {"Microsoft.Storage/storageAccounts", "st", 6, TypeSpec::Storage},
    {"Microsoft.Web/sites", "app", 5, TypeSpec::WebSite},
    {"Microsoft.Web/serverFarms", "asp", 2, TypeSpec::None},
    {"Microsoft.ContainerService/managedClusters", "aks", 1, TypeSpec::Aks},
    {"Microsoft.ContainerRegistry/registries", "acr", 1, TypeSpec::Registry},
    {"Microsoft.KeyVault/vaults", "kv", 3, TypeSpec::Vault},
    {"Microsoft.Sql/servers", "sql", 2, TypeSpec::SqlServer},
    {"Microsoft.Sql/servers/databases", "sqldb", 3, TypeSpec::None},
    {"Microsoft.DocumentDB/databaseAccounts", "cosmos", 1, TypeSpec::Cosmos},
    {"Microsoft.Insights/components", "appi", 2, TypeSpec::None},
    {"Microsoft.OperationalInsights/workspaces", "log", 1, TypeSpec::None},
    {"Microsoft.ManagedIdentity/userAssignedIdentities", "id", 2, TypeSpec::None},
    {"Microsoft.Automation/automationAccounts", "aa", 1, TypeSpec::None},
    {"Microsoft.EventHub/namespaces", "evhns", 1, TypeSpec::None},
    {"Microsoft.ServiceBus/namespaces", "sb", 1, TypeSpec::None},
};

const char *const Regions[] = {
    "eastus",        "eastus2",      "westus2",       "westeurope", "northeurope",
    "uksouth",       "centralus",    "southeastasia", "japaneast",  "germanywestcentral",
    "francecentral", "australiaeast"};
const char *const Envs[] = {"prod", "dev", "test", "staging"};
const char *const Owners[] = {"platform-team", "web-team",    "data-team", "identity-team",
                              "payments-team", "mobile-team", "sre-team",  "finance-it"};
const char *const Workloads[] = {"web", "api", "data", "shared", "batch",
                                 "ml",  "erp", "crm",  "portal", "iot"};

} // namespace

bool SyntheticTenantSpec::validate(QString *error) const
{
    auto check = [error](const char *what, qint64 value, qint64 cap) {
        if (value >= 0 && value <= cap)
            return true;
        if (error)
            *error = u"synthetic tenant: %1 must be between 0 and %2 (asked for %3)"_s.arg(
                QLatin1String(what), QString::number(cap), QString::number(value));
        return false;
    };
    return check("management groups", managementGroups, MaxManagementGroups) &&
           check("subscriptions", subscriptions, MaxSubscriptions) &&
           check("resources", resources, MaxResources) &&
           check("disabled subscriptions", disabledSubscriptions, subscriptions);
}

bool TenantModel::generate(const SyntheticTenantSpec &spec, QString *error)
{
    if (!spec.validate(error))
        return false;
    Rng rng(0xa7c0ffeeULL ^ (quint64(spec.seed) * 0x100000001b3ULL));
    *this = TenantModel();
    tenantId = u"5e7d1a00-0000-4000-8000-%1"_s.arg(spec.seed, 12, 16, QChar(u'0'));
    displayName = u"Synthetic tenant %1"_s.arg(spec.seed);
    domains = {u"synthetic-%1.onmicrosoft.com"_s.arg(spec.seed)};

    // Groups: each new group hangs under a random existing group of depth < 6.
    ManagementGroupNode root;
    root.name = tenantId;
    root.displayName = u"Tenant Root Group"_s;
    groups.push_back(root);
    std::vector<int> depth{0};
    std::vector<int> parents{0};
    for (int i = 1; i <= qMax(0, spec.managementGroups); ++i) {
        const int parent = parents[std::size_t(rng.below(int(parents.size())))];
        ManagementGroupNode g;
        g.name = u"mg-%1"_s.arg(i, 4, 10, QChar(u'0'));
        g.displayName = u"%1 %2"_s.arg(QLatin1String(Workloads[i % 10])).arg(i);
        g.displayName[0] = g.displayName[0].toUpper();
        g.parent = parent == 0 ? QString() : groups[std::size_t(parent)].name;
        groups.push_back(g);
        depth.push_back(depth[std::size_t(parent)] + 1);
        if (depth.back() < 6)
            parents.push_back(int(groups.size()) - 1);
    }

    // Tag objects are shared: a few hundred blobs for any number of resources.
    QList<QByteArray> tagBlobs;
    for (const char *env : Envs) {
        for (const char *owner : Owners) {
            for (int cc = 0; cc < 4; ++cc)
                tagBlobs.append("{\"env\":\""_ba + env + "\",\"owner\":\"" + owner +
                                "\",\"costCenter\":\"CC-" + QByteArray::number(1100 + cc * 100) +
                                "\"}");
        }
    }
    const QByteArray plainProperties = R"({"provisioningState":"Succeeded"})"_ba;

    int totalWeight = 0;
    for (const TypeSpec &t : Types)
        totalWeight += t.weight;
    std::vector<int> typeIndex;
    for (const TypeSpec &t : Types)
        typeIndex.push_back(internType(QByteArray(t.type)));
    std::vector<int> regionIndex;
    for (const char *r : Regions)
        regionIndex.push_back(internLocation(QByteArray(r)));

    const int subCount = qMax(0, spec.subscriptions);
    const qint64 resourceTotal = qMax(0, spec.resources);
    for (int s = 0; s < subCount; ++s) {
        SubscriptionEntry sub;
        sub.subscriptionId = guidFrom(rng);
        const char *env = Envs[s % 4];
        sub.displayName =
            u"%1-%2-%3"_s.arg(QLatin1String(Workloads[rng.below(10)]), QLatin1String(env))
                .arg(s + 1, 4, 10, QChar(u'0'));
        const int parent = rng.below(int(groups.size()));
        sub.parent = parent == 0 ? QString() : groups[std::size_t(parent)].name;
        sub.tags = "{\"env\":\""_ba + env + "\"}";
        if (spec.disabledSubscriptions > 0 &&
            s % qMax(1, subCount / spec.disabledSubscriptions) == 0 &&
            s / qMax(1, subCount / spec.disabledSubscriptions) < spec.disabledSubscriptions)
            sub.state = u"Disabled"_s;

        // An even share of the resources, the remainder going to the first subscriptions.
        const qint64 count =
            resourceTotal / qMax(1, subCount) + (s < resourceTotal % qMax(1, subCount) ? 1 : 0);
        sub.resources.reserve(std::size_t(count));
        const int rgCount = int(qBound(qint64(1), count / 40 + 1, qint64(12)));
        QList<QByteArray> rgNames;
        QList<int> rgRegion;
        for (int g = 0; g < rgCount; ++g) {
            rgNames.append("rg-"_ba + Workloads[rng.below(10)] + '-' + env + '-' +
                           QByteArray::number(g + 1).rightJustified(2, '0'));
            rgRegion.append(regionIndex[std::size_t(rng.below(int(regionIndex.size())))]);
        }
        const QByteArray shortSub = sub.subscriptionId.left(8).toUtf8();
        for (qint64 i = 0; i < count; ++i) {
            int pick = rng.below(totalWeight);
            std::size_t t = 0;
            while (pick >= Types[t].weight) {
                pick -= Types[t].weight;
                ++t;
            }
            const TypeSpec &type = Types[t];
            const int g = rng.below(rgCount);
            ResourceEntry r;
            r.resourceGroup = rgNames.at(g);
            r.type = typeIndex[t];
            r.location = rgRegion.at(g);
            r.name = QByteArray(type.prefix) + '-' + shortSub + '-' + QByteArray::number(i + 1);
            r.tags = tagBlobs.at(rng.below(int(tagBlobs.size())));
            const quint64 bits = rng.next();
            switch (type.extra) {
            case TypeSpec::PublicIp:
                r.properties =
                    R"({"provisioningState":"Succeeded","publicIPAllocationMethod":"Static","ipAddress":")"_ba +
                    QByteArray::number(20 + (bits & 31)) + '.' +
                    QByteArray::number((bits >> 8) & 255) + '.' +
                    QByteArray::number((bits >> 16) & 255) + '.' +
                    QByteArray::number(1 + ((bits >> 24) % 254)) + "\"}";
                break;
            case TypeSpec::WebSite:
                r.properties =
                    R"({"provisioningState":"Succeeded","state":"Running","defaultHostName":")"_ba +
                    r.name + ".azurewebsites.net\"}";
                break;
            case TypeSpec::AppGateway:
                r.properties = R"({"provisioningState":"Succeeded","fqdn":")"_ba + r.name + '.' +
                               locationName(r.location) + ".cloudapp.azure.com\"}";
                break;
            case TypeSpec::Aks:
                r.properties =
                    R"({"provisioningState":"Succeeded","kubernetesVersion":"1.29.4","fqdn":")"_ba +
                    r.name + "-dns-" + QByteArray::number(bits & 0xffffff, 16) + ".hcp." +
                    locationName(r.location) + ".azmk8s.io\"}";
                break;
            case TypeSpec::SqlServer:
                r.properties =
                    R"({"provisioningState":"Succeeded","fullyQualifiedDomainName":")"_ba + r.name +
                    ".database.windows.net\"}";
                break;
            case TypeSpec::Storage:
                r.name = "st"_ba + shortSub + QByteArray::number(i + 1);
                r.properties =
                    R"({"provisioningState":"Succeeded","primaryEndpoints":{"blob":"https://)"_ba +
                    r.name + ".blob.core.windows.net/\"}}";
                break;
            case TypeSpec::Registry:
                r.name = "acr"_ba + shortSub + QByteArray::number(i + 1);
                r.properties = R"({"provisioningState":"Succeeded","loginServer":")"_ba + r.name +
                               ".azurecr.io\"}";
                break;
            case TypeSpec::Vault:
                r.properties = R"({"provisioningState":"Succeeded","vaultUri":"https://)"_ba +
                               r.name + ".vault.azure.net/\"}";
                break;
            case TypeSpec::Cosmos:
                r.properties =
                    R"({"provisioningState":"Succeeded","documentEndpoint":"https://)"_ba + r.name +
                    ".documents.azure.com:443/\"}";
                break;
            case TypeSpec::Vm:
                r.properties = R"({"provisioningState":"Succeeded","vmId":")"_ba +
                               QByteArray::number(bits, 16) +
                               R"(","hardwareProfile":{"vmSize":"Standard_D2s_v5"}})";
                break;
            case TypeSpec::None:
                r.properties = plainProperties;
                break;
            }
            sub.resources.push_back(std::move(r));
        }
        subscriptions.push_back(std::move(sub));
    }

    AppRegistration reader;
    reader.clientId = QString::fromLatin1(sandbox::ClientId);
    reader.displayName = u"atc-discovery"_s;
    reader.secrets.append(AppSecret{QString::fromLatin1(sandbox::ClientSecret), {}});
    reader.roles.append(RoleAssignment{RoleKind::Reader, u"/"_s});
    apps.append(reader);
    AppRegistration contributor;
    contributor.clientId = QString::fromLatin1(sandbox::ContributorClientId);
    contributor.displayName = u"atc-remediation"_s;
    contributor.secrets.append(
        AppSecret{QString::fromLatin1(sandbox::ContributorClientSecret), {}});
    contributor.roles.append(RoleAssignment{RoleKind::Contributor, u"/"_s});
    apps.append(contributor);
    for (AppRegistration &app : apps)
        app.objectId = QString();
    rebuildIndexes();
    for (AppRegistration &app : apps) {
        Rng idRng(qHash(app.clientId));
        app.objectId = guidFrom(idRng);
    }
    return true;
}

} // namespace atc::emulator
