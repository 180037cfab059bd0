#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "QualysError.h"
#include "QualysTypes.h"

namespace atc {

/**
 * Tolerant reading of what Qualys answers (internal to atc_qualys): numbers or strings,
 * booleans or "true"/"false", unknown fields ignored, any error-body style. Pure functions.
 */
class QualysParsers
{
public:
    /** A number, or a string holding one; nullopt otherwise. */
    static std::optional<qint64> toInteger(const QJsonValue &v);
    /** true/false, "true"/"false" (any case), 1/0; `fallback` otherwise. */
    static bool toBool(const QJsonValue &v, bool fallback = false);
    /** A string, or a number written out; empty for null and anything else. */
    static QString toText(const QJsonValue &v);
    /** "2023-05-17T07:56:38.051+00:00", with or without milliseconds or offset (UTC). */
    static QDateTime toDateTime(const QJsonValue &v);

    static QualysTenantConnector tenantConnector(const QJsonObject &o);
    /** QPS AzureAssetDataConnector or a v1.0 member object. */
    static QualysMemberConnector memberConnector(const QJsonObject &o);
    static QualysTag tag(const QJsonObject &o);

    /**
     * The id a create or update answered with: {"id":n}, {"id":"n"}, a full object, a bare
     * number or a quoted one, or the object wrapped in "data"/"content". nullopt when none.
     */
    static std::optional<qint64> idFromBody(const QByteArray &body);

    /** A QPS ServiceResponse, read tolerantly. */
    struct QpsResponse
    {
        bool parsed = false; ///< a ServiceResponse object was found
        QString responseCode;
        qint64 count = -1;
        bool hasMoreRecords = false;
        std::optional<qint64> lastId;
        QString errorMessage;
        QString errorResolution;
        /** data[] entries unwrapped: {"Tag":{…}} → the object under `objectName` */
        QList<QJsonObject> objects(const QString &objectName) const;
        QJsonArray data;
    };
    static QpsResponse qpsResponse(const QByteArray &body);

    /** The best message of any error body (§3.7, §12.5): message, code, resolution. */
    struct ErrorWords
    {
        QString message;
        QString code;
        QString resolution;
    };
    static ErrorWords errorWords(const QByteArray &body);

    /** Classifies a gateway answer that is not 2xx (after retries and the re-login). */
    static QualysError gatewayError(int status, const QByteArray &body);
    /** Classifies a QPS answer: HTTP status first, then the responseCode of a 2xx. */
    static QualysError qpsError(int status, const QByteArray &body);
    /** The kind of a QPS responseCode other than SUCCESS. */
    static QualysErrorKind qpsCodeKind(const QString &responseCode);
};

} // namespace atc
