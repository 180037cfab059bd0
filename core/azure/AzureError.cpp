#include "AzureError.h"

#include <QUrl>

#include "SecretRedaction.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

const QString kMgPrefix = u"/providers/Microsoft.Management/managementGroups/"_s;

QString hostOf(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.isEmpty() ? url : host;
}

} // namespace

AzureError AzureError::make(AzureErrorKind kind, const QString &serverMessage, int httpStatus,
                            const QString &code)
{
    AzureError e;
    e.kind = kind;
    e.serverMessage = serverMessage;
    e.httpStatus = httpStatus;
    e.code = code;
    return e;
}

bool AzureError::isNetworkError() const
{
    switch (kind) {
    case AzureErrorKind::HostNotFound:
    case AzureErrorKind::ConnectionRefused:
    case AzureErrorKind::Network:
    case AzureErrorKind::Proxy:
    case AzureErrorKind::Tls:
    case AzureErrorKind::Timeout:
    case AzureErrorKind::ServerError:
    case AzureErrorKind::Throttled:
    case AzureErrorKind::MalformedResponse:
    case AzureErrorKind::RedirectRefused:
        return true;
    default:
        return false;
    }
}

bool AzureError::isAuthenticationError() const
{
    switch (kind) {
    case AzureErrorKind::TenantNotFound:
    case AzureErrorKind::TenantMalformed:
    case AzureErrorKind::AppNotFound:
    case AzureErrorKind::InvalidSecret:
    case AzureErrorKind::ExpiredSecret:
    case AzureErrorKind::MissingSecret:
    case AzureErrorKind::TokenRequestFailed:
    case AzureErrorKind::InvalidToken:
    case AzureErrorKind::ExpiredToken:
        return true;
    default:
        return false;
    }
}

QString AzureError::kindName(AzureErrorKind kind)
{
    switch (kind) {
    case AzureErrorKind::None:
        return u"None"_s;
    case AzureErrorKind::InvalidInput:
        return u"InvalidInput"_s;
    case AzureErrorKind::TenantNotFound:
        return u"TenantNotFound"_s;
    case AzureErrorKind::TenantMalformed:
        return u"TenantMalformed"_s;
    case AzureErrorKind::AppNotFound:
        return u"AppNotFound"_s;
    case AzureErrorKind::InvalidSecret:
        return u"InvalidSecret"_s;
    case AzureErrorKind::ExpiredSecret:
        return u"ExpiredSecret"_s;
    case AzureErrorKind::MissingSecret:
        return u"MissingSecret"_s;
    case AzureErrorKind::TokenRequestFailed:
        return u"TokenRequestFailed"_s;
    case AzureErrorKind::AuthorizationFailed:
        return u"AuthorizationFailed"_s;
    case AzureErrorKind::InvalidToken:
        return u"InvalidToken"_s;
    case AzureErrorKind::ExpiredToken:
        return u"ExpiredToken"_s;
    case AzureErrorKind::SubscriptionNotFound:
        return u"SubscriptionNotFound"_s;
    case AzureErrorKind::NotFound:
        return u"NotFound"_s;
    case AzureErrorKind::Throttled:
        return u"Throttled"_s;
    case AzureErrorKind::ServerError:
        return u"ServerError"_s;
    case AzureErrorKind::HttpError:
        return u"HttpError"_s;
    case AzureErrorKind::HostNotFound:
        return u"HostNotFound"_s;
    case AzureErrorKind::ConnectionRefused:
        return u"ConnectionRefused"_s;
    case AzureErrorKind::Network:
        return u"Network"_s;
    case AzureErrorKind::Proxy:
        return u"Proxy"_s;
    case AzureErrorKind::Tls:
        return u"Tls"_s;
    case AzureErrorKind::Timeout:
        return u"Timeout"_s;
    case AzureErrorKind::Cancelled:
        return u"Cancelled"_s;
    case AzureErrorKind::MalformedResponse:
        return u"MalformedResponse"_s;
    case AzureErrorKind::RedirectRefused:
        return u"RedirectRefused"_s;
    case AzureErrorKind::StoredKeyUnavailable:
        return u"StoredKeyUnavailable"_s;
    }
    return u"Unknown"_s;
}

QString AzureError::message() const
{
    switch (kind) {
    case AzureErrorKind::None:
        return {};
    case AzureErrorKind::InvalidInput:
        return serverMessage.isEmpty()
                   ? tr("The connection settings are not valid.")
                   : tr("The connection settings are not valid: %1").arg(serverMessage);
    case AzureErrorKind::TenantNotFound:
        return tr("The directory (tenant) ID was not found in this Azure cloud.");
    case AzureErrorKind::TenantMalformed:
        return tr("The directory (tenant) ID is neither a valid ID nor a valid domain name.");
    case AzureErrorKind::AppNotFound:
        return tr("The application (client) ID was not found in this directory.");
    case AzureErrorKind::InvalidSecret:
        return tr("The authentication key is not valid. Enter the secret's Value, not its "
                  "Secret ID.");
    case AzureErrorKind::ExpiredSecret:
        return tr("The authentication key has expired.");
    case AzureErrorKind::MissingSecret:
        return tr("No authentication key was sent.");
    case AzureErrorKind::TokenRequestFailed:
        return code.isEmpty() ? tr("Microsoft Entra ID refused the sign-in.")
                              : tr("Microsoft Entra ID refused the sign-in (%1).").arg(code);
    case AzureErrorKind::AuthorizationFailed:
        if (atTenantRoot)
            return tr("The app has no read role on the Tenant Root Group.");
        if (scope.isEmpty())
            return tr("The app is not allowed to read this part of the tenant.");
        return tr("The app is not allowed to read scope %1.").arg(scope);
    case AzureErrorKind::InvalidToken:
        return tr("Azure Resource Manager rejected the access token.");
    case AzureErrorKind::ExpiredToken:
        return tr("The access token expired and could not be renewed.");
    case AzureErrorKind::SubscriptionNotFound:
        return scope.isEmpty() ? tr("The subscription was not found.")
                               : tr("The subscription %1 was not found.").arg(scope);
    case AzureErrorKind::NotFound:
        return tr("The requested Azure object was not found.");
    case AzureErrorKind::Throttled:
        return tr("Azure is throttling the requests of this app.");
    case AzureErrorKind::ServerError:
        return tr("Azure answered with a server error (HTTP %1).").arg(httpStatus);
    case AzureErrorKind::HttpError:
        return tr("Azure answered with an unexpected HTTP status %1.").arg(httpStatus);
    case AzureErrorKind::HostNotFound:
        return tr("The server name %1 could not be found (DNS).").arg(hostOf(url));
    case AzureErrorKind::ConnectionRefused:
        return tr("The server %1 refused the connection.").arg(hostOf(url));
    case AzureErrorKind::Network:
        return tr("The network connection to %1 failed.").arg(hostOf(url));
    case AzureErrorKind::Proxy:
        return tr("The proxy server failed or refused the connection.");
    case AzureErrorKind::Tls:
        return serverMessage.isEmpty()
                   ? tr("The secure (TLS) connection to %1 failed.").arg(hostOf(url))
                   : tr("The certificate of %1 is not trusted: %2").arg(hostOf(url), serverMessage);
    case AzureErrorKind::Timeout:
        if (deadlineSeconds > 0)
            return tr("The server %1 answered too slowly: the answer took longer than %2 "
                      "seconds.")
                .arg(hostOf(url))
                .arg(deadlineSeconds);
        return tr("The server %1 did not answer in time.").arg(hostOf(url));
    case AzureErrorKind::Cancelled:
        return tr("The operation was cancelled.");
    case AzureErrorKind::MalformedResponse:
        return tr("The server's answer was incomplete or could not be understood.");
    case AzureErrorKind::RedirectRefused:
        return tr("The server %1 redirected the request to another host (%2); refused.")
            .arg(hostOf(url), QUrl(serverMessage)
                                  .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                            QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                  .toString());
    case AzureErrorKind::StoredKeyUnavailable:
        // SecretResolver's one sentence (what happened and what to do), else the short form.
        return serverMessage.isEmpty() ? tr("The stored authentication key is not available.")
                                       : serverMessage;
    }
    return {};
}

QString AzureError::advice() const
{
    switch (kind) {
    case AzureErrorKind::None:
    case AzureErrorKind::Cancelled:
        return {};
    case AzureErrorKind::InvalidInput:
        return tr("Check the directory ID, the application ID and the endpoint URLs. Plain "
                  "http:// is only allowed for this computer (localhost).");
    case AzureErrorKind::TenantNotFound:
        return tr("Copy the Directory (tenant) ID from the app's Overview page in the Microsoft "
                  "Entra admin center, and check that the right Azure cloud is selected.");
    case AzureErrorKind::TenantMalformed:
        return tr("Enter the Directory (tenant) ID as a GUID (from the app's Overview page) or "
                  "a verified domain such as contoso.onmicrosoft.com.");
    case AzureErrorKind::AppNotFound:
        return tr("Check the Application (client) ID, and that the app is registered in this "
                  "directory (not in another tenant).");
    case AzureErrorKind::InvalidSecret:
        return tr("Under Certificates & secrets, copy the Value column of the client secret "
                  "(shown only right after it is created); create a new secret if needed.");
    case AzureErrorKind::ExpiredSecret:
        return tr("Create a new client secret under Certificates & secrets and enter its Value.");
    case AzureErrorKind::MissingSecret:
        return tr("Enter the client secret's Value as the authentication key.");
    case AzureErrorKind::TokenRequestFailed:
        return tr("Check the directory ID, the application ID and the authentication key.");
    case AzureErrorKind::AuthorizationFailed:
        if (atTenantRoot || scope.isEmpty()) {
            const QString s = scope.isEmpty() ? u"/providers/Microsoft.Management/"
                                                u"managementGroups/<tenant-id>"_s
                                              : scope;
            return tr("Assign the Reader role (or Management Group Reader) to the app on the "
                      "Tenant Root Group (scope %1).")
                .arg(s);
        }
        if (scope.contains(kMgPrefix, Qt::CaseInsensitive))
            return tr("Assign the Reader role (or Management Group Reader) to the app on that "
                      "management group (scope %1) or on the Tenant Root Group.")
                .arg(scope);
        return tr("Assign the Reader role to the app at scope %1, or on a management group "
                  "above it.")
            .arg(scope);
    case AzureErrorKind::InvalidToken:
        return tr("Check that the app belongs to this directory and that the selected cloud "
                  "matches it; then try again.");
    case AzureErrorKind::ExpiredToken:
        return tr("Check the computer's date and time, then try again.");
    case AzureErrorKind::SubscriptionNotFound:
        return tr("The subscription may have been deleted or moved to another directory.");
    case AzureErrorKind::NotFound:
        return tr("Check the endpoint URLs and the selected cloud.");
    case AzureErrorKind::Throttled:
        return tr("Wait a few minutes and try again; poll this tenant less often.");
    case AzureErrorKind::ServerError:
        return tr("This is usually temporary: try again later.");
    case AzureErrorKind::HttpError:
        return tr("Check the endpoint URLs and the selected cloud.");
    case AzureErrorKind::HostNotFound:
        return tr("Check the endpoint URL, the DNS settings and the network connection.");
    case AzureErrorKind::ConnectionRefused:
        return tr("Check the endpoint URL and port, and whether a firewall blocks the "
                  "connection.");
    case AzureErrorKind::Network:
        return tr("Check the network connection and the system proxy settings.");
    case AzureErrorKind::Proxy:
        return tr("Check the proxy's address, port, user and password (in the application's "
                  "settings, or the system's when it uses the system proxy).");
    case AzureErrorKind::Tls:
        return tr("If your network inspects TLS traffic, add its CA certificate (PEM) with the "
                  "custom CA option; otherwise check the endpoint URL and the computer's date.");
    case AzureErrorKind::Timeout:
        if (deadlineSeconds > 0)
            return tr("Check the network connection and the proxy, then try again; if the "
                      "network is just slow, raise the request deadline "
                      "(network/requestDeadlineSeconds in the settings).");
        return tr("Check the network connection and the proxy, then try again.");
    case AzureErrorKind::MalformedResponse:
        return tr("This is usually a network interruption or an intercepting proxy: try again.");
    case AzureErrorKind::RedirectRefused:
        return tr("Credentials are sent only to the configured endpoints. Check the endpoint "
                  "URLs and whether a proxy or gateway redirects the requests.");
    case AzureErrorKind::StoredKeyUnavailable:
        // The resolver's words already say what to do (unlock, start a keychain, type it).
        return serverMessage.isEmpty() ? tr("Type the authentication key again.") : QString();
    }
    return {};
}

QString AzureError::fullText() const
{
    if (!isError())
        return {};
    QString text = message();
    const QString a = advice();
    if (!a.isEmpty())
        text += u' ' + a;
    if (!serverMessage.isEmpty() && kind != AzureErrorKind::InvalidInput &&
        kind != AzureErrorKind::Tls) {
        // First line only: token errors append trace and correlation ids.
        QString detail = serverMessage.section(u'\n', 0, 0).trimmed();
        if (!code.isEmpty() && detail.startsWith(code + u':'))
            detail = detail.mid(code.size() + 1).trimmed();
        if (code.isEmpty())
            text += u" ("_s + detail + u')';
        else
            text += u" ("_s + code + u": "_s + detail + u')';
    }
    return text;
}

void AzureError::redact(const QStringList &secrets)
{
    // A server's text is shown to people and stored: never a secret, never megabytes of it.
    constexpr qsizetype MaxServerText = 2000;
    serverMessage = redaction::apply(serverMessage, secrets);
    if (serverMessage.size() > MaxServerText)
        serverMessage = serverMessage.left(MaxServerText) + u'…';
    code = redaction::apply(code, secrets).left(200);
    scope = redaction::apply(scope, secrets).left(MaxServerText);
    url = redaction::apply(url, secrets).left(MaxServerText);
}

} // namespace atc
