// The sandbox marker of the profile format, "Last modified" across starts, the sandbox tags
// and the well-known key through SecretResolver (docs/emulator.md, "Sandbox").
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "AzureEmulator.h"
#include "SandboxHost.h"
#include "SandboxProfiles.h"
#include "model/ProfileValidator.h"
#include "model/SandboxIdentity.h"
#include "store/InMemorySecretStore.h"
#include "store/ProfileStore.h"
#include "store/SecretResolver.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

/** What the desktop's "Try the sandbox tenant" saves, for the emulator at `baseUrl`. */
ConnectorProfile desktopSandboxProfile(const QUrl &baseUrl, const QList<Tag> &catalogue = {})
{
    namespace sb = emulator::sandbox;
    const SandboxTenant t{baseUrl, QString::fromLatin1(sb::TenantName),
                          QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
                          QString::fromLatin1(sb::ClientSecret)};
    return SandboxProfiles::startingProfile(t, {}, catalogue);
}

} // namespace

TEST(SandboxIdentity, CoreKnowsTheEmulatorsIds)
{
    namespace sb = emulator::sandbox;
    EXPECT_STREQ(sandbox::TenantId, sb::TenantId);
    EXPECT_STREQ(sandbox::ClientId, sb::ClientId);
    EXPECT_STREQ(sandbox::ClientSecret, sb::ClientSecret);
}

TEST(SandboxProfileFormat, MarkerIsSavedAndOldFilesLoadWithout)
{
    QTemporaryDir dir;
    const ProfileStore store(dir.path());
    ConnectorProfile p = desktopSandboxProfile(QUrl(u"http://127.0.0.1:41000"_s));
    EXPECT_TRUE(p.sandbox);
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(fileBytes(store.pathFor(p.id))).object();
    EXPECT_EQ(json.value(u"sandbox"_s), QJsonValue(true));
    EXPECT_TRUE(store.load(p.id)->sandbox);
    // The key of a sandbox profile names no tenant identity: it is never a keychain entry.
    EXPECT_EQ(p.secretKey(), u"sandbox:"_s + p.id);

    // A file of an older version has no "sandbox": it loads, unmarked.
    QJsonObject old = json;
    old.remove(u"sandbox"_s);
    const auto loaded = ProfileStore::fromJson(QJsonDocument(old).toJson(), &error);
    ASSERT_TRUE(loaded.has_value()) << error.toStdString();
    EXPECT_FALSE(loaded->sandbox);
    EXPECT_TRUE(loaded->secretKey().startsWith(p.id + u':'));

    // A marker of the wrong type is a broken file, named.
    QJsonObject wrong = json;
    wrong[u"sandbox"_s] = u"yes"_s;
    EXPECT_FALSE(ProfileStore::fromJson(QJsonDocument(wrong).toJson(), &error).has_value());
    EXPECT_TRUE(error.contains(u"sandbox"_s)) << error.toStdString();
}

TEST(SandboxProfileFormat, MarkerOnAnotherTenantIsInvalidAndDroppedOnSave)
{
    ConnectorProfile p = desktopSandboxProfile(QUrl(u"http://127.0.0.1:41000"_s));
    p.name = u"Hand edited"_s;
    EXPECT_TRUE(ProfileValidator::validateSaved(p).isEmpty());
    ConnectorProfile other = p;
    other.directoryId = u"11111111-2222-3333-4444-555555555555"_s;
    const QList<ValidationIssue> issues = ProfileValidator::validateSaved(other);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().field, ProfileField::DirectoryId);
    EXPECT_TRUE(issues.first().message.contains(u"\"sandbox\""_s));

    // The wizard left the marker on a draft whose tenant was typed over: saved unmarked.
    QTemporaryDir dir;
    const ProfileStore store(dir.path());
    QString error;
    ASSERT_TRUE(store.save(other, &error)) << error.toStdString();
    EXPECT_FALSE(other.sandbox);
    EXPECT_FALSE(store.load(other.id)->sandbox);
}

TEST(SandboxProfileFormat, StorePointsSandboxProfilesHereInMemoryOnly)
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    ConnectorProfile p = desktopSandboxProfile(QUrl(u"http://127.0.0.1:41000"_s));
    ConnectorProfile real;
    real.name = u"Real"_s;
    real.directoryId = u"11111111-2222-3333-4444-555555555555"_s;
    real.clientId = u"11111111-2222-3333-4444-666666666666"_s;
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
    ASSERT_TRUE(store.save(real, &error)) << error.toStdString();
    const QByteArray before = fileBytes(store.pathFor(p.id));

    const QUrl here(u"http://127.0.0.1:42424"_s);
    int asked = 0;
    store.setSandboxEndpoint([&] {
        ++asked;
        return here;
    });
    const auto loaded = store.load(p.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->customEndpoints, (CloudEndpoints{here, here}));
    for (const ConnectorProfile &x : store.loadAll().profiles) {
        if (x.id == p.id)
            EXPECT_EQ(x.customEndpoints.armEndpoint, here);
        else
            EXPECT_EQ(x.endpoints(), real.endpoints()); // not the sandbox: untouched
    }
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(fileBytes(store.pathFor(p.id)), before);

    // A copy of the store (ConnectorLifecycle, the window) points them here too.
    const ProfileStore copy = store;
    EXPECT_EQ(copy.load(p.id)->customEndpoints.authorityHost, here);
}

TEST(SandboxStarts, LastModifiedStaysAcrossStarts)
{
    QTemporaryDir dir;
    const QString profilesDir = dir.path() + u"/profiles"_s;
    QString id;
    QDateTime modified;
    {
        // First session: the desktop creates the sandbox connector on its sandbox's port.
        SandboxHost host;
        ProfileStore store(profilesDir);
        host.attach(store);
        ConnectorProfile p = desktopSandboxProfile(host.tenant().baseUrl);
        QString error;
        ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
        id = p.id;
        modified = p.modified;
    }
    const QString path = ProfileStore(profilesDir).pathFor(id);
    const QByteArray bytes = fileBytes(path);
    const QDateTime mtime = QFileInfo(path).lastModified();

    for (int start = 2; start <= 3; ++start) {
        // What app/gui/main.cpp does at every start.
        SandboxHost host;
        ProfileStore store(profilesDir);
        host.attach(store);
        host.repointSavedProfiles(store);
        const auto p = store.load(id);
        ASSERT_TRUE(p.has_value());
        EXPECT_EQ(p->modified, modified) << "start " << start;
        EXPECT_EQ(p->customEndpoints.armEndpoint, host.tenant().baseUrl) << "start " << start;
        EXPECT_EQ(fileBytes(path), bytes) << "start " << start;
        EXPECT_EQ(QFileInfo(path).lastModified(), mtime) << "start " << start;
    }
}

TEST(SandboxStarts, OlderUnmarkedSandboxProfilesAreMarkedOnce)
{
    QTemporaryDir dir;
    const ProfileStore store(dir.path());
    ConnectorProfile p = desktopSandboxProfile(QUrl(u"http://127.0.0.1:41000"_s));
    p.sandbox = false; // as an older version saved it
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
    {
        SandboxHost host;
        host.repointSavedProfiles(store);
        const auto marked = store.load(p.id);
        ASSERT_TRUE(marked.has_value());
        EXPECT_TRUE(marked->sandbox);
        EXPECT_EQ(marked->customEndpoints.armEndpoint, host.tenant().baseUrl);
    }
    const QByteArray once = fileBytes(store.pathFor(p.id));
    SandboxHost second;
    second.repointSavedProfiles(store);
    EXPECT_EQ(fileBytes(store.pathFor(p.id)), once); // marked: never written again
}

TEST(SandboxTags, AddedOnceAndUserEditsKept)
{
    QTemporaryDir dir;
    const ProfileStore store(dir.path());
    // The user's own tags, one of them named like a sandbox tag.
    QString error;
    ASSERT_TRUE(store.saveTags({Tag{u"mine"_s, u"Production"_s, u"#000000"_s, {}, {}}}, &error));

    ASSERT_TRUE(SandboxHost::ensureSandboxTags(store, &error)) << error.toStdString();
    QList<Tag> tags = store.loadTags();
    const QList<Tag> shipped = SandboxProfiles::sandboxTags();
    ASSERT_EQ(tags.size(), 1 + shipped.size());
    QStringList names;
    for (const Tag &t : std::as_const(tags))
        names << t.name;
    EXPECT_TRUE(names.contains(u"Azure"_s));
    EXPECT_TRUE(names.contains(u"Production"_s));           // the user's
    EXPECT_TRUE(names.contains(u"Production (sandbox)"_s)); // the sandbox's, not a clash
    EXPECT_TRUE(names.contains(u"Development"_s));
    EXPECT_TRUE(names.contains(u"Internet-facing"_s));

    // The user recolours and renames one; the second start changes nothing.
    for (Tag &t : tags) {
        if (t.name == u"Azure"_s) {
            t.name = u"Azure cloud"_s;
            t.color = u"#123456"_s;
        }
    }
    ASSERT_TRUE(store.saveTags(tags, &error));
    const QByteArray before = fileBytes(store.tagsPath());
    ASSERT_TRUE(SandboxHost::ensureSandboxTags(store, &error)) << error.toStdString();
    EXPECT_EQ(fileBytes(store.tagsPath()), before);
    EXPECT_EQ(store.loadTags(), tags);
}

TEST(SandboxTags, StartingProfileAppliesThePresentTags)
{
    const QUrl url(u"http://127.0.0.1:41000"_s);
    // No catalogue (a test's own desktop): no tags referred to.
    const ConnectorProfile bare = desktopSandboxProfile(url);
    EXPECT_TRUE(bare.assetTagIds.isEmpty());
    EXPECT_TRUE(bare.tagRules.isEmpty());

    QList<Tag> catalogue;
    ASSERT_TRUE(SandboxProfiles::addSandboxTags(&catalogue));
    EXPECT_FALSE(SandboxProfiles::addSandboxTags(&catalogue)); // idempotent
    const ConnectorProfile p = desktopSandboxProfile(url, catalogue);
    ASSERT_EQ(p.assetTagIds.size(), 1);
    ASSERT_EQ(p.tagRules.size(), 4);
    // Valid against the catalogue, as the wizard's Tags page checks it.
    ValidationContext ctx;
    ctx.tagCatalog = catalogue;
    for (const ValidationIssue &i : ProfileValidator::validate(p, ctx))
        EXPECT_NE(i.severity, Severity::Error) << i.message.toStdString();

    // A deleted sandbox tag is not referred to.
    catalogue.removeIf([&](const Tag &t) { return t.id == p.tagRules.first().tagId; });
    EXPECT_EQ(desktopSandboxProfile(url, catalogue).tagRules.size(), 3);
}

TEST(SandboxKey, ResolvedWithoutKeychainBeforeTheEnvironment)
{
    // Another tenant's key in the environment (the CLI reads it first) must not be sent.
    qputenv("AZURE_CLIENT_SECRET", "another-tenants-key");
    InMemorySecretStore store;
    ConnectorProfile p = desktopSandboxProfile(QUrl(u"http://127.0.0.1:41000"_s));
    p.id = u"abc"_s;
    QObject context;
    std::optional<ResolvedSecret> got;
    SecretResolverOptions options;
    options.environment = true;
    SecretResolver::resolve(
        &store, p.secretKey(), &context, [&](const ResolvedSecret &r) { got = r; }, options);
    EXPECT_FALSE(got.has_value()); // later, like every answer
    ASSERT_TRUE(QTest::qWaitFor([&] { return got.has_value(); }, 5000));
    qunsetenv("AZURE_CLIENT_SECRET");
    EXPECT_TRUE(got->ok());
    EXPECT_EQ(got->source, ResolvedSecret::Source::Sandbox);
    EXPECT_EQ(got->secret, QString::fromLatin1(emulator::sandbox::ClientSecret));
}

TEST(SandboxStarts, ARunThatCannotStartTheSandboxRefusesInWords)
{
    // The port is taken: the sandbox cannot start there.
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    SandboxHost host(squatter.serverPort());
    ConnectorProfile sandboxOne = desktopSandboxProfile(QUrl(u"http://127.0.0.1:41000"_s));
    sandboxOne.id = u"s1"_s;
    ConnectorProfile other;
    other.id = u"o1"_s;
    other.name = u"Real"_s;
    QList<ConnectorProfile> profiles{sandboxOne, other};
    const QStringList problems = host.pointProfilesHere(&profiles);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(u"Contoso sandbox"_s)) << problems.first().toStdString();
    EXPECT_FALSE(host.startError().isEmpty());
    // Taken out before anything starts: it is never run, so no run is recorded; others stay.
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles.first().id, u"o1"_s);

    // Started: pointed here in memory, the other profile untouched.
    SandboxHost ok;
    QList<ConnectorProfile> again{sandboxOne, other};
    EXPECT_TRUE(ok.pointProfilesHere(&again).isEmpty());
    ASSERT_EQ(again.size(), 2);
    EXPECT_EQ(again.at(0).customEndpoints.armEndpoint, ok.tenant().baseUrl);
    EXPECT_EQ(again.at(1).customEndpoints, other.customEndpoints);
}
