// The Qualys client against the fake Qualys platform (emulator/qualys, reference §12), under
// several variant seeds: the same tests must pass whatever shape the platform answers in.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <optional>

#include <gtest/gtest.h>

#include "FakeQualys.h"
#include "qualys/MemberConnectorAction.h"
#include "qualys/QualysConnectorStatus.h"
#include "qualys/QualysKeyRotation.h"
#include "qualys/QualysLoginCheck.h"
#include "qualys/QualysSession.h"
#include "qualys/QualysTagCatalog.h"
#include "qualys/TenantConnectorPush.h"
#include "qualys/TenantConnectorStatusChange.h"
#include "store/InMemorySecretStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
namespace fq = atc::emulator::qualys;

namespace {

constexpr int WaitMs = 30000;
const QString TenantId = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
const QString AppId = u"11111111-2222-3333-4444-555555555555"_s;
const QString AzureKey = u"azure-key-Value~1"_s;
const QString User = u"contoso_ab1"_s;
const QString Password = u"qualys-pa$$+&=word"_s;
const QString ClientId = u"0c1d2e3f-0000-4000-8000-000000000001"_s;
const QString ClientSecret = u"client-secret-xyz"_s;

template <typename Op, typename Result>
std::optional<Result> runToEnd(Op *op, void (Op::*signal)(const Result &))
{
    std::optional<Result> out;
    QObject::connect(op, signal, op, [&out](const Result &r) { out = r; });
    op->start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, WaitMs));
    return out;
}

class FakePlatform : public ::testing::TestWithParam<quint32>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
        fake.setVariantSeed(GetParam());
        fq::FakeQualysUser u;
        u.login = User;
        u.password = Password;
        u.clientId = ClientId;
        u.clientSecret = ClientSecret;
        fake.addUser(u);
        fq::FakeQualysAzureTenant t;
        t.tenantId = TenantId;
        t.managementGroups = {{u"mg-prod"_s, TenantId, u"Production"_s}};
        t.subscriptions = {
            {u"00000000-0000-4000-8000-0000000000a1"_s, u"Prod One"_s, u"Enabled"_s, u"mg-prod"_s},
            {u"00000000-0000-4000-8000-0000000000a2"_s, u"Prod Two"_s, u"Enabled"_s, u"mg-prod"_s}};
        t.appSecrets.insert(AppId, AzureKey);
        fake.setAzureTenant(t);
    }

    std::unique_ptr<QualysSession>
    session(const QString &user = User, const QString &secret = Password,
            QualysAccount::AuthKind kind = QualysAccount::AuthKind::Password,
            QualysClientConfig config = {})
    {
        QualysCredentials c;
        c.account.platform = QualysPlatform::custom(fake.gatewayUrl(), fake.apiServerUrl());
        c.account.authKind = kind;
        c.account.user = user;
        c.secret = secret;
        config.qpsSpacingMs = 20;
        config.backoffBaseMs = 100;
        return std::make_unique<QualysSession>(&nam, c, config);
    }

    static ConnectorProfile profile(const QString &name = u"Contoso tenant"_s)
    {
        ConnectorProfile p;
        p.id = name.toLower().replace(u' ', u'-');
        p.name = name;
        p.clientId = AppId;
        p.directoryId = TenantId;
        p.tenantPollingMinutes = 240;
        p.subscriptionPollingMinutes = 1440;
        p.scopeMode = ScopeMode::SelectedManagementGroups;
        p.selectedManagementGroups = {u"mg-prod"_s};
        return p;
    }

    std::optional<TenantConnectorPush::Result> push(QualysSession *s, const ConnectorProfile &p,
                                                    bool force = false)
    {
        TenantConnectorPush op(s, p, AzureKey);
        op.setForceCreate(force);
        return runToEnd(&op, &TenantConnectorPush::finished);
    }

    QJsonArray tenants() const { return fake.state().value("tenantConnectors"_L1).toArray(); }
    QJsonArray members() const { return fake.state().value("memberConnectors"_L1).toArray(); }
    int statusCount(const QString &server, int status) const
    {
        int n = 0;
        for (const QJsonValue &v : fake.requests()) {
            const QJsonObject o = v.toObject();
            if (o.value("server"_L1).toString() == server && o.value("status"_L1).toInt() == status)
                ++n;
        }
        return n;
    }

    fq::FakeQualys fake;
    QNetworkAccessManager nam;
};

} // namespace

TEST_P(FakePlatform, CreateThenUpdateWithoutDuplicate)
{
    auto s = session();
    ConnectorProfile p = profile();
    const auto created = push(s.get(), p);
    ASSERT_TRUE(created && created->ok()) << created->error.fullText().toStdString();
    EXPECT_EQ(created->action, TenantConnectorPush::Action::Created);
    ASSERT_TRUE(created->tenantConnectorId);
    ASSERT_TRUE(created->link);
    EXPECT_EQ(created->link->tenantConnectorId, *created->tenantConnectorId);
    EXPECT_EQ(created->link->platformKey, s->platform().key());
    EXPECT_FALSE(created->link->createUncertain);
    ASSERT_EQ(tenants().size(), 1);
    const QJsonObject stored = tenants().first().toObject();
    EXPECT_EQ(stored.value("includedMem"_L1).toArray(), QJsonArray{u"mg-prod"_s});
    EXPECT_EQ(stored.value("connectorAppInfos"_L1).toArray(), QJsonArray{u"AI"_s});

    p.qualysLinks = {*created->link};
    p.description = u"changed"_s;
    const auto updated = push(s.get(), p);
    ASSERT_TRUE(updated && updated->ok()) << updated->error.fullText().toStdString();
    EXPECT_EQ(updated->action, TenantConnectorPush::Action::Updated);
    EXPECT_EQ(updated->tenantConnectorId, created->tenantConnectorId);
    ASSERT_EQ(tenants().size(), 1);
    EXPECT_EQ(tenants().first().toObject().value("description"_L1).toString(), u"changed"_s);
    for (const QJsonValue &v : fake.requests()) // only documented names were sent
        EXPECT_FALSE(v.toObject().contains("unknownFields"_L1))
            << v.toObject().value("path"_L1).toString().toStdString();
    EXPECT_EQ(s->stats().logins, 1); // the JWT is cached
}

TEST_P(FakePlatform, TokenExpiryMeansExactlyOneRelogin)
{
    auto s = session();
    ConnectorProfile p = profile();
    const auto created = push(s.get(), p);
    ASSERT_TRUE(created && created->ok()) << created->error.fullText().toStdString();
    fake.expireTokens();
    p.qualysLinks = {*created->link};
    const auto updated = push(s.get(), p);
    ASSERT_TRUE(updated && updated->ok()) << updated->error.fullText().toStdString();
    EXPECT_EQ(s->stats().logins, 2);
    EXPECT_EQ(statusCount(u"gateway"_s, 401), 1);
}

TEST_P(FakePlatform, WrongCredentialsNameWhatIsWrong)
{
    auto wrong = session(User, u"not-the-password"_s);
    const auto r = push(wrong.get(), profile());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->error.kind, QualysErrorKind::LoginFailed);
    EXPECT_TRUE(r->error.message().contains(User));
    EXPECT_TRUE(r->error.fullText().contains(u"password"_s));
    EXPECT_FALSE(r->link);

    auto client = session(ClientId, u"wrong-secret"_s, QualysAccount::AuthKind::Client);
    QualysLoginCheck check(client.get());
    const auto c = runToEnd(&check, &QualysLoginCheck::finished);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->error.kind, QualysErrorKind::ClientLoginFailed);
    EXPECT_TRUE(c->error.message().contains(ClientId));
    EXPECT_FALSE(c->error.fullText().contains(u"wrong-secret"_s));
    EXPECT_TRUE(tenants().isEmpty());
}

TEST_P(FakePlatform, ValidationRejectionShowsThePlatformsWords)
{
    auto s = session();
    ConnectorProfile p = profile();
    p.selectedManagementGroups = {u"mg-missing"_s};
    const auto r = push(s.get(), p);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->error.kind, QualysErrorKind::Rejected);
    EXPECT_EQ(r->error.httpStatus, 400);
    const bool hasMessage = fake.variant().errorStyle != fq::QualysErrorStyle::TimestampNoMessage;
    if (hasMessage)
        EXPECT_TRUE(r->error.fullText().contains(u"mg-missing"_s))
            << r->error.fullText().toStdString();
    else
        EXPECT_TRUE(r->error.fullText().contains(u"Bad Request"_s));
    EXPECT_FALSE(r->error.fullText().contains(AzureKey));
    EXPECT_TRUE(tenants().isEmpty());
}

TEST_P(FakePlatform, QpsHttp200FailureIsShown)
{
    fq::FakeQualysUser u;
    u.login = u"noapi"_s;
    u.password = u"pw"_s;
    u.apiAccess = false;
    fake.addUser(u);
    auto s = session(u"noapi"_s, u"pw"_s);
    QualysLoginCheck check(s.get());
    const auto r = runToEnd(&check, &QualysLoginCheck::finished);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->gatewayOk);
    EXPECT_FALSE(r->apiServerOk);
    EXPECT_EQ(r->error.kind, QualysErrorKind::NoApiAccess);
    EXPECT_EQ(r->error.httpStatus, 200);
    EXPECT_TRUE(r->error.fullText().contains(u"not authorized"_s))
        << r->error.fullText().toStdString();
}

TEST_P(FakePlatform, LostCreateReplyNeverDuplicates)
{
    QualysClientConfig config;
    config.requestDeadlineMs = 1500;
    auto s = session(User, Password, QualysAccount::AuthKind::Password, config);
    fq::FakeQualysFault lost;
    lost.method = u"POST"_s;
    lost.pathRegex = u"^/connectors/v1\\.0/org/azure/$"_s;
    lost.nthCall = 1;
    lost.lostReply = true; // the platform acts, the answer never comes (the deadline ends it)
    ASSERT_TRUE(fake.addFault(lost));

    // Without the (undocumented) list: ReplyLost, recorded as uncertain.
    ConnectorProfile p = profile();
    const auto r = push(s.get(), p);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->error.kind, QualysErrorKind::ReplyLost) << r->error.fullText().toStdString();
    if (!r->link) {
        for (const QJsonValue &v : fake.requests())
            ADD_FAILURE()
                << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
    }
    ASSERT_TRUE(r->link);
    EXPECT_TRUE(r->link->createUncertain);
    EXPECT_EQ(tenants().size(), 1); // the platform did create it

    // The next push looks first; it cannot tell, so it creates nothing.
    p.qualysLinks = {*r->link};
    const auto again = push(s.get(), p);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->error.kind, QualysErrorKind::ReplyLost);
    EXPECT_EQ(tenants().size(), 1);

    // With the list, the next push finds it and updates it.
    fake.setSpeculative(true);
    const auto found = push(s.get(), p);
    ASSERT_TRUE(found && found->ok()) << found->error.fullText().toStdString();
    EXPECT_EQ(found->action, TenantConnectorPush::Action::Updated);
    EXPECT_EQ(*found->tenantConnectorId, tenants().first().toObject().value("id"_L1).toInteger());
    EXPECT_FALSE(found->link->createUncertain);
    EXPECT_EQ(tenants().size(), 1);
}

// The connection closes after the platform acted (a proxy or load balancer dropping it):
// Qt 6.4 would send the POST again by itself on the kept-alive connection of the sign-in;
// the create's body is not replayable (OneShotUpload), so the create reaches it once.
TEST_P(FakePlatform, LostCreateReplyOnAClosedConnectionIsNotSentTwice)
{
    auto s = session();
    fq::FakeQualysFault lost;
    lost.method = u"POST"_s;
    lost.pathRegex = u"^/connectors/v1\\.0/org/azure/$"_s;
    lost.nthCall = 1;
    lost.lostReply = true;
    lost.closeConnection = true;
    ASSERT_TRUE(fake.addFault(lost));
    const auto r = push(s.get(), profile());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->error.kind, QualysErrorKind::ReplyLost) << r->error.fullText().toStdString();
    ASSERT_TRUE(r->link);
    EXPECT_TRUE(r->link->createUncertain);
    int creates = 0;
    for (const QJsonValue &v : fake.requests()) {
        const QJsonObject request = v.toObject();
        if (request.value("method"_L1).toString() == "POST"_L1 &&
            request.value("path"_L1).toString() == "/connectors/v1.0/org/azure/"_L1)
            ++creates;
    }
    EXPECT_EQ(creates, 1);
    EXPECT_EQ(tenants().size(), 1);
}

TEST_P(FakePlatform, LostCreateReplyFoundWithSpeculativeLookup)
{
    fake.setSpeculative(true);
    QualysClientConfig config;
    config.requestDeadlineMs = 1500;
    auto s = session(User, Password, QualysAccount::AuthKind::Password, config);
    fq::FakeQualysFault lost;
    lost.method = u"POST"_s;
    lost.pathRegex = u"^/connectors/v1\\.0/org/azure/$"_s;
    lost.nthCall = 1;
    lost.lostReply = true;
    ASSERT_TRUE(fake.addFault(lost));
    const auto r = push(s.get(), profile());
    ASSERT_TRUE(r && r->ok()) << r->error.fullText().toStdString();
    EXPECT_EQ(r->action, TenantConnectorPush::Action::Created);
    ASSERT_EQ(tenants().size(), 1);
    EXPECT_EQ(*r->tenantConnectorId, tenants().first().toObject().value("id"_L1).toInteger());
}

TEST_P(FakePlatform, StatusAfterSyncEnableDisableAndMemberActions)
{
    auto s = session();
    const auto created = push(s.get(), profile());
    ASSERT_TRUE(created && created->ok()) << created->error.fullText().toStdString();
    const qint64 id = *created->tenantConnectorId;
    fake.advanceClock(120); // first sync: members QUEUED
    fake.advanceClock(600); // processed
    ASSERT_EQ(members().size(), 2);

    QualysConnectorStatus status(s.get(), id, TenantId);
    const auto st = runToEnd(&status, &QualysConnectorStatus::finished);
    ASSERT_TRUE(st && st->ok()) << st->error.fullText().toStdString();
    EXPECT_FALSE(st->tenantConnectorReadable); // the GET is undocumented: off by default
    ASSERT_EQ(st->subscriptionConnectors.size(), 2);
    for (const QualysMemberConnector &m : st->subscriptionConnectors) {
        EXPECT_NE(m.state, QualysMemberConnector::State::Unknown) << m.platformState.toStdString();
        EXPECT_TRUE(m.subscriptionId.endsWith(u"a1"_s) || m.subscriptionId.endsWith(u"a2"_s));
    }

    TenantConnectorStatusChange disable(s.get(), {id}, false);
    const auto off = runToEnd(&disable, &TenantConnectorStatusChange::finished);
    ASSERT_TRUE(off && off->ok()) << off->error.fullText().toStdString();
    EXPECT_TRUE(tenants().first().toObject().value("isDisabled"_L1).toBool());
    TenantConnectorStatusChange enable(s.get(), {id}, true);
    const auto on = runToEnd(&enable, &TenantConnectorStatusChange::finished);
    ASSERT_TRUE(on && on->ok());
    EXPECT_FALSE(tenants().first().toObject().value("isDisabled"_L1).toBool());
    TenantConnectorStatusChange unknown(s.get(), {id + 999}, true);
    const auto missing = runToEnd(&unknown, &TenantConnectorStatusChange::finished);
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->error.kind, QualysErrorKind::NotFound);

    const qint64 memberId = st->subscriptionConnectors.first().id;
    MemberConnectorAction run(s.get(), memberId, MemberConnectorAction::Action::Run);
    const auto ran = runToEnd(&run, &MemberConnectorAction::finished);
    ASSERT_TRUE(ran && ran->ok()) << ran->error.fullText().toStdString();
    MemberConnectorAction dis(s.get(), memberId, MemberConnectorAction::Action::Disable);
    const auto d = runToEnd(&dis, &MemberConnectorAction::finished);
    ASSERT_TRUE(d);
    if (fake.variant().qpsRejectsAttachedUpdate) {
        EXPECT_EQ(d->error.kind, QualysErrorKind::Rejected);
        EXPECT_FALSE(d->error.serverMessage.isEmpty());
    } else {
        ASSERT_TRUE(d->ok()) << d->error.fullText().toStdString();
        EXPECT_TRUE(members().first().toObject().value("disabled"_L1).toBool());
        MemberConnectorAction en(s.get(), memberId, MemberConnectorAction::Action::Enable);
        const auto e = runToEnd(&en, &MemberConnectorAction::finished);
        ASSERT_TRUE(e && e->ok()) << e->error.fullText().toStdString();
    }
    EXPECT_EQ(statusCount(u"api"_s, 409), 0); // never two QPS calls at once

    fake.setSpeculative(true);
    QualysConnectorStatus readable(s.get(), id, TenantId);
    const auto st2 = runToEnd(&readable, &QualysConnectorStatus::finished);
    ASSERT_TRUE(st2 && st2->ok());
    EXPECT_TRUE(st2->tenantConnectorReadable);
    ASSERT_TRUE(st2->tenantConnector);
    EXPECT_EQ(st2->tenantConnector->id, id);
    EXPECT_TRUE(st2->tenantConnector->lastSynced.isValid());
}

TEST_P(FakePlatform, TagsListedAndCreatedOnce)
{
    auto s = session();
    QualysTagCatalog catalog(s.get());
    std::optional<QualysTagCatalog::Result> r;
    QObject::connect(&catalog, &QualysTagCatalog::finished, &catalog,
                     [&r](const QualysTagCatalog::Result &x) { r = x; });
    catalog.create(u"Azure"_s, u"#336699"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return r.has_value(); }, WaitMs));
    ASSERT_TRUE(r->ok()) << r->error.fullText().toStdString();
    EXPECT_TRUE(r->created);
    ASSERT_EQ(r->tags.size(), 1);
    const qint64 id = r->tags.first().id;
    EXPECT_GT(id, 0);
    r.reset();
    catalog.create(u"Azure"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return r.has_value(); }, WaitMs));
    ASSERT_TRUE(r->ok());
    EXPECT_FALSE(r->created);
    EXPECT_EQ(r->tags.first().id, id);
    r.reset();
    catalog.list();
    ASSERT_TRUE(QTest::qWaitFor([&] { return r.has_value(); }, WaitMs));
    ASSERT_TRUE(r->ok());
    EXPECT_TRUE(std::any_of(r->tags.begin(), r->tags.end(),
                            [id](const QualysTag &t) { return t.id == id; }));
    EXPECT_EQ(fake.state().value("tags"_L1).toArray().size(), r->tags.size());
}

TEST_P(FakePlatform, RateLimitsWaitedOut)
{
    fake.setRealTimeClock(1.0); // the fake's limit windows run on its clock
    fake.setGatewayRateLimit(2, 1);
    fake.setQpsRateLimit(1, 2);
    auto s = session();
    ConnectorProfile p = profile();
    const auto created = push(s.get(), p);
    ASSERT_TRUE(created && created->ok()) << created->error.fullText().toStdString();
    p.qualysLinks = {*created->link};
    for (int i = 0; i < 3; ++i) {
        const auto u = push(s.get(), p);
        ASSERT_TRUE(u && u->ok()) << u->error.fullText().toStdString();
    }
    for (int i = 0; i < 4; ++i) {
        MemberConnectorAction run(s.get(), 424242, MemberConnectorAction::Action::Run);
        const auto r = runToEnd(&run, &MemberConnectorAction::finished);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->error.kind, QualysErrorKind::NotFound) << r->error.fullText().toStdString();
    }
    EXPECT_GE(statusCount(u"gateway"_s, 429), 1);
    EXPECT_GE(statusCount(u"api"_s, 409), 1);
    EXPECT_GE(s->stats().throttled, 2);
    EXPECT_EQ(tenants().size(), 1);
}

TEST_P(FakePlatform, KeyRotationOverTwoProfiles)
{
    auto s = session();
    InMemorySecretStore store;
    QList<QualysKeyRotation::Target> targets;
    for (const QString &name : {u"Contoso A"_s, u"Contoso B"_s}) {
        ConnectorProfile p = profile(name);
        const auto created = push(s.get(), p);
        ASSERT_TRUE(created && created->ok()) << created->error.fullText().toStdString();
        p.qualysLinks = {*created->link};
        targets.append({p, s.get()});
    }
    const QString newKey = u"rotated-key-2"_s;
    QualysKeyRotation rotation(&store, targets, newKey);
    const auto r = runToEnd(&rotation, &QualysKeyRotation::finished);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->ok());
    int updates = 0;
    for (const auto &o : r->outcomes) {
        EXPECT_TRUE(o.ok()) << o.error.fullText().toStdString();
        if (!o.platformKey.isEmpty()) {
            ++updates;
            ASSERT_TRUE(o.link);
        }
    }
    EXPECT_EQ(updates, 2);
    EXPECT_EQ(store.count(), 2);
    EXPECT_EQ(tenants().size(), 2);
    int updatePosts = 0;
    for (const QJsonValue &v : fake.requests()) {
        const QJsonObject o = v.toObject();
        if (o.value("method"_L1).toString() == "POST"_L1 &&
            o.value("path"_L1).toString().contains(QRegularExpression(u"/org/azure/\\d+$"_s)))
            ++updatePosts;
        EXPECT_FALSE(QJsonDocument(o).toJson().contains(newKey.toUtf8()));
    }
    EXPECT_EQ(updatePosts, 2);
}

INSTANTIATE_TEST_SUITE_P(Seeds, FakePlatform, ::testing::Values(1u, 2u, 3u, 5u, 8u));
