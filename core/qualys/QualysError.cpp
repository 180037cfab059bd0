#include "QualysError.h"

#include <QUrl>

#include "azure/SecretRedaction.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

QString hostOf(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.isEmpty() ? url : host;
}

} // namespace

QualysError QualysError::make(QualysErrorKind kind, const QString &serverMessage, int httpStatus,
                              const QString &code)
{
    QualysError e;
    e.kind = kind;
    e.serverMessage = serverMessage;
    e.httpStatus = httpStatus;
    e.code = code;
    return e;
}

bool QualysError::isNetworkError() const
{
    switch (kind) {
    case QualysErrorKind::HostNotFound:
    case QualysErrorKind::ConnectionRefused:
    case QualysErrorKind::Network:
    case QualysErrorKind::Tls:
    case QualysErrorKind::Timeout:
    case QualysErrorKind::ServerError:
    case QualysErrorKind::Throttled:
    case QualysErrorKind::MalformedResponse:
    case QualysErrorKind::RedirectRefused:
    case QualysErrorKind::ReplyLost:
        return true;
    default:
        return false;
    }
}

bool QualysError::isTransport() const
{
    // Failures without an answer from Qualys: their text is Qt's, not the platform's.
    return httpStatus == 0 &&
           (kind == QualysErrorKind::HostNotFound || kind == QualysErrorKind::ConnectionRefused ||
            kind == QualysErrorKind::Network || kind == QualysErrorKind::Timeout ||
            kind == QualysErrorKind::MalformedResponse || kind == QualysErrorKind::ReplyLost ||
            kind == QualysErrorKind::Cancelled);
}

QString QualysError::kindName(QualysErrorKind kind)
{
    switch (kind) {
    case QualysErrorKind::None:
        return u"None"_s;
    case QualysErrorKind::InvalidInput:
        return u"InvalidInput"_s;
    case QualysErrorKind::NotPushable:
        return u"NotPushable"_s;
    case QualysErrorKind::LoginFailed:
        return u"LoginFailed"_s;
    case QualysErrorKind::ClientLoginFailed:
        return u"ClientLoginFailed"_s;
    case QualysErrorKind::NoApiAccess:
        return u"NoApiAccess"_s;
    case QualysErrorKind::PermissionDenied:
        return u"PermissionDenied"_s;
    case QualysErrorKind::Rejected:
        return u"Rejected"_s;
    case QualysErrorKind::NotFound:
        return u"NotFound"_s;
    case QualysErrorKind::Conflict:
        return u"Conflict"_s;
    case QualysErrorKind::TokenRejected:
        return u"TokenRejected"_s;
    case QualysErrorKind::Throttled:
        return u"Throttled"_s;
    case QualysErrorKind::ServerError:
        return u"ServerError"_s;
    case QualysErrorKind::HttpError:
        return u"HttpError"_s;
    case QualysErrorKind::QpsFailure:
        return u"QpsFailure"_s;
    case QualysErrorKind::ReplyLost:
        return u"ReplyLost"_s;
    case QualysErrorKind::Unsupported:
        return u"Unsupported"_s;
    case QualysErrorKind::StoredCredentialUnavailable:
        return u"StoredCredentialUnavailable"_s;
    case QualysErrorKind::HostNotFound:
        return u"HostNotFound"_s;
    case QualysErrorKind::ConnectionRefused:
        return u"ConnectionRefused"_s;
    case QualysErrorKind::Network:
        return u"Network"_s;
    case QualysErrorKind::Tls:
        return u"Tls"_s;
    case QualysErrorKind::Timeout:
        return u"Timeout"_s;
    case QualysErrorKind::Cancelled:
        return u"Cancelled"_s;
    case QualysErrorKind::MalformedResponse:
        return u"MalformedResponse"_s;
    case QualysErrorKind::RedirectRefused:
        return u"RedirectRefused"_s;
    }
    return u"Unknown"_s;
}

QString QualysError::message() const
{
    const QString where = platformName.isEmpty() ? tr("the Qualys platform") : platformName;
    switch (kind) {
    case QualysErrorKind::None:
        return {};
    case QualysErrorKind::InvalidInput:
        return serverMessage.isEmpty()
                   ? tr("The Qualys settings are not usable.")
                   : tr("The Qualys settings are not usable: %1").arg(serverMessage);
    case QualysErrorKind::NotPushable:
        return serverMessage.isEmpty()
                   ? tr("The connector breaks a rule of the Qualys platform; nothing was sent.")
                   : tr("The connector breaks a rule of the Qualys platform; nothing was sent: %1")
                         .arg(serverMessage);
    case QualysErrorKind::LoginFailed:
        return user.isEmpty()
                   ? tr("Qualys %1 did not accept the Qualys user name or password.").arg(where)
                   : tr("Qualys %1 did not accept the Qualys user name \"%2\" or its password.")
                         .arg(where, user);
    case QualysErrorKind::ClientLoginFailed:
        return user.isEmpty()
                   ? tr("Qualys %1 did not accept the client ID or the client secret.").arg(where)
                   : tr("Qualys %1 did not accept the client ID \"%2\" or its client secret.")
                         .arg(where, user);
    case QualysErrorKind::NoApiAccess:
        return user.isEmpty()
                   ? tr("The Qualys user may sign in but has no API access to connectors.")
                   : tr("The Qualys user \"%1\" may sign in but has no API access to "
                        "connectors.")
                         .arg(user);
    case QualysErrorKind::PermissionDenied:
        return tr("The Qualys user is not allowed to do this.");
    case QualysErrorKind::Rejected:
        return tr("Qualys refused the request.");
    case QualysErrorKind::NotFound:
        return tr("Qualys does not know this object (it was deleted, or it is outside the "
                  "user's scope).");
    case QualysErrorKind::Conflict:
        return tr("Qualys reports a conflict (an object with this name may already exist).");
    case QualysErrorKind::TokenRejected:
        return tr("Qualys rejected the sign-in token even after signing in again.");
    case QualysErrorKind::Throttled:
        return waitSeconds > 0
                   ? tr("Qualys limits the rate of API calls and asked to wait %n second(s).",
                        nullptr, waitSeconds)
                   : tr("Qualys limits the rate of API calls; the calls were refused too often.");
    case QualysErrorKind::ServerError:
        return tr("Qualys answered with a server error (HTTP %1).").arg(httpStatus);
    case QualysErrorKind::HttpError:
        return tr("Qualys answered with an unexpected HTTP status %1.").arg(httpStatus);
    case QualysErrorKind::QpsFailure:
        return code.isEmpty() ? tr("The Qualys API reported a failure.")
                              : tr("The Qualys API reported a failure (%1).").arg(code);
    case QualysErrorKind::ReplyLost:
        return tr("The create request was sent to Qualys %1 but no answer came back: the "
                  "tenant connector may exist there now.")
            .arg(where);
    case QualysErrorKind::Unsupported:
        return tr("Qualys %1 does not offer this operation.").arg(where);
    case QualysErrorKind::StoredCredentialUnavailable:
        return serverMessage.isEmpty() ? tr("The stored Qualys credentials are not available.")
                                       : serverMessage;
    case QualysErrorKind::HostNotFound:
        return tr("The server name %1 could not be found (DNS).").arg(hostOf(url));
    case QualysErrorKind::ConnectionRefused:
        return tr("The server %1 refused the connection.").arg(hostOf(url));
    case QualysErrorKind::Network:
        return tr("The network connection to %1 failed.").arg(hostOf(url));
    case QualysErrorKind::Tls:
        return serverMessage.isEmpty()
                   ? tr("The secure (TLS) connection to %1 failed.").arg(hostOf(url))
                   : tr("The certificate of %1 is not trusted: %2").arg(hostOf(url), serverMessage);
    case QualysErrorKind::Timeout:
        return tr("The server %1 did not answer in time.").arg(hostOf(url));
    case QualysErrorKind::Cancelled:
        return tr("The operation was cancelled.");
    case QualysErrorKind::MalformedResponse:
        return tr("The answer of %1 was incomplete or could not be understood.").arg(hostOf(url));
    case QualysErrorKind::RedirectRefused:
        return tr("The server %1 redirected the request to another host (%2); refused.")
            .arg(hostOf(url), hostOf(serverMessage));
    }
    return {};
}

QString QualysError::advice() const
{
    switch (kind) {
    case QualysErrorKind::None:
    case QualysErrorKind::Cancelled:
    case QualysErrorKind::StoredCredentialUnavailable:
        return {};
    case QualysErrorKind::InvalidInput:
        return tr("Choose a Qualys platform, or enter both the gateway and the API server URL "
                  "(https://).");
    case QualysErrorKind::NotPushable:
        return tr("Edit the connector and push again.");
    case QualysErrorKind::LoginFailed:
        return tr("Check the Qualys user name and password, and that the account belongs to "
                  "this platform (the pod shown in the Qualys portal's URL).");
    case QualysErrorKind::ClientLoginFailed:
        return tr("Check the client ID and the client secret (My Profile > Auth ID Client "
                  "Management), and that the user who owns the client is still active.");
    case QualysErrorKind::NoApiAccess:
        return tr("Ask your Qualys administrator for API access and the Connectors permission "
                  "(a Manager with full scope); a new password does not help.");
    case QualysErrorKind::PermissionDenied:
        return tr("Use a Qualys Manager with full scope, or ask for the Connectors permission.");
    case QualysErrorKind::Rejected:
        return tr("Correct what the platform names, then try again; if it names a field this "
                  "application sends, please report the message (see docs/qualys.md).");
    case QualysErrorKind::NotFound:
        return tr("If it was deleted in the Qualys portal, create it again.");
    case QualysErrorKind::Conflict:
        return tr("Choose another name, or look for the existing object in the Qualys portal.");
    case QualysErrorKind::TokenRejected:
        return tr("Check the computer's date and time and the user's permissions, then try "
                  "again.");
    case QualysErrorKind::Throttled:
        return tr("Wait a while and try again; other scripts using the same Qualys account "
                  "share its limit.");
    case QualysErrorKind::ServerError:
        return tr("This is usually temporary: try again later.");
    case QualysErrorKind::HttpError:
    case QualysErrorKind::Unsupported:
        return tr("Check the gateway and API server URLs of the platform.");
    case QualysErrorKind::QpsFailure:
        return tr("Read the platform's words below; they say what to change.");
    case QualysErrorKind::ReplyLost:
        return tr("Look for the tenant connector in the Qualys portal before pushing again; the "
                  "next push looks it up first and never creates a second one blindly.");
    case QualysErrorKind::HostNotFound:
        return tr("Check the platform URLs, the DNS settings and the network connection.");
    case QualysErrorKind::ConnectionRefused:
        return tr("Check the platform URLs and whether a firewall blocks the connection.");
    case QualysErrorKind::Network:
    case QualysErrorKind::Timeout:
        return tr("Check the network connection and the proxy, then try again.");
    case QualysErrorKind::Tls:
        return tr("If your network inspects TLS traffic, add its CA certificate (PEM) with the "
                  "custom CA option; otherwise check the URL and the computer's date.");
    case QualysErrorKind::MalformedResponse:
        return tr("This is usually a network interruption or an intercepting proxy: try again.");
    case QualysErrorKind::RedirectRefused:
        return tr("Credentials are sent only to the configured Qualys URLs. Check them, and "
                  "whether a proxy redirects the requests.");
    }
    return {};
}

QString QualysError::platformWords() const
{
    if (kind == QualysErrorKind::InvalidInput || kind == QualysErrorKind::NotPushable ||
        kind == QualysErrorKind::Tls || kind == QualysErrorKind::StoredCredentialUnavailable ||
        kind == QualysErrorKind::RedirectRefused || isTransport())
        return {};
    QStringList parts;
    if (httpStatus > 0)
        parts << tr("HTTP %1").arg(httpStatus);
    QString detail = serverMessage.trimmed();
    if (!code.isEmpty() && !detail.startsWith(code))
        detail = detail.isEmpty() ? code : code + u": "_s + detail;
    if (!resolution.trimmed().isEmpty())
        detail += (detail.isEmpty() ? QString() : u" "_s) + resolution.trimmed();
    if (!detail.isEmpty())
        parts << detail;
    if (detail.isEmpty() &&
        (kind == QualysErrorKind::ServerError || kind == QualysErrorKind::HttpError))
        return {}; // message() already names the status
    return parts.join(u", "_s);
}

QString QualysError::fullText() const
{
    if (!isError())
        return {};
    QString text = message();
    const QString words = platformWords();
    if (!words.isEmpty())
        text += u" ("_s + tr("Qualys said: %1").arg(words) + u')';
    else if (isTransport() && !serverMessage.trimmed().isEmpty())
        text += u" ("_s + serverMessage.trimmed() + u')'; // Qt's words about the transport
    const QString a = advice();
    if (!a.isEmpty())
        text += u' ' + a;
    return text;
}

void QualysError::redact(const QStringList &secrets)
{
    // A server's text is shown to people and stored: never a secret, never megabytes of it.
    constexpr qsizetype MaxServerText = 2000;
    auto clean = [&secrets](const QString &text, qsizetype cap) {
        QString out = redaction::apply(text, secrets);
        if (out.size() > cap)
            out = out.left(cap) + u'…';
        return out;
    };
    serverMessage = clean(serverMessage, MaxServerText);
    resolution = clean(resolution, MaxServerText);
    code = clean(code, 200);
    url = clean(url, MaxServerText);
}

} // namespace atc
