// Issue 10, point 13: the rules every saved profile meets where it is used (validateSaved),
// each naming its field in the file; one GUID rule; the sandbox profile and the wizard's
// surroundings-dependent rules left to the wizard.
#include <gtest/gtest.h>

#include "model/ProfileValidator.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

/** What the desktop's "Try the sandbox tenant" saves (ui/main/MainWindow.cpp). */
ConnectorProfile sandbox()
{
    ConnectorProfile p;
    p.name = u"Contoso sandbox"_s;
    p.description = u"The built-in emulated tenant: try the application without Azure."_s;
    p.cloud = CloudType::Custom;
    p.customEndpoints = {QUrl(u"http://127.0.0.1:41234"_s), QUrl(u"http://127.0.0.1:41234"_s)};
    p.tenantName = u"Contoso (sandbox)"_s;
    p.directoryId = u"8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b"_s;
    p.clientId = u"0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"_s;
    p.connectorNamePrefix = u"sandbox"_s;
    return p;
}

QStringList keys(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << ProfileValidator::fieldKey(i.field);
    return out;
}

} // namespace

TEST(ProfileValidationPoints, TheSandboxProfileIsValid)
{
    EXPECT_TRUE(ProfileValidator::validateSaved(sandbox()).isEmpty())
        << ProfileValidator::describe(ProfileValidator::validateSaved(sandbox())).toStdString();
}

TEST(ProfileValidationPoints, EachBadValueIsAnErrorNamingItsKey)
{
    const struct
    {
        const char *what;
        std::function<void(ConnectorProfile &)> spoil;
        QString key;
    } cases[] = {
        {"empty name", [](ConnectorProfile &p) { p.name = u"   "_s; }, u"name"_s},
        {"10 kB name", [](ConnectorProfile &p) { p.name = QString(10240, u'x'); }, u"name"_s},
        {"ESC in name", [](ConnectorProfile &p) { p.name = u"a\x1b[2Jb"_s; }, u"name"_s},
        {"BEL in name", [](ConnectorProfile &p) { p.name = u"a\x07"_s; }, u"name"_s},
        {"line break in name", [](ConnectorProfile &p) { p.name = u"a\nb"_s; }, u"name"_s},
        {"C1 in name", [](ConnectorProfile &p) { p.name = u"a\u009bb"_s; }, u"name"_s},
        {"ESC in tenant name", [](ConnectorProfile &p) { p.tenantName = u"\x1b]0;x\x07"_s; },
         u"tenant.tenantName"_s},
        {"polling 0", [](ConnectorProfile &p) { p.tenantPollingMinutes = 0; },
         u"tenant.pollingMinutes"_s},
        {"polling -60", [](ConnectorProfile &p) { p.tenantPollingMinutes = -60; },
         u"tenant.pollingMinutes"_s},
        {"polling 90", [](ConnectorProfile &p) { p.subscriptionPollingMinutes = 90; },
         u"subscriptions.pollingMinutes"_s},
        {"polling 1440", [](ConnectorProfile &p) { p.subscriptionPollingMinutes = 1440; },
         u"subscriptions.pollingMinutes"_s},
        {"prefix ../../x", [](ConnectorProfile &p) { p.connectorNamePrefix = u"../../x"_s; },
         u"subscriptions.connectorNamePrefix"_s},
        {"directory common", [](ConnectorProfile &p) { p.directoryId = u"common"_s; },
         u"tenant.directoryId"_s},
        {"directory consumers", [](ConnectorProfile &p) { p.directoryId = u"Consumers"_s; },
         u"tenant.directoryId"_s},
        {"nil directory",
         [](ConnectorProfile &p) { p.directoryId = u"00000000-0000-0000-0000-000000000000"_s; },
         u"tenant.directoryId"_s},
        {"nil client",
         [](ConnectorProfile &p) { p.clientId = u"00000000-0000-0000-0000-000000000000"_s; },
         u"tenant.clientId"_s},
        {"client not a GUID", [](ConnectorProfile &p) { p.clientId = u"my-app"_s; },
         u"tenant.clientId"_s},
        {"http to another host",
         [](ConnectorProfile &p) {
             p.customEndpoints.armEndpoint = QUrl(u"http://evil.example"_s);
         },
         u"tenant.customEndpoints.armEndpoint"_s},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.what);
        ConnectorProfile p = sandbox();
        c.spoil(p);
        const QList<ValidationIssue> issues = ProfileValidator::validateSaved(p);
        ASSERT_EQ(keys(issues), QStringList{c.key});
        EXPECT_EQ(issues.first().severity, Severity::Error);
        const QString words = ProfileValidator::describe(issues);
        EXPECT_TRUE(words.startsWith(u'"' + c.key + u"\": "_s)) << words.toStdString();
    }
}

TEST(ProfileValidationPoints, PollingWordsSayWhatTheValueIs)
{
    ConnectorProfile p = sandbox();
    p.tenantPollingMinutes = 0;
    const QString words = ProfileValidator::describe(ProfileValidator::validateSaved(p));
    EXPECT_TRUE(words.contains(u"1 to 23"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"it is 0 minutes"_s)) << words.toStdString();
    EXPECT_FALSE(words.contains(u"under 24 hours"_s)) << "0 is not over a limit";
    for (int ok : {60, 120, 1380}) {
        p.tenantPollingMinutes = ok;
        EXPECT_TRUE(ProfileValidator::validateSaved(p).isEmpty()) << ok;
    }
}

TEST(ProfileValidationPoints, SurroundingsAreTheWizardsConcern)
{
    // Tag ids not in a catalogue, policy compliance without entitlement (and with SCA), no key
    // typed: the wizard's rules, not a saved file's. An empty prefix is a file's default.
    ConnectorProfile p = sandbox();
    p.assetTagIds = {u"t1"_s};
    p.connectorTagIds = {u"t2"_s};
    p.activatePolicyCompliance = true;
    p.activateSca = true;
    p.connectorNamePrefix.clear();
    EXPECT_TRUE(ProfileValidator::validateSaved(p).isEmpty())
        << ProfileValidator::describe(ProfileValidator::validateSaved(p)).toStdString();
    // …but the wizard still asks for all of them.
    const QList<ValidationIssue> wizard = ProfileValidator::validate(p, ValidationContext{});
    const QStringList k = keys(wizard);
    for (const QString &key : {u"subscriptions.connectorNamePrefix"_s, u"tags.assetTagIds"_s,
                               u"activation.policyCompliance"_s, u"authentication key"_s})
        EXPECT_TRUE(k.contains(key)) << key.toStdString();
}

TEST(ProfileValidationPoints, OneGuidRuleForClientAndTenant)
{
    EXPECT_TRUE(
        ProfileValidator::clientIdProblem(u"0D4C3B2A-1F0E-4D9C-8B7A-6F5E4D3C2B1A"_s).isEmpty());
    EXPECT_FALSE(
        ProfileValidator::clientIdProblem(u"{0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a}"_s).isEmpty());
    EXPECT_FALSE(ProfileValidator::clientIdProblem({}).isEmpty());
    EXPECT_TRUE(ProfileValidator::directoryIdProblem(u"contoso.onmicrosoft.com"_s).isEmpty());
    EXPECT_TRUE(
        ProfileValidator::directoryIdProblem(u"8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b"_s).isEmpty());
    for (const QString &bad :
         {u"common"_s, u"organizations"_s, u"consumers"_s,
          u"00000000-0000-0000-0000-000000000000"_s, u"1.2.3.4"_s, u"contoso"_s, u"con toso.com"_s})
        EXPECT_FALSE(ProfileValidator::directoryIdProblem(bad).isEmpty()) << bad.toStdString();
}
