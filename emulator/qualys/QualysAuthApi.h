#pragma once

#include "EmulatorHttp.h"
#include "QualysFakeState.h"

namespace atc::emulator::qualys {

/**
 * Gateway sign-in (G1 /auth, G2 /auth/oidc and /auth/oauth) and the checks of the two
 * credential kinds: an exact "Bearer <JWT>" on the gateway, HTTP Basic on the API server.
 */
class QualysAuthApi
{
public:
    explicit QualysAuthApi(QualysFakeState &state) : m_state(state) {}

    static constexpr qint64 TokenLifetimeSecs = 4 * 3600;

    /** True when `request` is one of the /auth* routes; `reply` then holds the answer. */
    bool route(const HttpRequest &request, HttpReply *reply);
    /** The token's user, or null with the documented 401 in `failure`. */
    const FakeQualysUser *bearerUser(const HttpRequest &request, HttpReply *failure) const;
    /** The Basic credentials' user, or null when absent, malformed or wrong. */
    const FakeQualysUser *basicUser(const HttpRequest &request) const;

private:
    HttpReply passwordToken(const HttpRequest &request);
    HttpReply clientToken(const HttpRequest &request, bool userLevel);
    HttpReply token(const FakeQualysUser &user, const QString &credentialType, bool userLevel,
                    int status);

    QualysFakeState &m_state;
};

} // namespace atc::emulator::qualys
