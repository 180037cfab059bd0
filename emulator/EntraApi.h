#pragma once

#include "EmulatorHttp.h"

#include <QString>

namespace atc::emulator {

struct EmulatorContext;

/**
 * Entra ID (v2.0): the client-credentials token endpoint and the OpenID discovery document.
 * Tokens are opaque JWT-shaped strings kept in the context, so that ARM can look them up.
 */
class EntraApi
{
public:
    explicit EntraApi(EmulatorContext &context) : m_ctx(context) {}

    /** False when the path is not an Entra endpoint (the request then goes to ARM). */
    bool route(const HttpRequest &request, HttpReply *reply);

private:
    HttpReply handleToken(const HttpRequest &request, const QString &tenant);
    /** Entra's tenant checks: GUID or DNS name, and the emulated tenant. */
    bool checkTenant(const QString &tenant, const char *notFoundError, HttpReply *reply);
    HttpReply openIdConfiguration(const HttpRequest &request, const QString &tenant);

    EmulatorContext &m_ctx;
};

} // namespace atc::emulator
