#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTranslator>

#include "MainWindow.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"

using namespace atc;

namespace {

// Qt's own strings and ours, for the chosen or the system language.
void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("atc"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// Proxy as the settings say; the manual proxy's password comes from the keychain, later.
void applyProxy(const AppSettings &settings, KeychainSecretStore *secrets, QObject *context)
{
    switch (settings.proxyMode()) {
    case AppSettings::ProxyMode::System:
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case AppSettings::ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        break;
    case AppSettings::ProxyMode::Manual: {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, settings.proxyHost(),
                            quint16(settings.proxyPort()), settings.proxyUser());
        QNetworkProxy::setApplicationProxy(proxy);
        if (!settings.proxyUser().isEmpty()) {
            secrets->read(AppSettings::proxyPasswordSecretKey(), context,
                          [proxy](const SecretStore::Result &r) mutable {
                              if (!r.ok())
                                  return;
                              proxy.setPassword(r.secret);
                              QNetworkProxy::setApplicationProxy(proxy);
                          });
        }
        break;
    }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AzureTenantConnector"));
    QCoreApplication::setApplicationName(QStringLiteral("azure-tenant-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATC_VERSION_STRING));
    QApplication::setApplicationDisplayName(QStringLiteral("Azure Tenant Connector"));
    QGuiApplication::setDesktopFileName(QStringLiteral("azure-tenant-connector"));

    const AppSettings settings;
    installTranslators(app,
                       settings.language().isEmpty() ? QLocale() : QLocale(settings.language()));
    KeychainSecretStore secrets;
    applyProxy(settings, &secrets, &app);

    ui::MainWindow window(ProfileStore(settings.profilesDirectory()));
    window.show();
    return app.exec();
}
