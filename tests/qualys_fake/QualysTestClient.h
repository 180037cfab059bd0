#pragma once

// Raw HTTP to the fake over a real QNetworkAccessManager. Each call waits for its reply with
// QSignalSpy (bounded), never with a fixed sleep.
#include "FakeQualys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace atc::test {

struct QualysResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /** ServiceResponse of a QPS JSON reply. */
    QJsonObject service() const
    {
        return json().value(QStringLiteral("ServiceResponse")).toObject();
    }
};

/** The sign-in of the tests' Qualys user. */
inline constexpr char TestLogin[] = "contoso_qa1";
inline constexpr char TestPassword[] = "p@ss word&=!";
inline constexpr char TestClientId[] = "5f0c9a40-3d8e-4b3f-9e21-6a4c2b1d0e9f";
inline constexpr char TestClientSecret[] = "client-secret-value";
/** The Azure view of the tests (the fake's own fixture form). */
inline constexpr char TestTenantId[] = "8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b";
inline constexpr char TestAppId[] = "0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
inline constexpr char TestAppSecret[] = "azure-app-secret";

class QualysTestClient
{
public:
    explicit QualysTestClient(emulator::qualys::FakeQualys &fake) : m_fake(fake) {}

    QualysResult send(const QByteArray &method, const QUrl &url,
                      const QList<QPair<QByteArray, QByteArray>> &headers,
                      const QByteArray &body = {}, int timeoutMs = 10000);

    /** POST /auth with a form; returns the result (201 + JWT on success). */
    QualysResult auth(const QString &login, const QString &password,
                      const QByteArray &tokenFlag = "true");
    /** A valid JWT of the test user (fails the test if none). */
    QByteArray token();
    /** A v1.0 call on the gateway with Bearer, JSON content type and Accept. */
    QualysResult v1(const QByteArray &method, const QByteArray &pathAndQuery,
                    const QByteArray &body, const QByteArray &token);
    /** A QPS call on the API server: Basic, X-Requested-With, JSON both ways. */
    QualysResult qps(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                     const QString &login = QString::fromLatin1(TestLogin),
                     const QString &password = QString::fromLatin1(TestPassword));
    QualysResult control(const QByteArray &method, const QByteArray &pathAndQuery,
                         const QByteArray &body = {});

    static QUrl join(const QUrl &base, const QByteArray &pathAndQuery);

private:
    emulator::qualys::FakeQualys &m_fake;
    QNetworkAccessManager m_nam;
};

/** Starts a fake with the test user and Azure view; fails the test when it cannot. */
void setUpFake(emulator::qualys::FakeQualys &fake);
/** A valid tenant connector create body (§3.4 shape). */
QJsonObject tenantBody(const QString &name);
/** A valid QPS member create body. */
QByteArray memberBody(const QString &name, const QString &subscriptionId);

} // namespace atc::test
