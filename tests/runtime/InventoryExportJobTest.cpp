// Inventory exports off the GUI thread: a real SQLite inventory, the job's own connection on
// a worker thread, progress and results as queued signals, and a cancelled or failed export
// that leaves an existing file untouched.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "RuntimeTestData.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/InventoryExport.h"
#include "runtime/InventoryExportJob.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kAssets = 5000;

class InventoryExportJobTest : public ::testing::Test
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
        resources = test::makeResources(u"sub1"_s, kAssets, u"v1"_s);
        InventoryDatabase::SubscriptionInventory inv;
        inv.connectorId = list[0].id;
        inv.subscriptionName = u"Sub One"_s;
        for (const AzureResource &r : std::as_const(resources))
            inv.resources.append(&r);
        RunCounts counts;
        ASSERT_TRUE(db->writeInventories({inv}, {}, QDateTime::currentDateTimeUtc(), &counts));
        ASSERT_EQ(counts.assetsCreated, kAssets);
    }

    InventoryExportJob::Result runJob(InventoryExportJob &job, QSignalSpy *progress = nullptr)
    {
        QSignalSpy finished(&job, &InventoryExportJob::finished);
        job.start();
        EXPECT_TRUE(finished.wait(60000)) << "the export never finished";
        if (progress)
            QCoreApplication::processEvents(); // progress was queued before finished
        return finished.isEmpty() ? InventoryExportJob::Result()
                                  : finished.first().at(0).value<InventoryExportJob::Result>();
    }

    InventoryDatabase::ExportFilter filter() const
    {
        InventoryDatabase::ExportFilter f;
        f.profileId = u"p"_s;
        return f;
    }

    QTemporaryDir dir;
    std::unique_ptr<InventoryDatabase> db;
    QList<AzureResource> resources;
};

TEST_F(InventoryExportJobTest, CsvOnAWorkerWithProgress)
{
    const QString out = dir.filePath(u"inventory.csv"_s);
    InventoryExportJob job(db->path(), filter(), InventoryExportJob::Format::Csv, out);
    QSignalSpy progress(&job, &InventoryExportJob::progress);
    const InventoryExportJob::Result r = runJob(job, &progress);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.rows, kAssets);
    EXPECT_EQ(r.path, out);

    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    EXPECT_EQ(lines.size(), kAssets + 2); // header, rows, and the empty piece after the last \n
    EXPECT_TRUE(lines.first().startsWith("profileId,connector,subscriptionId"));

    // Progress: the count first, then every ProgressInterval rows, never going back.
    ASSERT_GE(progress.size(), 1 + kAssets / InventoryExport::ProgressInterval);
    EXPECT_EQ(progress.first().at(0).toInt(), 0);
    int last = -1;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        EXPECT_EQ(p.at(1).toInt(), kAssets);
        EXPECT_GE(p.at(0).toInt(), last);
        last = p.at(0).toInt();
    }
    EXPECT_EQ(last, kAssets);
}

TEST_F(InventoryExportJobTest, JsonIsOneValidArray)
{
    const QString out = dir.filePath(u"inventory.json"_s);
    InventoryExportJob job(db->path(), filter(), InventoryExportJob::Format::Json, out);
    const InventoryExportJob::Result r = runJob(job);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(doc.array().size(), kAssets);
}

TEST_F(InventoryExportJobTest, CancelledExportLeavesTheExistingFileUntouched)
{
    const QString out = dir.filePath(u"inventory.csv"_s);
    {
        QFile previous(out);
        ASSERT_TRUE(previous.open(QIODevice::WriteOnly));
        previous.write("the previous export\n");
    }
    InventoryExportJob job(db->path(), filter(), InventoryExportJob::Format::Csv, out);
    job.cancel(); // before the first row: deterministic
    const InventoryExportJob::Result r = runJob(job);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("the previous export\n"));
    // No temporary file left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList({u"inventory.csv*"_s}, QDir::Files).size(), 1);
}

TEST_F(InventoryExportJobTest, UnwritableTargetIsAnErrorInWords)
{
    const QString out = dir.filePath(u"no/such/folder/inventory.csv"_s);
    InventoryExportJob job(db->path(), filter(), InventoryExportJob::Format::Csv, out);
    const InventoryExportJob::Result r = runJob(job);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.cancelled);
    EXPECT_TRUE(r.error.contains(out)) << r.error.toStdString();
}

TEST_F(InventoryExportJobTest, ForEachAssetStopsWhenCancelled)
{
    std::atomic_bool cancel{false};
    int seen = 0;
    const bool completed = db->forEachAsset(
        filter(),
        [&](const InventoryDatabase::AssetRow &) {
            if (++seen == 10)
                cancel = true;
        },
        &cancel);
    EXPECT_FALSE(completed);
    EXPECT_EQ(seen, 10);
    EXPECT_EQ(db->countAssets(filter()), kAssets);
}

TEST_F(InventoryExportJobTest, DestroyingARunningJobWaitsAndWritesNothing)
{
    const QString out = dir.filePath(u"inventory.json"_s);
    {
        InventoryExportJob job(db->path(), filter(), InventoryExportJob::Format::Json, out);
        job.start();
    } // cancels and joins the worker
    // Either nothing was written, or the export had already completed: never a partial file.
    if (QFile::exists(out)) {
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(QJsonDocument::fromJson(f.readAll()).array().size(), kAssets);
    }
}

} // namespace
