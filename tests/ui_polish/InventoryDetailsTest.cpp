// The inventory's details pane: the asset's tags by name, and a friendly name for the type with
// the raw type beside it ("Virtual machine (Microsoft.Compute/virtualMachines)"); an unknown
// type shows its raw name only.
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "main/InventoryBrowser.h"
#include "main/InventoryModel.h"
#include "main/ResourceTypeNames.h"
#include "runtime/ActivationMapper.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/TagEvaluator.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

AzureResource resource(const QString &name, const QString &type)
{
    AzureResource r;
    r.subscriptionId = u"sub1"_s;
    r.resourceGroup = u"rg-prod"_s;
    r.name = name;
    r.type = type;
    r.location = u"westeurope"_s;
    r.id = u"/subscriptions/sub1/resourceGroups/rg-prod/providers/%1/%2"_s.arg(type, name);
    return r;
}

} // namespace

TEST(ResourceTypeNames, CommonTypesHaveWordsUnknownOnesKeepTheirName)
{
    EXPECT_EQ(ResourceTypeNames::friendlyName(u"Microsoft.Compute/virtualMachines"_s),
              u"Virtual machine"_s);
    // Azure spells types in varying case.
    EXPECT_EQ(ResourceTypeNames::friendlyName(u"microsoft.network/PUBLICIPADDRESSES"_s),
              u"Public IP address"_s);
    for (const QString &type :
         {u"Microsoft.Compute/disks"_s, u"Microsoft.Network/networkInterfaces"_s,
          u"Microsoft.Storage/storageAccounts"_s, u"Microsoft.KeyVault/vaults"_s,
          u"Microsoft.Sql/servers"_s, u"Microsoft.Web/sites"_s,
          u"Microsoft.ContainerService/managedClusters"_s, u"Microsoft.Network/virtualNetworks"_s,
          u"Microsoft.Network/networkSecurityGroups"_s, u"Microsoft.Network/loadBalancers"_s})
        EXPECT_FALSE(ResourceTypeNames::friendlyName(type).isEmpty()) << type.toStdString();
    EXPECT_EQ(ResourceTypeNames::describe(u"Microsoft.Compute/virtualMachines"_s),
              u"Virtual machine (Microsoft.Compute/virtualMachines)"_s);
    EXPECT_TRUE(ResourceTypeNames::friendlyName(u"Contoso.Widgets/gadgets"_s).isEmpty());
    EXPECT_EQ(ResourceTypeNames::describe(u"Contoso.Widgets/gadgets"_s),
              u"Contoso.Widgets/gadgets"_s);
}

TEST(InventoryDetails, ShowsTagsAndFriendlyTypeNames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"inventory.sqlite"_s);
    {
        InventoryDatabase db(path);
        ASSERT_TRUE(db.open());
        QList<SubscriptionConnector> connectors(1);
        connectors[0].profileId = u"p"_s;
        connectors[0].subscriptionId = u"sub1"_s;
        connectors[0].subscriptionName = u"Sub 1"_s;
        connectors[0].name = u"az-Sub 1"_s;
        ASSERT_TRUE(db.saveConnectors(connectors));
        // Every asset gets "all"; virtual machines also "vm" (a tag rule on the type).
        ConnectorProfile profile;
        profile.assetTagIds = {u"all"_s};
        TagRule rule;
        rule.field = TagRuleField::ResourceType;
        rule.op = TagRuleOperator::Regex;
        rule.value = u"virtualmachines$"_s;
        rule.tagId = u"vm"_s;
        profile.tagRules = {rule};
        const TagEvaluator tags(profile);
        const QList<AzureResource> resources = {
            resource(u"web-01"_s, u"Microsoft.Compute/virtualMachines"_s),
            resource(u"gadget-01"_s, u"Contoso.Widgets/gadgets"_s)};
        InventoryDatabase::SubscriptionInventory inv;
        inv.connectorId = connectors.at(0).id;
        inv.subscriptionName = connectors.at(0).subscriptionName;
        for (const AzureResource &r : resources)
            inv.resources.append(&r);
        InventoryDatabase::AssetRules rules;
        rules.tags = &tags;
        rules.enabledModules = ActivationMapper::VM;
        RunCounts counts;
        ASSERT_TRUE(db.writeInventories({inv}, rules, QDateTime::currentDateTimeUtc(), &counts))
            << db.lastError().toStdString();
    }

    InventoryBrowser browser;
    browser.resize(1000, 600);
    browser.show();
    ASSERT_TRUE(browser.open(path));
    QSignalSpy applied(&browser, &InventoryBrowser::filterApplied);
    browser.setScope(u"p"_s, 0, {{u"all"_s, u"Azure"_s}, {u"vm"_s, u"Virtual machines"_s}});
    ASSERT_TRUE(applied.wait(60000));
    ASSERT_EQ(browser.assetCount(), 2);
    auto *table = browser.findChild<QTableView *>(u"inventoryTable"_s);
    auto *details = browser.findChild<QPlainTextEdit *>(u"assetDetails"_s);
    ASSERT_TRUE(table && details);

    const auto select = [&](const QString &name) {
        for (int row = 0; row < browser.model()->rowCount(); ++row) {
            const QModelIndex i = browser.model()->index(row, InventoryModel::NameColumn);
            if (i.data().toString() == name) {
                table->setCurrentIndex(i);
                return details->toPlainText();
            }
        }
        ADD_FAILURE() << "no row " << name.toStdString();
        return QString();
    };
    const QString vm = select(u"web-01"_s);
    EXPECT_TRUE(vm.contains(u"Type: Virtual machine (Microsoft.Compute/virtualMachines)"_s))
        << vm.toStdString();
    EXPECT_TRUE(vm.contains(u"Tags: Azure, Virtual machines"_s)) << vm.toStdString();
    const QString gadget = select(u"gadget-01"_s);
    EXPECT_TRUE(gadget.contains(u"Type: Contoso.Widgets/gadgets\n"_s)) << gadget.toStdString();
    EXPECT_TRUE(gadget.contains(u"Tags: Azure\n"_s)) << gadget.toStdString();
}
