// The emulator over real HTTPS on loopback; the client trusts the test CA, never ignores errors.
#include "AzureEmulator.h"
#include "EmulatorClient.h"

#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslKey>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator;
using atc::test::EmulatorClient;
using atc::test::HttpResult;

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral(ATC_SOURCE_DIR "/tests/data/tls/") + QLatin1String(name);
}

class TlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QFile cert(tlsFile("server.pem"));
        QFile key(tlsFile("server.key"));
        ASSERT_TRUE(cert.open(QIODevice::ReadOnly));
        ASSERT_TRUE(key.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&cert, QSsl::Pem);
        const QSslKey privateKey(&key, QSsl::Rsa, QSsl::Pem);
        ASSERT_FALSE(certificate.isNull());
        ASSERT_FALSE(privateKey.isNull());
        QString error;
        ASSERT_TRUE(m_emulator.listenTls(certificate, privateKey, 0, &error))
            << error.toStdString();
    }
    AzureEmulator m_emulator;
};

TEST_F(TlsTest, TrustedTestCaGivesTokenAndListings)
{
    EXPECT_EQ(m_emulator.baseUrl().scheme(), u"https"_s);
    EXPECT_EQ(m_emulator.baseUrl().host(), u"localhost"_s);
    EmulatorClient client(m_emulator.baseUrl());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(tlsFile("ca.pem")));
    client.setSslConfiguration(ssl);

    const QByteArray token = client.token();
    ASSERT_FALSE(token.isEmpty());
    const HttpResult r = client.get(
        "/providers/Microsoft.Management/managementGroups?api-version=2021-04-01", token);
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_EQ(r.status, 200);
    EXPECT_FALSE(r.json().value("value"_L1).toArray().isEmpty());
    const QString next = r.json().value("nextLink"_L1).toString();
    EXPECT_TRUE(next.isEmpty());
}

TEST_F(TlsTest, UntrustedCertificateFailsTheHandshake)
{
    EmulatorClient client(m_emulator.baseUrl());
    const HttpResult r = client.requestToken(QString::fromLatin1(sandbox::TenantId),
                                             QString::fromLatin1(sandbox::ClientId),
                                             QString::fromLatin1(sandbox::ClientSecret));
    EXPECT_EQ(r.error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_EQ(r.status, 0);
}

} // namespace
