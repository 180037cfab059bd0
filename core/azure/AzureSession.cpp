#include "AzureSession.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>

#include "ArmClient.h"
#include "SecretRedaction.h"
#include "TokenProvider.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

AzureSession::AzureSession(QNetworkAccessManager *nam, AzureClientConfig config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(std::move(config))
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    QString why;
    if (!isAllowedUrl(m_config.endpoints.authorityHost, &why) ||
        !isAllowedUrl(m_config.endpoints.armEndpoint, &why)) {
        m_configError = AzureError::make(AzureErrorKind::InvalidInput, why);
    } else if (m_config.tenant.trimmed().isEmpty() || m_config.clientId.trimmed().isEmpty()) {
        m_configError = AzureError::make(AzureErrorKind::InvalidInput,
                                         tr("the directory ID and the application ID are "
                                            "required"));
    }
    if (!m_config.caCertificateFile.isEmpty()) {
        // Added to the system's CAs, never instead of them; TLS errors are never ignored.
        QList<QSslCertificate> extra;
        QString reason;
        if (!readCaCertificates(m_config.caCertificateFile, &extra, &reason)) {
            m_configError = AzureError::make(AzureErrorKind::InvalidInput, reason);
        } else {
            m_ssl.addCaCertificates(extra);
        }
    }
    m_tokenProvider = new TokenProvider(this);
    m_armClient = new ArmClient(this);
}

AzureSession::~AzureSession()
{
    // Children (ArmClient, TokenProvider) abort their replies in their destructors.
    delete m_armClient;
    delete m_tokenProvider;
}

AzureSession::Stats AzureSession::stats() const
{
    return m_stats;
}

QStringList AzureSession::knownSecrets(const QString &token) const
{
    QStringList secrets{m_config.clientSecret, token};
    if (m_nam)
        secrets.append(m_nam->proxy().password());
    secrets.removeAll(QString());
    return secrets;
}

AzureError AzureSession::redacted(AzureError error, const QString &token) const
{
    error.redact(knownSecrets(token));
    return error;
}

QByteArray AzureSession::redacted(const QByteArray &body, const QString &token) const
{
    return redaction::apply(body, knownSecrets(token));
}

bool AzureSession::readCaCertificates(const QString &path, QList<QSslCertificate> *out,
                                      QString *why)
{
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("the CA certificate file %1 does not exist").arg(path));
    if (!info.isFile())
        return fail(tr("the CA certificate file %1 is not a regular file").arg(path));
    if (info.size() > MaxCaFileBytes)
        return fail(tr("the CA certificate file %1 is larger than %2 MiB; a PEM file of CA "
                       "certificates is far smaller")
                        .arg(path)
                        .arg(MaxCaFileBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("the CA certificate file %1 cannot be read: %2").arg(path, f.errorString()));
    // Bounded even if the file grows between the check and the read.
    const QList<QSslCertificate> certs =
        QSslCertificate::fromData(f.read(MaxCaFileBytes), QSsl::Pem);
    if (certs.isEmpty())
        return fail(tr("the CA certificate file %1 holds no PEM certificate").arg(path));
    if (out)
        *out = certs;
    return true;
}

bool AzureSession::isAllowedUrl(const QUrl &url, QString *why)
{
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("'%1' is not a valid URL").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return true;
    if (scheme != "http"_L1)
        return fail(tr("'%1' must start with https://").arg(url.toDisplayString()));
    const QString host = url.host().toLower();
    if (host == "localhost"_L1)
        return true;
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return true;
    return fail(
        tr("plain http:// is allowed only for this computer; use https:// for %1").arg(url.host()));
}

} // namespace atc
