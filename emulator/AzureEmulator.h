#pragma once

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace atc::emulator {

/** The built-in sandbox tenant ("Contoso"). Its app secret is fake and only valid here. */
namespace sandbox {
inline constexpr char TenantId[] = "8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b";
inline constexpr char TenantDomain[] = "contoso-sandbox.onmicrosoft.com";
inline constexpr char TenantName[] = "Contoso (sandbox)";
inline constexpr char ClientId[] = "0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
inline constexpr char ClientSecret[] = "sandbox-secret-value-not-for-production";
// Extra apps for demos and tests (all fake, valid only against the emulator).
/** Its only secret expired in 2024: the token endpoint answers AADSTS7000222. */
inline constexpr char ExpiredClientId[] = "3a9f1c2e-7b6d-4e5f-8a1b-2c3d4e5f6a7b";
inline constexpr char ExpiredClientSecret[] = "sandbox-expired-secret-value";
/** Reader on one subscription only: the root group is not readable (403). */
inline constexpr char SubscriptionReaderClientId[] = "5b8e2d1f-9c7a-4b6e-8d5c-4e3f2a1b0c9d";
inline constexpr char SubscriptionReaderClientSecret[] = "sandbox-subscription-reader-secret";
inline constexpr char SubscriptionReaderSubscriptionId[] = "c0a1b2c3-0007-4d5e-9f60-7a8b9c0d1e07";
/** Contributor at the root group (remediation demos). */
inline constexpr char ContributorClientId[] = "7c1d3e5f-2a4b-4c6d-9e8f-1a2b3c4d5e6f";
inline constexpr char ContributorClientSecret[] = "sandbox-contributor-secret";
/** Well-known subscriptions of the sandbox tenant. */
inline constexpr char DisabledSubscriptionId[] = "c0a1b2c3-000c-4d5e-9f60-7a8b9c0d1e0c";
inline constexpr char RootSubscriptionId[] = "c0a1b2c3-000d-4d5e-9f60-7a8b9c0d1e0d";
} // namespace sandbox

/** Faults to inject; all off by default. Adjustable while the server runs. */
struct FaultOptions
{
    int latencyMs = 0; ///< added to every response (delivered asynchronously, never blocking)
    /** Route filter for the faults below: a substring of the request path; empty = all routes. */
    QString route;
    double throttleFraction = 0.0; ///< share of matching requests answered 429
    int throttleFirstN = 0;        ///< the first N matching requests answered 429
    int retryAfterSeconds = 1;     ///< Retry-After of the 429s (0 allowed)
    int serverErrorFirstN = 0;     ///< the first N matching requests answered serverErrorStatus
    int serverErrorStatus = 503;
    int truncateFirstN = 0;              ///< first N matching responses: body cut in half
    int closeMidBodyFirstN = 0;          ///< first N matching responses: connection closed mid-body
    int tokenLifetimeSeconds = 3599;     ///< tokens expire after this (ExpiredAuthenticationToken)
    bool emptyPagesWithNextLink = false; ///< insert an empty page (with nextLink) before each page
    bool managementGroupListUsesAtNextLink = false; ///< "@nextLink" (2023-04-01) vs "nextLink"
    bool denyResourceGraph = false; ///< ARG answers 403 AuthorizationFailed for every app
    /** ARG leaves this subscription's rows out of its Resources answers (ARM still lists
     *  them); empty = off. */
    QString resourceGraphOmitsSubscription;
    int pageSize = 0; ///< ARM list page size; 0 = the emulator's default (1000)
    /** Resource Graph quota per window and app (429 RateLimiting beyond); 0 = unlimited.
     *  Azure: 15 per 5 s (QuotaModel). */
    int resourceGraphQuota = 0;
    int resourceGraphWindowMs = 5000; ///< the quota's window
    /** A quota 429 also carries Retry-After. Azure documents only the quota headers. */
    bool resourceGraphRetryAfter = false;
    /** ARM read token bucket per subscription (and one for tenant reads) and app; 0 = unlimited.
     *  Azure: 250, refilled 25 per second. Beyond: 429 SubscriptionRequestsThrottled. */
    int armBucketSize = 0;
    double armBucketRefillPerSecond = 25.0;
    /** > latencyMs: each response waits a uniform random time in [latencyMs, latencyMaxMs]. */
    int latencyMaxMs = 0;
};

/** Counters since start (or resetStats()). */
struct EmulatorStats
{
    qint64 requests = 0;
    qint64 tokenRequests = 0;
    qint64 throttled = 0;
    qint64 serverErrors = 0;
    qint64 resourceGraphRequests = 0;
    qint64 faultedBodies = 0;        ///< truncated or closed mid-body
    qint64 emptyPages = 0;           ///< injected empty pages
    qint64 resourceListRequests = 0; ///< GET /subscriptions/{id}/resources pages served
    /** Of those: GET /subscriptions/{id}/providers/{namespace}/{type} pages (with properties). */
    qint64 providerListRequests = 0;
    qint64 resourceGraphThrottled = 0; ///< 429 RateLimiting of the Resource Graph quota
    qint64 armThrottled = 0;           ///< 429 SubscriptionRequestsThrottled of the ARM buckets
    /** ARM bucket 429s per subscription id (lower case). */
    QHash<QString, qint64> armThrottledBySubscription;
    /** With a latency: the most Resource Graph answers waiting for it at once (the client's
     *  queries in flight together). */
    int resourceGraphPeakInFlight = 0;
};

/** What the synthetic tenant generator makes; deterministic for a given spec. */
struct SyntheticTenantSpec
{
    int managementGroups = 50; ///< nested up to 6 levels below the root
    int subscriptions = 500;
    int resources = 50000;
    quint32 seed = 1;
    int disabledSubscriptions = 0;

    /** Caps: a tenant within them fits in memory (the benchmarks use 200 / 2,000 / 200,000). */
    static constexpr int MaxManagementGroups = 1000;
    static constexpr int MaxSubscriptions = 10000;
    static constexpr int MaxResources = 2000000;
    /** False, with words in `error`, when a count is negative or beyond its cap. */
    bool validate(QString *error = nullptr) const;
};

class TenantModel;

/**
 * A loopback Azure: Entra v2.0 token endpoint, ARM management groups, subscriptions,
 * resources, Resource Graph and permissions, with the wire formats of azure-wire.md.
 * One base URL serves both the authority (/{tenant}/oauth2/v2.0/token) and ARM.
 * Listens on 127.0.0.1 only.
 */
class AzureEmulator : public QObject
{
    Q_OBJECT
public:
    explicit AzureEmulator(QObject *parent = nullptr);
    ~AzureEmulator() override;

    /** Tenant description (docs/emulator.md). Replaces the current tenant; keeps listening. */
    bool loadTenantJson(const QByteArray &json, QString *error = nullptr);
    bool loadTenantFile(const QString &path, QString *error = nullptr);
    /** The shipped sandbox tenant (resources/sandbox/contoso-tenant.json, embedded). */
    static QByteArray sandboxTenantJson();
    /** Empty, with words in `error`, when the spec is beyond its caps. */
    static QByteArray generateSyntheticTenant(const SyntheticTenantSpec &spec,
                                              QString *error = nullptr);
    /**
     * Same tenant as generateSyntheticTenant(spec), built directly (fast for big tenants).
     * A spec beyond its caps is refused: false, words in `error`, the tenant unchanged.
     */
    bool loadSyntheticTenant(const SyntheticTenantSpec &spec, QString *error = nullptr);

    /** HTTP on 127.0.0.1; port 0 picks a free port. */
    bool listen(quint16 port = 0, QString *error = nullptr);
    /** HTTPS on 127.0.0.1 with this server certificate and key. */
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0,
                   QString *error = nullptr);
    quint16 port() const;
    /** e.g. http://127.0.0.1:PORT or https://localhost:PORT (TLS: the cert's name). */
    QUrl baseUrl() const;

    FaultOptions &faults();
    /** Every token issued so far is now expired (ExpiredAuthenticationToken on next use). */
    void expireAllTokens();
    EmulatorStats stats() const;
    void resetStats();

    /**
     * Another client of the same app registration uses `queries` of the current Resource
     * Graph window (opening one when none is open), as a shared quota does.
     */
    void burnResourceGraphQuota(const QString &clientId, int queries);
    /** Leaves `tokens` read tokens in the ARM bucket of this app and subscription. */
    void setArmBucketTokens(const QString &clientId, const QString &subscriptionId, double tokens);
    /** Forgets every quota window and bucket (full again). */
    void resetQuotas();

    /** Live tenant, for lifecycle tests: changes are visible to the next request. */
    TenantModel &tenant();

    // Convenience mutations (the same as POST /_emulator/... admin endpoints).
    bool addSubscription(const QString &subscriptionId, const QString &displayName,
                         const QString &parentGroup,
                         const QString &state = QStringLiteral("Enabled"));
    bool deleteSubscription(const QString &subscriptionId); ///< gone from every listing
    bool setSubscriptionState(const QString &subscriptionId, const QString &state);
    bool moveSubscription(const QString &subscriptionId, const QString &newParentGroup);
    bool addResource(const QString &subscriptionId, const QString &resourceGroup,
                     const QString &type, const QString &name, const QString &location);
    bool removeResource(const QString &resourceId);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace atc::emulator
