#include <csignal>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "model/ProfileValidator.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every field differs from its default, so a field the format forgets breaks the round trip.
ConnectorProfile fullProfile()
{
    ConnectorProfile p;
    p.name = u"Contoso \u00e9 production"_s;
    p.description = u"Line one\nline \"two\""_s;
    p.cspmEnabled = true;
    p.remediationEnabled = true;
    p.enabled = false;
    p.cloud = CloudType::Custom;
    p.customEndpoints = {QUrl(u"http://127.0.0.1:8443/login"_s),
                         QUrl(u"https://arm.example.com:9443/"_s)};
    p.caCertificateFile = u"/etc/ssl/private-ca.pem"_s;
    p.tenantName = u"Contoso Ltd"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    p.tenantPollingMinutes = 60;
    p.subscriptionPollingMinutes = 1380;
    p.connectorNamePrefix = u"ctso-"_s;
    p.scopeMode = ScopeMode::SelectedManagementGroups;
    p.selectedManagementGroups = {u"mg-prod"_s, u"mg-shared"_s};
    p.excludedManagementGroups = {u"mg-sandbox"_s};
    p.autoCreateForNewSubscriptions = false;
    p.detachDisableForDeletedSubscriptions = false;
    p.activateVmScanning = true;
    p.activateCloudPerimeterScan = true;
    p.perimeterSchedule.useGlobalConfiguration = false;
    p.perimeterSchedule.daysOfWeek = {1, 5, 7};
    p.perimeterSchedule.startTime = QTime(23, 45, 10, 123);
    p.perimeterSchedule.timeZone = u"Europe/Berlin"_s;
    p.activatePolicyCompliance = true;
    p.activateSca = true;
    p.activateCertView = true;
    p.assetTagIds = {u"t1"_s, u"t2"_s};
    TagRule r1;
    r1.field = TagRuleField::AzureTag;
    r1.azureTagKey = u"env"_s;
    r1.op = TagRuleOperator::Regex;
    r1.value = u"^prod(uction)?$"_s;
    r1.tagId = u"t2"_s;
    TagRule r2;
    r2.field = TagRuleField::Subscription;
    r2.op = TagRuleOperator::StartsWith;
    r2.value = u"Pay-As"_s;
    r2.tagId = u"t1"_s;
    p.tagRules = {r1, r2};
    p.connectorTagIds = {u"t3"_s};
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(data), data.size());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

class ProfileStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dir() const { return m_dir.path(); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ProfileStoreTest, RoundTripOfEveryField)
{
    ProfileStore store(dir());
    ConnectorProfile p = fullProfile();
    ASSERT_NE(p, ConnectorProfile());
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
    EXPECT_FALSE(p.id.isEmpty());
    EXPECT_TRUE(p.created.isValid());
    EXPECT_TRUE(p.modified.isValid());
    EXPECT_TRUE(QFile::exists(store.pathFor(p.id)));

    const auto loaded = store.load(p.id, &error);
    ASSERT_TRUE(loaded.has_value()) << error.toStdString();
    EXPECT_TRUE(*loaded == p);

    const ProfileLoadReport report = store.loadAll();
    EXPECT_TRUE(report.problems.isEmpty());
    ASSERT_EQ(report.profiles.size(), 1);
    EXPECT_TRUE(report.profiles.first() == p);

    // Also the pure (de)serialisation, including a local-time timestamp.
    ConnectorProfile q = fullProfile();
    q.id = u"abc"_s;
    q.created = QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0, 5), Qt::LocalTime);
    q.modified = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const auto parsed = ProfileStore::fromJson(ProfileStore::toJson(q), &error);
    ASSERT_TRUE(parsed.has_value()) << error.toStdString();
    EXPECT_TRUE(*parsed == q);
}

TEST_F(ProfileStoreTest, DefaultProfileRoundTripsToo)
{
    ConnectorProfile p;
    p.id = u"x1"_s;
    QString error;
    const auto parsed = ProfileStore::fromJson(ProfileStore::toJson(p), &error);
    ASSERT_TRUE(parsed.has_value()) << error.toStdString();
    EXPECT_TRUE(*parsed == p);
}

TEST_F(ProfileStoreTest, SavesUnderAppDataByDefault)
{
    ProfileStore store;
    EXPECT_EQ(store.directory(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles"_s);
}

TEST_F(ProfileStoreTest, SecretTypedBeforeSaveIsNeverWritten)
{
    const QString secret = u"Xq8~verySecretValue.9_zz"_s;
    ConnectorProfile p = fullProfile();
    ValidationContext ctx;
    ctx.authenticationKey = secret; // what the wizard holds while the user types
    (void)ProfileValidator::validate(p, ctx);
    ProfileStore store(dir());
    ASSERT_TRUE(store.save(p));
    const QString exported = dir() + u"/export/out.json"_s;
    ASSERT_TRUE(store.exportProfile(p, exported));
    for (const QString &path : {store.pathFor(p.id), exported}) {
        const QByteArray bytes = fileBytes(path);
        ASSERT_FALSE(bytes.isEmpty());
        EXPECT_FALSE(bytes.contains(secret.toUtf8())) << "secret found in a file";
        EXPECT_FALSE(bytes.toLower().contains("secret")) << path.toStdString();
    }
}

TEST_F(ProfileStoreTest, SaveKeepsIdAndCreatedAndUpdatesModified)
{
    ProfileStore store(dir());
    ConnectorProfile p = fullProfile();
    ASSERT_TRUE(store.save(p));
    const QString id = p.id;
    const QDateTime created = p.created;
    p.description = u"changed"_s;
    ASSERT_TRUE(store.save(p));
    EXPECT_EQ(p.id, id);
    EXPECT_EQ(p.created, created);
    EXPECT_GE(p.modified, created);
    EXPECT_EQ(entries(dir()), QStringList{id + u".json"_s});
    EXPECT_EQ(store.load(id)->description, u"changed"_s);
}

TEST_F(ProfileStoreTest, FailedWriteLeavesOldFileIntactAndNoTemporaryFile)
{
    ProfileStore store(dir());
    ConnectorProfile p = fullProfile();
    ASSERT_TRUE(store.save(p));
    const QString path = store.pathFor(p.id);
    const QByteArray before = fileBytes(path);
    ASSERT_FALSE(before.isEmpty());

    // Root ignores file permissions, so make the write itself fail: a file-size limit smaller
    // than the new document, with SIGXFSZ ignored so write() returns EFBIG instead of killing.
    ConnectorProfile bigger = p;
    bigger.selectedManagementGroups.append(QString(200000, u'g')); // valid, just big
    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    auto *oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 16 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved = store.save(bigger, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(fileBytes(path) == before) << "old content changed";
    EXPECT_EQ(entries(dir()), QStringList{p.id + u".json"_s}) << "temporary file left";
    EXPECT_TRUE(store.load(p.id) == p);
}

TEST_F(ProfileStoreTest, SaveIntoVanishedFolderFailsCleanly)
{
    ProfileStore store(dir() + u"/sub"_s);
    ConnectorProfile p = fullProfile();
    ASSERT_TRUE(store.save(p));
    // The folder turns into a plain file: nothing can be written below it any more.
    ASSERT_TRUE(QDir(dir() + u"/sub"_s).removeRecursively());
    writeBytes(dir() + u"/sub"_s, "not a folder");
    QString error;
    EXPECT_FALSE(store.save(p, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(fileBytes(dir() + u"/sub"_s) == "not a folder");
}

namespace {

struct CorruptCase
{
    const char *label;
    QByteArray bytes;
};

void PrintTo(const CorruptCase &c, std::ostream *os)
{
    *os << c.label;
}

QByteArray validJson()
{
    ConnectorProfile p = fullProfile();
    p.id = u"valid"_s;
    return ProfileStore::toJson(p);
}

QByteArray withField(const char *key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(validJson()).object();
    o[QLatin1String(key)] = value;
    return QJsonDocument(o).toJson();
}

QByteArray withoutField(const char *key)
{
    QJsonObject o = QJsonDocument::fromJson(validJson()).object();
    o.remove(QLatin1String(key));
    return QJsonDocument(o).toJson();
}

QByteArray withTenantField(const char *key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(validJson()).object();
    QJsonObject t = o[u"tenant"_s].toObject();
    t[QLatin1String(key)] = value;
    o[u"tenant"_s] = t;
    return QJsonDocument(o).toJson();
}

const CorruptCase kCorrupt[] = {
    {"empty_file", QByteArray()},
    {"whitespace_only", "  \n\t "},
    {"truncated_json", validJson().left(validJson().size() / 2)},
    {"binary_garbage", QByteArray("\x00\xff\xfe\x01\x89PNG\r\n\x1a\n\x00\x00", 14)},
    {"array_not_object", "[1, 2, 3]"},
    {"string_not_object", "\"profile\""},
    {"no_schema_version", R"({"id": "a", "name": "x"})"},
    {"schema_version_zero", withField("schemaVersion", 0)},
    {"schema_version_string", withField("schemaVersion", u"1"_s)},
    {"name_is_number", withField("name", 5)},
    {"name_missing", withoutField("name")},
    {"tenant_is_array", withField("tenant", QJsonArray())},
    {"polling_is_string", withTenantField("pollingMinutes", u"240"_s)},
    {"polling_fraction", withTenantField("pollingMinutes", 60.5)},
    {"unknown_cloud", withTenantField("cloud", u"Mars"_s)},
    {"created_not_a_date", withField("created", u"yesterday"_s)},
    {"enabled_is_string", withField("enabled", u"false"_s)},
    {"enabled_is_number", withField("enabled", 0)},
};

class CorruptFile : public ::testing::TestWithParam<CorruptCase>
{};

} // namespace

TEST_P(CorruptFile, IsReportedMovedAsideAndOthersStillLoad)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    ProfileStore store(tmp.path());
    ConnectorProfile good = fullProfile();
    ASSERT_TRUE(store.save(good));
    const QString bad = store.pathFor(u"broken"_s);
    writeBytes(bad, GetParam().bytes);

    const ProfileLoadReport report = store.loadAll();
    ASSERT_EQ(report.profiles.size(), 1);
    EXPECT_TRUE(report.profiles.first() == good);
    ASSERT_EQ(report.problems.size(), 1);
    const ProfileLoadProblem &problem = report.problems.first();
    EXPECT_EQ(problem.path, QFileInfo(bad).absoluteFilePath());
    EXPECT_FALSE(problem.reason.isEmpty());
    ASSERT_FALSE(problem.movedTo.isEmpty());
    EXPECT_TRUE(problem.movedTo.startsWith(problem.path + u".corrupt-"_s))
        << problem.movedTo.toStdString();
    EXPECT_FALSE(QFile::exists(bad));
    EXPECT_TRUE(fileBytes(problem.movedTo) == GetParam().bytes) << "moved file changed";

    // The next load is clean: the broken file is out of the way but kept.
    const ProfileLoadReport again = store.loadAll();
    EXPECT_TRUE(again.problems.isEmpty());
    EXPECT_EQ(again.profiles.size(), 1);
    EXPECT_EQ(entries(tmp.path()).size(), 2);
}

INSTANTIATE_TEST_SUITE_P(Cases, CorruptFile, ::testing::ValuesIn(kCorrupt),
                         [](const ::testing::TestParamInfo<CorruptCase> &param) {
                             return std::string(param.param.label);
                         });

TEST_F(ProfileStoreTest, CorruptReasonNamesTheProblem)
{
    QString error;
    EXPECT_FALSE(ProfileStore::fromJson(withField("name", 5), &error).has_value());
    EXPECT_TRUE(error.contains(u"\"name\""_s)) << error.toStdString();
    EXPECT_FALSE(
        ProfileStore::fromJson(withTenantField("pollingMinutes", u"x"_s), &error).has_value());
    EXPECT_TRUE(error.contains(u"tenant.pollingMinutes"_s)) << error.toStdString();
}

TEST_F(ProfileStoreTest, EnabledIsWrittenAlwaysAndAbsentMeansEnabled)
{
    // A profile file written before the key existed loads as an enabled tenant connector.
    QString error;
    const auto old = ProfileStore::fromJson(withoutField("enabled"), &error);
    ASSERT_TRUE(old.has_value()) << error.toStdString();
    EXPECT_TRUE(old->enabled);

    // Written for both values (no schema bump: an additive key), and read back as written.
    ConnectorProfile p = fullProfile();
    p.id = u"p1"_s;
    for (bool enabled : {false, true}) {
        p.enabled = enabled;
        const QJsonObject o = QJsonDocument::fromJson(ProfileStore::toJson(p)).object();
        EXPECT_EQ(o.value(u"schemaVersion"_s).toInt(), 1);
        ASSERT_TRUE(o.value(u"enabled"_s).isBool());
        EXPECT_EQ(o.value(u"enabled"_s).toBool(), enabled);
        const auto parsed = ProfileStore::fromJson(ProfileStore::toJson(p), &error);
        ASSERT_TRUE(parsed.has_value()) << error.toStdString();
        EXPECT_EQ(parsed->enabled, enabled);
    }

    // A saved, disabled profile stays disabled through save/load and export/import.
    ProfileStore store(dir() + u"/profiles"_s);
    ConnectorProfile disabled = fullProfile();
    disabled.enabled = false;
    ASSERT_TRUE(store.save(disabled, &error)) << error.toStdString();
    EXPECT_FALSE(store.load(disabled.id)->enabled);
    const QString file = dir() + u"/disabled.json"_s;
    ASSERT_TRUE(store.exportProfile(disabled, file, &error)) << error.toStdString();
    const auto imported = store.importProfile(file, u"Imported"_s, &error);
    ASSERT_TRUE(imported.has_value()) << error.toStdString();
    EXPECT_FALSE(imported->enabled);
    EXPECT_FALSE(store.load(imported->id)->enabled);

    // The wrong type is refused, naming the key.
    EXPECT_FALSE(ProfileStore::fromJson(withField("enabled", u"yes"_s), &error).has_value());
    EXPECT_TRUE(error.contains(u"\"enabled\""_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"true or false"_s)) << error.toStdString();
}

TEST_F(ProfileStoreTest, NewerSchemaIsRefusedAndLeftUntouched)
{
    ProfileStore store(dir());
    QJsonObject o = QJsonDocument::fromJson(validJson()).object();
    o[u"schemaVersion"_s] = ProfileStore::SchemaVersion + 1;
    o[u"someFutureField"_s] = u"keep me"_s;
    const QByteArray bytes = QJsonDocument(o).toJson();
    const QString path = store.pathFor(u"future"_s);
    writeBytes(path, bytes);
    const QDateTime mtime = QFileInfo(path).lastModified();

    const ProfileLoadReport report = store.loadAll();
    EXPECT_TRUE(report.profiles.isEmpty());
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_TRUE(report.problems.first().movedTo.isEmpty());
    EXPECT_TRUE(report.problems.first().reason.contains(u"newer"_s));

    QString error;
    EXPECT_FALSE(store.load(u"future"_s, &error).has_value());
    EXPECT_TRUE(error.contains(u"newer"_s)) << error.toStdString();

    ConnectorProfile overwrite = fullProfile();
    overwrite.id = u"future"_s;
    EXPECT_FALSE(store.save(overwrite, &error));
    EXPECT_TRUE(error.contains(u"newer"_s)) << error.toStdString();

    EXPECT_FALSE(store.importProfile(path, &error).has_value());
    EXPECT_TRUE(error.contains(u"newer"_s));

    EXPECT_TRUE(fileBytes(path) == bytes);
    EXPECT_EQ(QFileInfo(path).lastModified(), mtime);
    EXPECT_EQ(entries(dir()), QStringList{u"future.json"_s});
}

TEST_F(ProfileStoreTest, ExportThenImportAssignsFreshIdAndRefusesNameClash)
{
    ProfileStore store(dir() + u"/profiles"_s);
    ConnectorProfile p = fullProfile();
    ASSERT_TRUE(store.save(p));
    const QString file = dir() + u"/exported.json"_s;
    QString error;
    ASSERT_TRUE(store.exportProfile(p, file, &error)) << error.toStdString();

    // Same name as the saved profile: refused, nothing added.
    EXPECT_FALSE(store.importProfile(file, &error).has_value());
    EXPECT_TRUE(error.contains(p.name)) << error.toStdString();
    EXPECT_EQ(store.loadAll().profiles.size(), 1);

    const auto imported = store.importProfile(file, u"Contoso copy"_s, &error);
    ASSERT_TRUE(imported.has_value()) << error.toStdString();
    EXPECT_NE(imported->id, p.id);
    EXPECT_EQ(imported->name, u"Contoso copy"_s);
    ConnectorProfile expected = p;
    expected.id = imported->id;
    expected.name = imported->name;
    expected.created = imported->created;
    expected.modified = imported->modified;
    EXPECT_TRUE(*imported == expected);
    EXPECT_EQ(store.loadAll().profiles.size(), 2);

    // Into an empty store the original name is fine.
    ProfileStore other(dir() + u"/other"_s);
    const auto fresh = other.importProfile(file, &error);
    ASSERT_TRUE(fresh.has_value()) << error.toStdString();
    EXPECT_EQ(fresh->name, p.name);
}

TEST_F(ProfileStoreTest, ImportOfBrokenFileFailsWithReason)
{
    ProfileStore store(dir() + u"/profiles"_s);
    const QString file = dir() + u"/bad.json"_s;
    writeBytes(file, "{ nope");
    QString error;
    EXPECT_FALSE(store.importProfile(file, &error).has_value());
    EXPECT_TRUE(error.contains(file));
    EXPECT_TRUE(fileBytes(file) == "{ nope"); // an import never moves the user's file
    EXPECT_FALSE(store.importProfile(dir() + u"/missing.json"_s, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(ProfileStoreTest, RemoveDeletesTheFile)
{
    ProfileStore store(dir());
    ConnectorProfile p = fullProfile();
    ASSERT_TRUE(store.save(p));
    QString error;
    ASSERT_TRUE(store.remove(p.id, &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(store.pathFor(p.id)));
    EXPECT_TRUE(store.loadAll().profiles.isEmpty());
    EXPECT_FALSE(store.remove(p.id, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(ProfileStoreTest, UnsafeIdsNeverEscapeTheFolder)
{
    ProfileStore store(dir() + u"/profiles"_s);
    writeBytes(dir() + u"/outside.json"_s, validJson());
    QString error;
    EXPECT_FALSE(store.load(u"../outside"_s, &error).has_value());
    EXPECT_FALSE(store.remove(u"../outside"_s, &error));
    EXPECT_TRUE(QFile::exists(dir() + u"/outside.json"_s));
    ConnectorProfile p = fullProfile();
    p.id = u"../outside"_s;
    EXPECT_FALSE(store.save(p, &error));
}

TEST_F(ProfileStoreTest, ListIsSortedByNameCaseInsensitively)
{
    ProfileStore store(dir());
    for (const QString &name : {u"beta"_s, u"Alpha"_s, u"gamma"_s}) {
        ConnectorProfile p;
        p.name = name;
        p.clientId = u"11111111-2222-3333-4444-555555555555"_s; // every save is validated
        p.directoryId = u"contoso.onmicrosoft.com"_s;
        ASSERT_TRUE(store.save(p));
    }
    QStringList names;
    for (const ConnectorProfile &p : store.loadAll().profiles)
        names << p.name;
    EXPECT_EQ(names, (QStringList{u"Alpha"_s, u"beta"_s, u"gamma"_s}));
}

TEST_F(ProfileStoreTest, TagCatalogueRoundTripsAndIsNotAProfile)
{
    ProfileStore store(dir());
    QString error;
    EXPECT_TRUE(store.loadTags(&error).isEmpty());
    EXPECT_TRUE(error.isEmpty());
    const QList<Tag> tags = {{u"t1"_s, u"Azure"_s, u"#0078d4"_s, {}, u"All of Azure"_s},
                             {u"t2"_s, u"Prod"_s, u"#ff0000"_s, u"t1"_s, {}}};
    ASSERT_TRUE(store.saveTags(tags, &error)) << error.toStdString();
    EXPECT_EQ(store.loadTags(&error), tags);
    const ProfileLoadReport report = store.loadAll();
    EXPECT_TRUE(report.profiles.isEmpty());
    EXPECT_TRUE(report.problems.isEmpty());
}

TEST_F(ProfileStoreTest, CorruptTagCatalogueIsMovedAside)
{
    ProfileStore store(dir());
    writeBytes(store.tagsPath(), "{\"schemaVersion\": 1, \"tags\": [ {\"id\": 3} ]}");
    QString error;
    EXPECT_TRUE(store.loadTags(&error).isEmpty());
    EXPECT_TRUE(error.contains(store.tagsPath())) << error.toStdString();
    EXPECT_FALSE(QFile::exists(store.tagsPath()));
    ASSERT_EQ(entries(dir()).size(), 1);
    EXPECT_TRUE(entries(dir()).first().startsWith(u"tags.json.corrupt-"_s));
}

TEST_F(ProfileStoreTest, NewerTagCatalogueIsNotOverwritten)
{
    ProfileStore store(dir());
    const QByteArray bytes = "{\"schemaVersion\": 99, \"tags\": []}";
    writeBytes(store.tagsPath(), bytes);
    QString error;
    EXPECT_TRUE(store.loadTags(&error).isEmpty());
    EXPECT_TRUE(error.contains(u"newer"_s));
    EXPECT_FALSE(store.saveTags({}, &error));
    EXPECT_TRUE(fileBytes(store.tagsPath()) == bytes);
}
