#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atc {

/** What went wrong, classified once; words for it come from AzureError::message()/advice(). */
enum class AzureErrorKind
{
    None,
    InvalidInput,         ///< malformed config (bad URL, plain http to a non-loopback host …)
    TenantNotFound,       ///< AADSTS90002
    TenantMalformed,      ///< AADSTS900023
    AppNotFound,          ///< AADSTS700016
    InvalidSecret,        ///< AADSTS7000215
    ExpiredSecret,        ///< AADSTS7000222
    MissingSecret,        ///< AADSTS7000218 / 900144
    TokenRequestFailed,   ///< any other AADSTS error
    AuthorizationFailed,  ///< ARM 403 AuthorizationFailed (see AzureError::scope)
    InvalidToken,         ///< ARM 401 InvalidAuthenticationToken* / AuthenticationFailed*
    ExpiredToken,         ///< ARM 401 ExpiredAuthenticationToken (after the one refresh)
    SubscriptionNotFound, ///< ARM 404 SubscriptionNotFound
    NotFound,             ///< other 404
    Throttled,            ///< 429 after the retry budget
    ServerError,          ///< 5xx after the retries
    HttpError,            ///< any other HTTP error status
    HostNotFound,         ///< DNS
    ConnectionRefused,
    Network, ///< other network failure
    Proxy,
    Tls,
    Timeout,
    Cancelled,
    MalformedResponse, ///< truncated or unparsable body; a next-page link or token that
                       ///< leaves the ARM origin, repeats, or exceeds the page cap
    RedirectRefused,   ///< a redirect to another scheme, host or port (serverMessage: target)
    /// The key stored for a saved connector could not be read (keychain locked, denied, absent);
    /// serverMessage: SecretResolver's words. Not Azure's answer: nothing was sent.
    StoredKeyUnavailable,
};

struct AzureError
{
    Q_DECLARE_TR_FUNCTIONS(atc::AzureError)
public:
    AzureErrorKind kind = AzureErrorKind::None;
    int httpStatus = 0;
    QString code;              ///< AADSTS number ("AADSTS7000215") or ARM error code
    QString serverMessage;     ///< untranslated text from the server (may be empty)
    QString scope;             ///< the ARM scope of an AuthorizationFailed, when known
    QString url;               ///< the request that failed, without query secrets
    bool atTenantRoot = false; ///< AuthorizationFailed on the Tenant Root Group
    int deadlineSeconds = 0;   ///< Timeout: the total request deadline that expired (else 0)

    /** Convenience constructor for a classified error. */
    static AzureError make(AzureErrorKind kind, const QString &serverMessage = {},
                           int httpStatus = 0, const QString &code = {});
    /** True for DNS, refused, proxy, TLS, timeout and other transport failures. */
    bool isNetworkError() const;
    /** True for errors of the token endpoint (tenant, app, secret). */
    bool isAuthenticationError() const;
    /** True for missing roles (AuthorizationFailed). */
    bool isPermissionError() const { return kind == AzureErrorKind::AuthorizationFailed; }
    /** A stable identifier of the kind, for JSON output and logs ("InvalidSecret"). */
    static QString kindName(AzureErrorKind kind);

    bool isError() const { return kind != AzureErrorKind::None; }
    /** One translated sentence: what is wrong. */
    QString message() const;
    /** One translated sentence: what to do about it. */
    QString advice() const;
    /** message() + advice() (+ server detail), for logs and the CLI. Never holds a secret. */
    QString fullText() const;
    /**
     * Removes every one of `secrets` (in any encoding a server may echo) from the texts that
     * came from a server, and caps their length. AzureSession applies it to every error
     * before anyone sees it (see SecretRedaction.h).
     */
    void redact(const QStringList &secrets);
};

} // namespace atc
