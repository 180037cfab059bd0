#pragma once

#include <QObject>

#include "AzureClientConfig.h"

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

private:
    QNetworkAccessManager *m_nam;
    AzureClientConfig m_config;
    TokenProvider *m_tokenProvider = nullptr;
    ArmClient *m_armClient = nullptr;
};

} // namespace atc
