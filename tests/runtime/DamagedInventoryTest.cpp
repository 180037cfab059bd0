// A damaged inventory is an error everywhere: a real inventory written by `atc run` against the
// emulator, pages of the file overwritten with garbage, then every reader (the API, the CLI's
// connectors list, perimeter-targets and export) reports the damage, names the file and
// gives advice, instead of a partial or empty answer with exit 0.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include "RuntimeCli.h"
#include "runtime/InventoryDatabase.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ExitInventoryDamaged = 9; // app/cli/CliContext.h, docs/cli.md

struct Layout
{
    int pageSize = 0;
    int pageCount = 0;
    QList<int> rootPages; ///< of the tables and indexes the readers use
};

Layout layoutOf(const QString &path)
{
    Layout l;
    sqlite3 *db = nullptr;
    EXPECT_EQ(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
        SQLITE_OK);
    auto intOf = [db](const char *sql) {
        sqlite3_stmt *st = nullptr;
        int v = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        return v;
    };
    l.pageSize = intOf("PRAGMA page_size");
    l.pageCount = intOf("PRAGMA page_count");
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT rootpage FROM sqlite_master WHERE tbl_name IN "
                       "('subscription_connectors', 'tenant_connectors', 'resources', "
                       "'asset_activation') AND rootpage > 1",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        l.rootPages << sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return l;
}

/** Overwrites these 1-based pages with a garbage pattern. */
void overwritePages(const QString &path, int pageSize, const QList<int> &pages)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray garbage(pageSize, '\0');
    for (int i = 0; i < pageSize; ++i)
        garbage[i] = char((i * 37 + 0xA5) & 0xff);
    for (int page : pages) {
        ASSERT_TRUE(f.seek(qint64(page - 1) * pageSize));
        ASSERT_EQ(f.write(garbage), pageSize);
    }
    ASSERT_TRUE(f.flush());
}

class DamagedInventory : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto run = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        // Intact, every reader answers (and the file was checkpointed: no -wal left).
        const auto list = cli.run({u"connectors"_s, u"list"_s});
        ASSERT_EQ(list.exitCode, 0) << list.err.constData();
        ASSERT_FALSE(list.out.isEmpty());
        const auto targets = cli.run({u"perimeter-targets"_s});
        ASSERT_EQ(targets.exitCode, 0) << targets.err.constData();
        ASSERT_FALSE(targets.out.isEmpty());
        ASSERT_FALSE(QFile::exists(cli.databasePath() + u"-wal"_s));

        // Pages in the middle of the file: the roots of the tables the readers use and the
        // pages around the middle.
        const Layout l = layoutOf(cli.databasePath());
        ASSERT_GT(l.pageSize, 0);
        ASSERT_GE(l.pageCount, 8);
        QList<int> pages = l.rootPages;
        pages << l.pageCount / 2 << l.pageCount / 2 + 1;
        overwritePages(cli.databasePath(), l.pageSize, pages);
    }

    test::RuntimeCli cli;
};

} // namespace

TEST_F(DamagedInventory, TheReaderApiReportsTheDamage)
{
    InventoryDatabase db(cli.databasePath());
    QString error;
    if (!db.open(&error)) { // the open may already see it
        EXPECT_TRUE(db.damaged()) << qPrintable(error);
        EXPECT_TRUE(error.contains(cli.databasePath())) << qPrintable(error);
        return;
    }
    const QList<SubscriptionConnector> connectors = db.connectors();
    EXPECT_TRUE(db.damaged());
    EXPECT_TRUE(db.readError().contains(cli.databasePath())) << qPrintable(db.readError());
    EXPECT_TRUE(db.readError().contains(u"backup"_s)) << qPrintable(db.readError());

    EXPECT_TRUE(db.perimeterTargets().isEmpty()); // never a partial list
    EXPECT_FALSE(db.readError().isEmpty());

    int rows = 0;
    EXPECT_FALSE(db.forEachAsset({}, [&](const InventoryDatabase::AssetRow &) { ++rows; }));
    EXPECT_FALSE(db.readError().isEmpty());
}

TEST_F(DamagedInventory, ConnectorsListExitsNonZeroNamingTheFile)
{
    for (const QStringList &args :
         {QStringList{u"connectors"_s, u"list"_s},
          QStringList{u"connectors"_s, u"list"_s, u"--format"_s, u"json"_s}}) {
        const auto r = cli.run(args);
        EXPECT_EQ(r.exitCode, ExitInventoryDamaged) << r.out.constData() << r.err.constData();
        EXPECT_TRUE(QString::fromUtf8(r.err).contains(cli.databasePath())) << r.err.constData();
        EXPECT_TRUE(r.err.contains("damaged")) << r.err.constData();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.constData();
    }
}

TEST_F(DamagedInventory, PerimeterTargetsAndExportExitNonZero)
{
    for (const QStringList &args :
         {QStringList{u"perimeter-targets"_s},
          QStringList{u"perimeter-targets"_s, u"--format"_s, u"json"_s}}) {
        const auto r = cli.run(args);
        EXPECT_EQ(r.exitCode, ExitInventoryDamaged) << r.out.constData() << r.err.constData();
        EXPECT_TRUE(QString::fromUtf8(r.err).contains(cli.databasePath())) << r.err.constData();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.constData();
    }
    const QString file = cli.dir.filePath(u"export.csv"_s);
    QFile previous(file);
    ASSERT_TRUE(previous.open(QIODevice::WriteOnly));
    previous.write("the previous export\n");
    previous.close();
    const auto r =
        cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, file});
    EXPECT_EQ(r.exitCode, ExitInventoryDamaged) << r.err.constData();
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(cli.databasePath())) << r.err.constData();
    QFile after(file);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), QByteArray("the previous export\n"));
}

// A run never reconciles against a damaged file: a partial connector list would make known
// subscriptions look new (duplicates) or gone (disabled).
TEST_F(DamagedInventory, RunStopsWithTheDamageWords)
{
    const auto r = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    EXPECT_NE(r.exitCode, 0) << r.out.constData() << r.err.constData();
    const QString text = QString::fromUtf8(r.out + r.err);
    EXPECT_TRUE(text.contains(cli.databasePath())) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"damaged"_s) || text.contains(u"malformed"_s)) << qPrintable(text);
    EXPECT_FALSE(text.contains(u"FINISHED_SUCCESS"_s)) << qPrintable(text);
}
