#include <functional>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include "model/ProfileValidator.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGuid = u"11111111-2222-3333-4444-555555555555"_s;
const QString kNil = u"00000000-0000-0000-0000-000000000000"_s;

// A profile that passes every rule without a warning; each row changes one thing.
ConnectorProfile validProfile()
{
    ConnectorProfile p;
    p.name = u"Contoso production"_s;
    p.clientId = kGuid;
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    p.connectorNamePrefix = u"contoso"_s;
    p.assetTagIds = {u"tag-azure"_s};
    return p;
}

ValidationContext validContext()
{
    ValidationContext c;
    c.otherProfileNames = {u"Fabrikam"_s};
    c.tagCatalog = {{u"tag-azure"_s, u"Azure"_s, u"#0078d4"_s, {}, {}},
                    {u"tag-prod"_s, u"Production"_s, u"#ff0000"_s, u"tag-azure"_s, {}}};
    c.authenticationKey = u"abc~secret.value_123"_s;
    return c;
}

enum class Expect
{
    NoIssue, ///< no issue at all for the field
    Error,
    Warning,
};

using Mutator = std::function<void(ConnectorProfile &, ValidationContext &)>;

struct Row
{
    const char *label;
    ProfileField field;
    Expect expect;
    Mutator mutate;
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << row.label;
}

QString repeated(int n)
{
    return QString(n, u'x');
}

PerimeterScanSchedule customSchedule()
{
    PerimeterScanSchedule s;
    s.useGlobalConfiguration = false;
    s.daysOfWeek = {1, 3};
    s.startTime = QTime(2, 30);
    s.timeZone = u"Europe/Berlin"_s;
    return s;
}

TagRule rule(TagRuleField field, TagRuleOperator op, const QString &value,
             const QString &tagId = u"tag-prod"_s, const QString &key = {})
{
    TagRule r;
    r.field = field;
    r.op = op;
    r.value = value;
    r.tagId = tagId;
    r.azureTagKey = key;
    return r;
}

using F = ProfileField;
using E = Expect;

const Row kRows[] = {
    // Name
    {"name_empty", F::Name, E::Error, [](auto &p, auto &) { p.name.clear(); }},
    {"name_blank", F::Name, E::Error, [](auto &p, auto &) { p.name = u"   "_s; }},
    {"name_255", F::Name, E::NoIssue, [](auto &p, auto &) { p.name = repeated(255); }},
    {"name_256", F::Name, E::Error, [](auto &p, auto &) { p.name = repeated(256); }},
    {"name_clash_case_and_space", F::Name, E::Error,
     [](auto &p, auto &c) {
         p.name = u"contoso PRODUCTION"_s;
         c.otherProfileNames << u"  Contoso Production "_s;
     }},
    {"name_other_differs", F::Name, E::NoIssue,
     [](auto &, auto &c) { c.otherProfileNames << u"Contoso production 2"_s; }},
    // Description
    {"description_1000", F::Description, E::NoIssue,
     [](auto &p, auto &) { p.description = repeated(1000); }},
    {"description_1001", F::Description, E::Error,
     [](auto &p, auto &) { p.description = repeated(1001); }},
    // Tenant name: optional, bounded
    {"tenant_name_empty", F::TenantName, E::NoIssue, [](auto &p, auto &) { p.tenantName.clear(); }},
    {"tenant_name_255", F::TenantName, E::NoIssue,
     [](auto &p, auto &) { p.tenantName = repeated(255); }},
    {"tenant_name_256", F::TenantName, E::Error,
     [](auto &p, auto &) { p.tenantName = repeated(256); }},
    // Directory id
    {"directory_guid", F::DirectoryId, E::NoIssue, [](auto &p, auto &) { p.directoryId = kGuid; }},
    {"directory_guid_upper", F::DirectoryId, E::NoIssue,
     [](auto &p, auto &) { p.directoryId = u"ABCDEF12-2222-3333-4444-555555555555"_s; }},
    {"directory_domain", F::DirectoryId, E::NoIssue,
     [](auto &p, auto &) { p.directoryId = u"contoso.com"_s; }},
    {"directory_empty", F::DirectoryId, E::Error, [](auto &p, auto &) { p.directoryId.clear(); }},
    {"directory_nil_guid", F::DirectoryId, E::Error, [](auto &p, auto &) { p.directoryId = kNil; }},
    {"directory_common", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u"common"_s; }},
    {"directory_organizations", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u"Organizations"_s; }},
    {"directory_space", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u"contoso .onmicrosoft.com"_s; }},
    {"directory_trailing_space", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u"contoso.com "_s; }},
    {"directory_single_label", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u"contoso"_s; }},
    {"directory_ip_address", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u"10.0.0.1"_s; }},
    {"directory_label_hyphen", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u"-contoso.com"_s; }},
    {"directory_guid_with_braces", F::DirectoryId, E::Error,
     [](auto &p, auto &) { p.directoryId = u'{' + kGuid + u'}'; }},
    // Client id
    {"client_empty", F::ClientId, E::Error, [](auto &p, auto &) { p.clientId.clear(); }},
    {"client_not_guid", F::ClientId, E::Error,
     [](auto &p, auto &) { p.clientId = u"my-app"_s; }},
    {"client_guid_short", F::ClientId, E::Error,
     [](auto &p, auto &) { p.clientId = kGuid.chopped(1); }},
    {"client_nil_guid", F::ClientId, E::Error, [](auto &p, auto &) { p.clientId = kNil; }},
    {"client_upper", F::ClientId, E::NoIssue, [](auto &p, auto &) { p.clientId = kGuid.toUpper(); }},
    // Authentication key
    {"key_missing", F::AuthenticationKey, E::Error,
     [](auto &, auto &c) { c.authenticationKey.clear(); }},
    {"key_missing_but_stored", F::AuthenticationKey, E::NoIssue,
     [](auto &, auto &c) {
         c.authenticationKey.clear();
         c.storedSecretExists = true;
     }},
    {"key_looks_like_secret_id", F::AuthenticationKey, E::Warning,
     [](auto &, auto &c) { c.authenticationKey = kGuid; }},
    // Polling frequencies (minutes)
    {"tenant_poll_0", F::TenantPollingFrequency, E::Error,
     [](auto &p, auto &) { p.tenantPollingMinutes = 0; }},
    {"tenant_poll_negative", F::TenantPollingFrequency, E::Error,
     [](auto &p, auto &) { p.tenantPollingMinutes = -60; }},
    {"tenant_poll_59", F::TenantPollingFrequency, E::Error,
     [](auto &p, auto &) { p.tenantPollingMinutes = 59; }},
    {"tenant_poll_60", F::TenantPollingFrequency, E::NoIssue,
     [](auto &p, auto &) { p.tenantPollingMinutes = 60; }},
    {"tenant_poll_90", F::TenantPollingFrequency, E::Error,
     [](auto &p, auto &) { p.tenantPollingMinutes = 90; }},
    {"tenant_poll_1380", F::TenantPollingFrequency, E::NoIssue,
     [](auto &p, auto &) { p.tenantPollingMinutes = 1380; }},
    {"tenant_poll_1440", F::TenantPollingFrequency, E::Error,
     [](auto &p, auto &) { p.tenantPollingMinutes = 1440; }},
    {"subscription_poll_0", F::SubscriptionPollingFrequency, E::Error,
     [](auto &p, auto &) { p.subscriptionPollingMinutes = 0; }},
    {"subscription_poll_60", F::SubscriptionPollingFrequency, E::NoIssue,
     [](auto &p, auto &) { p.subscriptionPollingMinutes = 60; }},
    {"subscription_poll_90", F::SubscriptionPollingFrequency, E::Error,
     [](auto &p, auto &) { p.subscriptionPollingMinutes = 90; }},
    {"subscription_poll_1380", F::SubscriptionPollingFrequency, E::NoIssue,
     [](auto &p, auto &) { p.subscriptionPollingMinutes = 1380; }},
    {"subscription_poll_1440", F::SubscriptionPollingFrequency, E::Error,
     [](auto &p, auto &) { p.subscriptionPollingMinutes = 1440; }},
    // Connector name prefix
    {"prefix_empty", F::ConnectorNamePrefix, E::Error,
     [](auto &p, auto &) { p.connectorNamePrefix.clear(); }},
    {"prefix_blank", F::ConnectorNamePrefix, E::Error,
     [](auto &p, auto &) { p.connectorNamePrefix = u"  "_s; }},
    {"prefix_64", F::ConnectorNamePrefix, E::NoIssue,
     [](auto &p, auto &) { p.connectorNamePrefix = repeated(64); }},
    {"prefix_65", F::ConnectorNamePrefix, E::Error,
     [](auto &p, auto &) { p.connectorNamePrefix = repeated(65); }},
    {"prefix_all_allowed_chars", F::ConnectorNamePrefix, E::NoIssue,
     [](auto &p, auto &) { p.connectorNamePrefix = u"Az 09-_.z"_s; }},
    {"prefix_slash", F::ConnectorNamePrefix, E::Error,
     [](auto &p, auto &) { p.connectorNamePrefix = u"a/b"_s; }},
    {"prefix_non_ascii_letter", F::ConnectorNamePrefix, E::Error,
     [](auto &p, auto &) { p.connectorNamePrefix = u"caf\u00e9"_s; }},
    // Custom cloud endpoints
    {"custom_https", F::CustomAuthorityHost, E::NoIssue,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"https://login.example.com"_s),
                              QUrl(u"https://arm.example.com"_s)};
     }},
    {"custom_http_loopback_v4", F::CustomArmEndpoint, E::NoIssue,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"http://127.0.0.1:8080"_s), QUrl(u"http://127.1.2.3:1"_s)};
     }},
    {"custom_http_localhost", F::CustomAuthorityHost, E::NoIssue,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"http://localhost:9"_s), QUrl(u"http://[::1]:9"_s)};
     }},
    {"custom_http_ipv6_loopback", F::CustomArmEndpoint, E::NoIssue,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"http://localhost:9"_s), QUrl(u"http://[::1]:9"_s)};
     }},
    {"custom_http_remote", F::CustomAuthorityHost, E::Error,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"http://login.example.com"_s),
                              QUrl(u"https://arm.example.com"_s)};
     }},
    {"custom_http_private_ip", F::CustomArmEndpoint, E::Error,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"https://login.example.com"_s),
                              QUrl(u"http://10.0.0.1"_s)};
     }},
    {"custom_empty", F::CustomArmEndpoint, E::Error,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"https://login.example.com"_s), QUrl()};
     }},
    {"custom_ftp", F::CustomAuthorityHost, E::Error,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"ftp://login.example.com"_s),
                              QUrl(u"https://arm.example.com"_s)};
     }},
    {"custom_relative", F::CustomAuthorityHost, E::Error,
     [](auto &p, auto &) {
         p.cloud = CloudType::Custom;
         p.customEndpoints = {QUrl(u"login.example.com"_s), QUrl(u"https://arm.example.com"_s)};
     }},
    {"custom_ignored_for_public_cloud", F::CustomAuthorityHost, E::NoIssue,
     [](auto &p, auto &) { p.customEndpoints = {QUrl(u"ftp://x"_s), QUrl()}; }},
    // CA certificate file: only the shape, never the file system
    {"ca_empty", F::CaCertificateFile, E::NoIssue,
     [](auto &p, auto &) { p.caCertificateFile.clear(); }},
    {"ca_absolute_even_if_missing", F::CaCertificateFile, E::NoIssue,
     [](auto &p, auto &) { p.caCertificateFile = u"/nonexistent/ca.pem"_s; }},
    {"ca_relative", F::CaCertificateFile, E::Error,
     [](auto &p, auto &) { p.caCertificateFile = u"certs/ca.pem"_s; }},
    {"ca_blank", F::CaCertificateFile, E::Error,
     [](auto &p, auto &) { p.caCertificateFile = u"  "_s; }},
    // Scope
    {"selected_none", F::SelectedManagementGroups, E::Error,
     [](auto &p, auto &) { p.scopeMode = ScopeMode::SelectedManagementGroups; }},
    {"selected_blank_only", F::SelectedManagementGroups, E::Error,
     [](auto &p, auto &) {
         p.scopeMode = ScopeMode::SelectedManagementGroups;
         p.selectedManagementGroups = {u""_s};
     }},
    {"selected_one", F::SelectedManagementGroups, E::NoIssue,
     [](auto &p, auto &) {
         p.scopeMode = ScopeMode::SelectedManagementGroups;
         p.selectedManagementGroups = {u"mg-prod"_s};
     }},
    {"selected_with_excluded", F::ExcludedManagementGroups, E::Warning,
     [](auto &p, auto &) {
         p.scopeMode = ScopeMode::SelectedManagementGroups;
         p.selectedManagementGroups = {u"mg-prod"_s};
         p.excludedManagementGroups = {u"mg-test"_s};
     }},
    {"all_with_excluded", F::ExcludedManagementGroups, E::NoIssue,
     [](auto &p, auto &) { p.excludedManagementGroups = {u"mg-test"_s}; }},
    // Activation
    {"perimeter_without_vm", F::CloudPerimeterScan, E::Error,
     [](auto &p, auto &) { p.activateCloudPerimeterScan = true; }},
    {"perimeter_with_vm", F::CloudPerimeterScan, E::NoIssue,
     [](auto &p, auto &) {
         p.activateVmScanning = true;
         p.activateCloudPerimeterScan = true;
     }},
    {"schedule_custom_valid", F::PerimeterSchedule, E::NoIssue,
     [](auto &p, auto &) {
         p.activateVmScanning = p.activateCloudPerimeterScan = true;
         p.perimeterSchedule = customSchedule();
     }},
    {"schedule_no_days", F::PerimeterSchedule, E::Error,
     [](auto &p, auto &) {
         p.activateVmScanning = p.activateCloudPerimeterScan = true;
         p.perimeterSchedule = customSchedule();
         p.perimeterSchedule.daysOfWeek.clear();
     }},
    {"schedule_day_8", F::PerimeterSchedule, E::Error,
     [](auto &p, auto &) {
         p.activateVmScanning = p.activateCloudPerimeterScan = true;
         p.perimeterSchedule = customSchedule();
         p.perimeterSchedule.daysOfWeek = {8};
     }},
    {"schedule_no_time", F::PerimeterSchedule, E::Error,
     [](auto &p, auto &) {
         p.activateVmScanning = p.activateCloudPerimeterScan = true;
         p.perimeterSchedule = customSchedule();
         p.perimeterSchedule.startTime = QTime();
     }},
    {"schedule_unknown_zone", F::PerimeterSchedule, E::Error,
     [](auto &p, auto &) {
         p.activateVmScanning = p.activateCloudPerimeterScan = true;
         p.perimeterSchedule = customSchedule();
         p.perimeterSchedule.timeZone = u"Mars/Olympus_Mons"_s;
     }},
    {"schedule_no_zone", F::PerimeterSchedule, E::Error,
     [](auto &p, auto &) {
         p.activateVmScanning = p.activateCloudPerimeterScan = true;
         p.perimeterSchedule = customSchedule();
         p.perimeterSchedule.timeZone.clear();
     }},
    {"schedule_global_ignores_custom_fields", F::PerimeterSchedule, E::NoIssue,
     [](auto &p, auto &) {
         p.activateVmScanning = p.activateCloudPerimeterScan = true;
         p.perimeterSchedule.useGlobalConfiguration = true;
         p.perimeterSchedule.timeZone = u"nowhere"_s;
     }},
    {"schedule_ignored_without_perimeter", F::PerimeterSchedule, E::NoIssue,
     [](auto &p, auto &) {
         p.perimeterSchedule = customSchedule();
         p.perimeterSchedule.daysOfWeek.clear();
     }},
    {"pc_not_entitled", F::PolicyCompliance, E::Error,
     [](auto &p, auto &) { p.activatePolicyCompliance = true; }},
    {"pc_entitled", F::PolicyCompliance, E::NoIssue,
     [](auto &p, auto &c) {
         p.activatePolicyCompliance = true;
         c.policyComplianceEntitled = true;
     }},
    {"pc_and_sca", F::Sca, E::Error,
     [](auto &p, auto &c) {
         p.activatePolicyCompliance = p.activateSca = true;
         c.policyComplianceEntitled = true;
     }},
    {"sca_alone", F::Sca, E::NoIssue, [](auto &p, auto &) { p.activateSca = true; }},
    // Tags
    {"asset_tags_none", F::AssetTags, E::Warning, [](auto &p, auto &) { p.assetTagIds.clear(); }},
    {"asset_tag_unknown", F::AssetTags, E::Error,
     [](auto &p, auto &) { p.assetTagIds << u"tag-gone"_s; }},
    {"connector_tag_known", F::ConnectorTags, E::NoIssue,
     [](auto &p, auto &) { p.connectorTagIds = {u"tag-prod"_s}; }},
    {"connector_tag_unknown", F::ConnectorTags, E::Error,
     [](auto &p, auto &) { p.connectorTagIds = {u"tag-gone"_s}; }},
    {"rule_valid", F::TagRules, E::NoIssue,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::Location, TagRuleOperator::Equals, u"westeurope"_s)};
     }},
    {"rule_no_value", F::TagRules, E::Error,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::Name, TagRuleOperator::Contains, {})};
     }},
    {"rule_regex_valid", F::TagRules, E::NoIssue,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::ResourceGroup, TagRuleOperator::Regex, u"^rg-(a|b)$"_s)};
     }},
    {"rule_regex_invalid", F::TagRules, E::Error,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::ResourceGroup, TagRuleOperator::Regex, u"rg-(a"_s)};
     }},
    {"rule_azure_tag_with_key", F::TagRules, E::NoIssue,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::AzureTag, TagRuleOperator::Equals, u"prod"_s,
                            u"tag-prod"_s, u"env"_s)};
     }},
    {"rule_azure_tag_without_key", F::TagRules, E::Error,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::AzureTag, TagRuleOperator::Equals, u"prod"_s)};
     }},
    {"rule_azure_tag_bad_key", F::TagRules, E::Error,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::AzureTag, TagRuleOperator::Equals, u"prod"_s,
                            u"tag-prod"_s, u"a/b"_s)};
     }},
    {"rule_unknown_tag", F::TagRules, E::Error,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::Location, TagRuleOperator::Equals, u"x"_s,
                            u"tag-gone"_s)};
     }},
    {"rule_no_tag", F::TagRules, E::Error,
     [](auto &p, auto &) {
         p.tagRules = {rule(TagRuleField::Location, TagRuleOperator::Equals, u"x"_s, {})};
     }},
};

class ValidationRule : public ::testing::TestWithParam<Row>
{};

TEST_P(ValidationRule, ReportsExactlyTheExpectedSeverityForItsField)
{
    const Row &row = GetParam();
    ConnectorProfile p = validProfile();
    ValidationContext c = validContext();
    row.mutate(p, c);
    const QList<ValidationIssue> forField =
        ProfileValidator::forField(ProfileValidator::validate(p, c), row.field);
    switch (row.expect) {
    case Expect::NoIssue:
        for (const ValidationIssue &i : forField)
            ADD_FAILURE() << "unexpected issue: " << i.message.toStdString();
        break;
    case Expect::Error:
    case Expect::Warning: {
        const Severity wanted = row.expect == Expect::Error ? Severity::Error : Severity::Warning;
        ASSERT_FALSE(forField.isEmpty()) << "no issue reported";
        for (const ValidationIssue &i : forField) {
            EXPECT_EQ(i.severity, wanted) << i.message.toStdString();
            EXPECT_FALSE(i.message.trimmed().isEmpty());
        }
        break;
    }
    }
}

INSTANTIATE_TEST_SUITE_P(AllRules, ValidationRule, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row> &param) {
                             return std::string(param.param.label);
                         });

} // namespace

TEST(ProfileValidator, ValidProfileHasNoIssue)
{
    const auto issues = ProfileValidator::validate(validProfile(), validContext());
    for (const ValidationIssue &i : issues)
        ADD_FAILURE() << i.message.toStdString();
    EXPECT_FALSE(ProfileValidator::hasErrors(issues));
    EXPECT_FALSE(ProfileValidator::hasWarnings(issues));
}

TEST(ProfileValidator, ReportsEveryProblemAtOnce)
{
    ConnectorProfile p; // defaults: everything required is missing
    p.activateCloudPerimeterScan = true;
    p.activatePolicyCompliance = p.activateSca = true;
    const auto issues = ProfileValidator::validate(p, ValidationContext{});
    for (ProfileField f :
         {F::Name, F::ClientId, F::DirectoryId, F::AuthenticationKey, F::ConnectorNamePrefix,
          F::CloudPerimeterScan, F::PolicyCompliance, F::Sca, F::AssetTags}) {
        EXPECT_FALSE(ProfileValidator::forField(issues, f).isEmpty())
            << "field " << static_cast<int>(f);
    }
    EXPECT_TRUE(ProfileValidator::hasErrors(issues));
    EXPECT_TRUE(ProfileValidator::hasWarnings(issues));
}

TEST(ProfileValidator, DefaultPollingIsFourHoursAndValid)
{
    ConnectorProfile p;
    EXPECT_EQ(p.tenantPollingMinutes, 240);
    EXPECT_EQ(p.subscriptionPollingMinutes, 240);
    for (int h = 1; h <= 23; ++h)
        EXPECT_TRUE(ProfileValidator::isValidPollingMinutes(h * 60)) << h;
    EXPECT_FALSE(ProfileValidator::isValidPollingMinutes(24 * 60));
}

TEST(ProfileValidator, RegexErrorNamesTheOffset)
{
    ConnectorProfile p = validProfile();
    p.tagRules = {rule(TagRuleField::Name, TagRuleOperator::Regex, u"ab(c"_s)};
    const auto issues =
        ProfileValidator::forField(ProfileValidator::validate(p, validContext()), F::TagRules);
    ASSERT_EQ(issues.size(), 1);
    const QRegularExpression re(u"ab(c"_s);
    EXPECT_TRUE(issues.first().message.contains(QString::number(re.patternErrorOffset())))
        << issues.first().message.toStdString();
    EXPECT_TRUE(issues.first().message.contains(u"Rule 1"_s));
}

TEST(ProfileValidator, PolicyComplianceMessageExplainsTheSettings)
{
    ConnectorProfile p = validProfile();
    p.activatePolicyCompliance = true;
    const auto issues = ProfileValidator::forField(ProfileValidator::validate(p, validContext()),
                                                   F::PolicyCompliance);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.first().message.contains(u"Compliance Manager"_s));
    EXPECT_TRUE(issues.first().message.contains(u"application settings"_s));
}

TEST(ProfileValidator, SecretValueNeverAppearsInMessages)
{
    ValidationContext c = validContext();
    c.authenticationKey = kGuid; // triggers the "Secret ID" warning
    for (const ValidationIssue &i : ProfileValidator::validate(validProfile(), c))
        EXPECT_FALSE(i.message.contains(kGuid));
}

TEST(ProfileValidator, LoopbackHosts)
{
    for (const char16_t *h : {u"localhost", u"LOCALHOST", u"127.0.0.1", u"127.255.0.9", u"::1",
                              u"[::1]", u"0:0:0:0:0:0:0:1"})
        EXPECT_TRUE(ProfileValidator::isLoopbackHost(QString::fromUtf16(h)));
    for (const char16_t *h : {u"example.com", u"10.0.0.1", u"128.0.0.1", u"127.0.0", u"::2",
                              u"127.0.0.256", u"localhost.example.com"})
        EXPECT_FALSE(ProfileValidator::isLoopbackHost(QString::fromUtf16(h)));
}
