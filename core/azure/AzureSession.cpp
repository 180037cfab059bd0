#include "AzureSession.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>

#include "ArmClient.h"
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
        QFile f(m_config.caCertificateFile);
        QList<QSslCertificate> extra;
        if (f.open(QIODevice::ReadOnly))
            extra = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (extra.isEmpty()) {
            m_configError = AzureError::make(AzureErrorKind::InvalidInput,
                                             tr("the CA certificate file %1 cannot be read as PEM")
                                                 .arg(m_config.caCertificateFile));
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
