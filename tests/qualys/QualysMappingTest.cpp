// The body of POST /connectors/v1.0/org/azure/: exact names and JSON types, the unconfirmed
// fields only when set, and the platform's rules checked before anything is sent.

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "qualys/QualysMapping.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

ConnectorProfile profile()
{
    ConnectorProfile p;
    p.id = u"p1"_s;
    p.name = u"Contoso tenant"_s;
    p.description = u"made by a test"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
    p.tenantPollingMinutes = 240;
    p.subscriptionPollingMinutes = 180;
    return p;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

TEST(QualysMapping, ConfirmedFieldsOnlyWithTheirJsonTypes)
{
    const QJsonObject o = QualysMapping::tenantConnectorBody(profile(), u"azure-key"_s);
    QStringList expected = QualysMapping::confirmedFields();
    expected.sort();
    EXPECT_EQ(sortedKeys(o), expected);
    EXPECT_EQ(o.value("name"_L1), QJsonValue(u"Contoso tenant"_s));
    EXPECT_EQ(o.value("description"_L1), QJsonValue(u"made by a test"_s));
    EXPECT_EQ(o.value("applicationId"_L1), QJsonValue(u"11111111-2222-3333-4444-555555555555"_s));
    EXPECT_EQ(o.value("tenantId"_L1), QJsonValue(u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s));
    EXPECT_EQ(o.value("secretValue"_L1), QJsonValue(u"azure-key"_s));
    ASSERT_TRUE(o.value("orgRunFrequency"_L1).isDouble());
    EXPECT_EQ(o.value("orgRunFrequency"_L1).toInt(), 240); // minutes, as sent
    EXPECT_EQ(o.value("connectorRunFrequency"_L1).toInt(), 180);
    EXPECT_EQ(o.value("connectorAppInfos"_L1).toArray(),
              (QJsonArray{QJsonObject{{u"name"_s, u"AI"_s}}}));
    for (const char *b : {"isCreateConnectorForNewSubscriptionsAutomatically",
                          "isDisableConnectorsForDeletedManagementGroups", "autoActivateCertView",
                          "autoActivatePC"})
        EXPECT_TRUE(o.value(QLatin1String(b)).isBool()) << b;
    EXPECT_TRUE(o.value("includedMem"_L1).isArray());
    EXPECT_TRUE(o.value("excludedMem"_L1).isArray());
}

TEST(QualysMapping, CspmAddsCiAndCsa)
{
    ConnectorProfile p = profile();
    p.cspmEnabled = true;
    const QJsonObject o = QualysMapping::tenantConnectorBody(p, u"k"_s);
    EXPECT_EQ(o.value("connectorAppInfos"_L1).toArray(),
              (QJsonArray{QJsonObject{{u"name"_s, u"AI"_s}}, QJsonObject{{u"name"_s, u"CI"_s}},
                          QJsonObject{{u"name"_s, u"CSA"_s}}}));
}

TEST(QualysMapping, ManagementGroupsAsArraysOfIds)
{
    ConnectorProfile p = profile();
    p.scopeMode = ScopeMode::SelectedManagementGroups;
    p.selectedManagementGroups = {u"mg-prod"_s, u"mg-dev"_s};
    p.excludedManagementGroups = {u"ignored"_s};
    QJsonObject o = QualysMapping::tenantConnectorBody(p, u"k"_s);
    EXPECT_EQ(o.value("includedMem"_L1).toArray(), (QJsonArray{u"mg-prod"_s, u"mg-dev"_s}));
    EXPECT_EQ(o.value("excludedMem"_L1).toArray(), QJsonArray());

    p.scopeMode = ScopeMode::AllManagementGroups;
    p.excludedManagementGroups = {u"mg-sandbox"_s};
    o = QualysMapping::tenantConnectorBody(p, u"k"_s);
    EXPECT_EQ(o.value("includedMem"_L1).toArray(), QJsonArray());
    EXPECT_EQ(o.value("excludedMem"_L1).toArray(), (QJsonArray{u"mg-sandbox"_s}));
}

TEST(QualysMapping, UnconfirmedFieldsOnlyWhenSet)
{
    ConnectorProfile p = profile();
    QJsonObject o = QualysMapping::tenantConnectorBody(p, u"k"_s);
    for (const QString &f : QualysMapping::unconfirmedFields())
        EXPECT_FALSE(o.contains(f)) << f.toStdString();

    p.connectorNamePrefix = u"contoso"_s;
    p.activateVmScanning = true;
    p.activateSca = true;
    p.remediationEnabled = true;
    p.activatePolicyCompliance = false;
    o = QualysMapping::tenantConnectorBody(p, u"k"_s, {123456, 7});
    EXPECT_EQ(o.value("connectorPrefixName"_L1), QJsonValue(u"contoso"_s));
    EXPECT_EQ(o.value("autoActivateVM"_L1), QJsonValue(true));
    EXPECT_EQ(o.value("autoActivateSCA"_L1), QJsonValue(true));
    EXPECT_EQ(o.value("isRemediationEnabled"_L1), QJsonValue(true));
    EXPECT_EQ(o.value("defaultTagIds"_L1).toArray(), (QJsonArray{123456, 7}));
    EXPECT_TRUE(o.value("defaultTagIds"_L1).toArray().first().isDouble());
}

TEST(QualysMapping, RoundingAndNotes)
{
    EXPECT_EQ(QualysMapping::roundedUpDays(0), 0);
    EXPECT_EQ(QualysMapping::roundedUpDays(1), 1);
    EXPECT_EQ(QualysMapping::roundedUpDays(240), 1);
    EXPECT_EQ(QualysMapping::roundedUpDays(1440), 1);
    EXPECT_EQ(QualysMapping::roundedUpDays(1441), 2);
    EXPECT_EQ(QualysMapping::roundedUpDays(10080), 7);
    const QStringList notes = QualysMapping::notes(profile());
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(notes.join(u' ').contains(u"rounded up"_s));
    EXPECT_TRUE(notes.join(u' ').contains(u"1 day"_s));
}

TEST(QualysMapping, RulesCheckedBeforeSending)
{
    EXPECT_TRUE(QualysMapping::problems(profile()).isEmpty());
    auto onlyProblem = [](const ConnectorProfile &p) {
        const QStringList problems = QualysMapping::problems(p);
        EXPECT_EQ(problems.size(), 1) << problems.join(u" | "_s).toStdString();
        return problems.value(0);
    };
    ConnectorProfile p = profile();
    p.activatePolicyCompliance = true;
    p.activateSca = true;
    EXPECT_TRUE(onlyProblem(p).contains(u"SCA"_s));
    p = profile();
    p.activateCloudPerimeterScan = true;
    EXPECT_TRUE(onlyProblem(p).contains(u"VM"_s));
    p = profile();
    p.subscriptionPollingMinutes = QualysMapping::MaxPollingMinutes + 1;
    EXPECT_TRUE(onlyProblem(p).contains(u"7 days"_s));
    p = profile();
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    EXPECT_TRUE(onlyProblem(p).contains(u"GUID"_s));
    p = profile();
    p.name = QString(256, u'x');
    EXPECT_TRUE(onlyProblem(p).contains(u"255"_s));
    p = profile();
    p.scopeMode = ScopeMode::SelectedManagementGroups;
    EXPECT_FALSE(onlyProblem(p).isEmpty());
}
