#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "CsvParser.h"
#include "RuntimeTestData.h"
#include "runtime/ActivationMapper.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/InventoryExport.h"
#include "runtime/RunLock.h"
#include "runtime/TagEvaluator.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<InventoryDatabase> db;
    qint64 connectorId = 0;

    Fixture()
    {
        db = std::make_unique<InventoryDatabase>(dir.filePath(u"inv.sqlite"_s));
        EXPECT_TRUE(db->open());
        QList<SubscriptionConnector> list(1);
        list[0].profileId = u"p"_s;
        list[0].subscriptionId = u"sub1"_s;
        list[0].subscriptionName = u"Sub One"_s;
        list[0].name = u"az-Sub One"_s;
        EXPECT_TRUE(db->saveConnectors(list));
        connectorId = list[0].id;
    }

    RunCounts write(const QList<AzureResource> &resources,
                    const InventoryDatabase::AssetRules &rules = {})
    {
        InventoryDatabase::SubscriptionInventory inv;
        inv.connectorId = connectorId;
        inv.subscriptionName = u"Sub One"_s;
        for (const auto &r : resources)
            inv.resources.append(&r);
        RunCounts counts;
        EXPECT_TRUE(db->writeInventories({inv}, rules, QDateTime::currentDateTimeUtc(), &counts));
        return counts;
    }
};

QString helperPath()
{
    return QStringLiteral(ATC_RUNTIME_TESTHELPER);
}

} // namespace

TEST(InventoryDatabase, CreatesSchemaInWalModeAndRefusesNewer)
{
    Fixture f;
    EXPECT_EQ(f.db->schemaVersion(), InventoryDatabase::SchemaVersion);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-check"_s);
        raw.setDatabaseName(f.db->path());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"wal"_s);
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = 99"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-check"_s);
    InventoryDatabase again(f.db->path());
    QString error;
    EXPECT_FALSE(again.open(&error));
    EXPECT_TRUE(error.contains(u"newer"_s)) << qPrintable(error);
}

TEST(InventoryDatabase, UnchangedRerunWritesNothingChangesAreTracked)
{
    Fixture f;
    QList<AzureResource> v1 = test::makeResources(u"sub1"_s, 50, u"a"_s);
    RunCounts c1 = f.write(v1);
    EXPECT_EQ(c1.assetsCreated, 50);
    EXPECT_EQ(f.db->connector(f.connectorId)->assetCount, 50);
    EXPECT_EQ(f.db->connector(f.connectorId)->state, ConnectorState::FinishedSuccessfully);

    RunCounts c2 = f.write(v1);
    EXPECT_EQ(c2.rowsWritten(), 0);
    EXPECT_EQ(c2.assetsUnchanged, 50);

    // One changed, two removed, one new.
    QList<AzureResource> v2 = v1.mid(0, 48);
    v2[5].location = u"northeurope"_s;
    v2.append(test::makeResources(u"sub1"_s, 1, u"a"_s, 1000));
    RunCounts c3 = f.write(v2);
    EXPECT_EQ(c3.assetsUpdated, 1);
    EXPECT_EQ(c3.assetsRemoved, 2);
    EXPECT_EQ(c3.assetsCreated, 1);
    EXPECT_EQ(f.db->assetCount(f.connectorId), 49);
    EXPECT_EQ(f.db->assetCount(f.connectorId, true), 51); // removed ones are kept

    int removed = 0;
    InventoryDatabase::ExportFilter all;
    all.includeRemoved = true;
    f.db->forEachAsset(all, [&](const InventoryDatabase::AssetRow &a) {
        if (a.removedAt.isValid())
            ++removed;
    });
    EXPECT_EQ(removed, 2);

    // A removed resource returns: un-removed, counted as updated.
    QList<AzureResource> v3 = v2;
    v3.append(v1.at(49));
    RunCounts c4 = f.write(v3);
    EXPECT_EQ(c4.assetsUpdated, 1);
    EXPECT_EQ(c4.assetsCreated, 0);
    EXPECT_EQ(f.db->assetCount(f.connectorId), 50);
}

TEST(InventoryDatabase, TagsAndActivationStoredAndReevaluated)
{
    Fixture f;
    ConnectorProfile p;
    p.assetTagIds = {u"generic"_s};
    TagRule rule;
    rule.field = TagRuleField::ResourceType;
    rule.op = TagRuleOperator::Contains;
    rule.value = u"virtualmachines"_s;
    rule.tagId = u"vms"_s;
    p.tagRules = {rule};
    p.activateVmScanning = true;
    TagEvaluator tags(p);
    InventoryDatabase::AssetRules rules;
    rules.tags = &tags;
    rules.enabledModules = ActivationMapper::enabledModules(p);
    const QList<AzureResource> res = test::makeResources(u"sub1"_s, 3, u"a"_s);
    f.write(res, rules);
    QHash<QString, QStringList> tagsByName, modulesByName;
    f.db->forEachAsset({}, [&](const InventoryDatabase::AssetRow &a) {
        tagsByName[a.name] = a.assetTags;
        modulesByName[a.name] = a.activation;
    });
    EXPECT_EQ(tagsByName[u"res-0"_s], (QStringList{u"generic"_s, u"vms"_s}));
    EXPECT_EQ(tagsByName[u"res-1"_s], QStringList{u"generic"_s});
    EXPECT_EQ(modulesByName[u"res-0"_s], QStringList{u"VM"_s});
    EXPECT_TRUE(modulesByName[u"res-1"_s].isEmpty());

    // Rules changed: re-evaluated on the next run (rows rewritten).
    p.assetTagIds = {u"other"_s};
    p.activateVmScanning = false;
    TagEvaluator tags2(p);
    rules.tags = &tags2;
    rules.enabledModules = ActivationMapper::enabledModules(p);
    RunCounts c = f.write(res, rules);
    EXPECT_EQ(c.assetsUpdated, 3);
    f.db->forEachAsset({}, [&](const InventoryDatabase::AssetRow &a) {
        tagsByName[a.name] = a.assetTags;
        modulesByName[a.name] = a.activation;
    });
    EXPECT_EQ(tagsByName[u"res-0"_s], (QStringList{u"other"_s, u"vms"_s}));
    EXPECT_TRUE(modulesByName[u"res-0"_s].isEmpty());
}

TEST(InventoryDatabase, PropertiesOnlyWithCspm)
{
    Fixture f;
    QList<AzureResource> res = test::makeResources(u"sub1"_s, 1, u"a"_s);
    res[0].properties = QJsonObject{{u"vmSize"_s, u"Standard_D2s_v3"_s}};
    f.write(res);
    QString props;
    f.db->forEachAsset({}, [&](const InventoryDatabase::AssetRow &a) { props = a.propertiesJson; });
    EXPECT_TRUE(props.isEmpty());
    InventoryDatabase::AssetRules cspm;
    cspm.keepProperties = true;
    EXPECT_EQ(f.write(res, cspm).assetsUpdated, 1);
    f.db->forEachAsset({}, [&](const InventoryDatabase::AssetRow &a) { props = a.propertiesJson; });
    EXPECT_EQ(QJsonDocument::fromJson(props.toUtf8()).object().value(u"vmSize"_s).toString(),
              u"Standard_D2s_v3"_s);
}

TEST(InventoryDatabase, ExportFormatsParse)
{
    Fixture f;
    QList<AzureResource> res = test::makeResources(u"sub1"_s, 3, u"a"_s);
    res[0].name = u"tricky, \"quoted\"\r\nname"_s;
    res[0].tags.insert(u"note"_s, u"a,b"_s);
    res[1].publicIpAddresses = {u"20.0.0.1"_s, u"20.0.0.2"_s};
    ConnectorProfile p;
    p.assetTagIds = {u"t1"_s, u"t2"_s};
    TagEvaluator tags(p);
    InventoryDatabase::AssetRules rules;
    rules.tags = &tags;
    f.write(res, rules);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    int rows = 0;
    ASSERT_TRUE(InventoryExport::writeCsv(*f.db, {}, &csv, &rows));
    EXPECT_EQ(rows, 3);
    QList<QStringList> parsed;
    ASSERT_TRUE(test::parseCsv(QString::fromUtf8(csv.data()), &parsed));
    ASSERT_EQ(parsed.size(), 4);
    EXPECT_EQ(parsed[0], InventoryExport::csvColumns());
    const int nameCol = int(InventoryExport::csvColumns().indexOf(u"name"_s));
    const int ipCol = int(InventoryExport::csvColumns().indexOf(u"publicIps"_s));
    const int tagCol = int(InventoryExport::csvColumns().indexOf(u"assetTags"_s));
    const int azCol = int(InventoryExport::csvColumns().indexOf(u"azureTags"_s));
    bool sawTricky = false;
    for (int i = 1; i < parsed.size(); ++i) {
        ASSERT_EQ(parsed[i].size(), InventoryExport::csvColumns().size());
        EXPECT_EQ(parsed[i][tagCol], u"t1;t2"_s);
        if (parsed[i][nameCol] == res[0].name) {
            sawTricky = true;
            EXPECT_EQ(QJsonDocument::fromJson(parsed[i][azCol].toUtf8())
                          .object()
                          .value(u"note"_s)
                          .toString(),
                      u"a,b"_s);
        }
        if (parsed[i][nameCol] == u"res-1"_s) {
            EXPECT_EQ(parsed[i][ipCol], u"20.0.0.1;20.0.0.2"_s);
        }
    }
    EXPECT_TRUE(sawTricky);

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    ASSERT_TRUE(InventoryExport::writeJson(*f.db, {}, &json, &rows));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.data(), &err);
    ASSERT_EQ(err.error, QJsonParseError::NoError) << qPrintable(err.errorString());
    ASSERT_TRUE(doc.isArray());
    EXPECT_EQ(doc.array().size(), 3);
    const QJsonObject first = doc.array().at(0).toObject();
    EXPECT_TRUE(first.value(u"assetTags"_s).isArray());
    EXPECT_TRUE(first.value(u"removedAt"_s).isNull());

    // Empty export is still valid JSON and a CSV header.
    InventoryDatabase::ExportFilter none;
    none.profileId = u"nobody"_s;
    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    ASSERT_TRUE(InventoryExport::writeJson(*f.db, none, &empty));
    EXPECT_TRUE(QJsonDocument::fromJson(empty.data()).isArray());
}

TEST(InventoryDatabase, PerimeterTargetsOfActivatedAssets)
{
    Fixture f;
    QList<AzureResource> res = test::makeResources(u"sub1"_s, 3, u"a"_s);
    res[0].type = u"Microsoft.Network/publicIPAddresses"_s;
    res[0].publicIpAddresses = {u"20.1.1.1"_s};
    res[0].fqdns = {u"App.WestEurope.cloudapp.azure.com"_s};
    res[1].type = u"Microsoft.Web/sites"_s;
    res[1].fqdns = {u"site.azurewebsites.net"_s};
    InventoryDatabase::AssetRules rules;
    rules.enabledModules = ActivationMapper::VM | ActivationMapper::CPS;
    f.write(res, rules);
    const auto targets = f.db->perimeterTargets(u"p"_s);
    QStringList names;
    for (const auto &t : targets)
        names << t.kind + u':' + t.target;
    EXPECT_EQ(names, (QStringList{u"ip:20.1.1.1"_s, u"fqdn:app.westeurope.cloudapp.azure.com"_s,
                                  u"fqdn:site.azurewebsites.net"_s}));
    // Without CPS activation: nothing.
    rules.enabledModules = ActivationMapper::VM;
    f.write(res, rules);
    EXPECT_TRUE(f.db->perimeterTargets(u"p"_s).isEmpty());
}

TEST(InventoryDatabase, RunHistoryIsRecorded)
{
    Fixture f;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    RunSummary s;
    s.runId = f.db->beginRun(u"p"_s, 0, u"tenant"_s, t0);
    ASSERT_GT(s.runId, 0);
    s.profileId = u"p"_s;
    s.started = t0;
    s.finished = t0.addSecs(5);
    s.state = ConnectorState::FinishedWithErrors;
    s.counts.assetsCreated = 7;
    s.counts.connectorsCreated = 2;
    s.counts.subscriptionsFailed = 1;
    s.errors = {u"az-x: Access denied."_s};
    ASSERT_TRUE(f.db->finishRun(s));
    const auto runs = f.db->runs(u"p"_s);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs[0].state, ConnectorState::FinishedWithErrors);
    EXPECT_EQ(runs[0].counts.assetsCreated, 7);
    EXPECT_EQ(runs[0].counts.connectorsCreated, 2);
    EXPECT_EQ(runs[0].errors, s.errors);
}

TEST(InventoryDatabase, RunKilledMidWriteKeepsThePreviousInventory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kill.sqlite"_s);
    constexpr int Count = 20000;
    QProcess seed;
    seed.start(helperPath(), {u"seed"_s, path, QString::number(Count)});
    ASSERT_TRUE(seed.waitForFinished(120000));
    ASSERT_EQ(seed.exitCode(), 0) << seed.readAllStandardError().constData();

    QProcess writer;
    writer.start(helperPath(), {u"write"_s, path, QString::number(Count), u"15000"_s});
    ASSERT_TRUE(writer.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return writer.canReadLine() || writer.state() == QProcess::NotRunning; }, 120000));
    ASSERT_EQ(writer.readLine().trimmed(), "midway"_ba);
    // 15,000 rows of the new version are written inside the open transaction (spilled into
    // the WAL); kill it there.
    writer.kill();
    ASSERT_TRUE(writer.waitForFinished(30000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);

    InventoryDatabase db(path);
    ASSERT_TRUE(db.open());
    QString detail;
    EXPECT_TRUE(db.integrityCheck(&detail)) << qPrintable(detail);
    const auto connectors = db.connectors(u"kill-profile"_s);
    ASSERT_EQ(connectors.size(), 1);
    EXPECT_EQ(db.assetCount(connectors[0].id), Count);
    int versionA = 0;
    db.forEachAsset({}, [&](const InventoryDatabase::AssetRow &a) {
        if (QJsonDocument::fromJson(a.tagsJson.toUtf8()).object().value(u"version"_s) == u"a"_s)
            ++versionA;
    });
    EXPECT_EQ(versionA, Count); // the previous complete inventory, none of the half-written one
}

TEST(RunLock, OneHolderAcrossProcessesAndDeadHoldersAreTakenOver)
{
    QTemporaryDir dir;
    QProcess holder;
    holder.start(helperPath(), {u"lock"_s, dir.path(), u"prof"_s});
    ASSERT_TRUE(holder.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return holder.canReadLine(); }, 30000));
    ASSERT_EQ(holder.readLine().trimmed(), "locked"_ba);

    RunLock mine(dir.path(), u"prof"_s);
    EXPECT_FALSE(mine.tryLock());
    EXPECT_EQ(mine.holderPid(), holder.processId());
    RunLock other(dir.path(), u"other-profile"_s);
    EXPECT_TRUE(other.tryLock()); // per profile

    holder.kill(); // dies without unlocking
    ASSERT_TRUE(holder.waitForFinished(30000));
    EXPECT_TRUE(mine.tryLock());

    QProcess second;
    second.start(helperPath(), {u"lock"_s, dir.path(), u"prof"_s});
    ASSERT_TRUE(second.waitForFinished(30000));
    EXPECT_EQ(second.readLine().trimmed(), "busy"_ba);
    EXPECT_EQ(second.exitCode(), 6);
}

namespace {

// The schema as version 1 of the application created it (frozen: do not follow later changes).
const char kSchemaVersion1[] =
    R"sql(
CREATE TABLE tenant_connectors (
    profile_id TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT 'QUEUED',
    last_run TEXT,
    next_run TEXT,
    last_error TEXT,
    subscriptions_in_scope INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE subscription_connectors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    subscription_id TEXT NOT NULL COLLATE NOCASE,
    subscription_name TEXT,
    name TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'QUEUED',
    attached INTEGER NOT NULL DEFAULT 1,
    disabled INTEGER NOT NULL DEFAULT 0,
    flagged_reason TEXT,
    created_at TEXT,
    last_run TEXT,
    next_run TEXT,
    asset_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    UNIQUE (profile_id, subscription_id)
);
CREATE TABLE resources (
    asset_id INTEGER PRIMARY KEY,
    connector_id INTEGER NOT NULL REFERENCES subscription_connectors(id),
    resource_key TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    type TEXT,
    name TEXT,
    location TEXT,
    resource_group TEXT,
    kind TEXT,
    tags TEXT,
    properties TEXT,
    public_ips TEXT,
    fqdns TEXT,
    first_seen TEXT NOT NULL,
    last_changed TEXT NOT NULL,
    removed_at TEXT,
    content_hash BLOB NOT NULL
);
CREATE UNIQUE INDEX resources_key ON resources (connector_id, resource_key);
CREATE TABLE asset_tags (
    asset_id INTEGER NOT NULL,
    tag_id TEXT NOT NULL,
    PRIMARY KEY (asset_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE asset_activation (
    asset_id INTEGER NOT NULL,
    module TEXT NOT NULL,
    PRIMARY KEY (asset_id, module)
) WITHOUT ROWID;
CREATE INDEX asset_activation_module ON asset_activation (module);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    connector_id INTEGER,
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0,
    assets_created INTEGER NOT NULL DEFAULT 0,
    assets_updated INTEGER NOT NULL DEFAULT 0,
    assets_removed INTEGER NOT NULL DEFAULT 0,
    connectors_created INTEGER NOT NULL DEFAULT 0,
    connectors_disabled INTEGER NOT NULL DEFAULT 0,
    subscriptions_ok INTEGER NOT NULL DEFAULT 0,
    subscriptions_failed INTEGER NOT NULL DEFAULT 0,
    errors TEXT
);
CREATE INDEX runs_profile ON runs (profile_id, started_at);
)sql";

} // namespace

TEST(InventoryDatabase, MigratesAVersion1FileKeepingItsRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    const QString connection = u"v1-writer"_s;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : QString::fromUtf8(kSchemaVersion1).split(u';')) {
            if (!s.trimmed().isEmpty()) {
                ASSERT_TRUE(q.exec(s)) << qPrintable(q.lastError().text());
            }
        }
        ASSERT_TRUE(q.exec(u"INSERT INTO tenant_connectors (profile_id, state) "
                           "VALUES ('p', 'FINISHED_SUCCESS')"_s));
        ASSERT_TRUE(q.exec(u"INSERT INTO subscription_connectors (profile_id, subscription_id, "
                           "subscription_name, name, state, created_at, asset_count) VALUES ('p', "
                           "'sub1', 'Sub One', 'az-Sub One', 'FINISHED_SUCCESS', "
                           "'2026-01-01T00:00:00.000Z', 1)"_s));
        ASSERT_TRUE(q.exec(u"INSERT INTO resources (connector_id, resource_key, resource_id, "
                           "subscription_id, type, name, first_seen, last_changed, content_hash) "
                           "VALUES (1, 'k', '/subscriptions/sub1/x', 'sub1', 't', 'x', "
                           "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', x'00')"_s));
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = 1"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    {
        InventoryDatabase db(path);
        QString error;
        ASSERT_TRUE(db.open(&error)) << qPrintable(error);
        EXPECT_EQ(db.schemaVersion(), 3); // 1 → 2 (management-group path) → 3 (run details)
        EXPECT_EQ(db.schemaVersion(), InventoryDatabase::SchemaVersion);
        EXPECT_TRUE(db.integrityCheck());
        QList<SubscriptionConnector> list = db.connectors(u"p"_s);
        ASSERT_EQ(list.size(), 1);
        EXPECT_EQ(list[0].subscriptionId, u"sub1"_s);
        EXPECT_EQ(list[0].name, u"az-Sub One"_s);
        EXPECT_EQ(list[0].state, ConnectorState::FinishedSuccessfully);
        EXPECT_EQ(list[0].assetCount, 1);
        EXPECT_TRUE(list[0].managementGroupPath.isEmpty()); // not known until the next run
        EXPECT_EQ(db.assetCount(list[0].id), 1);
        ASSERT_TRUE(db.tenantStatus(u"p"_s).has_value());

        list[0].managementGroupPath = u"Root / Prod"_s;
        ASSERT_TRUE(db.saveConnectors(list));
    }
    // Reopening migrates nothing more and reads the stored path.
    InventoryDatabase again(path);
    ASSERT_TRUE(again.open());
    EXPECT_EQ(again.schemaVersion(), 3);
    ASSERT_EQ(again.connectors(u"p"_s).size(), 1);
    EXPECT_EQ(again.connectors(u"p"_s).at(0).managementGroupPath, u"Root / Prod"_s);
}

TEST(InventoryDatabase, ManagementGroupPathRoundTrip)
{
    Fixture f;
    std::optional<SubscriptionConnector> c = f.db->connector(f.connectorId);
    ASSERT_TRUE(c.has_value());
    EXPECT_TRUE(c->managementGroupPath.isEmpty());

    // Insert with a path.
    QList<SubscriptionConnector> fresh(1);
    fresh[0].profileId = u"p"_s;
    fresh[0].subscriptionId = u"sub2"_s;
    fresh[0].name = u"az-Two"_s;
    fresh[0].managementGroupPath = u"Tenant Root Group / Platform / Connectivity"_s;
    ASSERT_TRUE(f.db->saveConnectors(fresh));
    ASSERT_NE(fresh[0].id, 0);
    EXPECT_EQ(f.db->connector(fresh[0].id), fresh[0]);

    // Update: a group move, then unknown again.
    QList<SubscriptionConnector> list{*c};
    list[0].managementGroupPath = u"Root / Ünïcode / Sandbox"_s;
    ASSERT_TRUE(f.db->saveConnectors(list));
    EXPECT_EQ(f.db->connector(f.connectorId)->managementGroupPath, u"Root / Ünïcode / Sandbox"_s);
    EXPECT_EQ(f.db->connector(f.connectorId), list[0]);
    list[0].managementGroupPath.clear();
    ASSERT_TRUE(f.db->saveConnectors(list));
    EXPECT_TRUE(f.db->connector(f.connectorId)->managementGroupPath.isEmpty());
    EXPECT_EQ(f.db->connectors(u"p"_s).size(), 2);
}

namespace {

// Rows of `table` (raw connection), per profile where the table has one.
int rowsOf(const QString &path, const QString &sql)
{
    int n = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-count"_s);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"raw-count"_s);
    return n;
}

// Profile "p" (the fixture's) and a second profile "q", both with tagged, activated
// resources, a tenant status and a run.
void fillTwoProfiles(Fixture &f, qint64 *otherConnector)
{
    ConnectorProfile p;
    p.assetTagIds = {u"generic"_s};
    p.activateVmScanning = true;
    TagEvaluator tags(p);
    InventoryDatabase::AssetRules rules;
    rules.tags = &tags;
    rules.enabledModules = ActivationMapper::enabledModules(p);
    const QList<AzureResource> res = test::makeResources(u"sub1"_s, 3, u"a"_s);
    f.write(res, rules);

    QList<SubscriptionConnector> other(1);
    other[0].profileId = u"q"_s;
    other[0].subscriptionId = u"sub2"_s;
    other[0].subscriptionName = u"Sub Two"_s;
    other[0].name = u"az-Sub Two"_s;
    ASSERT_TRUE(f.db->saveConnectors(other));
    *otherConnector = other[0].id;
    const QList<AzureResource> res2 = test::makeResources(u"sub2"_s, 2, u"b"_s);
    InventoryDatabase::SubscriptionInventory inv;
    inv.connectorId = other[0].id;
    inv.subscriptionName = u"Sub Two"_s;
    for (const auto &r : res2)
        inv.resources.append(&r);
    ASSERT_TRUE(f.db->writeInventories({inv}, rules, QDateTime::currentDateTimeUtc(), nullptr));

    for (const QString &id : {u"p"_s, u"q"_s}) {
        TenantConnectorStatus s;
        s.profileId = id;
        ASSERT_TRUE(f.db->saveTenantStatus(s));
        ASSERT_GT(f.db->beginRun(id, 0, u"tenant"_s, QDateTime::currentDateTimeUtc()), 0);
    }
}

} // namespace

TEST(InventoryDatabase, RemoveProfileDataRemovesOneProfileCompletely)
{
    Fixture f;
    qint64 other = 0;
    fillTwoProfiles(f, &other);
    const QString path = f.db->path();
    ASSERT_EQ(rowsOf(path, u"SELECT count(*) FROM asset_tags"_s), 5);
    ASSERT_EQ(rowsOf(path, u"SELECT count(*) FROM asset_activation"_s), 2);

    QString error;
    ASSERT_TRUE(f.db->removeProfileData(u"p"_s, &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    EXPECT_TRUE(f.db->connectors(u"p"_s).isEmpty());
    EXPECT_FALSE(f.db->tenantStatus(u"p"_s).has_value());
    EXPECT_TRUE(f.db->runs(u"p"_s).isEmpty());
    EXPECT_EQ(f.db->assetCount(f.connectorId, true), 0);
    EXPECT_EQ(f.db->profileIds(), QStringList{u"q"_s});
    // Tags and activation of p's assets are gone too (nothing orphaned); q keeps all of its.
    EXPECT_EQ(rowsOf(path, u"SELECT count(*) FROM asset_tags"_s), 2);
    EXPECT_EQ(rowsOf(path, u"SELECT count(*) FROM asset_activation"_s), 1);
    EXPECT_EQ(rowsOf(path, u"SELECT count(*) FROM asset_tags WHERE asset_id NOT IN "
                           "(SELECT asset_id FROM resources)"_s),
              0);
    EXPECT_EQ(f.db->connectors(u"q"_s).size(), 1);
    EXPECT_EQ(f.db->assetCount(other), 2);
    EXPECT_TRUE(f.db->tenantStatus(u"q"_s).has_value());
    EXPECT_EQ(f.db->runs(u"q"_s).size(), 1);

    // Removing a profile the inventory does not know is no error.
    EXPECT_TRUE(f.db->removeProfileData(u"unknown"_s));
}

TEST(InventoryDatabase, RemoveProfileDataIsOneTransaction)
{
    Fixture f;
    qint64 other = 0;
    fillTwoProfiles(f, &other);
    // The fifth of six deletes fails: the first four must be rolled back.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-trigger"_s);
        raw.setDatabaseName(f.db->path());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(u"CREATE TRIGGER refuse BEFORE DELETE ON subscription_connectors "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s))
            << q.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(u"raw-trigger"_s);

    QString error;
    EXPECT_FALSE(f.db->removeProfileData(u"p"_s, &error));
    EXPECT_TRUE(error.contains(u"refused by the test"_s)) << error.toStdString();
    EXPECT_EQ(f.db->connectors(u"p"_s).size(), 1);
    EXPECT_EQ(f.db->assetCount(f.connectorId), 3);
    EXPECT_EQ(f.db->runs(u"p"_s).size(), 1);
    EXPECT_TRUE(f.db->tenantStatus(u"p"_s).has_value());
    EXPECT_EQ(rowsOf(f.db->path(), u"SELECT count(*) FROM asset_tags"_s), 5);
}
