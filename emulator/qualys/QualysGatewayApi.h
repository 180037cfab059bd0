#pragma once

#include "EmulatorHttp.h"
#include "QualysAuthApi.h"
#include "QualysFakeState.h"

#include <QStringList>

namespace atc::emulator::qualys {

class QualysSpeculativeApi;

/**
 * The gateway port: /auth* (through QualysAuthApi), the documented v1.0 connector endpoints
 * G3–G9 and, when switched on, the speculative S1–S6 (QualysSpeculativeApi). Routes first
 * (unknown → 404, so QPS paths are not found here), then the Bearer token, Accept, permission.
 */
class QualysGatewayApi
{
public:
    QualysGatewayApi(QualysFakeState &state, QualysAuthApi &auth,
                     QualysSpeculativeApi &speculative);

    /** `unknownFields` receives the unknown body fields of a tenant create/update. */
    HttpReply handle(const HttpRequest &request, QStringList *unknownFields);

    /** Helpers shared with the speculative endpoints. */
    HttpReply error(int status, const QString &message, const HttpRequest &request) const;
    bool requireJsonBody(const HttpRequest &request, QJsonDocument *doc, HttpReply *failure) const;
    /** The paged wrapper, or a 400 for bad pageSize/pageNumber. */
    HttpReply pagedReply(const QJsonArray &all, const HttpRequest &request) const;

private:
    HttpReply createTenant(const HttpRequest &request, const FakeQualysUser &user,
                           QStringList *unknownFields);
    HttpReply updateTenant(const HttpRequest &request, qint64 id, QStringList *unknownFields);
    HttpReply setStatus(const HttpRequest &request);
    HttpReply attach(const HttpRequest &request);
    HttpReply validOrgConnectors(const HttpRequest &request, qint64 memberId);
    HttpReply list(const HttpRequest &request, const QString &cloud);
    HttpReply registerSecondary(const HttpRequest &request);

    QualysFakeState &m_state;
    QualysAuthApi &m_auth;
    QualysSpeculativeApi &m_speculative;
};

} // namespace atc::emulator::qualys
