#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include "AzureClientConfig.h"
#include "AzureError.h"

class QNetworkAccessManager;

namespace atc {

class TokenProvider;
class ArmClient;

/**
 * One authenticated conversation with one tenant: the token cache and the bounded request
 * queue shared by every operation (ConnectionTester, TenantDiscovery, ResourceDiscovery).
 * Does NOT take ownership of the QNetworkAccessManager, which must outlive the session.
 */
class AzureSession : public QObject
{
    Q_OBJECT
public:
    AzureSession(QNetworkAccessManager *nam, AzureClientConfig config, QObject *parent = nullptr);
    ~AzureSession() override;

    const AzureClientConfig &config() const { return m_config; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    TokenProvider *tokenProvider() const { return m_tokenProvider; }
    ArmClient *armClient() const { return m_armClient; }

    /** Request counters since construction, for progress and the benchmark. */
    struct Stats
    {
        qint64 requests = 0;
        qint64 retries = 0;
        qint64 throttled = 0; ///< 429 answers received
        qint64 bytesReceived = 0;
    };
    Stats stats() const;

    /** Internal: the counters TokenProvider and ArmClient update. */
    Stats &counters() { return m_stats; }
    /** System CAs plus the custom CA file of the config. */
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    /**
     * A problem of the configuration itself (unreadable CA file, plain http to a host that is
     * not loopback, missing ids); None when fine. Every request then fails with it.
     */
    const AzureError &configurationError() const { return m_configError; }
    /**
     * The secrets this session knows: the authentication key, the proxy password of its
     * manager and `token` (a bearer token that went out). Every error the session's clients
     * report, and every error body before it is parsed, is cleaned of them here, the one
     * funnel through which a server's text enters the program.
     */
    QStringList knownSecrets(const QString &token = {}) const;
    AzureError redacted(AzureError error, const QString &token = {}) const;
    QByteArray redacted(const QByteArray &body, const QString &token = {}) const;
    /**
     * Reads the PEM certificates of a CA file: a regular file (after symlinks) of at most
     * MaxCaFileBytes, so that a FIFO or a device can neither block nor fill memory. False with
     * words in `why` otherwise, or when it holds no certificate.
     */
    static bool readCaCertificates(const QString &path, QList<QSslCertificate> *out,
                                   QString *why = nullptr);
    static constexpr qint64 MaxCaFileBytes = 4 * 1024 * 1024;
    /** https, or plain http only to 127.0.0.0/8, ::1 or localhost. */
    static bool isAllowedUrl(const QUrl &url, QString *why = nullptr);

private:
    Stats m_stats;
    QSslConfiguration m_ssl;
    AzureError m_configError;
    QNetworkAccessManager *m_nam;
    AzureClientConfig m_config;
    TokenProvider *m_tokenProvider = nullptr;
    ArmClient *m_armClient = nullptr;
};

} // namespace atc
