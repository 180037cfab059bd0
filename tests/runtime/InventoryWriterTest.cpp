#include <atomic>

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include "RuntimeTestData.h"
#include "runtime/ActivationMapper.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/InventoryWriter.h"
#include "runtime/TagEvaluator.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

ConnectorProfile taggingProfile()
{
    ConnectorProfile p;
    p.assetTagIds = {u"generic"_s};
    TagRule rule;
    rule.field = TagRuleField::ResourceType;
    rule.op = TagRuleOperator::Regex;
    rule.value = u"virtualmachines$"_s;
    rule.tagId = u"vm"_s;
    p.tagRules = {rule};
    p.activateVmScanning = true;
    p.activateCloudPerimeterScan = true;
    return p;
}

struct WriterFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"inv.sqlite"_s);
    InventoryDatabase db{path};
    qint64 connectorId = 0;
    std::shared_ptr<const TagEvaluator> tags =
        std::make_shared<const TagEvaluator>(taggingProfile());
    QDateTime now = QDateTime::fromString(u"2026-11-27T10:00:00.000Z"_s, Qt::ISODateWithMs);

    WriterFixture()
    {
        EXPECT_TRUE(db.open());
        QList<SubscriptionConnector> list(1);
        list[0].profileId = u"p"_s;
        list[0].subscriptionId = u"sub1"_s;
        list[0].subscriptionName = u"Sub One"_s;
        list[0].name = u"az-Sub One"_s;
        EXPECT_TRUE(db.saveConnectors(list));
        connectorId = list[0].id;
    }

    InventoryWriteJob job(const QList<AzureResource> &resources)
    {
        InventoryWriteJob j;
        j.resources = resources;
        InventoryDatabase::SubscriptionInventory inv;
        inv.connectorId = connectorId;
        inv.subscriptionName = u"Sub One"_s;
        for (const AzureResource &r : std::as_const(j.resources))
            inv.resources.append(&r);
        j.inventories = {inv};
        j.tags = tags;
        j.enabledModules = ActivationMapper::VM | ActivationMapper::CPS;
        j.now = now;
        return j;
    }

    QStringList dump(bool includeRemoved = true)
    {
        QStringList rows;
        InventoryDatabase::ExportFilter f;
        f.includeRemoved = includeRemoved;
        db.forEachAsset(f, [&](const InventoryDatabase::AssetRow &a) {
            rows.append(QStringList{
                a.resourceId, a.type, a.name, a.tagsJson, a.assetTags.join(u','),
                a.activation.join(u','), a.firstSeen.toString(Qt::ISODateWithMs),
                a.lastChanged.toString(Qt::ISODateWithMs), a.removedAt.toString(Qt::ISODateWithMs)}
                            .join(u'|'));
        });
        return rows;
    }
};

struct Written
{
    bool ok = false;
    RunCounts counts;
    QString error;
};

Written waitWritten(InventoryWriter &writer)
{
    QSignalSpy spy(&writer, &InventoryWriter::written);
    EXPECT_TRUE(spy.wait(120000));
    Written w;
    if (spy.isEmpty())
        return w;
    w.ok = spy.at(0).at(1).toBool();
    w.counts = spy.at(0).at(2).value<RunCounts>();
    w.error = spy.at(0).at(3).toString();
    return w;
}

} // namespace

TEST(InventoryWriter, CallingThreadKeepsRunningDuringALargeWrite)
{
    WriterFixture f;
    constexpr int Count = 20000;
    const QList<AzureResource> resources = test::makeResources(u"sub1"_s, Count, u"a"_s);

    // The writer stops inside its open transaction (after 1,000 rows) until the calling
    // thread's timer has ticked 5 more times: on the calling thread it could never resume.
    QSemaphore ticks;
    std::atomic_bool hookOnOtherThread{false};
    std::atomic_bool sawTicks{false};
    QThread *const mainThread = QThread::currentThread();
    InventoryWriter writer(f.path);
    writer.setProgressHook([&](qint64 done) {
        if (done != 1000)
            return;
        hookOnOtherThread = QThread::currentThread() != mainThread;
        ticks.tryAcquire(ticks.available()); // count only ticks from now on
        sawTicks = ticks.tryAcquire(5, 60000);
    });
    int tickCount = 0;
    int visibleDuringWrite = -1;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        ++tickCount;
        if (tickCount == 3) // the write is under way; its rows are not visible before commit
            visibleDuringWrite = f.db.assetCount(f.connectorId, true);
        ticks.release();
    });
    timer.start();
    writer.enqueue(f.job(resources));
    EXPECT_EQ(writer.pending(), 1);
    const Written w = waitWritten(writer);
    timer.stop();

    ASSERT_TRUE(w.ok) << qPrintable(w.error);
    EXPECT_TRUE(hookOnOtherThread);
    EXPECT_TRUE(sawTicks);
    EXPECT_GE(tickCount, 5);
    EXPECT_EQ(visibleDuringWrite, 0);
    EXPECT_EQ(writer.pending(), 0);
    EXPECT_EQ(w.counts.assetsCreated, Count);
    EXPECT_EQ(f.db.assetCount(f.connectorId), Count);
}

TEST(InventoryWriter, SameResultAsWritingDirectly)
{
    WriterFixture viaWriter;
    WriterFixture direct;
    QList<AzureResource> first = test::makeResources(u"sub1"_s, 3000, u"a"_s);
    first[1].publicIpAddresses = {u"20.1.2.3"_s};
    first[2].fqdns = {u"app.example.com"_s};
    // Second write: 1,000 changed, 500 gone, 200 new, the rest unchanged.
    QList<AzureResource> second = first.mid(0, 2500);
    for (int i = 0; i < 1000; ++i)
        second[i].tags.insert(u"version"_s, u"b"_s);
    second += test::makeResources(u"sub1"_s, 200, u"a"_s, 5000);

    InventoryWriter writer(viaWriter.path);
    for (const QList<AzureResource> *batch : {&first, &second, &second}) {
        writer.enqueue(viaWriter.job(*batch));
        const Written w = waitWritten(writer);
        ASSERT_TRUE(w.ok) << qPrintable(w.error);

        InventoryWriteJob j = direct.job(*batch);
        InventoryDatabase::AssetRules rules;
        rules.tags = j.tags.get();
        rules.enabledModules = j.enabledModules;
        RunCounts counts;
        ASSERT_TRUE(direct.db.writeInventories(j.inventories, rules, j.now, &counts));
        EXPECT_EQ(w.counts.assetsCreated, counts.assetsCreated);
        EXPECT_EQ(w.counts.assetsUpdated, counts.assetsUpdated);
        EXPECT_EQ(w.counts.assetsRemoved, counts.assetsRemoved);
        EXPECT_EQ(w.counts.assetsUnchanged, counts.assetsUnchanged);
        if (batch == &first) {
            EXPECT_EQ(counts.assetsCreated, 3000);
        }
    }
    const QStringList a = viaWriter.dump();
    EXPECT_EQ(a.size(), 3200);
    EXPECT_TRUE(a == direct.dump());
    EXPECT_EQ(viaWriter.db.perimeterTargets().size(), 2);
    EXPECT_EQ(viaWriter.db.perimeterTargets().size(), direct.db.perimeterTargets().size());
}

TEST(InventoryWriter, InterruptedWriteKeepsThePreviousInventory)
{
    WriterFixture f;
    constexpr int Count = 5000;
    InventoryWriter writer(f.path);
    QSemaphore inHook;
    QSemaphore proceed;
    std::atomic_bool pauseOnce{false};
    writer.setProgressHook([&](qint64 done) {
        if (done == 2000 && pauseOnce.exchange(false)) {
            inHook.release();
            proceed.tryAcquire(1, 60000);
        }
    });
    writer.enqueue(f.job(test::makeResources(u"sub1"_s, Count, u"a"_s)));
    ASSERT_TRUE(waitWritten(writer).ok);
    const QStringList before = f.dump();
    ASSERT_EQ(before.size(), Count);

    pauseOnce = true;
    QSignalSpy spy(&writer, &InventoryWriter::written);
    writer.enqueue(f.job(test::makeResources(u"sub1"_s, Count, u"b"_s)));
    writer.enqueue(f.job(test::makeResources(u"sub1"_s, Count, u"c"_s))); // queued: dropped
    ASSERT_TRUE(inHook.tryAcquire(1, 60000));
    writer.interrupt();
    proceed.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return spy.size() == 2; }, 60000));
    EXPECT_FALSE(spy.at(0).at(1).toBool());
    EXPECT_FALSE(spy.at(1).at(1).toBool());
    EXPECT_FALSE(spy.at(1).at(3).toString().isEmpty());
    EXPECT_EQ(writer.pending(), 0);
    QString detail;
    EXPECT_TRUE(f.db.integrityCheck(&detail)) << qPrintable(detail);
    EXPECT_TRUE(f.dump() == before); // none of the half-written version "b"
}

TEST(InventoryWriter, StoredJsonIsQtJsonByteForByte)
{
    WriterFixture f;
    QList<AzureResource> resources = test::makeResources(u"sub1"_s, 6, u"a"_s);
    const QStringList values = {u"plain"_s,
                                u"quote \" and back\\slash"_s,
                                u"caf\u00e9 \u20ac"_s,
                                u"emoji \U0001F600"_s,
                                u"line\nbreak\ttab"_s,
                                u"ctl \u0001 \u007f"_s};
    for (int i = 0; i < resources.size(); ++i) {
        resources[i].tags.insert(values[i], values[(i + 1) % values.size()]);
        resources[i].tags.insert(u"zz"_s, values[i]);
        resources[i].fqdns = {values[i], u"b.example.com"_s};
    }
    InventoryWriter writer(f.path);
    writer.enqueue(f.job(resources));
    ASSERT_TRUE(waitWritten(writer).ok);
    int seen = 0;
    f.db.forEachAsset({}, [&](const InventoryDatabase::AssetRow &a) {
        for (const AzureResource &r : std::as_const(resources)) {
            if (r.id != a.resourceId)
                continue;
            QJsonObject o;
            for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it)
                o.insert(it.key(), it.value());
            EXPECT_EQ(a.tagsJson,
                      QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            EXPECT_EQ(a.fqdns, r.fqdns);
            ++seen;
        }
    });
    EXPECT_EQ(seen, resources.size());
    // The raw column too (forEachAsset parses the FQDN list).
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"json-raw"_s);
    raw.setDatabaseName(f.path);
    ASSERT_TRUE(raw.open());
    {
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(u"SELECT resource_id, fqdns FROM resources"_s));
        while (q.next()) {
            for (const AzureResource &r : std::as_const(resources)) {
                if (r.id == q.value(0).toString()) {
                    EXPECT_EQ(q.value(1).toString(),
                              QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.fqdns))
                                                    .toJson(QJsonDocument::Compact)));
                }
            }
        }
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"json-raw"_s);
}

// Stored hashes must stay valid across versions (else every row would be rewritten once):
// the hash is SHA-1 over each field's UTF-16 bytes and a NUL, as first defined.
TEST(InventoryDatabase, ContentHashIsTheFieldByFieldSha1)
{
    AzureResource r = test::makeResources(u"sub1"_s, 1, u"a"_s).constFirst();
    r.kind = u"StorageV2"_s;
    r.tags.insert(u"env"_s, u"prod \u00e9"_s);
    r.publicIpAddresses = {u"20.1.2.3"_s};
    r.fqdns = {u"a.example.com"_s};
    r.properties = QJsonObject{{u"sku"_s, u"Standard"_s}};
    const QStringList tags = {u"generic"_s, u"vm"_s};
    const QStringList modules = {u"CPS"_s, u"VM"_s};
    for (const bool cspm : {false, true}) {
        QCryptographicHash h(QCryptographicHash::Sha1);
        auto add = [&h](const QString &s) {
            h.addData(QByteArrayView(reinterpret_cast<const char *>(s.constData()),
                                     s.size() * qsizetype(sizeof(QChar))));
            h.addData(QByteArrayView("\0", 1));
        };
        for (const QString *s :
             {&r.id, &r.name, &r.type, &r.location, &r.resourceGroup, &r.subscriptionId, &r.kind})
            add(*s);
        for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it) {
            add(it.key());
            add(it.value());
        }
        add(u"|ips"_s);
        for (const QString &s : r.publicIpAddresses)
            add(s);
        add(u"|fqdns"_s);
        for (const QString &s : r.fqdns)
            add(s);
        add(u"|tags"_s);
        for (const QString &s : tags)
            add(s);
        add(u"|modules"_s);
        for (const QString &s : modules)
            add(s);
        if (cspm)
            h.addData(QJsonDocument(r.properties).toJson(QJsonDocument::Compact));
        EXPECT_EQ(InventoryDatabase::contentHash(r, tags, modules, cspm).toHex(),
                  h.result().toHex());
    }
}
