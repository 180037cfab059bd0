// Tolerant reading: numbers or strings, booleans or "true"/"false", unknown fields ignored,
// every error-body style turned into the best message; the words of each error kind.

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "qualys/QualysError.h"
#include "qualys/QualysParsers.h"
#include "qualys/QualysPlatform.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

TEST(QualysParsers, NumbersBooleansAndTextTolerated)
{
    EXPECT_EQ(QualysParsers::toInteger(QJsonValue(60)), 60);
    EXPECT_EQ(QualysParsers::toInteger(QJsonValue(u"60"_s)), 60);
    EXPECT_FALSE(QualysParsers::toInteger(QJsonValue(u"sixty"_s)));
    EXPECT_TRUE(QualysParsers::toBool(QJsonValue(true)));
    EXPECT_TRUE(QualysParsers::toBool(QJsonValue(u"TRUE"_s)));
    EXPECT_FALSE(QualysParsers::toBool(QJsonValue(u"false"_s), true));
    EXPECT_TRUE(QualysParsers::toBool(QJsonValue(), true)); // fallback
}

TEST(QualysParsers, TenantConnectorInEitherShape)
{
    const QByteArray strings = R"({"id":"123456","organizationId":"t-1","name":"Azure Org",
        "runFrequency":"60","connectorRunFrequency":"1440","lastSynced":
        "2023-05-17T07:56:38.051+00:00","isDisabled":"true","isDeleted":false,"brandNew":{"x":1}})";
    const QualysTenantConnector a =
        QualysParsers::tenantConnector(QJsonDocument::fromJson(strings).object());
    EXPECT_EQ(a.id, 123456);
    EXPECT_EQ(a.tenantId, u"t-1"_s);
    EXPECT_EQ(a.runFrequencyMinutes, 60);
    EXPECT_EQ(a.connectorRunFrequencyMinutes, 1440);
    EXPECT_TRUE(a.disabled);
    EXPECT_FALSE(a.deleted);
    EXPECT_EQ(a.lastSynced, QDateTime(QDate(2023, 5, 17), QTime(7, 56, 38, 51), Qt::UTC));
    EXPECT_TRUE(a.raw.contains("brandNew"_L1)); // kept, never required

    const QByteArray numbers = R"({"id":7,"runFrequency":240,"isDisabled":false})";
    const QualysTenantConnector b =
        QualysParsers::tenantConnector(QJsonDocument::fromJson(numbers).object());
    EXPECT_EQ(b.id, 7);
    EXPECT_EQ(b.runFrequencyMinutes, 240);
    EXPECT_FALSE(b.disabled);
}

TEST(QualysParsers, IdFromAnyCreateAnswer)
{
    EXPECT_EQ(QualysParsers::idFromBody(R"({"id":42})"), 42);
    EXPECT_EQ(QualysParsers::idFromBody(R"({"id":"42","name":"x"})"), 42);
    EXPECT_EQ(QualysParsers::idFromBody("42"), 42);
    EXPECT_EQ(QualysParsers::idFromBody(R"("42")"), 42);
    EXPECT_EQ(QualysParsers::idFromBody(R"({"data":{"id":42}})"), 42);
    EXPECT_FALSE(QualysParsers::idFromBody(""));
    EXPECT_FALSE(QualysParsers::idFromBody(R"({"name":"x"})"));
}

TEST(QualysParsers, MemberStatesMapped)
{
    const QByteArray body = R"({"ServiceResponse":{"responseCode":"SUCCESS","count":2,
        "hasMoreRecords":"false","lastId":2,"data":[
        {"AzureAssetDataConnector":{"id":1,"connectorState":"FINISHED_SUCCESS","disabled":"false",
          "isAttachedToOrgConnector":"true","authRecord":{"subscriptionId":"s1","directoryId":"t"}}},
        {"AzureAssetDataConnector":{"id":"2","connectorState":"QUEUED","disabled":true}}]}})";
    const auto r = QualysParsers::qpsResponse(body);
    ASSERT_TRUE(r.parsed);
    EXPECT_FALSE(r.hasMoreRecords);
    const auto objects = r.objects(u"AzureAssetDataConnector"_s);
    ASSERT_EQ(objects.size(), 2);
    const QualysMemberConnector a = QualysParsers::memberConnector(objects[0]);
    EXPECT_EQ(a.state, QualysMemberConnector::State::Succeeded);
    EXPECT_TRUE(a.attachedToTenantConnector);
    EXPECT_EQ(a.subscriptionId, u"s1"_s);
    const QualysMemberConnector b = QualysParsers::memberConnector(objects[1]);
    EXPECT_EQ(b.id, 2);
    EXPECT_EQ(b.state, QualysMemberConnector::State::Disabled);
    EXPECT_EQ(QualysMemberConnector::stateName(b.state), u"disabled"_s);
    EXPECT_EQ(QualysMemberConnector::stateFromPlatform(u"FINISHED_ERRORS"_s, false),
              QualysMemberConnector::State::Failed);
    EXPECT_EQ(QualysMemberConnector::stateFromPlatform(u"PROCESSING"_s, false),
              QualysMemberConnector::State::Running);
}

struct ErrorCase
{
    const char *body;
    const char *message;
    const char *code;
};

class QualysErrorBodies : public ::testing::TestWithParam<ErrorCase>
{};

TEST_P(QualysErrorBodies, BestMessage)
{
    const auto w = QualysParsers::errorWords(GetParam().body);
    EXPECT_EQ(w.message.toStdString(), GetParam().message);
    EXPECT_EQ(w.code.toStdString(), GetParam().code);
}

INSTANTIATE_TEST_SUITE_P(
    Styles, QualysErrorBodies,
    ::testing::Values(
        ErrorCase{R"({"status":400,"error":"Bad Request","message":"name must be unique"})",
                  "name must be unique", "Bad Request"},
        ErrorCase{R"({"errorCode":"CMS-4000","message":"orgRunFrequency invalid"})",
                  "orgRunFrequency invalid", "CMS-4000"},
        ErrorCase{R"({"timestamp":"2026-01-01","status":400,"error":"Bad Request","path":"/x"})",
                  "Bad Request", ""},
        ErrorCase{"connectorPrefixName is not a known field",
                  "connectorPrefixName is not a known field", ""},
        ErrorCase{R"({"ServiceResponse":{"responseCode":"UNAUTHORIZED","responseErrorDetails":{
            "errorMessage":"You are not authorized","errorResolution":"Contact your manager"}}})",
                  "You are not authorized", "UNAUTHORIZED"},
        ErrorCase{"<ServiceResponse><responseCode>INVALID_REQUEST</responseCode>"
                  "<responseErrorDetails><errorMessage>Bad name</errorMessage>"
                  "</responseErrorDetails></ServiceResponse>",
                  "Bad name", "INVALID_REQUEST"},
        ErrorCase{"<SIMPLE_RETURN><RESPONSE><CODE>1920</CODE><TEXT>Missing header"
                  "</TEXT></RESPONSE></SIMPLE_RETURN>",
                  "Missing header", "1920"},
        ErrorCase{"<html><head><title>502 Bad Gateway</title></head><body>x</body></html>",
                  "502 Bad Gateway", ""}));

TEST(QualysParsers, QpsHttp200FailureIsAnError)
{
    const QByteArray body = R"({"ServiceResponse":{"responseCode":"UNAUTHORIZED",
        "responseErrorDetails":{"errorMessage":"You are not authorized to access the application
        through the API.","errorResolution":"contact your account manager."}}})";
    const QualysError e = QualysParsers::qpsError(200, body);
    EXPECT_EQ(e.kind, QualysErrorKind::NoApiAccess);
    EXPECT_EQ(e.code, u"UNAUTHORIZED"_s);
    EXPECT_EQ(
        QualysParsers::qpsError(200, R"({"ServiceResponse":{"responseCode":"SUCCESS"}})").kind,
        QualysErrorKind::None);
    EXPECT_EQ(QualysParsers::qpsError(200, "<html>proxy</html>").kind,
              QualysErrorKind::MalformedResponse);
    EXPECT_EQ(QualysParsers::qpsError(200, R"({"ServiceResponse":{"responseCode":
        "OBJECT_NOT_FOUND"}})")
                  .kind,
              QualysErrorKind::NotFound);
    EXPECT_EQ(QualysParsers::gatewayError(400, R"({"message":"x"})").kind,
              QualysErrorKind::Rejected);
    EXPECT_EQ(QualysParsers::gatewayError(403, "").kind, QualysErrorKind::PermissionDenied);
}

TEST(QualysErrorWords, NameTheCredentialAndThePlatformWords)
{
    QualysError e = QualysError::make(QualysErrorKind::LoginFailed, {}, 401);
    e.user = u"contoso_ab1"_s;
    e.platformName = u"US2"_s;
    EXPECT_TRUE(e.message().contains(u"user name"_s));
    EXPECT_TRUE(e.message().contains(u"contoso_ab1"_s));
    EXPECT_TRUE(e.advice().contains(u"password"_s));

    e.kind = QualysErrorKind::ClientLoginFailed;
    e.user = u"c1d2"_s;
    EXPECT_TRUE(e.message().contains(u"client ID \"c1d2\""_s));

    QualysError r = QualysError::make(QualysErrorKind::Rejected, u"autoActivateVM unknown"_s, 400);
    EXPECT_TRUE(r.fullText().contains(u"autoActivateVM unknown"_s));
    EXPECT_TRUE(r.fullText().contains(u"HTTP 400"_s));

    QualysError secret = QualysError::make(QualysErrorKind::Rejected, u"bad key s3cr%2Bt"_s);
    secret.redact({u"s3cr+t"_s});
    EXPECT_FALSE(secret.fullText().contains(u"s3cr"_s));
    for (int k = int(QualysErrorKind::InvalidInput); k <= int(QualysErrorKind::RedirectRefused);
         ++k) {
        const QualysError any = QualysError::make(QualysErrorKind(k));
        EXPECT_FALSE(any.message().isEmpty()) << k;
        EXPECT_NE(QualysError::kindName(any.kind), u"Unknown"_s);
    }
}

TEST(QualysPlatform, PodTableAndCustomUrls)
{
    const auto pods = QualysPlatform::knownPlatforms();
    ASSERT_GE(pods.size(), 13);
    EXPECT_EQ(pods.first().id, u"US1"_s);
    EXPECT_EQ(pods.first().apiServer, QUrl(u"https://qualysapi.qualys.com"_s));
    EXPECT_EQ(pods.first().gateway, QUrl(u"https://gateway.qg1.apps.qualys.com"_s));
    const QualysPlatform eu1 = QualysPlatform::find(u"eu1"_s);
    EXPECT_EQ(eu1.gateway.host(), u"gateway.qg1.apps.qualys.eu"_s);
    EXPECT_EQ(QualysPlatform::find(u"KSA1"_s).apiServer.host(),
              u"qualysapi.qg1.apps.qualysksa.com"_s);
    EXPECT_FALSE(QualysPlatform::find(u"GOV1"_s).isValid()); // gateway unknown: custom URLs
    for (const QualysPlatform &p : pods) {
        EXPECT_TRUE(p.validate().isEmpty()) << p.id.toStdString();
        EXPECT_EQ(p.key(), p.id);
        EXPECT_EQ(QualysPlatform::fromKey(p.key()).id, p.id);
    }
    const QualysPlatform c =
        QualysPlatform::custom(QUrl(u"http://127.0.0.1:8443/"_s), QUrl(u"http://127.0.0.1:8444"_s));
    EXPECT_TRUE(c.validate().isEmpty()) << c.validate().toStdString();
    EXPECT_EQ(c.key(), u"custom:http://127.0.0.1:8443"_s);
    EXPECT_FALSE(QualysPlatform::custom(QUrl(u"http://gateway.example.com"_s),
                                        QUrl(u"https://api.example.com"_s))
                     .validate()
                     .isEmpty()); // plain http only to loopback
    EXPECT_FALSE(QualysPlatform::custom(QUrl(u"https://gw.example.com/x"_s),
                                        QUrl(u"https://api.example.com"_s))
                     .validate()
                     .isEmpty());
}
