#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "store/AppSettings.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

class AppSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString ini() const { return m_dir.filePath(u"settings.ini"_s); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(AppSettingsTest, Defaults)
{
    AppSettings s(ini());
    EXPECT_FALSE(s.pcAgentEnabled());
    EXPECT_FALSE(s.complianceManagerEnabled());
    EXPECT_FALSE(s.policyComplianceEntitled());
    EXPECT_EQ(s.proxyMode(), AppSettings::ProxyMode::System);
    EXPECT_EQ(s.proxyPort(), 8080);
    EXPECT_TRUE(s.proxyProblem().isEmpty());
    EXPECT_EQ(s.requestConcurrency(), 8);
    EXPECT_EQ(s.requestTimeoutSeconds(), 30);
    EXPECT_TRUE(s.language().isEmpty());
    EXPECT_TRUE(s.caCertificateFile().isEmpty());
    EXPECT_EQ(s.effectiveDataDirectory(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

TEST_F(AppSettingsTest, DefaultFileIsInAppConfigLocation)
{
    AppSettings s;
    EXPECT_EQ(s.fileName(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                u"/settings.ini"_s);
}

TEST_F(AppSettingsTest, PolicyComplianceNeedsBothEntitlements)
{
    AppSettings s(ini());
    s.setPcAgentEnabled(true);
    EXPECT_FALSE(s.policyComplianceEntitled());
    s.setComplianceManagerEnabled(true);
    EXPECT_TRUE(s.policyComplianceEntitled());
    s.setPcAgentEnabled(false);
    EXPECT_FALSE(s.policyComplianceEntitled());
}

TEST_F(AppSettingsTest, ValuesPersistAcrossInstances)
{
    {
        AppSettings s(ini());
        s.setPcAgentEnabled(true);
        s.setComplianceManagerEnabled(true);
        s.setProxyMode(AppSettings::ProxyMode::Manual);
        ASSERT_TRUE(s.setProxyHost(u"proxy.example.com"_s));
        ASSERT_TRUE(s.setProxyPort(3128));
        ASSERT_TRUE(s.setProxyUser(u"alice"_s));
        ASSERT_TRUE(s.setCaCertificateFile(u"/etc/ssl/ca.pem"_s));
        ASSERT_TRUE(s.setRequestConcurrency(32));
        ASSERT_TRUE(s.setRequestTimeoutSeconds(5));
        ASSERT_TRUE(s.setLanguage(u"de"_s));
        ASSERT_TRUE(s.setDataDirectory(u"/srv/atc"_s));
        QString error;
        ASSERT_TRUE(s.sync(&error)) << error.toStdString();
    }
    AppSettings s(ini());
    EXPECT_TRUE(s.policyComplianceEntitled());
    EXPECT_EQ(s.proxyMode(), AppSettings::ProxyMode::Manual);
    EXPECT_EQ(s.proxyHost(), u"proxy.example.com"_s);
    EXPECT_EQ(s.proxyPort(), 3128);
    EXPECT_EQ(s.proxyUser(), u"alice"_s);
    EXPECT_TRUE(s.proxyProblem().isEmpty());
    EXPECT_EQ(s.caCertificateFile(), u"/etc/ssl/ca.pem"_s);
    EXPECT_EQ(s.requestConcurrency(), 32);
    EXPECT_EQ(s.requestTimeoutSeconds(), 5);
    EXPECT_EQ(s.language(), u"de"_s);
    EXPECT_EQ(s.dataDirectory(), u"/srv/atc"_s);
    EXPECT_EQ(s.effectiveDataDirectory(), u"/srv/atc"_s);
    EXPECT_EQ(s.profilesDirectory(), u"/srv/atc/profiles"_s);

    QFile f(ini());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().toLower().contains("password")) << "no password in the ini file";
}

TEST_F(AppSettingsTest, BadValuesAreRefusedAndNotStored)
{
    AppSettings s(ini());
    const struct
    {
        const char *label;
        std::function<bool(QString *)> set;
    } rows[] = {
        {"concurrency 0", [&](QString *e) { return s.setRequestConcurrency(0, e); }},
        {"concurrency 33", [&](QString *e) { return s.setRequestConcurrency(33, e); }},
        {"timeout 4", [&](QString *e) { return s.setRequestTimeoutSeconds(4, e); }},
        {"timeout 301", [&](QString *e) { return s.setRequestTimeoutSeconds(301, e); }},
        {"port 0", [&](QString *e) { return s.setProxyPort(0, e); }},
        {"port 65536", [&](QString *e) { return s.setProxyPort(65536, e); }},
        {"host with space", [&](QString *e) { return s.setProxyHost(u"proxy example"_s, e); }},
        {"host with scheme", [&](QString *e) { return s.setProxyHost(u"http://proxy"_s, e); }},
        {"host with user", [&](QString *e) { return s.setProxyHost(u"bob@proxy"_s, e); }},
        {"user multiline", [&](QString *e) { return s.setProxyUser(u"a\nb"_s, e); }},
        {"ca relative", [&](QString *e) { return s.setCaCertificateFile(u"ca.pem"_s, e); }},
        {"language unknown", [&](QString *e) { return s.setLanguage(u"zz"_s, e); }},
        {"language spaces", [&](QString *e) { return s.setLanguage(u"de DE"_s, e); }},
        {"data relative", [&](QString *e) { return s.setDataDirectory(u"data"_s, e); }},
    };
    for (const auto &row : rows) {
        QString error;
        EXPECT_FALSE(row.set(&error)) << row.label;
        EXPECT_FALSE(error.isEmpty()) << row.label;
    }
    // Nothing was stored: every value is still its default.
    EXPECT_EQ(s.requestConcurrency(), 8);
    EXPECT_EQ(s.requestTimeoutSeconds(), 30);
    EXPECT_EQ(s.proxyPort(), 8080);
    EXPECT_TRUE(s.proxyHost().isEmpty());
    EXPECT_TRUE(s.proxyUser().isEmpty());
    EXPECT_TRUE(s.caCertificateFile().isEmpty());
    EXPECT_TRUE(s.language().isEmpty());
    EXPECT_TRUE(s.dataDirectory().isEmpty());
}

TEST_F(AppSettingsTest, BoundariesAreAccepted)
{
    AppSettings s(ini());
    for (int v : {1, 32})
        EXPECT_TRUE(s.setRequestConcurrency(v)) << v;
    for (int v : {5, 300})
        EXPECT_TRUE(s.setRequestTimeoutSeconds(v)) << v;
    for (int v : {1, 65535})
        EXPECT_TRUE(s.setProxyPort(v)) << v;
    EXPECT_TRUE(s.setLanguage(u"fr_FR"_s));
    EXPECT_TRUE(s.setLanguage({}));
    EXPECT_TRUE(s.setCaCertificateFile({}));
}

TEST_F(AppSettingsTest, ManualProxyWithoutHostIsAProblem)
{
    AppSettings s(ini());
    s.setProxyMode(AppSettings::ProxyMode::Manual);
    EXPECT_FALSE(s.proxyProblem().isEmpty());
    ASSERT_TRUE(s.setProxyHost(u"10.0.0.1"_s));
    EXPECT_TRUE(s.proxyProblem().isEmpty());
}

TEST_F(AppSettingsTest, HandEditedGarbageReadsAsDefault)
{
    QFile f(ini());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[network]\nrequestConcurrency=lots\nrequestTimeoutSeconds=9999\n"
            "caCertificateFile=relative.pem\n[proxy]\nmode=carrier-pigeon\nport=-1\n"
            "[entitlements]\npcAgentEnabled=maybe\n");
    f.close();
    AppSettings s(ini());
    EXPECT_EQ(s.requestConcurrency(), 8);
    EXPECT_EQ(s.requestTimeoutSeconds(), 30);
    EXPECT_TRUE(s.caCertificateFile().isEmpty());
    EXPECT_EQ(s.proxyMode(), AppSettings::ProxyMode::System);
    EXPECT_EQ(s.proxyPort(), 8080);
    EXPECT_FALSE(s.pcAgentEnabled());
}
