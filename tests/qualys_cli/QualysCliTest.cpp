// `atc qualys push|status|enable|disable` (issue 11, command line) through the built binary
// against the in-process fake Qualys platform, under several variant seeds.

#include <gtest/gtest.h>

#include "QualysCliHarness.h"

using namespace atc;
using namespace atc::test;
using namespace Qt::Literals::StringLiterals;
using emulator::qualys::FakeQualysFault;
using emulator::qualys::QualysErrorStyle;
using emulator::qualys::QualysVariant;

namespace {

constexpr int ExitBadInput = 2;
constexpr int ExitAuthFailure = 3;
constexpr int ExitCancelled = 130;

/** No secret of the test reaches the output. */
void expectNoSecret(const QualysCli &cli, const QualysCliResult &r)
{
    for (const QString &secret : {cli.password, cli.clientSecret, cli.azureKey})
        EXPECT_FALSE(r.all().contains(secret)) << "a secret was printed:\n"
                                               << r.all().toStdString();
}

} // namespace

class QualysCliSeeds : public ::testing::TestWithParam<quint32>
{};

TEST_P(QualysCliSeeds, PushCreatesThenUpdatesWithoutDuplicate)
{
    QualysCli cli(GetParam());
    const QualysCliResult first = cli.run(cli.args(u"push"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject created = first.json();
    EXPECT_EQ(created.value(u"action"_s).toString(), u"created"_s);
    ASSERT_TRUE(created.value(u"tenantConnectorId"_s).isDouble()) << first.out.toStdString();
    const qint64 id = created.value(u"tenantConnectorId"_s).toInteger();
    EXPECT_GT(id, 0);
    ASSERT_EQ(cli.tenantConnectors().size(), 1);
    EXPECT_EQ(cli.tenantConnectors().at(0).toObject().value(u"id"_s).toInteger(), id);

    // The id is recorded in the saved profile for that platform.
    const ConnectorProfile saved = cli.profile(cli.profileId);
    ASSERT_EQ(saved.qualysLinks.size(), 1);
    const QualysLink *link = saved.qualysLink(saved.qualysLinks.at(0).platformKey);
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(link->tenantConnectorId, id);
    EXPECT_FALSE(link->createUncertain);

    const QualysCliResult second = cli.run(cli.args(u"push"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    const QJsonObject updated = second.json();
    EXPECT_EQ(updated.value(u"action"_s).toString(), u"updated"_s);
    EXPECT_EQ(updated.value(u"tenantConnectorId"_s).toInteger(), id);
    EXPECT_EQ(cli.tenantConnectors().size(), 1) << "a second push created a duplicate";
    expectNoSecret(cli, first);
    expectNoSecret(cli, second);
}

TEST_P(QualysCliSeeds, StatusAfterASyncListsTheMembersWithTheirStates)
{
    QualysCli cli(GetParam());
    ASSERT_EQ(cli.run(cli.args(u"push"_s)).exitCode, 0);
    // First sync on the next tick creates the members: QUEUED → PROCESSING → FINISHED_SUCCESS.
    cli.fake.advanceClock(15 * 60);
    const QJsonArray members = cli.memberConnectors();
    ASSERT_FALSE(members.isEmpty()) << "the fake created no member connector";

    const QualysCliResult r = cli.run(cli.args(u"status"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject status = r.json();
    ASSERT_TRUE(status.value(u"tenantConnector"_s).isObject());
    const QJsonArray listed = status.value(u"subscriptionConnectors"_s).toArray();
    ASSERT_EQ(listed.size(), members.size()) << r.out.toStdString();
    QSet<QString> subscriptions;
    for (const QJsonValue &v : members)
        subscriptions.insert(v.toObject().value(u"subscriptionId"_s).toString().toLower());
    for (const QJsonValue &v : listed) {
        const QJsonObject m = v.toObject();
        EXPECT_TRUE(m.value(u"id"_s).isDouble());
        EXPECT_FALSE(m.value(u"name"_s).toString().isEmpty());
        EXPECT_TRUE(subscriptions.contains(m.value(u"subscriptionId"_s).toString().toLower()));
        EXPECT_EQ(m.value(u"state"_s).toString(), u"succeeded"_s) << r.out.toStdString();
    }
    expectNoSecret(cli, r);

    // The text form is a table with one row per member.
    const QualysCliResult text = cli.run(cli.args(u"status"_s));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const QJsonValue &v : listed)
        EXPECT_TRUE(text.out.contains(v.toObject().value(u"subscriptionId"_s).toString()));
}

TEST_P(QualysCliSeeds, WrongPasswordNamesUserNameAndPasswordAndPrintsNoSecret)
{
    QualysCli cli(GetParam());
    const QString wrong = u"Qw~"_s + QUuid::createUuid().toString(QUuid::Id128);
    cli.usePassword(wrong);
    const QualysCliResult r = cli.run(cli.args(u"push"_s));
    EXPECT_EQ(r.exitCode, ExitAuthFailure) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"user name"_s, Qt::CaseInsensitive)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"password"_s, Qt::CaseInsensitive)) << r.err.toStdString();
    EXPECT_FALSE(r.all().contains(wrong));
    expectNoSecret(cli, r);
    EXPECT_TRUE(cli.tenantConnectors().isEmpty());
    EXPECT_TRUE(cli.profile(cli.profileId).qualysLinks.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Variants, QualysCliSeeds, ::testing::Values(0u, 7u, 1234u, 99991u));

TEST(QualysCli, WrongClientSecretNamesTheClientId)
{
    QualysCli cli;
    const QString wrong = u"Qx~"_s + QUuid::createUuid().toString(QUuid::Id128);
    cli.useClient(wrong);
    const QualysCliResult r = cli.run(cli.args(u"push"_s));
    EXPECT_EQ(r.exitCode, ExitAuthFailure) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"client id"_s, Qt::CaseInsensitive)) << r.err.toStdString();
    EXPECT_FALSE(r.all().contains(wrong));
    expectNoSecret(cli, r);
}

TEST(QualysCli, PushWithAClientIdWorks)
{
    QualysCli cli;
    cli.useClient();
    const QualysCliResult r = cli.run(cli.args(u"push"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(u"action"_s).toString(), u"created"_s);
    expectNoSecret(cli, r);
}

TEST(QualysCli, ValidationRejectionShowsThePlatformsMessage)
{
    // A management group the platform does not know: the fake refuses it (HTTP 400) in each
    // error-body style; the client shows the platform's words (or, without any, the status).
    const QList<QualysErrorStyle> styles = {
        QualysErrorStyle::StatusErrorMessage, QualysErrorStyle::ErrorCode,
        QualysErrorStyle::TimestampNoMessage, QualysErrorStyle::PlainText};
    for (const QualysErrorStyle style : styles) {
        QualysCli cli;
        QualysVariant v = cli.fake.variant();
        v.errorStyle = style;
        cli.fake.setVariant(v);
        const QString id = cli.saveProfile(u"Unknown group"_s, [](ConnectorProfile &p) {
            p.scopeMode = ScopeMode::SelectedManagementGroups;
            p.selectedManagementGroups = {u"mg-not-in-this-tenant"_s};
        });
        const QualysCliResult r = cli.run(cli.args(u"push"_s, {}, id));
        EXPECT_NE(r.exitCode, 0);
        EXPECT_NE(r.exitCode, ExitBadInput) << "refused by the platform, not by atc";
        if (style == QualysErrorStyle::TimestampNoMessage)
            EXPECT_TRUE(r.err.contains(u"400"_s)) << r.err.toStdString();
        else
            EXPECT_TRUE(r.err.contains(u"management group not found: mg-not-in-this-tenant"_s))
                << int(style) << ": " << r.err.toStdString();
        expectNoSecret(cli, r);
        EXPECT_TRUE(cli.tenantConnectors().isEmpty());
    }
}

TEST(QualysCli, EnableAndDisableChangeThePlatformsConnector)
{
    QualysCli cli;
    ASSERT_EQ(cli.run(cli.args(u"push"_s)).exitCode, 0);
    const auto disabled = [&cli] {
        return cli.tenantConnectors().at(0).toObject().value(u"isDisabled"_s).toBool();
    };
    ASSERT_FALSE(disabled());

    const QualysCliResult off = cli.run(cli.args(u"disable"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(off.exitCode, 0) << off.err.toStdString();
    EXPECT_EQ(off.json().value(u"action"_s).toString(), u"disabled"_s);
    EXPECT_TRUE(disabled());
    // Only the platform changes: the local connector keeps running on this computer.
    EXPECT_TRUE(cli.profile(cli.profileId).enabled);

    const QualysCliResult on = cli.run(cli.args(u"enable"_s));
    ASSERT_EQ(on.exitCode, 0) << on.err.toStdString();
    EXPECT_FALSE(disabled());
    EXPECT_EQ(cli.tenantConnectors().size(), 1);
    expectNoSecret(cli, off);
    expectNoSecret(cli, on);
}

TEST(QualysCli, EnableStatusWithoutAPushSayToPushFirst)
{
    QualysCli cli;
    for (const QString &action : {u"enable"_s, u"disable"_s, u"status"_s}) {
        const QualysCliResult r = cli.run(cli.args(action));
        EXPECT_EQ(r.exitCode, ExitBadInput) << action.toStdString();
        EXPECT_TRUE(r.err.contains(u"atc qualys push"_s)) << r.err.toStdString();
    }
    EXPECT_TRUE(cli.fake.requests().isEmpty()) << "nothing may be sent without an id";
}

TEST(QualysCli, StatusWithSpeculativeGetReadsTheTenantConnector)
{
    QualysCli cli;
    ASSERT_EQ(cli.run(cli.args(u"push"_s)).exitCode, 0);
    const qint64 id = cli.tenantConnectors().at(0).toObject().value(u"id"_s).toInteger();

    // The documented platform has no GET: the recorded link stands for the tenant connector.
    QualysCliResult r = cli.run(cli.args(u"status"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject tenant = r.json().value(u"tenantConnector"_s).toObject();
    EXPECT_EQ(tenant.value(u"id"_s).toInteger(), id);
    EXPECT_EQ(tenant.value(u"source"_s).toString(), u"profile"_s);
    EXPECT_FALSE(r.json().value(u"tenantConnectorReadable"_s).toBool());

    cli.fake.setSpeculative(true);
    r = cli.run(cli.args(u"status"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    tenant = r.json().value(u"tenantConnector"_s).toObject();
    EXPECT_EQ(tenant.value(u"id"_s).toInteger(), id);
    EXPECT_EQ(tenant.value(u"source"_s).toString(), u"platform"_s);
    EXPECT_EQ(tenant.value(u"name"_s).toString(), u"Contoso sandbox"_s);
    EXPECT_TRUE(r.json().value(u"tenantConnectorReadable"_s).toBool());
}

namespace {

/**
 * The create reaches the platform, its answer never comes back (`closed`: the connection is
 * dropped; else it hangs until the client's transfer timeout). The push fails, the uncertain
 * create is recorded in the profile, and the next push finds the connector instead of
 * creating a second one.
 */
void lostCreateReply(bool closed)
{
    QualysCli cli;
    FakeQualysFault lost;
    lost.method = u"POST"_s;
    lost.pathRegex = u"^/connectors/v1\\.0/org/azure/$"_s;
    lost.nthCall = 1;
    lost.lostReply = true;
    lost.closeConnection = closed;
    lost.hang = !closed;
    ASSERT_TRUE(cli.fake.addFault(lost));

    const QualysCliResult r = cli.run(cli.args(u"push"_s));
    EXPECT_NE(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(cli.tenantConnectors().size(), 1) << "the fake performed the create";
    int creates = 0;
    for (const QJsonValue &v : cli.fake.requests()) {
        const QJsonObject q = v.toObject();
        creates += q.value(u"method"_s).toString() == u"POST"_s &&
                   q.value(u"path"_s).toString() == u"/connectors/v1.0/org/azure/"_s;
    }
    EXPECT_EQ(creates, 1) << "a create whose answer was lost was sent again blindly";
    const ConnectorProfile saved = cli.profile(cli.profileId);
    ASSERT_EQ(saved.qualysLinks.size(), 1)
        << "the uncertain create must be recorded: " << r.err.toStdString();
    EXPECT_TRUE(saved.qualysLinks.at(0).createUncertain);

    // Next push: the platform can be asked (speculative list), so it finds the connector.
    cli.fake.setSpeculative(true);
    const QualysCliResult again = cli.run(cli.args(u"push"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(cli.tenantConnectors().size(), 1) << "a lost reply led to a duplicate";
    EXPECT_EQ(again.json().value(u"tenantConnectorId"_s).toInteger(),
              cli.tenantConnectors().at(0).toObject().value(u"id"_s).toInteger());
    expectNoSecret(cli, r);
    expectNoSecret(cli, again);
}

} // namespace

TEST(QualysCli, LostCreateReplyConnectionDroppedIsRecordedAndNotDuplicated)
{
    lostCreateReply(true);
}

TEST(QualysCli, LostCreateReplyTimeoutIsRecordedAndNotDuplicated)
{
    lostCreateReply(false); // waits for the client's transfer timeout (30 s)
}

// Against a platform without any lookup (the documented API only), a lost create reply leaves
// the decision to the user: the push refuses to create blindly and names the two ways out.
TEST(QualysCli, AfterALostCreateTheUserAdoptsTheIdSeenInThePortal)
{
    QualysCli cli;
    FakeQualysFault lost;
    lost.method = u"POST"_s;
    lost.pathRegex = u"^/connectors/v1\\.0/org/azure/$"_s;
    lost.nthCall = 1;
    lost.lostReply = true;
    lost.closeConnection = true;
    ASSERT_TRUE(cli.fake.addFault(lost));
    ASSERT_NE(cli.run(cli.args(u"push"_s)).exitCode, 0);
    ASSERT_EQ(cli.tenantConnectors().size(), 1);
    const qint64 made = cli.tenantConnectors().at(0).toObject().value(u"id"_s).toInteger();

    const QualysCliResult refused = cli.run(cli.args(u"push"_s));
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(u"--existing-id"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"--create-anew"_s)) << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(u"error: atc:"_s)) << refused.err.toStdString();
    EXPECT_EQ(cli.tenantConnectors().size(), 1);

    const QualysCliResult bad = cli.run(cli.args(u"push"_s, {u"--existing-id"_s, u"zero"_s}));
    EXPECT_EQ(bad.exitCode, 2) << bad.err.toStdString();
    const QualysCliResult both = cli.run(
        cli.args(u"push"_s, {u"--existing-id"_s, QString::number(made), u"--create-anew"_s}));
    EXPECT_EQ(both.exitCode, 2) << both.err.toStdString();

    const QualysCliResult adopted = cli.run(
        cli.args(u"push"_s, {u"--existing-id"_s, QString::number(made), u"--format"_s, u"json"_s}));
    ASSERT_EQ(adopted.exitCode, 0) << adopted.err.toStdString();
    EXPECT_EQ(adopted.json().value(u"action"_s).toString(), u"updated"_s);
    EXPECT_EQ(adopted.json().value(u"tenantConnectorId"_s).toInteger(), made);
    EXPECT_EQ(cli.tenantConnectors().size(), 1);
    const ConnectorProfile saved = cli.profile(cli.profileId);
    ASSERT_EQ(saved.qualysLinks.size(), 1);
    EXPECT_EQ(saved.qualysLinks.at(0).tenantConnectorId, made);
    EXPECT_FALSE(saved.qualysLinks.at(0).createUncertain);
    expectNoSecret(cli, adopted);
}

TEST(QualysCli, SigtermCancelsAPushInFlight)
{
    QualysCli cli;
    FakeQualysFault hang;
    hang.method = u"POST"_s;
    hang.pathRegex = u"^/connectors/v1\\.0/org/azure/$"_s;
    hang.hang = true;
    ASSERT_TRUE(cli.fake.addFault(hang));
    bool sent = false;
    const QualysCliResult r = cli.run(cli.args(u"push"_s), {}, [&](QProcess &p) {
        if (sent)
            return;
        for (const QJsonValue &v : cli.fake.requests()) {
            if (v.toObject().value(u"path"_s).toString() == u"/connectors/v1.0/org/azure/"_s) {
                sent = true;
                p.terminate(); // SIGTERM while the create waits for its answer
            }
        }
    });
    ASSERT_TRUE(sent);
    EXPECT_EQ(r.exitCode, ExitCancelled) << r.err.toStdString();
    expectNoSecret(cli, r);
}

TEST(QualysCli, BadOptionsAreRefusedBeforeAnythingIsSent)
{
    QualysCli cli;
    struct Case
    {
        QStringList args;
        QString words;
    };
    const QList<Case> cases = {
        {{u"qualys"_s}, u"missing action"_s},
        {{u"qualys"_s, u"frobnicate"_s}, u"unknown action"_s},
        {{u"qualys"_s, u"push"_s, u"--profile"_s, cli.profileId, u"--qualys-platform"_s, u"XX9"_s},
         u"unknown Qualys platform"_s},
        {{u"qualys"_s, u"push"_s, u"--profile"_s, cli.profileId, u"--qualys-gateway"_s,
          cli.fake.gatewayUrl().toString()},
         u"--qualys-api-server"_s},
        {{u"qualys"_s, u"push"_s, u"--profile"_s, u"no such profile"_s, u"--qualys-platform"_s,
          u"US1"_s},
         u"no such profile"_s},
        {cli.args(u"push"_s, {u"--user"_s, u"someone"_s}), u"--user"_s},
        {cli.args(u"push"_s, {u"--ca-cert"_s, cli.dir.filePath(u"missing.pem"_s)}),
         u"missing.pem"_s},
    };
    for (const Case &c : cases) {
        const QualysCliResult r = cli.run(c.args);
        EXPECT_EQ(r.exitCode, ExitBadInput) << c.args.join(u' ').toStdString() << "\n"
                                            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.words)) << r.err.toStdString();
    }
    EXPECT_TRUE(cli.fake.requests().isEmpty());
}

TEST(QualysCli, NoQualysCredentialsSayWhereTheyComeFrom)
{
    QualysCli cli;
    cli.noQualysEnvironment();
    const QualysCliResult r = cli.run(cli.args(u"push"_s));
    EXPECT_EQ(r.exitCode, 7) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"QUALYS_USERNAME"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"atc qualys login"_s)) << r.err.toStdString();
    EXPECT_TRUE(cli.fake.requests().isEmpty());
}
