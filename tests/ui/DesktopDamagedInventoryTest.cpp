// The desktop's reads of a damaged inventory (issue 10 carried into issue 13): the connector
// list and the run history say the damage words in the window's message bar (the file, what
// to do) instead of silently showing a part of the rows.
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include "main/MainWindow.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/InventoryDatabase.h"
#include "store/InMemorySecretStore.h"
#include "store/ProfileStore.h"
#include "widgets/MessageBar.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

/** The root page of a table, by the file's schema. */
int rootPageOf(const QString &path, const char *table, int *pageSize)
{
    sqlite3 *db = nullptr;
    int root = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = ?1", -1, &st,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
            if (sqlite3_step(st) == SQLITE_ROW)
                root = sqlite3_column_int(st, 0);
        }
        sqlite3_finalize(st);
        if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            *pageSize = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return root;
}

/** Overwrites the root page of `table` with garbage (DamagedInventoryTest's pattern). */
void damageTable(const QString &path, const char *table)
{
    int pageSize = 0;
    const int root = rootPageOf(path, table, &pageSize);
    ASSERT_GT(root, 1);
    ASSERT_GT(pageSize, 0);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray garbage(pageSize, '\0');
    for (int i = 0; i < pageSize; ++i)
        garbage[i] = char((i * 37 + 0xA5) & 0xff);
    ASSERT_TRUE(f.seek(qint64(root - 1) * pageSize));
    ASSERT_EQ(f.write(garbage), pageSize);
}

class DesktopDamagedInventory : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = std::make_unique<ProfileStore>(dir.filePath(u"profiles"_s));
        ConnectorProfile p;
        p.name = u"Contoso"_s;
        p.tenantName = u"contoso.onmicrosoft.com"_s;
        p.directoryId = u"00000000-0000-0000-0000-000000000001"_s;
        p.clientId = u"00000000-0000-0000-0000-000000000002"_s;
        QString error;
        ASSERT_TRUE(store->save(p, &error)) << error.toStdString();
        profileId = p.id;
        path = dir.filePath(u"inventory.sqlite"_s);
        // An intact inventory first: connectors, a tenant status and runs of the profile.
        InventoryDatabase db(path);
        ASSERT_TRUE(db.open(&error)) << error.toStdString();
        QList<SubscriptionConnector> list;
        for (int i = 0; i < 200; ++i) {
            SubscriptionConnector c;
            c.profileId = profileId;
            c.subscriptionId = u"sub-%1"_s.arg(i);
            c.subscriptionName = u"Subscription %1"_s.arg(i);
            c.name = u"az-Subscription %1"_s.arg(i);
            list.append(c);
        }
        ASSERT_TRUE(db.saveConnectors(list));
        TenantConnectorStatus s;
        s.profileId = profileId;
        ASSERT_TRUE(db.saveTenantStatus(s));
        for (int i = 0; i < 5; ++i)
            ASSERT_GT(db.beginRun(profileId, 0, u"tenant"_s, QDateTime::currentDateTimeUtc()), 0);
    }

    /** Opens the desktop on the (damaged) file and selects the profile. */
    void openWindow()
    {
        ConnectorRuntime::Options o;
        o.databasePath = path;
        o.lockDirectory = dir.filePath(u"locks"_s);
        runtime = std::make_unique<ConnectorRuntime>(
            &nam, ConnectorRuntime::secretsFromStore(&secrets), o);
        QString error;
        ASSERT_TRUE(runtime->open(&error)) << error.toStdString();
        DesktopServices services;
        services.networkAccessManager = &nam;
        services.secretStore = &secrets;
        services.runtime = runtime.get();
        window = std::make_unique<MainWindow>(*store, services);
        window->show();
        window->selectProfile(profileId);
    }

    /** The message bar shows the damage words: the file, damaged, what to do. */
    void expectDamageWords()
    {
        MessageBar *bar = window->messageBar();
        ASSERT_NE(bar, nullptr);
        EXPECT_TRUE(QTest::qWaitFor([bar] { return !bar->text().isEmpty(); }, 5000));
        const QString text = bar->text();
        EXPECT_TRUE(text.contains(QDir::toNativeSeparators(path))) << text.toStdString();
        EXPECT_TRUE(text.contains(u"damaged"_s)) << text.toStdString();
        EXPECT_TRUE(text.contains(u"backup"_s)) << text.toStdString();
        EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    }

    QTemporaryDir dir;
    QString path;
    QString profileId;
    std::unique_ptr<ProfileStore> store;
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    std::unique_ptr<ConnectorRuntime> runtime;
    std::unique_ptr<MainWindow> window;
};

TEST_F(DesktopDamagedInventory, TheConnectorListSaysTheDamage)
{
    damageTable(path, "subscription_connectors");
    openWindow();
    expectDamageWords();
}

TEST_F(DesktopDamagedInventory, TheRunHistorySaysTheDamage)
{
    damageTable(path, "runs");
    openWindow();
    expectDamageWords();
}

} // namespace
