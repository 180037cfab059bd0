#include <gtest/gtest.h>

#include "azure/AzureParsers.h"
#include "azure/NetworkSupport.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray aadBody(const char *error, int code, const char *description)
{
    return QStringLiteral(
               R"({"error":"%1","error_description":"AADSTS%2: %3\r\nTrace ID: 1\r\nCorrelation ID: 2\r\nTimestamp: 2024-01-01 00:00:00Z","error_codes":[%2],"timestamp":"2024-01-01 00:00:00Z","trace_id":"1","correlation_id":"2","error_uri":"https://login.microsoftonline.com/error?code=%2"})")
        .arg(QLatin1String(error))
        .arg(code)
        .arg(QLatin1String(description))
        .toUtf8();
}

struct TokenCase
{
    const char *error;
    int code;
    int status;
    AzureErrorKind kind;
    const char *messagePart;
};

} // namespace

TEST(AzureError, TokenErrorsClassifiedAndWorded)
{
    const TokenCase cases[] = {
        {"invalid_request", 90002, 400, AzureErrorKind::TenantNotFound, "was not found"},
        {"invalid_tenant", 90002, 400, AzureErrorKind::TenantNotFound, "was not found"},
        {"invalid_request", 900023, 400, AzureErrorKind::TenantMalformed, "neither a valid"},
        {"unauthorized_client", 700016, 400, AzureErrorKind::AppNotFound,
         "application (client) ID"},
        {"invalid_client", 7000215, 401, AzureErrorKind::InvalidSecret,
         "The authentication key is not valid. Enter the secret's Value, not its Secret ID."},
        {"invalid_client", 7000222, 401, AzureErrorKind::ExpiredSecret, "has expired"},
        {"invalid_request", 7000218, 400, AzureErrorKind::MissingSecret, "No authentication key"},
        {"invalid_request", 900144, 400, AzureErrorKind::MissingSecret, "No authentication key"},
        {"invalid_scope", 70011, 400, AzureErrorKind::TokenRequestFailed, "AADSTS70011"},
        // `error` first: an unknown number in the invalid_client family is still a bad secret.
        {"invalid_client", 7999999, 401, AzureErrorKind::InvalidSecret, "not valid"},
        {"unauthorized_client", 7999998, 400, AzureErrorKind::AppNotFound, "not found"},
    };
    for (const TokenCase &c : cases) {
        SCOPED_TRACE(c.code);
        const AzureError e = AzureParsers::tokenError(c.status, aadBody(c.error, c.code, "text"));
        EXPECT_EQ(e.kind, c.kind);
        EXPECT_EQ(e.code, u"AADSTS"_s + QString::number(c.code));
        EXPECT_EQ(e.httpStatus, c.status);
        EXPECT_TRUE(e.message().contains(QString::fromUtf8(c.messagePart)))
            << e.message().toStdString();
        if (e.kind != AzureErrorKind::TokenRequestFailed) {
            EXPECT_FALSE(e.advice().isEmpty());
        }
        EXPECT_TRUE(e.fullText().startsWith(e.message()));
        EXPECT_TRUE(e.isAuthenticationError());
    }
}

TEST(AzureError, TokenErrorWithoutCodesOrJson)
{
    AzureError e = AzureParsers::tokenError(
        401, R"({"error":"invalid_client","error_description":"AADSTS7000222: expired"})");
    EXPECT_EQ(e.kind, AzureErrorKind::ExpiredSecret);
    e = AzureParsers::tokenError(502, "<html>Bad gateway</html>");
    EXPECT_EQ(e.kind, AzureErrorKind::ServerError);
    e = AzureParsers::tokenError(400, "garbage");
    EXPECT_EQ(e.kind, AzureErrorKind::TokenRequestFailed);
}

TEST(AzureError, ArmErrorsClassifiedAndWorded)
{
    const QString scope =
        u"/providers/Microsoft.Management/managementGroups/8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b"_s;
    AzureError e = AzureParsers::armError(
        403, (u"{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'a' with "
              u"object id 'b' "
              u"does not have authorization to perform action "
              u"'Microsoft.Management/managementGroups/read' "
              u"over scope '"_s +
              scope +
              u"' or the scope is invalid. If access was recently granted, please "
              u"refresh your credentials.\"}}"_s)
                 .toUtf8());
    EXPECT_EQ(e.kind, AzureErrorKind::AuthorizationFailed);
    EXPECT_EQ(e.scope, scope);
    EXPECT_TRUE(e.advice().contains(scope));
    EXPECT_TRUE(e.advice().contains(u"Reader"_s));
    EXPECT_TRUE(e.isPermissionError());
    e.atTenantRoot = true;
    EXPECT_TRUE(e.advice().contains(
        u"Assign the Reader role (or Management Group Reader) to the app on the Tenant Root Group"_s));

    e = AzureParsers::armError(
        403,
        R"({"error":{"code":"AuthorizationFailed","message":"The client 'a' with object id 'b' does not have authorization to perform action 'x' over scope '/subscriptions/1234' or the scope is invalid."}})");
    EXPECT_TRUE(e.advice().contains(u"Reader role to the app at scope /subscriptions/1234"_s));

    struct Case
    {
        int status;
        const char *body;
        AzureErrorKind kind;
    };
    const Case cases[] = {
        {401,
         R"({"error":{"code":"InvalidAuthenticationToken","message":"The access token is invalid."}})",
         AzureErrorKind::InvalidToken},
        {401,
         R"({"error":{"code":"InvalidAuthenticationTokenAudience","message":"wrong audience"}})",
         AzureErrorKind::InvalidToken},
        {401, R"({"error":{"code":"InvalidAuthenticationTokenTenant","message":"wrong issuer"}})",
         AzureErrorKind::InvalidToken},
        {401, R"({"error":{"code":"AuthenticationFailed","message":"Authentication failed."}})",
         AzureErrorKind::InvalidToken},
        {401,
         R"({"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time '8/17/2017 10:54:41 PM' is earlier than current UTC time '8/17/2017 10:55:43 PM'."}})",
         AzureErrorKind::ExpiredToken},
        {404,
         R"({"error":{"code":"SubscriptionNotFound","message":"The subscription 'c0a1b2c3-0007-4d5e-9f60-7a8b9c0d1e07' could not be found."}})",
         AzureErrorKind::SubscriptionNotFound},
        {429,
         R"({"error":{"code":"SubscriptionRequestsThrottled","message":"Number of 'read' requests exceeded."}})",
         AzureErrorKind::Throttled},
        {429,
         R"({"error":{"code":"RateLimiting","message":"Please provide below info","details":[{"code":"RateLimiting","message":"Client application has been throttled"}]}})",
         AzureErrorKind::Throttled},
        {500, R"({"error":{"code":"InternalServerError","message":"boom"}})",
         AzureErrorKind::ServerError},
        {503, "", AzureErrorKind::ServerError},
        {404, R"({"error":{"code":"ResourceNotFound","message":"nope"}})",
         AzureErrorKind::NotFound},
        {400,
         R"({"error":{"code":"BadRequest","message":"bad","details":"a string, as in the MG spec"}})",
         AzureErrorKind::HttpError},
        {400, R"({"code":"BadRequest","message":"bare inner object"})", AzureErrorKind::HttpError},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.body);
        const AzureError x = AzureParsers::armError(c.status, QByteArray(c.body));
        EXPECT_EQ(x.kind, c.kind);
        EXPECT_FALSE(x.message().isEmpty());
        EXPECT_FALSE(x.advice().isEmpty());
    }
    e = AzureParsers::armError(
        429,
        R"({"error":{"code":"RateLimiting","message":"Please provide below info","details":[{"code":"RateLimiting","message":"Client application has been throttled"}]}})");
    EXPECT_EQ(e.serverMessage, u"Client application has been throttled"_s);
    e = AzureParsers::armError(
        404,
        R"({"error":{"code":"SubscriptionNotFound","message":"The subscription 'c0a1b2c3-0007-4d5e-9f60-7a8b9c0d1e07' could not be found."}})");
    EXPECT_EQ(e.scope, u"c0a1b2c3-0007-4d5e-9f60-7a8b9c0d1e07"_s);
    EXPECT_TRUE(e.message().contains(e.scope));
    e = AzureParsers::armError(400, R"({"error":{"code":"X","details":"only details"}})");
    EXPECT_EQ(e.serverMessage, u"only details"_s);
}

TEST(AzureError, TransportErrorsWorded)
{
    const QString url = u"https://login.example.test/t/oauth2/v2.0/token"_s;
    struct Case
    {
        QNetworkReply::NetworkError code;
        AzureErrorKind kind;
        const char *part;
    };
    const Case cases[] = {
        {QNetworkReply::HostNotFoundError, AzureErrorKind::HostNotFound,
         "could not be found (DNS)"},
        {QNetworkReply::ConnectionRefusedError, AzureErrorKind::ConnectionRefused,
         "refused the connection"},
        {QNetworkReply::TimeoutError, AzureErrorKind::Timeout, "did not answer in time"},
        {QNetworkReply::OperationCanceledError, AzureErrorKind::Timeout, "did not answer in time"},
        {QNetworkReply::ProxyConnectionRefusedError, AzureErrorKind::Proxy, "proxy"},
        {QNetworkReply::ProxyAuthenticationRequiredError, AzureErrorKind::Proxy, "proxy"},
        {QNetworkReply::RemoteHostClosedError, AzureErrorKind::Network, "network connection"},
        {QNetworkReply::SslHandshakeFailedError, AzureErrorKind::Tls, "not trusted"},
    };
    const QList<QSslError> ssl{QSslError(QSslError::UnableToGetLocalIssuerCertificate)};
    for (const Case &c : cases) {
        SCOPED_TRACE(int(c.code));
        const AzureError e = net::transportError(c.code, u"qt text"_s, ssl, url);
        EXPECT_EQ(e.kind, c.kind);
        EXPECT_TRUE(e.message().contains(QString::fromUtf8(c.part))) << e.message().toStdString();
        EXPECT_FALSE(e.advice().isEmpty());
        EXPECT_TRUE(e.isNetworkError());
    }
    const AzureError tls =
        net::transportError(QNetworkReply::SslHandshakeFailedError, u"x"_s, ssl, url);
    EXPECT_TRUE(tls.message().contains(
        QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString()));
    EXPECT_TRUE(tls.message().contains(u"login.example.test"_s));
    EXPECT_TRUE(tls.advice().contains(u"custom CA"_s));
}

TEST(AzureError, EveryKindHasWords)
{
    for (int k = int(AzureErrorKind::InvalidInput); k <= int(AzureErrorKind::MalformedResponse);
         ++k) {
        const AzureError e = AzureError::make(AzureErrorKind(k), u"detail"_s, 500);
        EXPECT_FALSE(e.message().isEmpty()) << k;
        EXPECT_NE(AzureError::kindName(e.kind), u"Unknown"_s);
        if (e.kind != AzureErrorKind::Cancelled) {
            EXPECT_FALSE(e.advice().isEmpty()) << k;
        }
    }
    EXPECT_TRUE(AzureError().fullText().isEmpty());
}
