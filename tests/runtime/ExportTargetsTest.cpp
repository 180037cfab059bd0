// Exports onto what is not a regular file: a FIFO (a reader thread reads it) and a character
// device are written in place and stay what they were; a folder is refused with words. Also
// the CSV cells a spreadsheet would run as formulas get a leading apostrophe.
#include <gtest/gtest.h>

#include <thread>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "CsvParser.h"
#include "RuntimeCli.h"
#include "RuntimeTestData.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/InventoryExport.h"
#include "runtime/InventoryExportJob.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

bool isFifo(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

/** Lets a reader thread blocked in open() go (when the writer never came): EOF for it. */
void releaseReader(const QString &fifo)
{
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0)
        ::close(fd);
}

bool isCharDevice(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

/**
 * A character device to export onto: a null device made in the test's folder when this user
 * may (root), so that a regression can never replace the system's /dev/null; else /dev/null.
 */
QString nullDevice(const QTemporaryDir &dir)
{
    const QString own = dir.filePath(u"null-device"_s);
    if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
        QFile probe(own);
        if (probe.open(QIODevice::WriteOnly))
            return own;
    }
    return u"/dev/null"_s;
}

class ExportTargets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = std::make_unique<InventoryDatabase>(dir.filePath(u"inv.sqlite"_s));
        ASSERT_TRUE(db->open());
        QList<SubscriptionConnector> list(1);
        list[0].profileId = u"p"_s;
        list[0].subscriptionId = u"sub1"_s;
        list[0].subscriptionName = u"Sub One"_s;
        list[0].name = u"az-Sub One"_s;
        ASSERT_TRUE(db->saveConnectors(list));
        resources = test::makeResources(u"sub1"_s, 50, u"v1"_s);
        const QStringList hostile = {u"=HYPERLINK(\"http://evil.example\",\"click\")"_s,
                                     u"+cmd|' /C calc'!A0"_s,
                                     u"@SUM(1+1)"_s,
                                     u"-1+1"_s,
                                     u"\tindented"_s,
                                     u"plain-name"_s};
        for (int i = 0; i < hostile.size(); ++i) {
            resources[i].name = hostile.at(i);
            resources[i].id =
                u"/subscriptions/sub1/resourceGroups/rg/providers/x/y/hostile-%1"_s.arg(i);
        }
        InventoryDatabase::SubscriptionInventory inv;
        inv.connectorId = list[0].id;
        inv.subscriptionName = u"Sub One"_s;
        for (const AzureResource &r : std::as_const(resources))
            inv.resources.append(&r);
        RunCounts counts;
        ASSERT_TRUE(db->writeInventories({inv}, {}, QDateTime::currentDateTimeUtc(), &counts));
    }

    InventoryExportJob::Result
    exportTo(const QString &path,
             InventoryExportJob::Format format = InventoryExportJob::Format::Csv)
    {
        InventoryDatabase::ExportFilter f;
        f.profileId = u"p"_s;
        InventoryExportJob job(db->path(), f, format, path);
        QSignalSpy finished(&job, &InventoryExportJob::finished);
        job.start();
        EXPECT_TRUE(finished.wait(60000)) << "the export never finished";
        return finished.isEmpty() ? InventoryExportJob::Result()
                                  : finished.first().at(0).value<InventoryExportJob::Result>();
    }

    QTemporaryDir dir;
    std::unique_ptr<InventoryDatabase> db;
    QList<AzureResource> resources;
};

} // namespace

TEST_F(ExportTargets, FifoGetsTheExportAndStaysAFifo)
{
    const QString fifo = dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] {
        QFile f(fifo);
        if (f.open(QIODevice::ReadOnly))
            received = f.readAll();
    });
    const InventoryExportJob::Result r = exportTo(fifo);
    releaseReader(fifo);
    reader.join();
    EXPECT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.rows, 50);
    QList<QStringList> rows;
    ASSERT_TRUE(test::parseCsv(QString::fromUtf8(received), &rows));
    EXPECT_EQ(rows.size(), 51);
    EXPECT_TRUE(isFifo(fifo));
}

TEST_F(ExportTargets, CharacterDeviceStaysADevice)
{
    const QString device = nullDevice(dir);
    const InventoryExportJob::Result r = exportTo(device);
    EXPECT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_TRUE(isCharDevice(device)) << qPrintable(device);
    EXPECT_TRUE(isCharDevice(u"/dev/null"_s));
}

TEST_F(ExportTargets, FolderIsRefusedWithWords)
{
    const QString folder = dir.filePath(u"a-folder"_s);
    ASSERT_TRUE(QDir().mkdir(folder));
    const InventoryExportJob::Result r = exportTo(folder);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(folder)) << qPrintable(r.error);
    EXPECT_TRUE(r.error.contains(u"folder"_s)) << qPrintable(r.error);
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

TEST_F(ExportTargets, CsvFormulasAreNeutralised)
{
    const QString out = dir.filePath(u"inventory.csv"_s);
    const InventoryExportJob::Result r = exportTo(out);
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    ASSERT_TRUE(test::parseCsv(QString::fromUtf8(f.readAll()), &rows));
    const int nameColumn = int(InventoryExport::csvColumns().indexOf(u"name"_s));
    ASSERT_GE(nameColumn, 0);
    QStringList names;
    for (int i = 1; i < rows.size(); ++i)
        names << rows.at(i).at(nameColumn);
    EXPECT_TRUE(names.contains(u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s))
        << qPrintable(names.join(u'|'));
    EXPECT_TRUE(names.contains(u"'+cmd|' /C calc'!A0"_s));
    EXPECT_TRUE(names.contains(u"'@SUM(1+1)"_s));
    EXPECT_TRUE(names.contains(u"'-1+1"_s));
    EXPECT_TRUE(names.contains(u"'\tindented"_s));
    EXPECT_TRUE(names.contains(u"plain-name"_s));
    for (const QString &n : std::as_const(names)) {
        const QChar c = n.isEmpty() ? QChar() : n.front();
        EXPECT_FALSE(c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t')
            << qPrintable(n);
    }
    // JSON is data, not a spreadsheet: unchanged there.
    EXPECT_EQ(InventoryExport::csvField(u"=1+1"_s), u"'=1+1"_s);
    EXPECT_EQ(InventoryExport::csvField(u"a=1"_s), u"a=1"_s);
}

// `atc inventory export --output` onto a FIFO and a device, and a folder refused.
TEST(ExportTargetsCli, FifoDeviceAndFolder)
{
    test::RuntimeCli cli;
    const auto run = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();

    const QString fifo = cli.dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] {
        QFile f(fifo);
        if (f.open(QIODevice::ReadOnly))
            received = f.readAll();
    });
    const auto toFifo =
        cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, fifo});
    releaseReader(fifo);
    reader.join();
    EXPECT_EQ(toFifo.exitCode, 0) << toFifo.err.constData();
    EXPECT_TRUE(QJsonDocument::fromJson(received).isArray()) << received.left(200).constData();
    EXPECT_TRUE(isFifo(fifo));

    const QString device = nullDevice(cli.dir);
    const auto toDevice =
        cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, device});
    EXPECT_EQ(toDevice.exitCode, 0) << toDevice.err.constData();
    EXPECT_TRUE(isCharDevice(device));

    const QString folder = cli.dir.filePath(u"folder"_s);
    ASSERT_TRUE(QDir().mkdir(folder));
    const auto toFolder =
        cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, folder});
    EXPECT_EQ(toFolder.exitCode, 1) << toFolder.err.constData();
    EXPECT_TRUE(QString::fromUtf8(toFolder.err).contains(folder)) << toFolder.err.constData();
    EXPECT_TRUE(toFolder.err.contains("it is a folder")) << toFolder.err.constData();
    EXPECT_TRUE(QFileInfo(folder).isDir());
}
