// The tenant options of `atc test-connection` and `atc discover` — documented in docs/cli.md.

#include "TenantCommand.h"

#include <optional>

#include <QCoreApplication>

#include "RunToEnd.h"
#include "RuntimeSupport.h"
#include "azure/AzureSession.h"
#include "model/ProfileValidator.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"
#include "store/SecretResolver.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
};

} // namespace

TenantCommand::TenantCommand(const char *name, const char *summary) : Command(name, summary)
{
    addOption({u"profile"_s, Azure::tr("Use the saved profile NAME (or id)."), u"NAME"_s});
    addOption({u"tenant-id"_s, Azure::tr("Directory (tenant) ID: a GUID or a domain."), u"ID"_s});
    addOption({u"client-id"_s, Azure::tr("Application (client) ID."), u"ID"_s});
    addOption({u"cloud"_s, Azure::tr("AzureCloud (default), AzureUSGovernment or AzureChinaCloud."),
               u"NAME"_s});
    addOption({u"authority-host"_s, Azure::tr("Custom authority host URL (with --arm-endpoint)."),
               u"URL"_s});
    addOption({u"arm-endpoint"_s, Azure::tr("Custom Azure Resource Manager URL."), u"URL"_s});
    addOption(
        {u"ca-cert"_s, Azure::tr("Also trust the CA certificate(s) in this PEM file."), u"PEM"_s});
    setFormats({u"text"_s, u"json"_s}, Azure::tr("Output format: text (default) or json."),
               u"FORMAT"_s, u"text"_s);
    addOption({u"max-in-flight"_s, Azure::tr("Requests in flight at once (default 8)."), u"N"_s});
}

int TenantCommand::targetFromOptions(const CliContext &ctx, const CommandArgs &p, Target *t) const
{
    if (p.isSet(u"profile"_s)) {
        for (const char *o :
             {"tenant-id", "client-id", "cloud", "authority-host", "arm-endpoint"}) {
            if (p.isSet(QString::fromLatin1(o))) {
                ctx.error(Azure::tr("--profile cannot be combined with --%1")
                              .arg(QString::fromLatin1(o)));
                return ExitBadInput;
            }
        }
        const AppSettings settings;
        const ProfileStore store(settings.effectiveDataDirectory() + u"/profiles"_s);
        const QString wanted = p.value(u"profile"_s).trimmed();
        const ProfileLoadReport report = store.loadAll();
        for (const ConnectorProfile &pr : report.profiles) {
            if (pr.id == wanted || pr.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
                t->profile = pr;
                t->saved = true;
                break;
            }
        }
        if (!t->saved) {
            ctx.error(
                Azure::tr("no saved profile named '%1'. See 'atc profiles list'.").arg(wanted));
            return ExitBadInput;
        }
        // Validated where it is used, like 'atc run': a hand-edited file is not trusted.
        if (const QList<ValidationIssue> issues = ProfileValidator::validateSaved(t->profile);
            !issues.isEmpty()) {
            ctx.error(
                Azure::tr("profile \"%1\" is not valid: %2 Correct it in the application, "
                          "or correct its file and import it again.")
                    .arg(printable(t->profile.name.left(80)), ProfileValidator::describe(issues)));
            return ExitBadInput;
        }
    } else {
        if (!p.isSet(u"tenant-id"_s) || !p.isSet(u"client-id"_s)) {
            ctx.error(Azure::tr("give --profile NAME, or --tenant-id and --client-id"));
            return ExitBadInput;
        }
        // An unsaved profile of the options, so that the session comes from the one factory.
        t->profile.directoryId = p.value(u"tenant-id"_s).trimmed();
        t->profile.clientId = p.value(u"client-id"_s).trimmed();
        // The shapes the profile rules use (ProfileValidator): checked here, not by Azure.
        if (const QString why = ProfileValidator::directoryIdProblem(t->profile.directoryId);
            !why.isEmpty()) {
            ctx.error(u"--tenant-id: "_s + why);
            return ExitBadInput;
        }
        if (const QString why = ProfileValidator::clientIdProblem(t->profile.clientId);
            !why.isEmpty()) {
            ctx.error(u"--client-id: "_s + why);
            return ExitBadInput;
        }
        const bool custom = p.isSet(u"authority-host"_s) || p.isSet(u"arm-endpoint"_s);
        if (custom) {
            if (p.isSet(u"cloud"_s) || !p.isSet(u"authority-host"_s) ||
                !p.isSet(u"arm-endpoint"_s)) {
                ctx.error(Azure::tr("--authority-host and --arm-endpoint go together, "
                                    "without --cloud"));
                return ExitBadInput;
            }
            t->profile.cloud = CloudType::Custom;
            t->profile.customEndpoints.authorityHost =
                QUrl(p.value(u"authority-host"_s), QUrl::StrictMode);
            t->profile.customEndpoints.armEndpoint =
                QUrl(p.value(u"arm-endpoint"_s), QUrl::StrictMode);
        } else {
            CloudType cloud = CloudType::AzurePublic;
            if (p.isSet(u"cloud"_s) &&
                (!cloudTypeFromString(p.value(u"cloud"_s), &cloud) || cloud == CloudType::Custom)) {
                ctx.error(Azure::tr("unknown cloud '%1': use AzureCloud, AzureUSGovernment or "
                                    "AzureChinaCloud")
                              .arg(p.value(u"cloud"_s)));
                return ExitBadInput;
            }
            t->profile.cloud = cloud;
        }
    }
    // The limits and the application's CA file of the settings, as for 'atc run' and the
    // desktop's Test Connection; a profile's own CA file (or --ca-cert) takes precedence.
    t->options.applySettings(AppSettings());
    if (p.isSet(u"ca-cert"_s))
        t->profile.caCertificateFile = p.value(u"ca-cert"_s);
    const AzureClientConfig config = t->options.clientConfig(t->profile, {});
    if (QString why; !config.caCertificateFile.isEmpty() &&
                     !AzureSession::readCaCertificates(config.caCertificateFile, nullptr, &why)) {
        ctx.error(why);
        return ExitBadInput;
    }
    if (p.isSet(u"max-in-flight"_s)) {
        bool ok = false;
        const int n = p.value(u"max-in-flight"_s).toInt(&ok);
        if (!ok || n < 1 || n > 64) {
            ctx.error(Azure::tr("--max-in-flight takes a number from 1 to 64"));
            return ExitBadInput;
        }
        t->options.maxRequestsInFlight = n;
    }
    QString why;
    if (!AzureSession::isAllowedUrl(config.endpoints.authorityHost, &why) ||
        !AzureSession::isAllowedUrl(config.endpoints.armEndpoint, &why)) {
        ctx.error(why);
        return ExitBadInput;
    }
    return ExitOk;
}

/**
 * The secret through SecretResolver: AZURE_CLIENT_SECRET, else (for a saved profile) the
 * keychain. Never an argument. Waits (runToEnd) until the keychain answers.
 */
int TenantCommand::resolveSecret(const CliContext &ctx, Target *t) const
{
    std::optional<KeychainSecretStore> keychain; // only a saved profile has a stored key
    if (t->saved)
        keychain.emplace();
    QObject context;
    const ResolvedSecret r =
        runToEnd<ResolvedSecret>([&](const std::function<void(ResolvedSecret)> &finish) {
            SecretResolver::resolve(keychain ? &*keychain : nullptr, t->profile.secretKey(),
                                    &context, finish, cliSecretOptions());
        });
    if (r.ok()) {
        t->secret = r.secret;
        return ExitOk;
    }
    if (!t->saved)
        ctx.error(Azure::tr("set the authentication key in the AZURE_CLIENT_SECRET environment "
                            "variable (it is never taken from an argument)"));
    else
        ctx.error(Azure::tr("profile \"%1\": %2").arg(printable(t->profile.name), r.errorMessage));
    return ExitSecretUnavailable;
}

std::unique_ptr<AzureSession> TenantCommand::Target::createSession(QNetworkAccessManager *nam) const
{
    return std::unique_ptr<AzureSession>(options.createSession(nam, profile, secret));
}

} // namespace atc::cli
