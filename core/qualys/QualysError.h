#pragma once

#include <QCoreApplication>
#include <QString>

namespace atc {

/** What went wrong with a Qualys call, classified once; words come from message()/advice(). */
enum class QualysErrorKind
{
    None,
    InvalidInput,      ///< platform URLs, account or profile unusable; nothing was sent
    NotPushable,       ///< the profile breaks a platform rule (validation before sending)
    LoginFailed,       ///< /auth 401: user name or password wrong (or wrong platform)
    ClientLoginFailed, ///< /auth/oidc 401: client id or secret wrong, or the user deactivated
    NoApiAccess,       ///< QPS HTTP 200 UNAUTHORIZED: the user lacks API or connector rights
    PermissionDenied,  ///< 403, or INSUFFICIENT_PERMISSION / FORBIDDEN / NOT_AUTHORIZED
    Rejected,          ///< 400 or INVALID_REQUEST: the platform refused the content (its words)
    NotFound,          ///< 404 or OBJECT_NOT_FOUND (also outside the user's scope)
    Conflict,          ///< a 409 that is not a rate limit (duplicate name)
    TokenRejected,     ///< 401 on the gateway again after the one re-login
    Throttled,         ///< 409/429 beyond the retry budget or the longest wait
    ServerError,       ///< 5xx after the retries
    HttpError,         ///< any other status
    QpsFailure,        ///< QPS responseCode other than SUCCESS not covered above
    ReplyLost,         ///< a create was sent and no answer came: it may exist on the platform
    Unsupported,       ///< the platform does not offer this (an undocumented endpoint: 404)
    StoredCredentialUnavailable, ///< the keychain could not give the Qualys secret or Azure key
    HostNotFound,
    ConnectionRefused,
    Network,
    Tls,
    Timeout,
    Cancelled,
    MalformedResponse, ///< unparsable or oversized answer
    RedirectRefused,   ///< a redirect to another origin (credentials never follow)
};

struct QualysError
{
    Q_DECLARE_TR_FUNCTIONS(atc::QualysError)
public:
    QualysErrorKind kind = QualysErrorKind::None;
    int httpStatus = 0;
    QString code;          ///< QPS responseCode, or the body's errorCode / error
    QString serverMessage; ///< the best message of the body (any known style), else its raw text
    QString resolution;    ///< QPS errorResolution, when given
    QString url;           ///< the request that failed, without query
    int waitSeconds = 0;   ///< Throttled: how long the platform asked to wait
    QString user;          ///< the Qualys user name or client id of the session (words only)
    QString platformName;  ///< "US1", or the custom gateway's host (words only)

    static QualysError make(QualysErrorKind kind, const QString &serverMessage = {},
                            int httpStatus = 0, const QString &code = {});
    bool isError() const { return kind != QualysErrorKind::None; }
    bool isNetworkError() const;
    /** No answer came from Qualys (DNS, refused, timeout, …): serverMessage holds Qt's words. */
    bool isTransport() const;
    /** Stable identifier for JSON output and logs ("LoginFailed"). */
    static QString kindName(QualysErrorKind kind);

    /** One translated sentence: what is wrong (names the user name/password or client id). */
    QString message() const;
    /** One translated sentence: what to do. */
    QString advice() const;
    /** message + platform's words (status, code, message, resolution) + advice. No secret. */
    QString fullText() const;
    /** The platform's own words: "HTTP 400, INVALID_REQUEST: … (resolution)"; empty if none. */
    QString platformWords() const;
    /**
     * Removes every one of `secrets` (in any encoding a server may echo) from the texts that
     * came from a server and caps their length (QualysSession::redacted() applies it).
     */
    void redact(const QStringList &secrets);
};

} // namespace atc
