#pragma once

#include <QString>

#include "model/ConnectorProfile.h"

namespace atc {

/** Everything an AzureSession needs. Holds the secret in memory only; never serialise it. */
struct AzureClientConfig
{
    CloudEndpoints endpoints;      ///< authority host and ARM endpoint
    QString tenant;                ///< directory id: GUID or domain
    QString clientId;              ///< application (client) id
    QString clientSecret;          ///< the authentication key's value
    QString caCertificateFile;     ///< extra CA (PEM) to trust in addition to the system's
    int maxRequestsInFlight = 8;   ///< bounded concurrency per session
    int transferTimeoutMs = 30000; ///< inactivity: aborts when no byte arrives for this long
    /**
     * Total time one request (token or ARM) may take, however steadily its bytes trickle in;
     * then it is aborted and ends as a Timeout (retried like one). <= 0: none.
     */
    int requestDeadlineMs = 300000;
    /** Pages one listing (nextLink or $skipToken chain) may have before it fails in words. */
    int maxPagesPerListing = 100000;
    /** Largest answer read (a Resource Graph page of 1,000 rows with properties is a few MB). */
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    int maxRetries = 4;             ///< for 5xx and network errors; 429 has its own budget
    int retryBaseDelayMs = 500;     ///< exponential backoff base, with jitter
    int maxThrottleRetries = 10;    ///< 429 answers honoured (Retry-After) before giving up
    int maxRetryAfterSeconds = 120; ///< a longer Retry-After is capped to this

    static AzureClientConfig fromProfile(const ConnectorProfile &profile, const QString &secret);
};

} // namespace atc
