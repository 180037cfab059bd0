#include "ProxyConfigurator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QTimer>

#include "store/AppSettings.h"
#include "store/SecretStore.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// Per manager, so the choice never leaks into other managers of the process.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

ProxyConfigurator::ProxyConfigurator(QNetworkAccessManager *nam, SecretStore *secrets,
                                     QObject *parent)
    : QObject(parent), m_nam(nam), m_secrets(secrets)
{}

QNetworkProxy ProxyConfigurator::proxyFromSettings(const AppSettings &settings)
{
    switch (settings.proxyMode()) {
    case AppSettings::ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case AppSettings::ProxyMode::Manual:
        if (settings.proxyHost().isEmpty())
            return QNetworkProxy(QNetworkProxy::DefaultProxy);
        return QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost(),
                             quint16(settings.proxyPort()), settings.proxyUser());
    case AppSettings::ProxyMode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void ProxyConfigurator::apply(const AppSettings &settings)
{
    delete m_pending; // its callback is never called once the context is gone
    m_pending = nullptr;
    ++m_generation;
    m_ready = false;
    m_problem.clear();
    if (!m_nam)
        return;

    if (settings.proxyMode() == AppSettings::ProxyMode::System) {
        m_nam->setProxyFactory(new SystemProxyFactory); // the manager owns it
        finish({});
        return;
    }
    if (settings.proxyMode() == AppSettings::ProxyMode::Manual && settings.proxyHost().isEmpty()) {
        m_nam->setProxyFactory(new SystemProxyFactory);
        finish(settings.proxyProblem());
        return;
    }
    QNetworkProxy proxy = proxyFromSettings(settings);
    m_nam->setProxy(proxy);
    if (proxy.type() != QNetworkProxy::HttpProxy || proxy.user().isEmpty()) {
        finish({});
        return;
    }

    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QLatin1String(PasswordVariable));
    if (!fromEnvironment.isEmpty()) {
        proxy.setPassword(fromEnvironment);
        m_nam->setProxy(proxy);
        finish({});
        return;
    }
    if (!m_secrets) {
        finish(tr("The proxy password is not available: no keychain. Set %1 for services "
                  "without a keychain.")
                   .arg(QLatin1String(PasswordVariable)));
        return;
    }
    m_pending = new QObject(this);
    m_secrets->read(AppSettings::proxyPasswordSecretKey(), m_pending,
                    [this, proxy](const SecretStore::Result &r) mutable {
                        m_pending->deleteLater();
                        m_pending = nullptr;
                        if (!r.ok()) {
                            finish(tr("The proxy password could not be read from the keychain: "
                                      "%1 The proxy is used without a password; enter it in "
                                      "Settings or set %2.")
                                       .arg(r.status == SecretStore::Status::NotFound
                                                ? tr("it was never saved.")
                                                : r.errorMessage,
                                            QLatin1String(PasswordVariable)));
                            return;
                        }
                        proxy.setPassword(r.secret);
                        if (m_nam)
                            m_nam->setProxy(proxy);
                        finish({});
                    });
}

void ProxyConfigurator::finish(const QString &problem)
{
    m_problem = problem;
    m_ready = true;
    // Always later, so a caller can connect to ready() after apply() returned; once per apply.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            Q_EMIT ready();
    });
}

} // namespace atc
