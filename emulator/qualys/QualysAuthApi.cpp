#include "QualysAuthApi.h"

#include "QualysResponses.h"

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

bool QualysAuthApi::route(const HttpRequest &request, HttpReply *reply)
{
    const bool password = request.path == "/auth"_L1;
    const bool oidc = request.path == "/auth/oidc"_L1;
    const bool oauth = request.path == "/auth/oauth"_L1;
    if (!password && !oidc && !oauth)
        return false;
    if (request.method != "POST"_ba) {
        *reply = QualysResponses::v1Error(405, u"Method not allowed"_s, request.path,
                                          m_state.variant, m_state.clock.now());
        return true;
    }
    *reply = password ? passwordToken(request) : clientToken(request, oidc);
    return true;
}

HttpReply QualysAuthApi::token(const FakeQualysUser &user, const QString &credentialType,
                               bool userLevel, int status)
{
    // The level rides in the credential type: user-level tokens die with their user.
    const QString type = userLevel ? credentialType : credentialType + u"/subscription"_s;
    HttpReply reply;
    reply.status = status;
    reply.setHeader("Content-Type"_ba, "text/plain;charset=UTF-8"_ba);
    reply.body = m_state.jwt.issue(user.login, type, m_state.clock.nowSecs(), TokenLifetimeSecs);
    return reply;
}

HttpReply QualysAuthApi::passwordToken(const HttpRequest &request)
{
    const QByteArray contentType = request.header("content-type"_ba).toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"_ba)) {
        return QualysResponses::v1Error(415, u"Content-Type must be form-encoded"_s, request.path,
                                        m_state.variant, m_state.clock.now());
    }
    QString username;
    QString password;
    QString tokenFlag;
    bool hasUser = false;
    bool hasPassword = false;
    for (const auto &item : parseFormEncoded(request.body)) {
        if (item.first == "username"_L1) {
            username = item.second;
            hasUser = true;
        } else if (item.first == "password"_L1) {
            password = item.second;
            hasPassword = true;
        } else if (item.first == "token"_L1) {
            tokenFlag = item.second;
        }
    }
    if (!hasUser || !hasPassword || tokenFlag != "true"_L1) {
        return QualysResponses::v1Error(400, u"username, password and token=true are required"_s,
                                        request.path, m_state.variant, m_state.clock.now());
    }
    const FakeQualysUser *user = m_state.userByLogin(username);
    if (!user || user->password != password || user->deactivated)
        return QualysResponses::unauthorized(u"Bad credentials"_s);
    return token(*user, u"UsernamePasswordCredential"_s, true, 201);
}

HttpReply QualysAuthApi::clientToken(const HttpRequest &request, bool userLevel)
{
    if (!request.body.isEmpty()) {
        return QualysResponses::v1Error(400, u"the body must be empty"_s, request.path,
                                        m_state.variant, m_state.clock.now());
    }
    const QString clientId = QString::fromUtf8(request.header("clientid"_ba));
    const QString secret = QString::fromUtf8(request.header("clientsecret"_ba));
    const FakeQualysUser *user = clientId.isEmpty() ? nullptr : m_state.userByClientId(clientId);
    if (!user || secret.isEmpty() || user->clientSecret != secret ||
        (userLevel && user->deactivated))
        return QualysResponses::unauthorized(u"Bad client credentials"_s);
    return token(*user, userLevel ? u"OidcClientCredential"_s : u"OAuthClientCredential"_s,
                 userLevel, m_state.variant.authClientReturns201 ? 201 : 200);
}

const FakeQualysUser *QualysAuthApi::bearerUser(const HttpRequest &request,
                                                HttpReply *failure) const
{
    const QByteArray header = request.header("authorization"_ba);
    // Exactly "Bearer " + one token: no other case, no extra spaces, no Basic.
    if (!header.startsWith("Bearer "_ba) || header.size() <= 7 || header.mid(7).contains(' ')) {
        *failure = QualysResponses::unauthorized(u"Not authenticated"_s);
        return nullptr;
    }
    QJsonObject claims;
    switch (m_state.jwt.verify(header.mid(7), m_state.clock.nowSecs(), &claims)) {
    case QualysJwt::Check::Valid:
        break;
    case QualysJwt::Check::Expired:
        *failure = QualysResponses::unauthorized(u"JWT expired"_s);
        return nullptr;
    case QualysJwt::Check::Invalid:
        *failure = QualysResponses::unauthorized(u"Not authenticated"_s);
        return nullptr;
    }
    const FakeQualysUser *user = m_state.userByLogin(claims.value("sub"_L1).toString());
    const bool subscriptionLevel =
        claims.value("credentialType"_L1).toString().endsWith("/subscription"_L1);
    if (!user || (user->deactivated && !subscriptionLevel)) {
        *failure = QualysResponses::unauthorized(u"Not authenticated"_s);
        return nullptr;
    }
    return user;
}

const FakeQualysUser *QualysAuthApi::basicUser(const HttpRequest &request) const
{
    const QByteArray header = request.header("authorization"_ba);
    if (!header.startsWith("Basic "_ba))
        return nullptr;
    const QByteArray decoded =
        QByteArray::fromBase64(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return nullptr;
    const FakeQualysUser *user = m_state.userByLogin(QString::fromUtf8(decoded.left(colon)));
    if (!user || user->deactivated || user->password != QString::fromUtf8(decoded.mid(colon + 1)))
        return nullptr;
    return user;
}

} // namespace atc::emulator::qualys
