#pragma once

#include "FakeQualysTypes.h"
#include "QualysVariant.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>

namespace atc::emulator::qualys {

/**
 * A loopback fake of the Qualys platform (reference qualys-connector.md §12): the gateway
 * (/auth*, /connectors/v1.0) and the API server (/qps/rest) on two ports, plus a test-only
 * control port (/__fake/...). Strict on input, varied on output by a seeded QualysVariant,
 * with rate limits, fault injection and a clock-driven simulation of connector syncs.
 * Single-threaded: use it from the thread that created it. Never logs a secret.
 */
class FakeQualys : public QObject
{
    Q_OBJECT
public:
    explicit FakeQualys(QObject *parent = nullptr);
    ~FakeQualys() override;

    /** Three ephemeral ports on `address`; false with errorString() on failure. */
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    /** The gateway and API server over HTTPS with this certificate (URLs use its DNS name);
     *  the control port stays plain HTTP. */
    bool startTls(const QSslCertificate &certificate, const QSslKey &key,
                  const QHostAddress &address = QHostAddress::LocalHost);
    QString errorString() const;

    QUrl gatewayUrl() const;
    QUrl apiServerUrl() const;
    QUrl controlUrl() const;

    void addUser(const FakeQualysUser &user);
    void setAzureTenant(const FakeQualysAzureTenant &tenant);
    /** The Azure emulator's tenant JSON (or the fake's own form); false on a bad document. */
    bool setAzureTenantJson(const QByteArray &json, QString *error = nullptr);

    void setVariantSeed(quint32 seed);
    void setVariant(const QualysVariant &variant);
    QualysVariant variant() const;
    void setSpeculative(bool on);
    bool speculative() const;

    /** Moves the simulated clock and runs the simulation (at most 30 days per call). */
    void advanceClock(int seconds);
    QDateTime clockNow() const;
    /** Simulated seconds per real second; 0 = off (default). */
    void setRealTimeClock(double simulatedSecondsPerSecond);

    void expireTokens();
    bool addFault(const FakeQualysFault &fault);
    void clearFaults();
    void setGatewayRateLimit(int limit, int windowSec);
    void setQpsRateLimit(int limit, int windowSec);
    void setQpsConcurrencyLimit(int limit);

    /** Requests seen on the public ports, secrets as "***". */
    QJsonArray requests() const;
    /** Tenant connectors, member connectors, tags, users (secrets as "***"). */
    QJsonObject state() const;
    /** Back to an empty platform: data, faults, log, limits, variant; keeps listening. */
    void reset();

    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr int HangLimitMs = 120000;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace atc::emulator::qualys
