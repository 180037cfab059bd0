#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTranslator>

#include <QDir>
#include <QNetworkAccessManager>

#include <memory>

#include "AzureEmulator.h"
#include "MainWindow.h"
#include "SandboxProfiles.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/Scheduler.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

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

// The built-in sandbox: one in-process emulator on a loopback port chosen at start.
class Sandbox
{
public:
    SandboxTenant tenant()
    {
        namespace sb = emulator::sandbox;
        if (!m_emulator) {
            auto emu = std::make_unique<emulator::AzureEmulator>();
            QString error;
            if (!emu->loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
                !emu->listen(0, &error)) {
                qWarning("The sandbox tenant could not start: %s", qUtf8Printable(error));
                return {};
            }
            m_emulator = std::move(emu);
        }
        return {m_emulator->baseUrl(), QString::fromLatin1(sb::TenantName),
                QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
                QString::fromLatin1(sb::ClientSecret)};
    }

    /** Sandbox profiles saved in an earlier session point at an old port: re-point them. */
    void repointSavedProfiles(const ProfileStore &store)
    {
        const QString sandboxId = QString::fromLatin1(emulator::sandbox::TenantId);
        const QList<ConnectorProfile> profiles = store.loadAll().profiles;
        for (ConnectorProfile p : profiles) {
            if (!ui::isSandboxProfile(p, sandboxId))
                continue;
            const SandboxTenant t = tenant();
            if (!t.baseUrl.isValid())
                return;
            QString error;
            if (ui::repointSandboxProfile(p, t.baseUrl) && !store.save(p, &error))
                qWarning("Sandbox profile %s: %s", qUtf8Printable(p.id), qUtf8Printable(error));
        }
    }

private:
    std::unique_ptr<emulator::AzureEmulator> m_emulator;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AzureTenantConnector"));
    QCoreApplication::setApplicationName(QStringLiteral("azure-tenant-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATC_VERSION_STRING));
    QApplication::setApplicationDisplayName(QStringLiteral("Azure Tenant Connector"));
    QGuiApplication::setDesktopFileName(QStringLiteral("azure-tenant-connector"));

    AppSettings settings;
    installTranslators(app,
                       settings.language().isEmpty() ? QLocale() : QLocale(settings.language()));
    KeychainSecretStore secrets;
    applyProxy(settings, &secrets, &app);

    const ProfileStore store(settings.profilesDirectory());
    Sandbox sandbox;
    sandbox.repointSavedProfiles(store);

    QNetworkAccessManager nam;
    ConnectorRuntime::Options options;
    options.databasePath = settings.effectiveDataDirectory() + u"/inventory.sqlite"_s;
    options.applySettings(settings);
    ConnectorRuntime runtime(&nam, ConnectorRuntime::secretsFromStore(&secrets), options);
    QString error;
    if (!runtime.open(&error))
        qWarning("The inventory could not be opened: %s", qUtf8Printable(error));

    ui::DesktopServices services;
    services.networkAccessManager = &nam;
    services.secretStore = &secrets;
    services.runtime = &runtime;
    services.settings = &settings;
    services.policyComplianceEntitled = settings.policyComplianceEntitled();
    services.startSandbox = [&sandbox] { return sandbox.tenant(); };

    ui::MainWindow window(store, services);
    Scheduler scheduler(&runtime);
    scheduler.setEnabled(true);
    window.show();
    return app.exec();
}
