// The tenant options of `atc test-connection` and `atc discover` — documented in docs/cli.md.

#include "TenantCommand.h"

#include <optional>

#include <QCoreApplication>
#include <QProcessEnvironment>

#include "RunToEnd.h"
#include "RuntimeSupport.h"
#include "SandboxHost.h"
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

/** The option's value, else the environment variable the Azure SDKs and `az` read. */
QString optionOrEnv(const CommandArgs &p, const QString &option, const char *variable)
{
    if (p.isSet(option))
        return p.value(option);
    return qEnvironmentVariable(variable);
}

/** The known cloud whose authority host `url` is (AZURE_AUTHORITY_HOST), if any. */
std::optional<CloudType> cloudOfAuthority(const QUrl &url)
{
    // The Azure SDKs' AzureAuthorityHosts.AZURE_CHINA, an alias of our China authority.
    if (url.scheme() == "https"_L1 && url.port(443) == 443 &&
        url.host().compare("login.chinacloudapi.cn"_L1, Qt::CaseInsensitive) == 0)
        return CloudType::AzureChina;
    for (CloudType c :
         {CloudType::AzurePublic, CloudType::AzureUSGovernment, CloudType::AzureChina}) {
        const QUrl known = endpointsForCloud(c).authorityHost;
        if (url.scheme() == known.scheme() &&
            url.host().compare(known.host(), Qt::CaseInsensitive) == 0 &&
            url.port(443) == known.port(443))
            return c;
    }
    return std::nullopt;
}

} // namespace

QList<QCommandLineOption> tenantOptions()
{
    return {
        {u"tenant-id"_s,
         Azure::tr("Directory (tenant) ID: a GUID or a domain (default: AZURE_TENANT_ID)."),
         u"ID"_s},
        {u"client-id"_s, Azure::tr("Application (client) ID (default: AZURE_CLIENT_ID)."), u"ID"_s},
        {u"cloud"_s, Azure::tr("AzureCloud (default), AzureUSGovernment or AzureChinaCloud."),
         u"NAME"_s},
        {u"authority-host"_s,
         Azure::tr("Custom authority host URL, with --arm-endpoint (default: "
                   "AZURE_AUTHORITY_HOST; a known cloud's host chooses that cloud)."),
         u"URL"_s},
        {u"arm-endpoint"_s, Azure::tr("Custom Azure Resource Manager URL."), u"URL"_s},
    };
}

int tenantFromOptions(const CliContext &ctx, const CommandArgs &p, ConnectorProfile *profile)
{
    // Options override AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_AUTHORITY_HOST.
    const QString tenantId = optionOrEnv(p, u"tenant-id"_s, "AZURE_TENANT_ID").trimmed();
    const QString clientId = optionOrEnv(p, u"client-id"_s, "AZURE_CLIENT_ID").trimmed();
    if (tenantId.isEmpty() || clientId.isEmpty()) {
        ctx.error(Azure::tr("give --profile NAME, or --tenant-id and --client-id (or set "
                            "AZURE_TENANT_ID and AZURE_CLIENT_ID)"));
        return ExitBadInput;
    }
    // An unsaved profile of the options, so that the session comes from the one factory.
    profile->directoryId = tenantId;
    profile->clientId = clientId;
    // The shapes the profile rules use (ProfileValidator): checked here, not by Azure.
    if (const QString why = ProfileValidator::directoryIdProblem(profile->directoryId);
        !why.isEmpty()) {
        ctx.error((p.isSet(u"tenant-id"_s) ? u"--tenant-id: "_s : u"AZURE_TENANT_ID: "_s) + why);
        return ExitBadInput;
    }
    if (const QString why = ProfileValidator::clientIdProblem(profile->clientId); !why.isEmpty()) {
        ctx.error((p.isSet(u"client-id"_s) ? u"--client-id: "_s : u"AZURE_CLIENT_ID: "_s) + why);
        return ExitBadInput;
    }
    // AZURE_AUTHORITY_HOST counts only when no option names the cloud or the authority;
    // a known cloud's authority host chooses that cloud, as it does for the Azure SDKs.
    QString authority = p.value(u"authority-host"_s);
    bool authorityFromEnv = false;
    if (!p.isSet(u"authority-host"_s) && !p.isSet(u"cloud"_s)) {
        const QString env = qEnvironmentVariable("AZURE_AUTHORITY_HOST").trimmed();
        if (!env.isEmpty()) {
            if (const auto known = cloudOfAuthority(QUrl(env)); known) {
                profile->cloud = *known;
            } else {
                authority = env;
                authorityFromEnv = true;
            }
        }
    }
    const bool custom = !authority.isEmpty() || p.isSet(u"arm-endpoint"_s);
    if (custom) {
        if (authorityFromEnv && !p.isSet(u"arm-endpoint"_s)) {
            ctx.error(Azure::tr("AZURE_AUTHORITY_HOST %1 is not the authority of a known "
                                "cloud: give --arm-endpoint too, or --cloud")
                          .arg(printable(authority)));
            return ExitBadInput;
        }
        if (p.isSet(u"cloud"_s) || authority.isEmpty() || !p.isSet(u"arm-endpoint"_s)) {
            ctx.error(Azure::tr("--authority-host and --arm-endpoint go together, "
                                "without --cloud"));
            return ExitBadInput;
        }
        profile->cloud = CloudType::Custom;
        profile->customEndpoints.authorityHost = QUrl(authority, QUrl::StrictMode);
        profile->customEndpoints.armEndpoint = QUrl(p.value(u"arm-endpoint"_s), QUrl::StrictMode);
    } else if (p.isSet(u"cloud"_s)) {
        CloudType cloud = CloudType::AzurePublic;
        if (!cloudTypeFromString(p.value(u"cloud"_s), &cloud) || cloud == CloudType::Custom) {
            ctx.error(Azure::tr("unknown cloud '%1': use AzureCloud, AzureUSGovernment or "
                                "AzureChinaCloud")
                          .arg(p.value(u"cloud"_s)));
            return ExitBadInput;
        }
        profile->cloud = cloud;
    } // else AzurePublic (the default), or the cloud of AZURE_AUTHORITY_HOST
    return ExitOk;
}

TenantCommand::TenantCommand(const char *name, const char *summary) : Command(name, summary)
{
    addOption({u"profile"_s, Azure::tr("Use the saved profile NAME (or id)."), u"NAME"_s});
    for (const QCommandLineOption &o : tenantOptions())
        addOption(o);
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
        // A sandbox profile: its sandbox starts here, and the profile points at it in memory.
        if (t->profile.sandbox) {
            t->sandbox = std::make_shared<SandboxHost>();
            QList<ConnectorProfile> one{t->profile};
            one.first().enabled = true; // a test of a disabled connector is allowed
            for (const QString &problem : t->sandbox->pointProfilesHere(&one)) {
                ctx.error(problem);
                return ExitFailure;
            }
            t->profile.customEndpoints = one.constFirst().customEndpoints;
        }
    } else {
        if (int rc = tenantFromOptions(ctx, p, &t->profile); rc != ExitOk)
            return rc;
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
