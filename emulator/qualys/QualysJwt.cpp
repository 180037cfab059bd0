#include "QualysJwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QualysJwt::QualysJwt()
{
    rotateKey();
}

void QualysJwt::rotateKey()
{
    m_key.resize(64);
    QRandomGenerator::system()->generate(m_key.begin(), m_key.end());
}

QByteArray QualysJwt::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha512)
        .toBase64(b64);
}

QByteArray QualysJwt::issue(const QString &subject, const QString &credentialType, qint64 nowSecs,
                            qint64 lifetimeSecs)
{
    const QJsonObject header{{"alg"_L1, "HS512"_L1}};
    const QJsonObject claims{
        {"sub"_L1, subject},
        {"iss"_L1, "qas"_L1},
        {"aud"_L1, "qas"_L1},
        {"iat"_L1, nowSecs},
        {"exp"_L1, nowSecs + lifetimeSecs},
        {"jti"_L1, ++m_serial},
        {"loginResponse"_L1, "SUCCESSFUL"_L1},
        {"credentialType"_L1, credentialType},
        {"usertype"_L1, "fo"_L1},
        {"modulesAllowed"_L1, QJsonArray{u"CONNECTORS"_s, u"CLOUDVIEW"_s, u"VM"_s}}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(b64) +
                             '.' +
                             QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(b64);
    return input + '.' + sign(input);
}

QualysJwt::Check QualysJwt::verify(const QByteArray &token, qint64 nowSecs,
                                   QJsonObject *claims) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return Check::Invalid;
    const QByteArray expected = sign(parts[0] + '.' + parts[1]);
    // Constant-time comparison is not needed for a test server, but it costs nothing.
    if (expected.size() != parts[2].size())
        return Check::Invalid;
    int diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= expected[i] ^ parts[2][i];
    if (diff != 0)
        return Check::Invalid;
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], b64)).object();
    if (header.value("alg"_L1).toString() != "HS512"_L1)
        return Check::Invalid;
    const QJsonObject c = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], b64)).object();
    if (claims)
        *claims = c;
    const qint64 exp = qint64(c.value("exp"_L1).toDouble());
    const qint64 serial = qint64(c.value("jti"_L1).toDouble());
    if (nowSecs >= exp || serial <= m_expiredUpTo)
        return Check::Expired;
    return Check::Valid;
}

} // namespace atc::emulator::qualys
