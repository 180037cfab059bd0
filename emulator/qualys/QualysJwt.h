#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace atc::emulator::qualys {

/**
 * HS512 tokens signed with a key drawn at random per instance: only this fake can mint
 * tokens it accepts, and a token from an earlier run is foreign. Opaque to clients.
 */
class QualysJwt
{
public:
    QualysJwt();

    enum class Check
    {
        Valid,
        Expired,
        Invalid, ///< malformed, foreign signature or unknown algorithm
    };

    /** Claims sub, iss/aud "qas", iat, exp (iat + lifetime), jti (serial), modulesAllowed. */
    QByteArray issue(const QString &subject, const QString &credentialType, qint64 nowSecs,
                     qint64 lifetimeSecs);
    /** Signature, then exp against `nowSecs` and the expireAll() watermark. */
    Check verify(const QByteArray &token, qint64 nowSecs, QJsonObject *claims = nullptr) const;
    /** Every token issued so far now verifies as Expired. */
    void expireAll() { m_expiredUpTo = m_serial; }
    /** A new key: every earlier token becomes foreign. */
    void rotateKey();

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
    qint64 m_serial = 0;
    qint64 m_expiredUpTo = 0;
};

} // namespace atc::emulator::qualys
