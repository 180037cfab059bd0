// A token endpoint that echoes the form it received (client_secret included) in a 400: the
// real `atc` prints the failure, stores it in the inventory and lists it again, and the secret
// appears in none of them, in no encoding, and in no file it wrote.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "ScriptedServer.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSecret = u"Echo+Me/Not=&Secret value~42"_s;

QList<QByteArray> spellings()
{
    QByteArray form = QUrl::toPercentEncoding(kSecret, " ");
    form.replace(' ', '+');
    return {kSecret.toUtf8(), QUrl::toPercentEncoding(kSecret), form};
}

bool holdsSecret(const QByteArray &text)
{
    for (const QByteArray &s : spellings()) {
        if (text.contains(s))
            return true;
    }
    return false;
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

TEST(CliSecretEcho, EchoedSecretIsNeitherPrintedNorStored)
{
    test::ScriptedServer server;
    server.handler = [](const test::Request &r) {
        // The secret first, so that no length cap of ours hides it by accident.
        const qsizetype at = r.body.indexOf("client_secret=");
        const QByteArray value = r.body.mid(at + 14).split('&').value(0);
        return test::Answer(400, "Bad client_secret " + value + "; the request was: " + r.body);
    };
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString dataDir = dir.filePath(u"data/AzureTenantConnector/azure-tenant-connector"_s);
    ConnectorProfile p;
    p.name = u"Echo"_s;
    p.cloud = CloudType::Custom;
    p.customEndpoints = CloudEndpoints{server.url(), server.url()};
    p.directoryId = u"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"_s;
    p.clientId = u"1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d"_s;
    p.connectorNamePrefix = u"echo"_s;
    p.assetTagIds = {u"generic"_s};
    QString error;
    ASSERT_TRUE(ProfileStore(dataDir + u"/profiles"_s).save(p, &error)) << qPrintable(error);

    auto atc = [&](const QStringList &args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/atc-test-bus"_s);
        env.insert(u"AZURE_CLIENT_SECRET"_s, kSecret);
        env.insert(u"no_proxy"_s, u"127.0.0.1,localhost"_s);
        QProcess proc;
        proc.setProcessEnvironment(env);
        proc.start(QStringLiteral(ATC_CLI_EXE), args);
        EXPECT_TRUE(proc.waitForStarted());
        // This process's event loop serves the echoing server meanwhile.
        EXPECT_TRUE(QTest::qWaitFor([&] { return proc.state() == QProcess::NotRunning; }, 120000));
        Result r;
        r.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
        r.out = proc.readAllStandardOutput();
        r.err = proc.readAllStandardError();
        return r;
    };

    const Result run = atc({u"run"_s, u"--profile"_s, u"Echo"_s});
    EXPECT_NE(run.exitCode, 0);
    ASSERT_FALSE(server.requests.isEmpty());
    // The server really received the secret, so the echo below would carry it.
    EXPECT_TRUE(holdsSecret(server.requests.first().body));
    EXPECT_FALSE(holdsSecret(run.out)) << run.out.constData();
    EXPECT_FALSE(holdsSecret(run.err)) << run.err.constData();
    // The server's text is still shown, masked.
    EXPECT_TRUE(run.out.contains("[redacted]") || run.err.contains("[redacted]"))
        << run.out.constData() << run.err.constData();

    const Result test = atc({u"test-connection"_s, u"--profile"_s, u"Echo"_s});
    EXPECT_NE(test.exitCode, 0);
    EXPECT_FALSE(holdsSecret(test.out + test.err)) << test.err.constData();

    for (const QString &format : {u"text"_s, u"json"_s}) {
        const Result list = atc({u"connectors"_s, u"list"_s, u"--format"_s, format});
        EXPECT_FALSE(holdsSecret(list.out + list.err)) << list.out.constData();
    }

    // No file the runs wrote (inventory, its journal, profiles, settings) holds it.
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(f.fileName());
        EXPECT_FALSE(holdsSecret(f.readAll())) << qPrintable(f.fileName());
        ++files;
    }
    EXPECT_GT(files, 1); // at least the profile and the inventory
}
