#pragma once

#include "EmulatorHttp.h"
#include "QualysFakeState.h"

#include <QJsonArray>
#include <QJsonObject>

namespace atc::emulator::qualys {

/** Builds the fake's replies: v1.0 objects and errors, paged wrappers, QPS envelopes. */
class QualysResponses
{
public:
    // v1.0 (gateway)
    static QJsonObject tenantObject(const QualysTenantConnector &t, const QualysVariant &v);
    static QJsonObject memberObject(const QualysMemberConnector &m);
    /** `all` paged; false when pageNumber/pageSize are out of range (the caller answers 400). */
    static bool paged(const QJsonArray &all, const HttpRequest &request, int defaultSize,
                      QJsonObject *out);
    static HttpReply json(int status, const QJsonValue &body);
    /** An error in the variant's style (§12.5 a–d). */
    static HttpReply v1Error(int status, const QString &message, const QString &path,
                             const QualysVariant &v, const QDateTime &now);
    /** 401 with the documented gateway body ("JWT expired" / "Not authenticated"). */
    static HttpReply unauthorized(const QString &message);

    // QPS (API server)
    static QJsonObject qpsMember(const QualysMemberConnector &m, const QualysVariant &v,
                                 bool withAuthRecord);
    static QJsonObject qpsTag(const QualysTag &t);
    static QJsonValue qpsBool(bool value, const QualysVariant &v);
    /** SUCCESS envelope: `data` an array of {objectName: item}; XML unless `jsonOut`. */
    static HttpReply qpsSuccess(const QString &objectName, const QList<QJsonObject> &items,
                                bool jsonOut, const QualysVariant &v,
                                const QJsonObject &extra = {});
    /** HTTP 200 failure envelope (INVALID_REQUEST, OBJECT_NOT_FOUND, UNAUTHORIZED …). */
    static HttpReply qpsFailure(const QString &code, const QString &message,
                                const QString &resolution, bool jsonOut);
    /** A <SIMPLE_RETURN> text reply (FO-style), e.g. for limits and missing headers. */
    static HttpReply simpleReturn(int status, int code, const QString &text, const QDateTime &now);

private:
    static QByteArray toXml(const QString &name, const QJsonValue &value);
};

} // namespace atc::emulator::qualys
