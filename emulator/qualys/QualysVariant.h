#pragma once

#include <QJsonObject>

namespace atc::emulator::qualys {

/** The v1.0 error body styles of reference §12.5 (the real one is unknown). */
enum class QualysErrorStyle
{
    StatusErrorMessage, ///< (a) {"status":400,"error":"Bad Request","message":"…"}
    ErrorCode,          ///< (b) {"errorCode":"CMS-4000","message":"…"}
    TimestampNoMessage, ///< (c) {"timestamp":"…","status":400,"error":"…","path":"…"}
    PlainText,          ///< (d) text/plain
};

/**
 * The fake's answers where the real platform's shape is unknown (reference §12 rule 3).
 * A client must pass the same tests under every variant. Default = the first-listed form.
 */
struct QualysVariant
{
    bool createReturns201 = true;      ///< G3: 201 (else 200)
    bool createReturnsIdOnly = false;  ///< G3/G4: {"id":n} (else the full object)
    bool authClientReturns201 = false; ///< G2: 201 (else 200)
    bool frequenciesAsNumbers = false; ///< v1.0 runFrequency/connectorRunFrequency (else strings)
    bool qpsBooleansAsJson = false;    ///< QPS booleans true/false (else "true"/"false")
    QualysErrorStyle errorStyle = QualysErrorStyle::StatusErrorMessage;
    bool omitToWaitHeader = false;       ///< 409/429 without X-RateLimit-ToWait-Sec
    bool qpsEmptyDataArray = false;      ///< count 0: "data":[] (else no "data" key)
    int pagedDefaultSize = 10;           ///< v1.0 paged lists: 10 or 50
    bool orgFrequencyUnderADay = false;  ///< orgRunFrequency < 1440 (else the 1–7 day rule)
    bool echoRoundedFrequency = false;   ///< echo the stored (rounded) minutes (else as sent)
    bool duplicateNameIs400 = false;     ///< duplicate tenant connector name: 400 (else 409)
    bool nameCaseSensitive = false;      ///< name uniqueness case-sensitive (else insensitive)
    bool memCommaStringAccepted = false; ///< includedMem/excludedMem also as "a,b"
    bool statusUnknownIdIs404 = false;   ///< G5 unknown ids: 404 (else left out of content)
    bool qpsUnauthorizedHtml = false;    ///< QPS 401 body: HTML (else empty)
    bool qpsDuplicateSubscriptionAccepted = false; ///< Q1: a second connector is created
    bool qpsRejectsAttachedUpdate = false;         ///< Q2: INVALID_REQUEST for attached members

    /** Every choice drawn from `seed` (deterministic). */
    static QualysVariant fromSeed(quint32 seed);
    /** Starts from `base`; only the keys present in `json` change. */
    static QualysVariant fromJson(const QJsonObject &json, const QualysVariant &base);
    QJsonObject toJson() const;
};

} // namespace atc::emulator::qualys
