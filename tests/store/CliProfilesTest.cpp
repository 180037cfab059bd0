// Runs the built `atc profiles …` as a child process, as a user would.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "CliTestSupport.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Exit codes of app/cli/CliContext.h (not included: it belongs to the executable).
constexpr int ExitOk = 0, ExitBadInput = 2, ExitSecretUnavailable = 7;

ConnectorProfile profile(const QString &name, const QString &tenant)
{
    ConnectorProfile p;
    p.name = name;
    p.tenantName = tenant;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = tenant.toLower() + u".onmicrosoft.com"_s;
    p.connectorNamePrefix = u"pfx"_s;
    return p;
}

class CliProfiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<ProfileStore>(m_cli.profilesDir());
        m_contoso = profile(u"Contoso production"_s, u"Contoso"_s);
        m_fabrikam = profile(u"fabrikam"_s, u"Fabrikam"_s);
        m_fabrikam.scopeMode = ScopeMode::SelectedManagementGroups;
        m_fabrikam.selectedManagementGroups = {u"mg-a"_s, u"mg-b"_s};
        ASSERT_TRUE(m_store->save(m_contoso));
        ASSERT_TRUE(m_store->save(m_fabrikam));
    }

    CliHarness m_cli;
    std::unique_ptr<ProfileStore> m_store;
    ConnectorProfile m_contoso, m_fabrikam;
};

} // namespace

TEST(CliProfilesEmpty, ListSaysWhatToDo)
{
    CliHarness cli;
    CliRun r = cli.run({u"profiles"_s, u"list"_s});
    EXPECT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(u"atc profiles import"_s)) << r.err.toStdString();
    r = cli.run({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(r.exitCode, ExitOk);
    EXPECT_TRUE(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
    EXPECT_TRUE(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
}

TEST_F(CliProfiles, ListTextAndJson)
{
    CliRun r = m_cli.run({u"profiles"_s, u"list"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(m_contoso.id));
    EXPECT_TRUE(r.out.contains(u"Contoso production"_s));
    EXPECT_TRUE(r.out.contains(u"2 selected management groups"_s)) << r.out.toStdString();
    EXPECT_LT(r.out.indexOf(u"Contoso production"_s), r.out.indexOf(u"fabrikam"_s));

    r = m_cli.run({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, ExitOk);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a.at(0)[u"id"_s].toString(), m_contoso.id);
    EXPECT_EQ(a.at(1)[u"scope"_s].toString(), u"selected"_s);
    EXPECT_EQ(a.at(0)[u"directoryId"_s].toString(), m_contoso.directoryId);
}

TEST_F(CliProfiles, BrokenFileIsReportedAndTheRestListed)
{
    const QString bad = m_cli.profilesDir() + u"/broken.json"_s;
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ \"schemaVersion\": 1, ");
    f.close();
    const CliRun r = m_cli.run({u"profiles"_s, u"list"_s});
    EXPECT_EQ(r.exitCode, ExitOk);
    EXPECT_TRUE(r.err.contains(bad)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u".corrupt-"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Contoso production"_s));
    EXPECT_TRUE(r.out.contains(u"fabrikam"_s));
}

TEST_F(CliProfiles, ShowByIdOrNameInTextAndJson)
{
    CliRun r = m_cli.run({u"profiles"_s, u"show"_s, u"CONTOSO PRODUCTION"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(m_contoso.directoryId));
    EXPECT_TRUE(r.out.contains(u"never shown"_s));

    r = m_cli.run({u"profiles"_s, u"show"_s, m_fabrikam.id, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    QString error;
    const auto parsed = ProfileStore::fromJson(r.out.toUtf8(), &error);
    ASSERT_TRUE(parsed.has_value()) << error.toStdString();
    EXPECT_TRUE(*parsed == m_fabrikam);

    r = m_cli.run({u"profiles"_s, u"show"_s, u"nobody"_s});
    EXPECT_EQ(r.exitCode, ExitBadInput);
    EXPECT_TRUE(r.err.contains(u"nobody"_s));
}

TEST_F(CliProfiles, ExportThenImport)
{
    const QString file = m_cli.home() + u"/contoso.json"_s;
    CliRun r = m_cli.run({u"profiles"_s, u"export"_s, m_contoso.id, file});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    ASSERT_TRUE(QFile::exists(file));
    r = m_cli.run({u"profiles"_s, u"export"_s, m_contoso.id, file});
    EXPECT_EQ(r.exitCode, ExitBadInput) << "no silent overwrite";
    r = m_cli.run({u"profiles"_s, u"export"_s, m_contoso.id, file, u"--force"_s});
    EXPECT_EQ(r.exitCode, ExitOk);

    r = m_cli.run({u"profiles"_s, u"import"_s, file});
    EXPECT_EQ(r.exitCode, ExitBadInput) << "name clash";
    EXPECT_TRUE(r.err.contains(u"already exists"_s)) << r.err.toStdString();

    r = m_cli.run({u"profiles"_s, u"import"_s, file, u"--name"_s, u"Contoso copy"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    const ProfileLoadReport report = m_store->loadAll();
    ASSERT_EQ(report.profiles.size(), 3);
    const ConnectorProfile &copy = report.profiles.at(0); // sorted by name
    EXPECT_EQ(copy.name, u"Contoso copy"_s);
    EXPECT_NE(copy.id, m_contoso.id);
    EXPECT_EQ(copy.directoryId, m_contoso.directoryId);
    EXPECT_TRUE(r.out.contains(copy.id)) << r.out.toStdString();

    r = m_cli.run({u"profiles"_s, u"import"_s, m_cli.home() + u"/missing.json"_s});
    EXPECT_EQ(r.exitCode, ExitBadInput);
}

TEST_F(CliProfiles, DeleteNeedsTheKeychainUnlessForced)
{
    // The child has no D-Bus session: the keychain is unavailable.
    CliRun r = m_cli.run({u"profiles"_s, u"delete"_s, m_contoso.id});
    EXPECT_EQ(r.exitCode, ExitSecretUnavailable) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Secret Service"_s)) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_store->pathFor(m_contoso.id)));

    r = m_cli.run({u"profiles"_s, u"delete"_s, m_contoso.id, u"--force"_s});
    EXPECT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"warning"_s));
    EXPECT_FALSE(QFile::exists(m_store->pathFor(m_contoso.id)));
    EXPECT_EQ(m_store->loadAll().profiles.size(), 1);
}

TEST_F(CliProfiles, BadInputIsRefused)
{
    for (const QStringList &args :
         {QStringList{u"profiles"_s}, QStringList{u"profiles"_s, u"frobnicate"_s},
          QStringList{u"profiles"_s, u"list"_s, u"--format"_s, u"xml"_s},
          QStringList{u"profiles"_s, u"show"_s}, QStringList{u"profiles"_s, u"export"_s, u"x"_s},
          QStringList{u"profiles"_s, u"list"_s, u"--bogus"_s}}) {
        const CliRun r = m_cli.run(args);
        EXPECT_EQ(r.exitCode, ExitBadInput) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(u"atc: error:"_s)) << r.err.toStdString();
    }
    const CliRun help = m_cli.run({u"profiles"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, ExitOk);
    EXPECT_TRUE(help.out.contains(u"import"_s));
}

TEST_F(CliProfiles, DisableAndEnableATenantConnector)
{
    CliRun r = m_cli.run({u"profiles"_s, u"disable"_s, u"contoso PRODUCTION"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Disabled tenant connector \"Contoso production\""_s))
        << r.out.toStdString();
    auto saved = m_store->load(m_contoso.id);
    ASSERT_TRUE(saved.has_value());
    EXPECT_FALSE(saved->enabled);
    EXPECT_EQ(saved->created, m_contoso.created);
    EXPECT_TRUE(m_store->load(m_fabrikam.id)->enabled);
    // Saved atomically: no temporary file is left next to the profiles.
    EXPECT_EQ(QDir(m_cli.profilesDir()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // The list shows the state, in text and JSON; show too.
    r = m_cli.run({u"profiles"_s, u"list"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"STATE"_s)) << r.out.toStdString();
    const QStringList lines = r.out.split(u'\n');
    for (const QString &line : lines) {
        if (line.contains(m_contoso.id)) {
            EXPECT_TRUE(line.contains(u" disabled "_s)) << line.toStdString();
        }
        if (line.contains(m_fabrikam.id)) {
            EXPECT_TRUE(line.contains(u" enabled "_s)) << line.toStdString();
        }
    }
    r = m_cli.run({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(a.size(), 2);
    EXPECT_FALSE(a.at(0)[u"enabled"_s].toBool(true)); // sorted: Contoso first
    EXPECT_TRUE(a.at(1)[u"enabled"_s].toBool(false));
    r = m_cli.run({u"profiles"_s, u"show"_s, m_contoso.id});
    EXPECT_TRUE(r.out.contains(u"disabled"_s)) << r.out.toStdString();

    // Again: nothing to do, still success.
    r = m_cli.run({u"profiles"_s, u"disable"_s, m_contoso.id});
    EXPECT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"already disabled"_s)) << r.out.toStdString();

    r = m_cli.run({u"profiles"_s, u"enable"_s, m_contoso.id});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Enabled tenant connector"_s)) << r.out.toStdString();
    EXPECT_TRUE(m_store->load(m_contoso.id)->enabled);

    for (const QStringList &args : {QStringList{u"profiles"_s, u"enable"_s},
                                    QStringList{u"profiles"_s, u"disable"_s, u"nobody"_s},
                                    QStringList{u"profiles"_s, u"enable"_s, u"a"_s, u"b"_s}}) {
        r = m_cli.run(args);
        EXPECT_EQ(r.exitCode, ExitBadInput) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(u"atc: error:"_s)) << r.err.toStdString();
    }
    const CliRun help = m_cli.run({u"profiles"_s, u"--help"_s});
    EXPECT_TRUE(help.out.contains(u"disable <id|name>"_s)) << help.out.toStdString();
}
