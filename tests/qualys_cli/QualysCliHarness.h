#pragma once
// The real `atc` in a child process with its own HOME and data folder, against the fake Qualys
// platform served by this process (its event loop runs while the test waits for the child).

#include <functional>

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "AzureEmulator.h"
#include "FakeQualys.h"
#include "store/ProfileStore.h"

namespace atc::test {

struct QualysCliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError) << out.toStdString();
        EXPECT_TRUE(doc.isObject()) << out.toStdString();
        return doc.object();
    }
    /** Both streams, for "never printed" checks. */
    QString all() const { return out + err; }
};

class QualysCli
{
public:
    emulator::qualys::FakeQualys fake;
    QTemporaryDir dir;
    QString login = QStringLiteral("contoso_ab1");
    // Values that cannot occur by chance, so that "never printed" checks mean something.
    QString password = QStringLiteral("Qp~") + QUuid::createUuid().toString(QUuid::Id128);
    QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString clientSecret = QStringLiteral("Qc~") + QUuid::createUuid().toString(QUuid::Id128);
    QString azureKey = QString::fromLatin1(emulator::sandbox::ClientSecret);
    QString profileId;
    QProcessEnvironment env;

    explicit QualysCli(quint32 seed = 0)
    {
        using namespace Qt::Literals::StringLiterals;
        EXPECT_TRUE(dir.isValid());
        EXPECT_TRUE(fake.start()) << fake.errorString().toStdString();
        if (seed != 0)
            fake.setVariantSeed(seed);
        QString error;
        EXPECT_TRUE(fake.setAzureTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error))
            << error.toStdString();
        emulator::qualys::FakeQualysUser user;
        user.login = login;
        user.password = password;
        user.clientId = clientId;
        user.clientSecret = clientSecret;
        fake.addUser(user);
        profileId = saveProfile(u"Contoso sandbox"_s);

        env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, dir.path());
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        // No keychain unless a test asks for its private session (useSessionBus()).
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/atc-test-bus"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false"_s);
        for (const char *name : {"QUALYS_USERNAME", "QUALYS_PASSWORD", "QUALYS_CLIENT_ID",
                                 "QUALYS_CLIENT_SECRET", "AZURE_CLIENT_SECRET"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"AZURE_CLIENT_SECRET"_s, azureKey);
        usePassword();
    }

    void usePassword(const QString &secret = {})
    {
        env.remove(QStringLiteral("QUALYS_CLIENT_ID"));
        env.remove(QStringLiteral("QUALYS_CLIENT_SECRET"));
        env.insert(QStringLiteral("QUALYS_USERNAME"), login);
        env.insert(QStringLiteral("QUALYS_PASSWORD"), secret.isEmpty() ? password : secret);
    }
    void useClient(const QString &secret = {})
    {
        env.remove(QStringLiteral("QUALYS_USERNAME"));
        env.remove(QStringLiteral("QUALYS_PASSWORD"));
        env.insert(QStringLiteral("QUALYS_CLIENT_ID"), clientId);
        env.insert(QStringLiteral("QUALYS_CLIENT_SECRET"),
                   secret.isEmpty() ? clientSecret : secret);
    }
    void noQualysEnvironment()
    {
        for (const char *name :
             {"QUALYS_USERNAME", "QUALYS_PASSWORD", "QUALYS_CLIENT_ID", "QUALYS_CLIENT_SECRET"})
            env.remove(QString::fromLatin1(name));
    }
    /** The child reaches the keychain of this test's private D-Bus session. */
    void useSessionBus()
    {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    }

    QString dataDir() const
    {
        return dir.filePath(QStringLiteral("data/AzureTenantConnector/azure-tenant-connector"));
    }
    ProfileStore store() const { return ProfileStore(dataDir() + QStringLiteral("/profiles")); }

    /** A valid profile of the sandbox tenant (whose app the fake's Azure view accepts). */
    QString saveProfile(const QString &name,
                        const std::function<void(ConnectorProfile &)> &edit = {})
    {
        using namespace Qt::Literals::StringLiterals;
        namespace sandbox = atc::emulator::sandbox;
        ConnectorProfile p;
        p.name = name;
        p.directoryId = QString::fromLatin1(sandbox::TenantId);
        p.tenantName = QString::fromLatin1(sandbox::TenantName);
        p.clientId = QString::fromLatin1(sandbox::ClientId);
        p.connectorNamePrefix = u"sbx"_s;
        p.activateVmScanning = true;
        if (edit)
            edit(p);
        QString error;
        EXPECT_TRUE(store().save(p, &error)) << error.toStdString();
        return p.id;
    }
    ConnectorProfile profile(const QString &id) const
    {
        QString error;
        const auto p = store().load(id, &error);
        EXPECT_TRUE(p.has_value()) << error.toStdString();
        return p.value_or(ConnectorProfile{});
    }

    QStringList platformArgs() const
    {
        return {QStringLiteral("--qualys-gateway"), fake.gatewayUrl().toString(),
                QStringLiteral("--qualys-api-server"), fake.apiServerUrl().toString()};
    }
    /** `atc qualys ACTION --profile <id> <platform> [extra…]`. */
    QStringList args(const QString &action, const QStringList &extra = {},
                     const QString &profile = {}) const
    {
        QStringList a{QStringLiteral("qualys"), action};
        if (action != QLatin1String("login"))
            a << QStringLiteral("--profile") << (profile.isEmpty() ? profileId : profile);
        return a + platformArgs() + extra;
    }

    /**
     * Runs atc to its end while this process serves the fake. `stdinData` (if any) is written
     * and stdin closed; `whileRunning` is polled during the wait and may act on the process.
     */
    QualysCliResult run(const QStringList &arguments, const QByteArray &stdinData = {},
                        const std::function<void(QProcess &)> &whileRunning = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATC_CLI_EXE), arguments);
        QualysCliResult r;
        if (!p.waitForStarted(30000)) {
            ADD_FAILURE() << "atc did not start: " << p.errorString().toStdString();
            return r;
        }
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        const bool ended = QTest::qWaitFor(
            [&] {
                if (whileRunning && p.state() == QProcess::Running)
                    whileRunning(p);
                return p.state() == QProcess::NotRunning;
            },
            180000);
        if (!ended) {
            ADD_FAILURE() << "atc did not end";
            p.kill();
            p.waitForFinished(5000);
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonArray tenantConnectors() const
    {
        return fake.state().value(QStringLiteral("tenantConnectors")).toArray();
    }
    QJsonArray memberConnectors() const
    {
        return fake.state().value(QStringLiteral("memberConnectors")).toArray();
    }

    /** Every regular file below `root` whose bytes contain `needle`. */
    static QStringList filesContaining(const QString &root, const QString &needle)
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
                hits << path;
        }
        return hits;
    }
};

} // namespace atc::test
