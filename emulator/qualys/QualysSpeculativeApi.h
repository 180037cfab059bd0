#pragma once

#include "EmulatorHttp.h"
#include "QualysFakeState.h"

namespace atc::emulator::qualys {

class QualysGatewayApi;

/**
 * S1–S6: tenant-connector endpoints no source documents (get, list, delete, run, detach,
 * management groups). Invented paths, served only when the fake's speculative switch is on;
 * the gateway answers 404 for them otherwise. Shapes follow G3/G5.
 */
class QualysSpeculativeApi
{
public:
    explicit QualysSpeculativeApi(QualysFakeState &state) : m_state(state) {}

    HttpReply get(const QualysGatewayApi &gw, const HttpRequest &request, qint64 id);
    HttpReply list(const QualysGatewayApi &gw, const HttpRequest &request);
    HttpReply remove(const QualysGatewayApi &gw, const HttpRequest &request, qint64 id);
    HttpReply run(const QualysGatewayApi &gw, const HttpRequest &request, qint64 id);
    HttpReply detach(const QualysGatewayApi &gw, const HttpRequest &request);
    HttpReply managementGroups(const QualysGatewayApi &gw, const HttpRequest &request, qint64 id);

private:
    QualysFakeState &m_state;
};

} // namespace atc::emulator::qualys
