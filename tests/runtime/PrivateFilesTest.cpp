// Private files under umask 022 (what the issue saw: 0644 files, 0755 folders): a new
// profile, the settings, the inventory (with its -wal and -shm), an export, and the folders
// made for them are 0600 / 0700. And a process that holds a secret cannot dump core.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "RuntimeCli.h"
#include "io/PrivatePaths.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/InventoryExportJob.h"
#include "runtime/RunLock.h"
#include "store/AppSettings.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &st), 0) << qPrintable(path);
    return st.st_mode & 07777;
}

class PrivateFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        m_oldUmask = ::umask(022);
    }
    void TearDown() override { ::umask(m_oldUmask); }

    QTemporaryDir dir;
    mode_t m_oldUmask = 0;
};

} // namespace

TEST_F(PrivateFiles, ProfileAndItsFolders)
{
    const ProfileStore store(dir.filePath(u"a/b/profiles"_s));
    ConnectorProfile p;
    p.name = u"Private"_s;
    p.tenantName = u"Contoso"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    p.connectorNamePrefix = u"pfx"_s;
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << qPrintable(error);
    EXPECT_EQ(modeOf(store.pathFor(p.id)), 0600u);
    EXPECT_EQ(modeOf(dir.filePath(u"a"_s)), 0700u);
    EXPECT_EQ(modeOf(dir.filePath(u"a/b"_s)), 0700u);
    EXPECT_EQ(modeOf(dir.filePath(u"a/b/profiles"_s)), 0700u);
    ASSERT_TRUE(store.saveTags({}, &error)) << qPrintable(error);
    EXPECT_EQ(modeOf(store.tagsPath()), 0600u);

    // An existing profile written by an older version (0644) becomes private when saved.
    ::chmod(QFile::encodeName(store.pathFor(p.id)).constData(), 0644);
    ASSERT_TRUE(store.save(p, &error)) << qPrintable(error);
    EXPECT_EQ(modeOf(store.pathFor(p.id)), 0600u);
}

TEST_F(PrivateFiles, Settings)
{
    const QString path = dir.filePath(u"config/app/settings.ini"_s);
    AppSettings s(path);
    ASSERT_TRUE(s.setProxyHost(u"proxy.example.com"_s));
    QString error;
    ASSERT_TRUE(s.sync(&error)) << qPrintable(error);
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(dir.filePath(u"config"_s)), 0700u);
    EXPECT_EQ(modeOf(dir.filePath(u"config/app"_s)), 0700u);
    const AppSettings reread(path);
    EXPECT_EQ(reread.proxyHost(), u"proxy.example.com"_s);
}

TEST_F(PrivateFiles, InventoryWalShmExportAndLocks)
{
    const QString path = dir.filePath(u"data/inventory.sqlite"_s);
    {
        InventoryDatabase db(path);
        QString error;
        ASSERT_TRUE(db.open(&error)) << qPrintable(error);
        QList<SubscriptionConnector> list(1);
        list[0].profileId = u"p"_s;
        list[0].subscriptionId = u"sub1"_s;
        list[0].name = u"az-sub1"_s;
        ASSERT_TRUE(db.saveConnectors(list));
        EXPECT_EQ(modeOf(dir.filePath(u"data"_s)), 0700u);
        EXPECT_EQ(modeOf(path), 0600u);
        ASSERT_TRUE(QFile::exists(path + u"-wal"_s));
        EXPECT_EQ(modeOf(path + u"-wal"_s), 0600u);
        EXPECT_EQ(modeOf(path + u"-shm"_s), 0600u);

        InventoryDatabase::ExportFilter f;
        const QString out = dir.filePath(u"export.csv"_s);
        InventoryExportJob job(path, f, InventoryExportJob::Format::Csv, out);
        QSignalSpy finished(&job, &InventoryExportJob::finished);
        job.start();
        ASSERT_TRUE(finished.wait(30000));
        EXPECT_TRUE(finished.first().at(0).value<InventoryExportJob::Result>().ok);
        EXPECT_EQ(modeOf(out), 0600u);
    }
    RunLock lock(dir.filePath(u"state/locks"_s), u"p"_s);
    EXPECT_TRUE(lock.tryLock());
    EXPECT_EQ(modeOf(dir.filePath(u"state"_s)), 0700u);
    EXPECT_EQ(modeOf(dir.filePath(u"state/locks"_s)), 0700u);
}

// The real `atc` under umask 022: the inventory and the folders it makes are private.
TEST_F(PrivateFiles, AtcMakesItsFilesPrivate)
{
    test::RuntimeCli cli;
    const auto run = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(modeOf(cli.databasePath()), 0600u);
    EXPECT_EQ(modeOf(cli.dataDir), 0700u);
    const QString out = cli.dir.filePath(u"inventory.json"_s);
    const auto exported =
        cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.constData();
    EXPECT_EQ(modeOf(out), 0600u);
}

// protectProcess(): no core dump, umask 077. In a child process (it is for good).
TEST(ProtectProcess, NoCoreDumpAndPrivateUmask)
{
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::umask(022);
        PrivatePaths::protectProcess();
        const int dumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
        const mode_t mask = ::umask(0);
        ::_exit(dumpable == 0 && mask == 077 ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "dumpable or umask not set";
}
