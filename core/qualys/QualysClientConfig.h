#pragma once

#include <QString>

namespace atc {

/** Limits and pacing of a QualysSession; the defaults are what the real platform expects. */
struct QualysClientConfig
{
    QString caCertificateFile;      ///< extra CA (PEM) trusted for both Qualys hosts
    int transferTimeoutMs = 30000;  ///< inactivity timeout of one request
    int requestDeadlineMs = 120000; ///< total time one request may take
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    /** QPS calls: at most one in flight, and started at least this far apart (Qualys's own
     *  scripts pace 1–2 s; the default tier allows 2 concurrent calls, 300 per hour). */
    int qpsSpacingMs = 1000;
    /** A JWT is renewed this long after it was issued (they live 4 h). */
    int tokenRenewAfterSeconds = 3 * 3600 + 50 * 60;
    /** 409/429 answers honoured before giving up with the platform's words. */
    int maxThrottleRetries = 5;
    /** A longer X-RateLimit-ToWait-Sec is not waited for: the call fails and says how long. */
    int maxWaitSeconds = 300;
    /** Backoff when the wait is not told: backoffBaseMs · 2^attempt, capped at this. */
    int maxBackoffSeconds = 60;
    int backoffBaseMs = 2000; ///< first backoff step (tests make it small)
    /** Retries of a 5xx or transport failure for calls that change nothing (never a create). */
    int maxRetries = 2;
    int maxPages = 10000; ///< a QPS search or paged list walks at most this many pages
};

} // namespace atc
