#include "ResourceTypeNames.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

QString ResourceTypeNames::friendlyName(const QString &type)
{
    // The types an inventory holds most; the rest keep their raw name.
    struct Entry
    {
        const char *type;
        const char *name;
    };
    static const Entry table[] = {
        {"microsoft.compute/virtualmachines", QT_TR_NOOP("Virtual machine")},
        {"microsoft.compute/virtualmachinescalesets", QT_TR_NOOP("Virtual machine scale set")},
        {"microsoft.compute/disks", QT_TR_NOOP("Managed disk")},
        {"microsoft.compute/snapshots", QT_TR_NOOP("Disk snapshot")},
        {"microsoft.compute/images", QT_TR_NOOP("VM image")},
        {"microsoft.compute/availabilitysets", QT_TR_NOOP("Availability set")},
        {"microsoft.network/networkinterfaces", QT_TR_NOOP("Network interface")},
        {"microsoft.network/publicipaddresses", QT_TR_NOOP("Public IP address")},
        {"microsoft.network/virtualnetworks", QT_TR_NOOP("Virtual network")},
        {"microsoft.network/networksecuritygroups", QT_TR_NOOP("Network security group")},
        {"microsoft.network/loadbalancers", QT_TR_NOOP("Load balancer")},
        {"microsoft.network/applicationgateways", QT_TR_NOOP("Application gateway")},
        {"microsoft.network/azurefirewalls", QT_TR_NOOP("Azure Firewall")},
        {"microsoft.network/routetables", QT_TR_NOOP("Route table")},
        {"microsoft.network/privateendpoints", QT_TR_NOOP("Private endpoint")},
        {"microsoft.network/dnszones", QT_TR_NOOP("DNS zone")},
        {"microsoft.network/privatednszones", QT_TR_NOOP("Private DNS zone")},
        {"microsoft.network/virtualnetworkgateways", QT_TR_NOOP("Virtual network gateway")},
        {"microsoft.network/bastionhosts", QT_TR_NOOP("Bastion host")},
        {"microsoft.storage/storageaccounts", QT_TR_NOOP("Storage account")},
        {"microsoft.keyvault/vaults", QT_TR_NOOP("Key vault")},
        {"microsoft.sql/servers", QT_TR_NOOP("SQL server")},
        {"microsoft.sql/servers/databases", QT_TR_NOOP("SQL database")},
        {"microsoft.sql/managedinstances", QT_TR_NOOP("SQL managed instance")},
        {"microsoft.dbforpostgresql/flexibleservers", QT_TR_NOOP("PostgreSQL flexible server")},
        {"microsoft.dbformysql/flexibleservers", QT_TR_NOOP("MySQL flexible server")},
        {"microsoft.documentdb/databaseaccounts", QT_TR_NOOP("Cosmos DB account")},
        {"microsoft.web/sites", QT_TR_NOOP("Web app")},
        {"microsoft.web/serverfarms", QT_TR_NOOP("App Service plan")},
        {"microsoft.containerservice/managedclusters", QT_TR_NOOP("Kubernetes cluster (AKS)")},
        {"microsoft.containerregistry/registries", QT_TR_NOOP("Container registry")},
        {"microsoft.containerinstance/containergroups", QT_TR_NOOP("Container instance")},
        {"microsoft.app/containerapps", QT_TR_NOOP("Container app")},
        {"microsoft.cache/redis", QT_TR_NOOP("Redis cache")},
        {"microsoft.servicebus/namespaces", QT_TR_NOOP("Service Bus namespace")},
        {"microsoft.eventhub/namespaces", QT_TR_NOOP("Event Hubs namespace")},
        {"microsoft.logic/workflows", QT_TR_NOOP("Logic app")},
        {"microsoft.operationalinsights/workspaces", QT_TR_NOOP("Log Analytics workspace")},
        {"microsoft.insights/components", QT_TR_NOOP("Application Insights")},
        {"microsoft.managedidentity/userassignedidentities", QT_TR_NOOP("Managed identity")},
        {"microsoft.automation/automationaccounts", QT_TR_NOOP("Automation account")},
        {"microsoft.recoveryservices/vaults", QT_TR_NOOP("Recovery Services vault")},
    };
    const QByteArray key = type.trimmed().toLower().toUtf8();
    for (const Entry &e : table) {
        if (key == e.type)
            return tr(e.name);
    }
    return {};
}

QString ResourceTypeNames::describe(const QString &type)
{
    const QString name = friendlyName(type);
    return name.isEmpty() ? type : tr("%1 (%2)").arg(name, type);
}

} // namespace atc
