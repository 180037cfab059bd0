// Inventory exports off the GUI thread: a real SQLite inventory, the job's own connection on
// a worker thread, progress and results as queued signals, and a cancelled or failed export
// that leaves an existing file untouched.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "RuntimeTestData.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/InventoryExport.h"
#include "runtime/InventoryExportJob.h"
#include "runtime/TagEvaluator.h"
#include "store/ProfileStore.h"

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

// The desktop's export writes tag names, as `atc inventory export` does: the assetTags column
// (CSV) and array (JSON) hold the catalogue's names; a tag missing from the catalogue (deleted)
// stays as its id. Without the catalogue the ids are written (the behaviour this replaces).
TEST(InventoryExportJobTags, NamesFromTheTagCatalogueNotIds)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    InventoryDatabase db(dir.filePath(u"inv.sqlite"_s));
    ASSERT_TRUE(db.open());
    QList<SubscriptionConnector> list(1);
    list[0].profileId = u"p"_s;
    list[0].subscriptionId = u"sub1"_s;
    list[0].subscriptionName = u"Sub One"_s;
    list[0].name = u"az-Sub One"_s;
    ASSERT_TRUE(db.saveConnectors(list));

    const QString prodId = u"0b7c9d3e-1111-4a2b-9c3d-000000000001"_s;
    const QString vmsId = u"0b7c9d3e-2222-4a2b-9c3d-000000000002"_s;
    const QString deletedId = u"0b7c9d3e-3333-4a2b-9c3d-000000000003"_s;
    ConnectorProfile profile;
    profile.assetTagIds = {prodId, deletedId};
    TagRule rule;
    rule.field = TagRuleField::ResourceType;
    rule.op = TagRuleOperator::Contains;
    rule.value = u"virtualmachines"_s;
    rule.tagId = vmsId;
    profile.tagRules = {rule};
    const TagEvaluator evaluator(profile);
    InventoryDatabase::AssetRules rules;
    rules.tags = &evaluator;
    const QList<AzureResource> resources = test::makeResources(u"sub1"_s, 3, u"v1"_s);
    InventoryDatabase::SubscriptionInventory inv;
    inv.connectorId = list[0].id;
    inv.subscriptionName = u"Sub One"_s;
    for (const AzureResource &r : resources)
        inv.resources.append(&r);
    RunCounts counts;
    ASSERT_TRUE(db.writeInventories({inv}, rules, QDateTime::currentDateTimeUtc(), &counts));

    const QString profiles = dir.filePath(u"profiles"_s);
    ASSERT_TRUE(QDir().mkpath(profiles));
    QString error;
    ASSERT_TRUE(
        ProfileStore(profiles).saveTags({Tag{prodId, u"Production"_s, u"#aa0000"_s, {}, {}},
                                         Tag{vmsId, u"Virtual machines"_s, u"#00aa00"_s, {}, {}}},
                                        &error))
        << error.toStdString();

    InventoryDatabase::ExportFilter filter;
    filter.profileId = u"p"_s;
    const auto exportTo = [&](InventoryExportJob::Format format, const QString &out,
                              bool withCatalogue) {
        InventoryExportJob job(db.path(), filter, format, out);
        if (withCatalogue)
            job.setTagCatalogue(profiles);
        QSignalSpy finished(&job, &InventoryExportJob::finished);
        job.start();
        EXPECT_TRUE(finished.wait(60000)) << "the export never finished";
        EXPECT_FALSE(finished.isEmpty());
        if (!finished.isEmpty()) {
            EXPECT_TRUE(finished.first().at(0).value<InventoryExportJob::Result>().ok);
        }
        QFile f(out);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };

    // CSV: the same columns as the CLI's; every row's assetTags cell holds names.
    const QByteArray csv =
        exportTo(InventoryExportJob::Format::Csv, dir.filePath(u"inv.csv"_s), true);
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4) << csv.toStdString();
    EXPECT_EQ(QString::fromUtf8(lines.first().trimmed()), InventoryExport::csvColumns().join(u','));
    EXPECT_FALSE(csv.contains(prodId.toUtf8())) << csv.toStdString();
    EXPECT_FALSE(csv.contains(vmsId.toUtf8())) << csv.toStdString();
    EXPECT_EQ(csv.count("Production"), 3) << csv.toStdString();
    EXPECT_EQ(csv.count("Virtual machines"), 1) << csv.toStdString(); // res-0 is the VM
    EXPECT_EQ(csv.count(deletedId.toUtf8()), 3) << "a deleted tag stays as its id";

    // JSON: assetTags arrays of names.
    const QByteArray json =
        exportTo(InventoryExportJob::Format::Json, dir.filePath(u"inv.json"_s), true);
    const QJsonArray assets = QJsonDocument::fromJson(json).array();
    ASSERT_EQ(assets.size(), 3);
    for (const QJsonValue &v : assets) {
        const QStringList tags = v.toObject().value(u"assetTags"_s).toVariant().toStringList();
        EXPECT_TRUE(tags.contains(u"Production"_s)) << tags.join(u',').toStdString();
        EXPECT_FALSE(tags.contains(prodId)) << tags.join(u',').toStdString();
        EXPECT_FALSE(tags.contains(vmsId)) << tags.join(u',').toStdString();
    }

    // Without a catalogue: ids, which is what the desktop wrote before.
    const QByteArray ids =
        exportTo(InventoryExportJob::Format::Csv, dir.filePath(u"ids.csv"_s), false);
    EXPECT_EQ(ids.count(prodId.toUtf8()), 3);
    EXPECT_FALSE(ids.contains("Production"));
}

} // namespace
