#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <QDir>
#include <QNetworkAccessManager>

#include <memory>

#include "AtcResources.h"
#include "FakeQualysSandbox.h"
#include "SandboxHost.h"
#include "io/PrivatePaths.h"
#include "main/MainWindow.h"
#include "qualys/QualysAccountStore.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/ProxyConfigurator.h"
#include "runtime/Scheduler.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"
#include "widgets/ContrastStyle.h"

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

} // namespace

int main(int argc, char **argv)
{
    // No core dump (it would hold the authentication key) and private files: PrivatePaths.h.
    atc::PrivatePaths::protectProcess();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AzureTenantConnector"));
    QCoreApplication::setApplicationName(QStringLiteral("azure-tenant-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATC_VERSION_STRING));
    QApplication::setApplicationDisplayName(QStringLiteral("Azure Tenant Connector"));
    QGuiApplication::setDesktopFileName(QStringLiteral("azure-tenant-connector"));
    // Every window's icon (dialogs, the help, the tray) unless it sets its own. Needs the SVG
    // image plugin (libqt6svg6): ui_polish's app_icon test fails without it.
    atcInitResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/azure-tenant-connector.svg")));
    // The style the platform or the user chose (-style, QT_STYLE_OVERRIDE), with unchecked
    // boxes in item views kept visible in dark palettes.
    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(QApplication::style()->name())));

    // --help and --version answer on stdout and exit before any window opens and before the
    // settings are read (they would write on exit). The man page is generated from them, the
    // install test runs --version. Qt's own options (-style …) are taken out by QApplication.
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Connects a whole Azure tenant to an asset inventory: the desktop application."));
        const QCommandLineOption help = parser.addHelpOption();
        const QCommandLineOption version = parser.addVersionOption();
        // In the system's language: the settings' choice is not read for this.
        if (parser.parse(QCoreApplication::arguments()) &&
            (parser.isSet(help) || parser.isSet(version)))
            installTranslators(app, QLocale());
        parser.process(app); // prints and exits for --help, --version and unknown options
    }

    AppSettings settings;
    installTranslators(app,
                       settings.language().isEmpty() ? QLocale() : QLocale(settings.language()));
    KeychainSecretStore secrets;

    // Sandbox profiles point at this process's sandbox as they load, never re-saved for its
    // port (their "Last modified" stays); older unmarked ones are marked once.
    SandboxHost sandbox;
    ProfileStore store(settings.profilesDirectory());
    sandbox.attach(store);
    sandbox.repointSavedProfiles(store);

    QNetworkAccessManager nam;
    // Every request of the window, the wizard and the runs goes through this one manager.
    ProxyConfigurator proxy(&nam, &secrets);
    proxy.apply(settings);
    ConnectorRuntime::Options options;
    options.databasePath = settings.effectiveDataDirectory() + u"/inventory.sqlite"_s;
    options.applySettings(settings);
    ConnectorRuntime runtime(&nam, ConnectorRuntime::secretsFromStore(&secrets), options);
    QString error;
    if (!runtime.open(&error))
        qWarning("The inventory could not be opened: %s", qUtf8Printable(error));

    DesktopServices services;
    services.networkAccessManager = &nam;
    services.secretStore = &secrets;
    services.runtime = &runtime;
    services.settings = &settings;
    services.policyComplianceEntitled = settings.policyComplianceEntitled();
    services.startSandbox = [&sandbox, &store] {
        const SandboxTenant tenant = sandbox.tenant();
        // The sandbox's tags, for its tag rules (Azure, Production, …): added once, kept.
        QString tagError;
        if (tenant.baseUrl.isValid() && !SandboxHost::ensureSandboxTags(store, &tagError))
            qWarning("The sandbox tags could not be added: %s", qUtf8Printable(tagError));
        return tenant;
    };
    // Qualys accounts sit where the CLI's `atc qualys` looks for them (no secret in the file).
    QualysAccountStore qualysAccounts(settings.effectiveDataDirectory());
    services.qualysAccounts = &qualysAccounts;
    services.qualysConfig.caCertificateFile = settings.caCertificateFile();
    // "Try the sandbox" can push to the sandbox's fake Qualys: its well-known user, in memory.
    services.startSandboxQualys = [&sandbox]() -> std::optional<QualysCredentials> {
        const QUrl gateway = sandbox.qualysGatewayUrl();
        if (!gateway.isValid())
            return std::nullopt;
        QualysCredentials c;
        c.account.platform = QualysPlatform::custom(gateway, sandbox.qualysApiServerUrl());
        c.account.user = QString::fromLatin1(emulator::qualys::sandbox::QualysUsername);
        c.secret = QString::fromLatin1(emulator::qualys::sandbox::QualysPassword);
        return c;
    };
    services.settingsSaved = [&] {
        proxy.apply(settings);
        runtime.applySettings(settings);
    };

    MainWindow window(store, services);
    Scheduler scheduler(&runtime);
    // Scheduled runs wait for the proxy's keychain password; a problem is said once.
    QObject::connect(
        &proxy, &ProxyConfigurator::ready, &scheduler,
        [&] {
            if (!proxy.problem().isEmpty())
                qWarning("%s", qUtf8Printable(proxy.problem()));
            scheduler.setEnabled(true);
        },
        Qt::SingleShotConnection);
    window.show();
    return app.exec();
}
