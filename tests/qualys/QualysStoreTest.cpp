// The Qualys accounts file (never a secret; a damaged file loads as empty with words and is
// left alone) and the profile's Qualys links (ids per platform, tolerant of older files).

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "qualys/QualysAccountStore.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

QualysAccount account(const QString &pod, const QString &user)
{
    QualysAccount a;
    a.platform = QualysPlatform::find(pod);
    a.user = user;
    return a;
}

} // namespace

TEST(QualysAccountStore, RoundTripWithoutSecrets)
{
    QTemporaryDir dir;
    QualysAccountStore store(dir.path());
    EXPECT_TRUE(store.load().isEmpty());
    QualysAccount client;
    client.platform =
        QualysPlatform::custom(QUrl(u"http://127.0.0.1:9000"_s), QUrl(u"http://127.0.0.1:9001"_s));
    client.authKind = QualysAccount::AuthKind::Client;
    client.user = u"client-1"_s;
    QString error;
    ASSERT_TRUE(store.upsert(account(u"US2"_s, u"contoso_ab1"_s), &error)) << error.toStdString();
    ASSERT_TRUE(store.upsert(client, &error));
    ASSERT_TRUE(store.upsert(account(u"US2"_s, u"contoso_ab1"_s), &error)); // replaces
    const QList<QualysAccount> all = store.load(&error);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first(), client);
    EXPECT_EQ(store.forPlatform(u"US2"_s)->user, u"contoso_ab1"_s);
    EXPECT_EQ(store.forPlatform(client.platform.key())->authKind, QualysAccount::AuthKind::Client);
    EXPECT_FALSE(store.forPlatform(u"EU1"_s));
    EXPECT_EQ(all.last().secretKey(), u"qualys:US2:contoso_ab1"_s);
    EXPECT_EQ(QFile(store.filePath()).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
    ASSERT_TRUE(store.remove(client, &error));
    EXPECT_EQ(store.load().size(), 1);
}

TEST(QualysAccountStore, DamagedFileLoadsEmptyWithWordsAndIsKept)
{
    QTemporaryDir dir;
    QualysAccountStore store(dir.path());
    QFile f(store.filePath());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    QString error;
    EXPECT_TRUE(store.load(&error).isEmpty());
    EXPECT_TRUE(error.contains(store.filePath())) << error.toStdString();
    EXPECT_FALSE(store.forPlatform(u"US1"_s));
    QFile again(store.filePath());
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), "{ not json"); // untouched until the user saves
}

TEST(QualysLinks, SavedInTheProfileAndOlderFilesHaveNone)
{
    ConnectorProfile p;
    p.id = u"abc"_s;
    p.name = u"Contoso"_s;
    QualysLink link;
    link.platformKey = u"US2"_s;
    link.tenantConnectorId = 9007199254740; // larger than int
    link.createUncertain = true;
    link.account = u"contoso_ab1"_s;
    link.lastPushed = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    link.connectorTagIds = {12, 34};
    p.qualysLinks = {link};
    const QByteArray json = ProfileStore::toJson(p);
    EXPECT_TRUE(json.contains("\"qualysLinks\""));
    QString error;
    const auto back = ProfileStore::fromJson(json, &error);
    ASSERT_TRUE(back) << error.toStdString();
    ASSERT_EQ(back->qualysLinks.size(), 1);
    EXPECT_EQ(back->qualysLinks.first(), link);
    EXPECT_EQ(back->qualysLink(u"US2"_s)->tenantConnectorId, 9007199254740);

    QByteArray older = json;
    older.replace("\"qualysLinks\"", "\"ignoredKey\"");
    const auto old = ProfileStore::fromJson(older, &error);
    ASSERT_TRUE(old) << error.toStdString();
    EXPECT_TRUE(old->qualysLinks.isEmpty());

    QByteArray bad = json;
    bad.replace("\"platform\": \"US2\"", "\"platform\": \"\"");
    EXPECT_FALSE(ProfileStore::fromJson(bad, &error));
    EXPECT_TRUE(error.contains(u"qualysLinks[0].platform"_s)) << error.toStdString();
}
