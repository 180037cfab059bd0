// Issue 14, "Conventions": the built `atc` in a child process, against the sandbox tenant
// served by the real `atc-azure-emulator` process, with a private HOME. Runs inside a private
// D-Bus session with a throwaway gnome-keyring (SECRET_SERVICE), so that `profiles create`
// stores its key in a real keychain.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "AzureEmulator.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"

using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

constexpr int ExitOk = 0, ExitBadInput = 2, ExitAuthFailure = 3, ExitSecretUnavailable = 7;

struct AtcRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliConventions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_emulator.setProgram(QStringLiteral(ATC_EMULATOR_PATH));
        m_emulator.setArguments({u"--sandbox"_s});
        m_emulator.start();
        ASSERT_TRUE(m_emulator.waitForStarted(30000));
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_emulator.canReadLine(); }, 30000));
        m_baseUrl = QString::fromUtf8(m_emulator.readLine()).trimmed();
        ASSERT_TRUE(m_baseUrl.startsWith(u"http://127.0.0.1:"_s)) << m_baseUrl.toStdString();
    }

    void TearDown() override
    {
        m_emulator.kill();
        m_emulator.waitForFinished(10000);
    }

    /**
     * A private HOME; the test's private session bus (its throwaway keyring); none of the
     * AZURE_* variables nor QT_LOGGING_RULES of the caller, then `extra`.
     */
    QProcessEnvironment environment(const QHash<QString, QString> &extra) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"no_proxy"_s, u"127.0.0.1,localhost"_s);
        for (const char *name : {"AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
                                 "AZURE_AUTHORITY_HOST", "QT_LOGGING_RULES"})
            env.remove(QString::fromLatin1(name));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    /** Runs `atc` to its end; `input` is written to its stdin, which is then closed. */
    AtcRun atc(const QStringList &args, const QHash<QString, QString> &env = {},
               const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(env));
        p.setProgram(QStringLiteral(ATC_CLI_PATH));
        p.setArguments(args);
        p.start();
        AtcRun r;
        if (!p.waitForStarted(30000)) {
            ADD_FAILURE() << "atc did not start";
            return r;
        }
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            ADD_FAILURE() << "atc did not finish: " << args.join(u' ').toStdString();
            p.kill();
            p.waitForFinished(10000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString dataDir() const
    {
        return m_home.filePath(u"data/AzureTenantConnector/azure-tenant-connector"_s);
    }

    static QHash<QString, QString> secretEnv()
    {
        return {{u"AZURE_CLIENT_SECRET"_s, QString::fromLatin1(sandbox::ClientSecret)}};
    }

    /** A saved profile of the sandbox tenant at the emulator (its key: AZURE_CLIENT_SECRET). */
    atc::ConnectorProfile saveProfile(const QString &name, const QStringList &assetTagIds = {})
    {
        atc::ConnectorProfile p;
        p.name = name;
        p.cloud = atc::CloudType::Custom;
        p.customEndpoints = atc::CloudEndpoints{QUrl(m_baseUrl), QUrl(m_baseUrl)};
        p.directoryId = QString::fromLatin1(sandbox::TenantId);
        p.tenantName = QString::fromLatin1(sandbox::TenantName);
        p.clientId = QString::fromLatin1(sandbox::ClientId);
        p.connectorNamePrefix = u"sbx"_s;
        p.activateVmScanning = true;
        p.assetTagIds = assetTagIds;
        QString error;
        EXPECT_TRUE(atc::ProfileStore(dataDir() + u"/profiles"_s).save(p, &error))
            << error.toStdString();
        return p;
    }

    QTemporaryDir m_home;
    QProcess m_emulator;
    QString m_baseUrl;
};

// --- Azure's environment variables -------------------------------------------------------

TEST_F(CliConventions, AzureEnvironmentVariablesNameTheTenant)
{
    QHash<QString, QString> env = secretEnv();
    env.insert(u"AZURE_TENANT_ID"_s, QString::fromLatin1(sandbox::TenantId));
    env.insert(u"AZURE_CLIENT_ID"_s, QString::fromLatin1(sandbox::ClientId));
    env.insert(u"AZURE_AUTHORITY_HOST"_s, m_baseUrl);
    const AtcRun r =
        atc({u"discover"_s, u"--arm-endpoint"_s, m_baseUrl, u"--format"_s, u"json"_s}, env);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(u"tenantId"_s).toString(), QString::fromLatin1(sandbox::TenantId));
    EXPECT_FALSE(o.value(u"subscriptions"_s).toArray().isEmpty()) << r.out.toStdString();

    const AtcRun test = atc({u"test-connection"_s, u"--arm-endpoint"_s, m_baseUrl}, env);
    EXPECT_EQ(test.exitCode, ExitOk) << test.out.toStdString() << test.err.toStdString();

    // Without the variables (and without options) it is a usage error that names them.
    const AtcRun none = atc({u"discover"_s}, secretEnv());
    EXPECT_EQ(none.exitCode, ExitBadInput);
    EXPECT_TRUE(none.err.contains(u"AZURE_TENANT_ID"_s)) << none.err.toStdString();
}

TEST_F(CliConventions, OptionsOverrideTheEnvironment)
{
    QHash<QString, QString> env = secretEnv();
    env.insert(u"AZURE_TENANT_ID"_s, u"not a tenant"_s);
    env.insert(u"AZURE_CLIENT_ID"_s, QString::fromLatin1(sandbox::ExpiredClientId));
    env.insert(u"AZURE_AUTHORITY_HOST"_s, u"https://login.invalid.example/"_s);
    const QStringList tenant = {u"--tenant-id"_s,      QString::fromLatin1(sandbox::TenantId),
                                u"--authority-host"_s, m_baseUrl,
                                u"--arm-endpoint"_s,   m_baseUrl};
    // The environment alone would fail (a malformed tenant, an expired app, another host).
    const AtcRun good = atc(QStringList{u"test-connection"_s, u"--client-id"_s,
                                        QString::fromLatin1(sandbox::ClientId)} +
                                tenant,
                            env);
    EXPECT_EQ(good.exitCode, ExitOk) << good.out.toStdString() << good.err.toStdString();

    // The other way round: the right app in the environment, a wrong one as the option.
    env.insert(u"AZURE_CLIENT_ID"_s, QString::fromLatin1(sandbox::ClientId));
    const AtcRun wrong = atc(QStringList{u"test-connection"_s, u"--client-id"_s,
                                         QString::fromLatin1(sandbox::ExpiredClientId)} +
                                 tenant,
                             env);
    EXPECT_EQ(wrong.exitCode, ExitAuthFailure) << wrong.err.toStdString();

    // A malformed AZURE_TENANT_ID without the option is named as such.
    const AtcRun malformed = atc({u"discover"_s, u"--arm-endpoint"_s, m_baseUrl}, env);
    EXPECT_EQ(malformed.exitCode, ExitBadInput);
    EXPECT_TRUE(malformed.err.contains(u"AZURE_TENANT_ID: "_s)) << malformed.err.toStdString();

    // An authority of no known cloud needs its Resource Manager URL.
    env.insert(u"AZURE_TENANT_ID"_s, QString::fromLatin1(sandbox::TenantId));
    const AtcRun noArm = atc({u"discover"_s}, env);
    EXPECT_EQ(noArm.exitCode, ExitBadInput);
    EXPECT_TRUE(noArm.err.contains(u"AZURE_AUTHORITY_HOST"_s)) << noArm.err.toStdString();
}

// --- help, --version ------------------------------------------------------------------------

TEST_F(CliConventions, HelpAndVersion)
{
    const AtcRun usage = atc({u"--help"_s});
    ASSERT_EQ(usage.exitCode, ExitOk);
    const AtcRun help = atc({u"help"_s});
    EXPECT_EQ(help.exitCode, ExitOk);
    EXPECT_EQ(help.out, usage.out);
    EXPECT_TRUE(help.out.contains(u"Usage: atc <command> [options]"_s)) << help.out.toStdString();

    const AtcRun discover = atc({u"discover"_s, u"--help"_s});
    ASSERT_EQ(discover.exitCode, ExitOk);
    EXPECT_TRUE(discover.out.startsWith(u"Usage: atc discover [options]\n"_s))
        << discover.out.toStdString();
    const AtcRun viaHelp = atc({u"help"_s, u"discover"_s});
    EXPECT_EQ(viaHelp.exitCode, ExitOk);
    EXPECT_EQ(viaHelp.out, discover.out);
    EXPECT_TRUE(discover.out.contains(u"--quiet"_s));
    EXPECT_TRUE(discover.out.contains(u"--verbose"_s));

    // No verb names the executable's path; --help-all is the same help, without Qt's options.
    for (const QString &verb : {u"run"_s, u"connectors"_s, u"inventory"_s, u"sandbox"_s,
                                u"test-connection"_s, u"perimeter-targets"_s, u"daemon"_s}) {
        const AtcRun r = atc({verb, u"--help"_s});
        EXPECT_EQ(r.exitCode, ExitOk) << verb.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral(ATC_CLI_PATH))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(u"Usage: atc "_s + verb)) << r.out.toStdString();
        const AtcRun all = atc({verb, u"--help-all"_s});
        EXPECT_EQ(all.exitCode, ExitOk);
        EXPECT_EQ(all.out, r.out) << verb.toStdString();
        EXPECT_FALSE(all.out.contains(u"-platform"_s)) << all.out.toStdString();
        EXPECT_FALSE(all.out.contains(u"qmljsdebugger"_s)) << all.out.toStdString();
    }

    const AtcRun unknown = atc({u"help"_s, u"no-such-verb"_s});
    EXPECT_EQ(unknown.exitCode, ExitBadInput);
    EXPECT_TRUE(unknown.out.isEmpty());

    const AtcRun version = atc({u"--version"_s});
    EXPECT_EQ(version.exitCode, ExitOk);
    EXPECT_TRUE(QRegularExpression(u"^atc \\d+\\.\\d+\\.\\d+\\n$"_s).match(version.out).hasMatch())
        << version.out.toStdString();
    EXPECT_TRUE(version.err.isEmpty());
}

// --- quiet stderr ---------------------------------------------------------------------------

TEST_F(CliConventions, StderrHoldsNoProgressNorDeveloperLogLinesOffATerminal)
{
    const atc::ConnectorProfile p = saveProfile(u"Sandbox"_s);
    const QStringList discover = {u"discover"_s, u"--profile"_s, p.name, u"--resources"_s};
    // Off a terminal (as here): the result on stdout, nothing on stderr.
    const AtcRun plain = atc(discover, secretEnv());
    ASSERT_EQ(plain.exitCode, ExitOk) << plain.err.toStdString();
    EXPECT_TRUE(plain.out.contains(u"resource"_s)) << plain.out.toStdString();
    EXPECT_TRUE(plain.err.isEmpty()) << plain.err.toStdString();

    // --verbose: the progress, too.
    const AtcRun verbose = atc(discover + QStringList{u"--verbose"_s}, secretEnv());
    ASSERT_EQ(verbose.exitCode, ExitOk) << verbose.err.toStdString();
    EXPECT_TRUE(verbose.err.contains(u"Resources: "_s)) << verbose.err.toStdString();
    EXPECT_EQ(verbose.out, plain.out);

    // A failure the libraries log about (a keychain that cannot be reached, a token refused):
    // the error in words, but no "atc.store: …" / "atc.azure: …" line, unless asked for.
    QHash<QString, QString> noBus = {
        {u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_home.filePath(u"no-bus"_s)}};
    const QStringList failing = {u"test-connection"_s, u"--profile"_s, p.name};
    const QRegularExpression logLine(u"^atc\\.[a-z.]+: "_s, QRegularExpression::MultilineOption);
    const AtcRun quiet = atc(failing, noBus);
    EXPECT_NE(quiet.exitCode, ExitOk);
    EXPECT_TRUE(quiet.err.contains(u"atc: error: "_s)) << quiet.err.toStdString();
    EXPECT_FALSE(logLine.match(quiet.err).hasMatch()) << quiet.err.toStdString();
    noBus.insert(u"QT_LOGGING_RULES"_s, u"atc.*=true"_s);
    const AtcRun rules = atc(failing, noBus);
    EXPECT_TRUE(logLine.match(rules.err).hasMatch()) << rules.err.toStdString();
    noBus.remove(u"QT_LOGGING_RULES"_s);
    const AtcRun loud = atc(failing + QStringList{u"--verbose"_s}, noBus);
    EXPECT_TRUE(logLine.match(loud.err).hasMatch()) << loud.err.toStdString();

    // --quiet: not even the outcome notes ("… asset(s) exported").
    const AtcRun exported = atc({u"inventory"_s, u"export"_s, u"--format"_s, u"csv"_s});
    EXPECT_EQ(exported.exitCode, ExitOk) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(u"exported"_s)) << exported.err.toStdString();
    const AtcRun silent = atc({u"inventory"_s, u"export"_s, u"--format"_s, u"csv"_s, u"-q"_s});
    EXPECT_EQ(silent.exitCode, ExitOk);
    EXPECT_TRUE(silent.err.isEmpty()) << silent.err.toStdString();
}

// --- run --due, tables, tag names -----------------------------------------------------------

TEST_F(CliConventions, RunDueAloneRunsEveryDueProfile)
{
    const atc::ConnectorProfile a = saveProfile(u"Alpha"_s);
    const atc::ConnectorProfile b = saveProfile(u"Beta"_s);
    // Both are due (never run): both run, at once, into the one inventory.
    const AtcRun first = atc({u"run"_s, u"--due"_s, u"--format"_s, u"json"_s}, secretEnv());
    ASSERT_EQ(first.exitCode, ExitOk) << first.err.toStdString();
    QSet<QString> ran;
    for (const QJsonValue &v : QJsonDocument::fromJson(first.out.toUtf8()).array()) {
        EXPECT_EQ(v[u"state"_s].toString(), u"FINISHED_SUCCESS"_s) << first.out.toStdString();
        ran.insert(v[u"profileId"_s].toString());
    }
    EXPECT_EQ(ran, (QSet<QString>{a.id, b.id})) << first.out.toStdString();

    // Right after: nothing is due; the text table still has its header row.
    const AtcRun again = atc({u"run"_s, u"--due"_s}, secretEnv());
    EXPECT_EQ(again.exitCode, ExitOk) << again.err.toStdString();
    EXPECT_EQ(again.out, u"PROFILE\tSTATE\tCREATED\tUPDATED\tREMOVED\n"_s);
    EXPECT_TRUE(again.err.contains(u"Alpha: nothing due"_s)) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(u"Beta: nothing due"_s)) << again.err.toStdString();

    const AtcRun both = atc({u"run"_s, u"--all"_s, u"--profile"_s, u"Alpha"_s}, secretEnv());
    EXPECT_EQ(both.exitCode, ExitBadInput);
    EXPECT_EQ(atc({u"run"_s}, secretEnv()).exitCode, ExitBadInput);

    const AtcRun list = atc({u"connectors"_s, u"list"_s});
    ASSERT_EQ(list.exitCode, ExitOk) << list.err.toStdString();
    EXPECT_TRUE(list.out.startsWith(u"ID\tNAME\tSUBSCRIPTION\tSTATE\t"_s))
        << list.out.toStdString();
    EXPECT_GT(list.out.count(u'\n'), 1);
}

TEST_F(CliConventions, TagNamesNotIdsInProfilesShowAndInventoryExport)
{
    const QString tagId = u"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"_s;
    atc::Tag tag;
    tag.id = tagId;
    tag.name = u"Production"_s;
    tag.color = u"#336699"_s;
    QString error;
    ASSERT_TRUE(atc::ProfileStore(dataDir() + u"/profiles"_s).saveTags({tag}, &error))
        << error.toStdString();
    const atc::ConnectorProfile p = saveProfile(u"Tagged"_s, {tagId});

    const AtcRun show = atc({u"profiles"_s, u"show"_s, p.name});
    ASSERT_EQ(show.exitCode, ExitOk) << show.err.toStdString();
    EXPECT_TRUE(show.out.contains(u"Production"_s)) << show.out.toStdString();
    EXPECT_FALSE(show.out.contains(tagId)) << show.out.toStdString();

    ASSERT_EQ(atc({u"run"_s, u"--profile"_s, p.name}, secretEnv()).exitCode, ExitOk);
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        const AtcRun exported = atc({u"inventory"_s, u"export"_s, u"--format"_s, format});
        ASSERT_EQ(exported.exitCode, ExitOk) << exported.err.toStdString();
        EXPECT_TRUE(exported.out.contains(u"Production"_s)) << format.toStdString();
        EXPECT_FALSE(exported.out.contains(tagId)) << format.toStdString();
    }
}

// --- sandbox --------------------------------------------------------------------------------

TEST_F(CliConventions, SandboxPrintsThePerimeterTargetsThemselves)
{
    const AtcRun r = atc({u"sandbox"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    const qsizetype at = r.out.indexOf(u"Perimeter targets"_s);
    ASSERT_GE(at, 0) << r.out.toStdString();
    const QRegularExpressionMatch totals =
        QRegularExpression(u"(\\d+) public IP addresses, (\\d+) DNS names"_s).match(r.out);
    ASSERT_TRUE(totals.hasMatch()) << r.out.toStdString();
    const int expected = totals.captured(1).toInt() + totals.captured(2).toInt();
    ASSERT_GT(expected, 0);
    // One indented line per target, up to the blank line closing the section.
    const QStringList lines = r.out.mid(at).section(u"\n\n"_s, 0, 0).split(u'\n').mid(1);
    EXPECT_EQ(lines.size(), expected) << r.out.toStdString();
    const QRegularExpression ip(u"^  \\d+\\.\\d+\\.\\d+\\.\\d+ "_s);
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [&](const QString &l) {
        return ip.match(l).hasMatch();
    })) << r.out.toStdString();
}

// --- profiles create ------------------------------------------------------------------------

class CliCreate : public CliConventions
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(qEnvironmentVariableIsSet("ATC_TEST_SECRET_SERVICE"))
            << "run through ctest (tests/common/with-secret-service.sh)";
        CliConventions::SetUp();
    }

    QStringList createArgs(const QString &name) const
    {
        return {u"profiles"_s,         u"create"_s,
                u"--name"_s,           name,
                u"--tenant-id"_s,      QString::fromLatin1(sandbox::TenantId),
                u"--client-id"_s,      QString::fromLatin1(sandbox::ClientId),
                u"--authority-host"_s, m_baseUrl,
                u"--arm-endpoint"_s,   m_baseUrl,
                u"--prefix"_s,         u"sbx"_s,
                u"--tenant-name"_s,    u"Contoso"_s};
    }

    /** The stored key of `profile`, read from the test's keychain. */
    static QString storedKey(const atc::ConnectorProfile &profile)
    {
        atc::KeychainSecretStore keychain;
        QObject context;
        atc::SecretStore::Result result;
        bool done = false;
        keychain.read(profile.secretKey(), &context, [&](const atc::SecretStore::Result &r) {
            result = r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 30000));
        return result.secret;
    }

    /** No file under the child's HOME holds `secret` (profiles, settings, inventory …). */
    void expectSecretInNoFile(const QByteArray &secret) const
    {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
            EXPECT_FALSE(f.readAll().contains(secret)) << f.fileName().toStdString();
            ++files;
        }
        EXPECT_GT(files, 0); // the profile at least: the scan did look
    }

    std::optional<atc::ConnectorProfile> saved(const QString &name) const
    {
        for (const atc::ConnectorProfile &p :
             atc::ProfileStore(dataDir() + u"/profiles"_s).loadAll().profiles) {
            if (p.name == name)
                return p;
        }
        return std::nullopt;
    }
};

TEST_F(CliCreate, SecretFromStdinIsStoredAndNeverShown)
{
    const QByteArray secret = sandbox::ClientSecret;
    const AtcRun r =
        atc(createArgs(u"From stdin"_s) + QStringList{u"--secret-stdin"_s}, {}, secret + "\n");
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Created profile"_s)) << r.out.toStdString();
    const auto p = saved(u"From stdin"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->tenantName, u"Contoso"_s);
    EXPECT_EQ(storedKey(*p), QString::fromLatin1(secret));

    // The stored key is what a later command uses: no AZURE_CLIENT_SECRET here.
    const AtcRun discover = atc({u"discover"_s, u"--profile"_s, u"From stdin"_s});
    EXPECT_EQ(discover.exitCode, ExitOk) << discover.err.toStdString();

    for (const AtcRun &x : {r, discover}) {
        EXPECT_FALSE(x.out.toUtf8().contains(secret));
        EXPECT_FALSE(x.err.toUtf8().contains(secret));
    }
    expectSecretInNoFile(secret);
}

TEST_F(CliCreate, SecretFromAzureClientSecret)
{
    const QByteArray secret = sandbox::ClientSecret;
    // The tenant from the environment too: a whole setup from AZURE_* variables.
    QHash<QString, QString> env = secretEnv();
    env.insert(u"AZURE_TENANT_ID"_s, QString::fromLatin1(sandbox::TenantId));
    env.insert(u"AZURE_CLIENT_ID"_s, QString::fromLatin1(sandbox::ClientId));
    const AtcRun r = atc({u"profiles"_s, u"create"_s, u"--name"_s, u"From env"_s,
                          u"--authority-host"_s, m_baseUrl, u"--arm-endpoint"_s, m_baseUrl,
                          u"--prefix"_s, u"env"_s, u"--format"_s, u"json"_s},
                         env);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(u"name"_s).toString(), u"From env"_s) << r.out.toStdString();
    const auto p = saved(u"From env"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->clientId, QString::fromLatin1(sandbox::ClientId));
    EXPECT_EQ(storedKey(*p), QString::fromLatin1(secret));
    EXPECT_FALSE(r.out.toUtf8().contains(secret));
    EXPECT_FALSE(r.err.toUtf8().contains(secret));

    const AtcRun run = atc({u"run"_s, u"--profile"_s, u"From env"_s});
    EXPECT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    expectSecretInNoFile(secret);
}

TEST_F(CliCreate, NoKeyOrAnInvalidProfileCreatesNothing)
{
    const AtcRun noKey = atc(createArgs(u"No key"_s));
    EXPECT_EQ(noKey.exitCode, ExitSecretUnavailable);
    EXPECT_TRUE(noKey.err.contains(u"--secret-stdin"_s)) << noKey.err.toStdString();
    EXPECT_FALSE(saved(u"No key"_s));

    const AtcRun emptyStdin =
        atc(createArgs(u"Empty"_s) + QStringList{u"--secret-stdin"_s}, {}, "\n");
    EXPECT_EQ(emptyStdin.exitCode, ExitSecretUnavailable);
    EXPECT_FALSE(saved(u"Empty"_s));

    QStringList invalid = createArgs(u"Bad prefix"_s);
    invalid[invalid.indexOf(u"sbx"_s)] = u"no/slashes"_s;
    const AtcRun bad = atc(invalid, secretEnv());
    EXPECT_EQ(bad.exitCode, ExitBadInput);
    EXPECT_TRUE(bad.err.contains(u"not created"_s)) << bad.err.toStdString();
    EXPECT_FALSE(saved(u"Bad prefix"_s));

    // A second profile of the same name is refused (the wizard's rule).
    ASSERT_EQ(atc(createArgs(u"Twice"_s), secretEnv()).exitCode, ExitOk);
    EXPECT_EQ(atc(createArgs(u"Twice"_s), secretEnv()).exitCode, ExitBadInput);
}

// `atc emulator` tells the sandbox's public demo key itself, not a C++ symbol (issue 12).
TEST(CliEmulator, PrintsTheSandboxKeyItself)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the English words ("Ctrl+C")
    QProcess emulator;
    emulator.setProcessEnvironment(env);
    emulator.setProgram(QStringLiteral(ATC_CLI_PATH));
    emulator.setArguments({u"emulator"_s, u"--port"_s, u"0"_s});
    emulator.start();
    ASSERT_TRUE(emulator.waitForStarted(30000));
    QByteArray err;
    const bool told = QTest::qWaitFor(
        [&] {
            err += emulator.readAllStandardError();
            return err.contains("Ctrl+C") || emulator.state() == QProcess::NotRunning;
        },
        30000);
    emulator.terminate();
    emulator.waitForFinished(10000);
    ASSERT_TRUE(told) << err.constData();
    EXPECT_TRUE(err.contains(sandbox::ClientSecret)) << err.constData();
    EXPECT_FALSE(err.contains("atc::emulator")) << err.constData();
}

} // namespace
