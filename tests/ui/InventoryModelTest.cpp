// InventoryModel and InventoryBrowser over a real SQLite inventory written by the runtime's
// InventoryDatabase: the rows of every filter and sort are the ids direct SQL gives, loads run
// off the GUI thread, a newer request always wins over an older one, the old rows stay shown
// while loading, and a load sees one snapshot while a run writes.
#include <atomic>

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include "main/InventoryBrowser.h"
#include "main/InventoryModel.h"
#include "runtime/ActivationMapper.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/TagEvaluator.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString ProfileId = u"p"_s;

QList<AzureResource> makeResources(const QString &subscriptionId, int count, int firstIndex = 0,
                                   const QString &type = {})
{
    static const QStringList types = {u"Microsoft.Compute/virtualMachines"_s,
                                      u"Microsoft.Storage/storageAccounts"_s,
                                      u"Microsoft.Network/publicIPAddresses"_s};
    static const QStringList locations = {u"westeurope"_s, u"northeurope"_s, u"eastus"_s,
                                          u"WestEurope"_s};
    QList<AzureResource> list;
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        AzureResource r;
        r.subscriptionId = subscriptionId;
        r.resourceGroup = i % 7 == 0 ? u"rg-prod"_s : u"rg-%1"_s.arg(i % 5);
        r.name = (i % 11 == 0 ? u"Prod-%1"_s : u"res-%1"_s).arg(i);
        r.type = type.isEmpty() ? types.at(i % types.size()) : type;
        r.location = locations.at(i % locations.size());
        r.id = u"/subscriptions/%1/resourceGroups/%2/providers/%3/%4"_s.arg(
            subscriptionId, r.resourceGroup, r.type, r.name);
        if (r.type.endsWith(u"publicIPAddresses"_s))
            r.publicIpAddresses = {u"203.0.113.%1"_s.arg(i % 250)};
        list.append(r);
    }
    return list;
}

ConnectorProfile taggingProfile()
{
    ConnectorProfile p;
    p.assetTagIds = {u"all"_s};
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

/** An inventory file: profile "p" with two subscription connectors, "other" with one. */
struct Inventory
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"inventory.sqlite"_s);
    InventoryDatabase db{path};
    QList<SubscriptionConnector> connectors;
    TagEvaluator tags{taggingProfile()};
    QString sqlName = u"inventory-model-test-"_s + QUuid::createUuid().toString();
    QSqlDatabase sql;

    Inventory()
    {
        EXPECT_TRUE(db.open());
        connectors.resize(3);
        const QStringList subs = {u"sub1"_s, u"sub2"_s, u"sub3"_s};
        for (int i = 0; i < 3; ++i) {
            connectors[i].profileId = i < 2 ? ProfileId : u"other"_s;
            connectors[i].subscriptionId = subs.at(i);
            connectors[i].subscriptionName = u"Sub %1"_s.arg(i + 1);
            connectors[i].name = u"az-Sub %1"_s.arg(i + 1);
        }
        EXPECT_TRUE(db.saveConnectors(connectors));
        sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, sqlName);
        sql.setDatabaseName(path);
        EXPECT_TRUE(sql.open());
    }
    ~Inventory()
    {
        sql.close();
        sql = QSqlDatabase();
        QSqlDatabase::removeDatabase(sqlName);
    }

    /** The complete inventory of connector `index` (others keep theirs). */
    bool write(int index, const QList<AzureResource> &resources)
    {
        InventoryDatabase::SubscriptionInventory inv;
        inv.connectorId = connectors.at(index).id;
        inv.subscriptionName = connectors.at(index).subscriptionName;
        for (const AzureResource &r : resources)
            inv.resources.append(&r);
        InventoryDatabase::AssetRules rules;
        rules.tags = &tags;
        rules.enabledModules = ActivationMapper::VM | ActivationMapper::CPS;
        RunCounts counts;
        return db.writeInventories({inv}, rules, QDateTime::currentDateTimeUtc(), &counts);
    }

    /** `count` resources for connector `index` in one INSERT … SELECT (fast at 200,000). */
    bool bulkInsert(int index, int count)
    {
        QSqlQuery q(sql);
        q.prepare(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                  "INSERT INTO resources (connector_id, resource_key, resource_id, "
                  "subscription_id, type, name, location, resource_group, first_seen, "
                  "last_changed, content_hash) SELECT ?, 'bulk-' || i, '/bulk/' || i, 'sub', "
                  "CASE i % 3 WHEN 0 THEN 'Microsoft.Compute/virtualMachines' ELSE "
                  "'Microsoft.Storage/storageAccounts' END, printf('bulk-%06d', (i * 7919) % ?), "
                  "'westeurope', 'rg-' || (i % 10), '2026-11-27T10:00:00.000Z', "
                  "'2026-11-27T10:00:00.000Z', x'00' FROM n"_s);
        q.addBindValue(count);
        q.addBindValue(connectors.at(index).id);
        q.addBindValue(count);
        const bool ok = q.exec();
        EXPECT_TRUE(ok) << q.lastError().text().toStdString();
        return ok;
    }

    /** The ids direct SQL gives for `where` (profile "p", present assets) in `order`. */
    QVector<qint64> ids(const QString &where = {}, const QVariantList &binds = {},
                        const QString &order = u"r.name COLLATE NOCASE ASC"_s,
                        bool includeRemoved = false)
    {
        QSqlQuery q(sql);
        q.prepare(u"SELECT r.asset_id FROM resources r JOIN subscription_connectors c ON c.id = "
                  "r.connector_id WHERE c.profile_id = 'p'"_s +
                  (includeRemoved ? QString() : u" AND r.removed_at IS NULL"_s) +
                  (where.isEmpty() ? QString() : u" AND "_s + where) + u" ORDER BY "_s + order +
                  u", r.asset_id"_s);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        QVector<qint64> result;
        while (q.next())
            result << q.value(0).toLongLong();
        return result;
    }

    QStringList distinct(const QString &column)
    {
        QSqlQuery q(sql);
        EXPECT_TRUE(q.exec(u"SELECT DISTINCT r."_s + column +
                           u" FROM resources r JOIN subscription_connectors c ON c.id = "
                           "r.connector_id WHERE c.profile_id = 'p' ORDER BY 1 COLLATE NOCASE"_s));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
};

QVector<qint64> shownIds(const InventoryModel &model)
{
    QVector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(InventoryModel::AssetIdRole).toLongLong();
    return ids;
}

/** Calls `change` and waits for the model to show its result. */
template <typename F> bool loadAndWait(InventoryModel &model, F change)
{
    QSignalSpy loaded(&model, &InventoryModel::loaded);
    change();
    return loaded.wait(60000) && !model.isLoading();
}

/** Releases a blocked worker even when an assertion leaves the test early. */
struct Gate
{
    QSemaphore semaphore;
    ~Gate() { semaphore.release(100); }
};

InventoryModel::Filter profileFilter()
{
    InventoryModel::Filter f;
    f.profileId = ProfileId;
    return f;
}

} // namespace

TEST(InventoryModel, FiltersAndSortGiveTheIdsOfDirectSql)
{
    Inventory inv;
    ASSERT_TRUE(inv.write(0, makeResources(u"sub1"_s, 900)));
    ASSERT_TRUE(inv.write(1, makeResources(u"sub2"_s, 600, 5000)));
    ASSERT_TRUE(inv.write(2, makeResources(u"sub3"_s, 300, 9000))); // profile "other"
    // A second run of sub2 without its first 100 resources: those are marked removed.
    ASSERT_TRUE(inv.write(1, makeResources(u"sub2"_s, 500, 5100)));

    InventoryModel model;
    ASSERT_TRUE(model.open(inv.path));
    InventoryModel::Filter f = profileFilter();
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    const QVector<qint64> all = inv.ids();
    ASSERT_EQ(all.size(), 1400);
    EXPECT_EQ(shownIds(model), all);
    // (Values equal but for case may come in either order.)
    const auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    EXPECT_EQ(sorted(model.types()), sorted(inv.distinct(u"type"_s)));
    EXPECT_EQ(sorted(model.locations()), sorted(inv.distinct(u"location"_s)));
    EXPECT_TRUE(model.loadError().isEmpty());
    EXPECT_EQ(model.rowOfAsset(all.at(42)), 42);
    EXPECT_EQ(model.rowOfAsset(-5), -1);

    f.type = u"microsoft.compute/VIRTUALMACHINES"_s;
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    const QVector<qint64> vms = inv.ids(u"lower(r.type) = 'microsoft.compute/virtualmachines'"_s);
    EXPECT_FALSE(vms.isEmpty());
    EXPECT_EQ(shownIds(model), vms);
    f.type.clear();

    f.location = u"westeurope"_s; // case-insensitive: WestEurope too
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    EXPECT_EQ(shownIds(model), inv.ids(u"lower(r.location) = 'westeurope'"_s));
    f.location.clear();

    f.text = u"prod"_s;
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    const QVector<qint64> prod =
        inv.ids(u"(lower(r.name) LIKE '%prod%' OR lower(r.resource_id) "
                "LIKE '%prod%' OR lower(r.resource_group) LIKE '%prod%')"_s);
    EXPECT_FALSE(prod.isEmpty());
    EXPECT_EQ(shownIds(model), prod);
    f.text = u"50%_"_s; // LIKE wildcards are searched as text
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    EXPECT_EQ(model.rowCount(), 0);
    f.text.clear();

    f.module = u"CPS"_s;
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    const QVector<qint64> cps = inv.ids(u"EXISTS (SELECT 1 FROM asset_activation a WHERE "
                                        "a.asset_id = r.asset_id AND a.module = 'CPS')"_s);
    EXPECT_FALSE(cps.isEmpty());
    EXPECT_EQ(shownIds(model), cps);
    f.module.clear();

    f.tagId = u"vm"_s;
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    const QVector<qint64> tagged = inv.ids(u"EXISTS (SELECT 1 FROM asset_tags t WHERE "
                                           "t.asset_id = r.asset_id AND t.tag_id = 'vm')"_s);
    EXPECT_FALSE(tagged.isEmpty());
    EXPECT_EQ(shownIds(model), tagged);
    f.tagId.clear();

    f.connectorId = inv.connectors.at(1).id;
    f.includeRemoved = true;
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    const QVector<qint64> sub2 =
        inv.ids(u"r.connector_id = ?"_s, {f.connectorId}, u"r.name COLLATE NOCASE ASC"_s, true);
    EXPECT_EQ(sub2.size(), 600);
    EXPECT_EQ(shownIds(model), sub2);
    f = profileFilter();

    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    ASSERT_TRUE(
        loadAndWait(model, [&] { model.sort(InventoryModel::TypeColumn, Qt::DescendingOrder); }));
    EXPECT_EQ(shownIds(model), inv.ids({}, {}, u"r.type COLLATE NOCASE DESC"_s));
    ASSERT_TRUE(loadAndWait(model, [&] { model.sort(InventoryModel::LocationColumn); }));
    EXPECT_EQ(shownIds(model), inv.ids({}, {}, u"r.location COLLATE NOCASE ASC"_s));

    // The cells come from the row of that asset.
    const QModelIndex name = model.index(3, InventoryModel::NameColumn);
    QSqlQuery q(inv.sql);
    q.prepare(u"SELECT name FROM resources WHERE asset_id = ?"_s);
    q.addBindValue(name.data(InventoryModel::AssetIdRole));
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(name.data().toString(), q.value(0).toString());

    // Another profile: its own rows and choices.
    f.profileId = u"other"_s;
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(f); }));
    EXPECT_EQ(model.rowCount(), 300);
    EXPECT_EQ(model.types().size(), 3);
}

TEST(InventoryModel, TheNewestRequestWinsOverAnOlderSlowerLoad)
{
    Inventory inv;
    ASSERT_TRUE(inv.write(0, makeResources(u"sub1"_s, 1200)));
    InventoryModel model;
    ASSERT_TRUE(model.open(inv.path));
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(profileFilter()); }));
    const QVector<qint64> all = shownIds(model);
    ASSERT_EQ(all.size(), 1200);

    // The first of two quick filter changes is held on its worker until the second is shown.
    Gate gate;
    const quint64 first = model.generation() + 1;
    std::atomic_bool heldOnWorker{false};
    QThread *const mainThread = QThread::currentThread();
    model.setLoadHookForTesting([&](quint64 generation) {
        if (generation != first)
            return;
        heldOnWorker = QThread::currentThread() != mainThread;
        gate.semaphore.tryAcquire(1, 60000);
    });
    QSignalSpy loaded(&model, &InventoryModel::loaded);
    QSignalSpy loading(&model, &InventoryModel::loadingChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    InventoryModel::Filter a = profileFilter();
    a.type = u"Microsoft.Compute/virtualMachines"_s;
    model.setFilter(a);
    InventoryModel::Filter b = profileFilter();
    b.location = u"eastus"_s;
    model.setFilter(b);
    EXPECT_EQ(model.generation(), first + 1);
    EXPECT_TRUE(model.isLoading());
    EXPECT_EQ(model.rowCount(), 1200); // the old rows stay shown while loading
    ASSERT_EQ(loading.count(), 1);
    EXPECT_TRUE(loading.first().first().toBool());

    ASSERT_TRUE(loaded.wait(60000));
    const QVector<qint64> eastus = inv.ids(u"r.location = 'eastus'"_s);
    ASSERT_EQ(loaded.first().first().toInt(), eastus.size());
    EXPECT_EQ(shownIds(model), eastus);
    EXPECT_FALSE(model.isLoading());

    // Now the older one reports back: it is dropped.
    ASSERT_TRUE(QTest::qWaitFor([&] { return heldOnWorker.load(); }, 60000));
    EXPECT_EQ(model.pendingLoads(), 1);
    gate.semaphore.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.pendingLoads() == 0; }, 60000));
    EXPECT_EQ(shownIds(model), eastus);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(loading.count(), 2);
    EXPECT_FALSE(model.isLoading());
}

TEST(InventoryModel, GuiThreadKeepsRunningWhileA200kLoadRuns)
{
    Inventory inv;
    constexpr int Count = 200000;
    ASSERT_TRUE(inv.bulkInsert(0, Count));
    InventoryModel model;
    ASSERT_TRUE(model.open(inv.path));

    // The worker stops after its query until the GUI thread's timer has ticked 5 more times:
    // were the query on the GUI thread, it could never go on.
    QSemaphore ticks;
    std::atomic_bool onWorker{false}, sawTicks{false};
    QThread *const mainThread = QThread::currentThread();
    model.setLoadHookForTesting([&](quint64) {
        onWorker = QThread::currentThread() != mainThread;
        ticks.tryAcquire(ticks.available()); // count only ticks from now on
        sawTicks = ticks.tryAcquire(5, 60000);
    });
    int tickCount = 0;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        ++tickCount;
        ticks.release();
    });
    timer.start();
    ASSERT_TRUE(loadAndWait(model, [&] { model.setFilter(profileFilter()); }));
    timer.stop();
    EXPECT_TRUE(onWorker);
    EXPECT_TRUE(sawTicks);
    EXPECT_GE(tickCount, 5);
    ASSERT_EQ(model.rowCount(), Count);
    const QVector<qint64> ids = inv.ids();
    ASSERT_EQ(ids.size(), Count);
    for (int row : {0, 1, 499, 500, 12345, Count / 2, Count - 1})
        EXPECT_EQ(model.index(row, 0).data(InventoryModel::AssetIdRole).toLongLong(), ids.at(row))
            << row;

    // A superseded 200,000-row sort is cancelled; the newest one is shown.
    model.setLoadHookForTesting({});
    QSignalSpy loaded(&model, &InventoryModel::loaded);
    model.sort(InventoryModel::TypeColumn);
    model.sort(InventoryModel::NameColumn, Qt::DescendingOrder);
    ASSERT_TRUE(loaded.wait(60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.pendingLoads() == 0; }, 60000));
    EXPECT_EQ(loaded.count(), 1);
    const QVector<qint64> descending = inv.ids({}, {}, u"r.name COLLATE NOCASE DESC"_s);
    for (int row : {0, 777, Count - 1})
        EXPECT_EQ(model.index(row, 0).data(InventoryModel::AssetIdRole).toLongLong(),
                  descending.at(row))
            << row;

    // Destroying the model during a load returns (the load is interrupted).
    auto doomed = std::make_unique<InventoryModel>();
    ASSERT_TRUE(doomed->open(inv.path));
    doomed->setFilter(profileFilter());
    EXPECT_TRUE(doomed->isLoading());
    doomed.reset();
}

TEST(InventoryModel, ALoadSeesOneSnapshotWhileARunWrites)
{
    Inventory inv;
    ASSERT_TRUE(inv.write(0, makeResources(u"sub1"_s, 500)));
    InventoryModel model;
    ASSERT_TRUE(model.open(inv.path));

    // While the load holds its snapshot (between the id query and the choices), a run writes
    // 300 assets of a new type: the writer is not blocked, and the load sees none of them.
    const QString newType = u"Microsoft.Web/sites"_s;
    Gate gate;
    std::atomic_bool held{false};
    model.setLoadHookForTesting([&](quint64) {
        held = true;
        gate.semaphore.tryAcquire(1, 60000);
    });
    QSignalSpy loaded(&model, &InventoryModel::loaded);
    model.setFilter(profileFilter());
    ASSERT_TRUE(QTest::qWaitFor([&] { return held.load(); }, 60000));
    const bool wrote = inv.write(1, makeResources(u"sub2"_s, 300, 1000, newType));
    EXPECT_TRUE(wrote) << inv.db.lastError().toStdString();
    gate.semaphore.release();
    ASSERT_TRUE(loaded.wait(60000));
    EXPECT_EQ(model.rowCount(), 500);
    EXPECT_FALSE(model.types().contains(newType));
    for (int row : {0, 250, 499})
        EXPECT_FALSE(model.index(row, InventoryModel::NameColumn).data().toString().isEmpty());

    model.setLoadHookForTesting({});
    ASSERT_TRUE(loadAndWait(model, [&] { model.refresh(); }));
    EXPECT_EQ(model.rowCount(), 800);
    EXPECT_TRUE(model.types().contains(newType));
    EXPECT_EQ(shownIds(model), inv.ids());
}

TEST(InventoryBrowser, ShowsLoadingKeepsTheSelectionAndCountsWhenDone)
{
    Inventory inv;
    ASSERT_TRUE(inv.write(0, makeResources(u"sub1"_s, 400)));
    InventoryBrowser browser;
    browser.resize(1000, 600);
    browser.show();
    ASSERT_TRUE(browser.open(inv.path));
    auto *count = browser.findChild<QLabel *>(u"inventoryCountLabel"_s);
    auto *busy = browser.findChild<QProgressBar *>(u"inventoryBusyIndicator"_s);
    auto *table = browser.findChild<QTableView *>(u"inventoryTable"_s);
    auto *details = browser.findChild<QPlainTextEdit *>(u"assetDetails"_s);
    ASSERT_TRUE(count && busy && table && details);

    QSignalSpy applied(&browser, &InventoryBrowser::filterApplied);
    browser.setScope(ProfileId, 0, {{u"vm"_s, u"Virtual machines"_s}});
    ASSERT_TRUE(applied.wait(60000));
    EXPECT_EQ(applied.first().first().toInt(), 400);
    EXPECT_EQ(browser.assetCount(), 400);
    EXPECT_EQ(count->text(), u"400 asset(s)"_s);
    EXPECT_FALSE(busy->isVisible());

    // Select an asset; its details show.
    const int row = 123;
    const qint64 asset =
        browser.model()->index(row, 0).data(InventoryModel::AssetIdRole).toLongLong();
    table->setCurrentIndex(browser.model()->index(row, InventoryModel::NameColumn));
    const QString shown = details->toPlainText();
    EXPECT_TRUE(shown.contains(u"Resource id"_s));

    // A slow load: "Loading…" and the busy indicator, the old rows meanwhile.
    Gate gate;
    browser.model()->setLoadHookForTesting([&](quint64) { gate.semaphore.tryAcquire(1, 60000); });
    applied.clear();
    table->sortByColumn(InventoryModel::TypeColumn, Qt::DescendingOrder);
    EXPECT_TRUE(browser.isLoading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return busy->isVisible(); }, 10000));
    EXPECT_EQ(count->text(), u"Loading…"_s);
    EXPECT_EQ(browser.assetCount(), 400);
    gate.semaphore.release(10); // QTableView::sortByColumn() may sort twice: the first is dropped
    ASSERT_TRUE(applied.wait(60000));
    EXPECT_FALSE(busy->isVisible());
    EXPECT_EQ(count->text(), u"400 asset(s)"_s);

    // The same asset is still current (at its new row), its details unchanged.
    const QModelIndex current = table->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(InventoryModel::AssetIdRole).toLongLong(), asset);
    EXPECT_EQ(current.row(), browser.model()->rowOfAsset(asset));
    EXPECT_EQ(details->toPlainText(), shown);
    EXPECT_TRUE(table->selectionModel()->isRowSelected(current.row(), {}));

    // A filter without it: no current asset, no details.
    browser.model()->setLoadHookForTesting({});
    QSqlQuery q(inv.sql);
    q.prepare(u"SELECT type FROM resources WHERE asset_id = ?"_s);
    q.addBindValue(asset);
    ASSERT_TRUE(q.exec() && q.next());
    const QString otherType = q.value(0).toString() == u"Microsoft.Storage/storageAccounts"_s
                                  ? u"Microsoft.Compute/virtualMachines"_s
                                  : u"Microsoft.Storage/storageAccounts"_s;
    auto *type = browser.findChild<QComboBox *>(u"typeFilterCombo"_s);
    const int i = type->findData(otherType);
    ASSERT_GE(i, 0);
    applied.clear();
    type->setCurrentIndex(i);
    Q_EMIT type->activated(i);
    ASSERT_TRUE(applied.wait(60000));
    EXPECT_EQ(browser.assetCount(), inv.ids(u"r.type = ?"_s, {otherType}).size());
    EXPECT_FALSE(table->currentIndex().isValid());
    EXPECT_TRUE(details->toPlainText().isEmpty());
}
