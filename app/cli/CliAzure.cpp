// atc test-connection | discover | emulator | sandbox — documented in docs/cli.md.

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcessEnvironment>

#include "AzureEmulator.h"
#include "CliContext.h"
#include "TenantModel.h"
#include "azure/AzureSession.h"
#include "azure/ConnectionTester.h"
#include "azure/TenantDiscovery.h"
#include "model/ProfileValidator.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
};

int exitCodeFor(const AzureError &e)
{
    if (!e.isError())
        return ExitOk;
    if (e.kind == AzureErrorKind::Cancelled)
        return ExitCancelled;
    if (e.kind == AzureErrorKind::InvalidInput)
        return ExitBadInput;
    if (e.isAuthenticationError())
        return ExitAuthFailure;
    if (e.isPermissionError())
        return ExitPermissionFailure;
    if (e.isNetworkError())
        return ExitNetworkFailure;
    return ExitFailure;
}

void addTargetOptions(QCommandLineParser &p)
{
    p.addOption({u"profile"_s, Azure::tr("Use the saved profile NAME (or id)."), u"NAME"_s});
    p.addOption({u"tenant-id"_s, Azure::tr("Directory (tenant) ID: a GUID or a domain."), u"ID"_s});
    p.addOption({u"client-id"_s, Azure::tr("Application (client) ID."), u"ID"_s});
    p.addOption({u"cloud"_s,
                 Azure::tr("AzureCloud (default), AzureUSGovernment or AzureChinaCloud."),
                 u"NAME"_s});
    p.addOption({u"authority-host"_s, Azure::tr("Custom authority host URL (with --arm-endpoint)."),
                 u"URL"_s});
    p.addOption({u"arm-endpoint"_s, Azure::tr("Custom Azure Resource Manager URL."), u"URL"_s});
    p.addOption(
        {u"ca-cert"_s, Azure::tr("Also trust the CA certificate(s) in this PEM file."), u"PEM"_s});
    p.addOption(
        {u"format"_s, Azure::tr("Output format: text (default) or json."), u"FORMAT"_s, u"text"_s});
    p.addOption({u"max-in-flight"_s, Azure::tr("Requests in flight at once (default 8)."), u"N"_s});
}

struct Target
{
    AzureClientConfig config;
    std::optional<ConnectorProfile> profile;
};

/** Builds the target from the options or a profile; the secret is filled in later. */
int targetFromOptions(const CliContext &ctx, const QCommandLineParser &p, Target *t)
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
                break;
            }
        }
        if (!t->profile) {
            ctx.error(
                Azure::tr("no saved profile named '%1'. See 'atc profiles list'.").arg(wanted));
            return ExitBadInput;
        }
        // Validated where it is used, like 'atc run': a hand-edited file is not trusted.
        if (const QList<ValidationIssue> issues = ProfileValidator::validateSaved(*t->profile);
            !issues.isEmpty()) {
            ctx.error(
                Azure::tr("profile \"%1\" is not valid: %2 Correct it in the application, "
                          "or correct its file and import it again.")
                    .arg(printable(t->profile->name.left(80)), ProfileValidator::describe(issues)));
            return ExitBadInput;
        }
        t->config = AzureClientConfig::fromProfile(*t->profile, {});
    } else {
        if (!p.isSet(u"tenant-id"_s) || !p.isSet(u"client-id"_s)) {
            ctx.error(Azure::tr("give --profile NAME, or --tenant-id and --client-id"));
            return ExitBadInput;
        }
        t->config.tenant = p.value(u"tenant-id"_s).trimmed();
        t->config.clientId = p.value(u"client-id"_s).trimmed();
        // The shapes the profile rules use (ProfileValidator): checked here, not by Azure.
        if (const QString why = ProfileValidator::directoryIdProblem(t->config.tenant);
            !why.isEmpty()) {
            ctx.error(u"--tenant-id: "_s + why);
            return ExitBadInput;
        }
        if (const QString why = ProfileValidator::clientIdProblem(t->config.clientId);
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
            t->config.endpoints.authorityHost =
                QUrl(p.value(u"authority-host"_s), QUrl::StrictMode);
            t->config.endpoints.armEndpoint = QUrl(p.value(u"arm-endpoint"_s), QUrl::StrictMode);
        } else {
            CloudType cloud = CloudType::AzurePublic;
            if (p.isSet(u"cloud"_s) &&
                (!cloudTypeFromString(p.value(u"cloud"_s), &cloud) || cloud == CloudType::Custom)) {
                ctx.error(Azure::tr("unknown cloud '%1': use AzureCloud, AzureUSGovernment or "
                                    "AzureChinaCloud")
                              .arg(p.value(u"cloud"_s)));
                return ExitBadInput;
            }
            t->config.endpoints = endpointsForCloud(cloud);
        }
    }
    if (p.isSet(u"ca-cert"_s))
        t->config.caCertificateFile = p.value(u"ca-cert"_s);
    if (QString why;
        !t->config.caCertificateFile.isEmpty() &&
        !AzureSession::readCaCertificates(t->config.caCertificateFile, nullptr, &why)) {
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
        t->config.maxRequestsInFlight = n;
    }
    QString why;
    if (!AzureSession::isAllowedUrl(t->config.endpoints.authorityHost, &why) ||
        !AzureSession::isAllowedUrl(t->config.endpoints.armEndpoint, &why)) {
        ctx.error(why);
        return ExitBadInput;
    }
    return ExitOk;
}

/**
 * The secret: AZURE_CLIENT_SECRET, else (for a profile) the keychain. Never an argument.
 * Runs the event loop until the keychain answers.
 */
int resolveSecret(const CliContext &ctx, Target *t)
{
    const QString env = QProcessEnvironment::systemEnvironment().value(u"AZURE_CLIENT_SECRET"_s);
    if (!env.isEmpty()) {
        t->config.clientSecret = env;
        return ExitOk;
    }
    if (!t->profile) {
        ctx.error(Azure::tr("set the authentication key in the AZURE_CLIENT_SECRET environment "
                            "variable (it is never taken from an argument)"));
        return ExitSecretUnavailable;
    }
    KeychainSecretStore keychain;
    int rc = ExitFailure;
    QObject context;
    keychain.read(t->profile->secretKey(), &context, [&](const SecretStore::Result &r) {
        if (r.ok()) {
            t->config.clientSecret = r.secret;
            rc = ExitOk;
        } else {
            ctx.error(Azure::tr("the authentication key of profile '%1' is not available: %2 "
                                "You can also set AZURE_CLIENT_SECRET.")
                          .arg(t->profile->name, r.errorMessage));
            rc = ExitSecretUnavailable;
        }
        QCoreApplication::exit(rc);
    });
    QCoreApplication::exec();
    return rc;
}

bool parseFormat(const CliContext &ctx, const QCommandLineParser &p, bool *json)
{
    const QString f = p.value(u"format"_s);
    if (f != "text"_L1 && f != "json"_L1) {
        ctx.error(Azure::tr("--format takes text or json"));
        return false;
    }
    *json = f == "json"_L1;
    return true;
}

QString statusWord(ConnectionTester::StepStatus s)
{
    switch (s) {
    case ConnectionTester::StepStatus::NotRun:
        return Azure::tr("not run");
    case ConnectionTester::StepStatus::Running:
        return Azure::tr("running");
    case ConnectionTester::StepStatus::Passed:
        return Azure::tr("passed");
    case ConnectionTester::StepStatus::Warning:
        return Azure::tr("warning");
    case ConnectionTester::StepStatus::Failed:
        return Azure::tr("failed");
    case ConnectionTester::StepStatus::Skipped:
        return Azure::tr("skipped");
    }
    return {};
}

QString statusKey(ConnectionTester::StepStatus s)
{
    static const char *const keys[] = {"notRun",  "running", "passed",
                                       "warning", "failed",  "skipped"};
    return QString::fromLatin1(keys[int(s)]);
}

QString stepKey(ConnectionTester::Step s)
{
    static const char *const keys[] = {"authorityReachable", "token", "managementGroups",
                                       "subscriptions", "writePermission"};
    return QString::fromLatin1(keys[int(s)]);
}

QJsonObject errorJson(const AzureError &e)
{
    return QJsonObject{{u"kind"_s, AzureError::kindName(e.kind)},
                       {u"code"_s, e.code},
                       {u"httpStatus"_s, e.httpStatus},
                       {u"scope"_s, e.scope},
                       {u"message"_s, e.message()},
                       {u"advice"_s, e.advice()}};
}

QJsonObject snapshotJson(const TenantSnapshot &s)
{
    QJsonArray groups;
    for (const ManagementGroup &g : s.managementGroups)
        groups.append(QJsonObject{
            {u"id"_s, g.id},
            {u"name"_s, g.name},
            {u"displayName"_s, g.displayName},
            {u"parentId"_s, g.parentName.isEmpty() ? QJsonValue() : QJsonValue(g.parentName)}});
    QJsonArray subs;
    for (const Subscription &x : s.subscriptions)
        subs.append(QJsonObject{
            {u"subscriptionId"_s, x.subscriptionId},
            {u"displayName"_s, x.displayName},
            {u"state"_s, x.stateText.isEmpty() ? subscriptionStateToString(x.state) : x.stateText},
            {u"managementGroupId"_s,
             x.managementGroupName.isEmpty() ? QJsonValue() : QJsonValue(x.managementGroupName)}});
    return QJsonObject{{u"tenantId"_s, s.tenantId},
                       {u"rootGroupReadable"_s, s.rootGroupReadable},
                       {u"managementGroups"_s, groups},
                       {u"subscriptions"_s, subs}};
}

QJsonObject resourceJson(const AzureResource &r)
{
    QJsonObject tags;
    for (auto it = r.tags.begin(); it != r.tags.end(); ++it)
        tags.insert(it.key(), it.value());
    return QJsonObject{{u"id"_s, r.id},
                       {u"name"_s, r.name},
                       {u"type"_s, r.type},
                       {u"location"_s, r.location},
                       {u"resourceGroup"_s, r.resourceGroup},
                       {u"subscriptionId"_s, r.subscriptionId},
                       {u"tags"_s, tags}};
}

void printTree(const CliContext &ctx, const TenantSnapshot &s)
{
    QHash<QString, QList<const ManagementGroup *>> children;
    QHash<QString, QList<const Subscription *>> subsOf;
    for (const ManagementGroup &g : s.managementGroups)
        children[g.parentName.toCaseFolded()].append(&g);
    for (const Subscription &x : s.subscriptions)
        subsOf[x.managementGroupName.toCaseFolded()].append(&x);
    std::function<void(const QString &, int)> walk = [&](const QString &parent, int depth) {
        const QString indent(depth * 2, u' ');
        for (const Subscription *x : subsOf.value(parent.toCaseFolded())) {
            ctx.out << indent << u"- "_s << printable(x->displayName) << u" ("_s
                    << printable(x->subscriptionId) << u", "_s
                    << subscriptionStateToString(x->state) << u")"_s
                    << (x->isConnectable() ? QString() : u"  "_s + Azure::tr("[not connected]"))
                    << Qt::endl;
        }
        for (const ManagementGroup *g : children.value(parent.toCaseFolded())) {
            ctx.out << indent << u"+ "_s << printable(g->displayName) << u" ["_s
                    << printable(g->name) << u"]"_s << Qt::endl;
            walk(g->name, depth + 1);
        }
    };
    walk(QString(), 0);
}

void printSteps(const CliContext &ctx, const ConnectionTester::Result &r)
{
    for (const ConnectionTester::StepResult &s : r.steps) {
        ctx.out << u"["_s << statusWord(s.status) << u"] "_s << printable(s.title);
        if (!s.message.isEmpty())
            ctx.out << u": "_s << printable(s.message);
        ctx.out << Qt::endl;
        if (!s.advice.isEmpty())
            ctx.out << u"    "_s << printable(s.advice) << Qt::endl;
    }
    ctx.out.flush();
}

QJsonObject testResultJson(const ConnectionTester::Result &r)
{
    QJsonArray steps;
    for (const ConnectionTester::StepResult &s : r.steps)
        steps.append(QJsonObject{{u"step"_s, stepKey(s.step)},
                                 {u"status"_s, statusKey(s.status)},
                                 {u"title"_s, s.title},
                                 {u"message"_s, s.message},
                                 {u"advice"_s, s.advice}});
    QJsonObject o{{u"ok"_s, r.ok}, {u"steps"_s, steps}};
    if (r.error.isError())
        o.insert(u"error"_s, errorJson(r.error));
    o.insert(u"tenant"_s, snapshotJson(r.snapshot));
    return o;
}

/** Runs a ConnectionTester to its end. */
ConnectionTester::Result runTester(const CliContext &ctx, AzureSession *session, bool write,
                                   bool verbose)
{
    ConnectionTester tester(session, write);
    ConnectionTester::Result result;
    QObject::connect(&tester, &ConnectionTester::stepChanged, &tester,
                     [&ctx, verbose](const ConnectionTester::StepResult &s) {
                         if (verbose && s.status == ConnectionTester::StepStatus::Running)
                             ctx.progress(s.title + u"…"_s);
                     });
    QObject::connect(&tester, &ConnectionTester::finished, &tester,
                     [&result](const ConnectionTester::Result &r) {
                         result = r;
                         QCoreApplication::exit(0);
                     });
    tester.start();
    QCoreApplication::exec();
    return result;
}

struct Discovery
{
    TenantDiscovery::Result tenant;
    ResourceDiscovery::Result resources;
    QList<AzureResource> resourceList;
    bool ranResources = false;
};

Discovery runDiscovery(const CliContext &ctx, AzureSession *session, bool withResources,
                       bool verbose)
{
    Discovery d;
    TenantDiscovery td(session);
    QObject::connect(&td, &TenantDiscovery::progress, &td, [&ctx, verbose](const QString &text) {
        if (verbose)
            ctx.progress(text);
    });
    QObject::connect(&td, &TenantDiscovery::finished, &td, [&d](const TenantDiscovery::Result &r) {
        d.tenant = r;
        QCoreApplication::exit(0);
    });
    td.start();
    QCoreApplication::exec();
    if (d.tenant.error.isError() || !withResources)
        return d;

    QStringList ids;
    for (const Subscription &s : d.tenant.snapshot.subscriptions) {
        if (s.isConnectable())
            ids.append(s.subscriptionId);
    }
    d.ranResources = true;
    ResourceDiscovery rd(session, ids);
    int lastReported = -1;
    QObject::connect(&rd, &ResourceDiscovery::progress, &rd,
                     [&ctx, &lastReported, verbose](int done, int total, qint64 count) {
                         if (!verbose || done == lastReported)
                             return;
                         lastReported = done;
                         ctx.progress(Azure::tr("Resources: %1 of %2 subscriptions, %3 resources")
                                          .arg(done)
                                          .arg(total)
                                          .arg(count));
                     });
    QObject::connect(
        &rd, &ResourceDiscovery::subscriptionsFinished, &rd,
        [&d](const QStringList &, const QList<AzureResource> &list) { d.resourceList += list; });
    QObject::connect(&rd, &ResourceDiscovery::finished, &rd,
                     [&d](const ResourceDiscovery::Result &r) {
                         d.resources = r;
                         QCoreApplication::exit(0);
                     });
    rd.start();
    QCoreApplication::exec();
    return d;
}

int testConnection(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(Azure::tr("Tests a tenant's credentials and permissions step by "
                                          "step. The authentication key comes from "
                                          "AZURE_CLIENT_SECRET or, for a profile, the keychain."));
    p.addHelpOption();
    addTargetOptions(p);
    p.addOption({u"remediation"_s,
                 Azure::tr("Also check the write permission remediation needs (default: the "
                           "profile's setting).")});
    if (!p.parse(ctx.args)) {
        ctx.error(p.errorText());
        return ExitBadInput;
    }
    if (p.isSet(u"help"_s)) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    bool json = false;
    if (!parseFormat(ctx, p, &json) || !p.positionalArguments().isEmpty()) {
        if (!p.positionalArguments().isEmpty())
            ctx.error(Azure::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
        return ExitBadInput;
    }
    Target t;
    if (int rc = targetFromOptions(ctx, p, &t); rc != ExitOk)
        return rc;
    if (int rc = resolveSecret(ctx, &t); rc != ExitOk)
        return rc;
    const bool write = p.isSet(u"remediation"_s) || (t.profile && t.profile->remediationEnabled);

    QNetworkAccessManager nam;
    configureProxy(ctx, &nam);
    AzureSession session(&nam, t.config);
    const ConnectionTester::Result r = runTester(ctx, &session, write, !json);
    if (json)
        ctx.printJson(testResultJson(r));
    else
        printSteps(ctx, r);
    if (r.error.isError() && !json)
        ctx.error(r.error.fullText());
    return r.ok ? ExitOk : (r.error.isError() ? exitCodeFor(r.error) : ExitFailure);
}

int discover(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(Azure::tr("Discovers management groups and subscriptions (and "
                                          "with --resources, their resources)."));
    p.addHelpOption();
    addTargetOptions(p);
    p.addOption({u"resources"_s, Azure::tr("Also list the resources of every connectable "
                                           "subscription.")});
    if (!p.parse(ctx.args)) {
        ctx.error(p.errorText());
        return ExitBadInput;
    }
    if (p.isSet(u"help"_s)) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    bool json = false;
    if (!parseFormat(ctx, p, &json))
        return ExitBadInput;
    if (!p.positionalArguments().isEmpty()) {
        ctx.error(Azure::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
        return ExitBadInput;
    }
    Target t;
    if (int rc = targetFromOptions(ctx, p, &t); rc != ExitOk)
        return rc;
    if (int rc = resolveSecret(ctx, &t); rc != ExitOk)
        return rc;

    QNetworkAccessManager nam;
    configureProxy(ctx, &nam);
    AzureSession session(&nam, t.config);
    const bool withResources = p.isSet(u"resources"_s);
    const Discovery d = runDiscovery(ctx, &session, withResources, true);
    if (d.tenant.error.isError()) {
        ctx.error(d.tenant.error.fullText());
        return exitCodeFor(d.tenant.error);
    }
    if (d.tenant.rootError.isError())
        ctx.err << printableLines(Azure::tr("atc: warning: %1").arg(d.tenant.rootError.fullText()))
                << Qt::endl;
    int failedSubs = 0;
    for (const ResourceDiscovery::SubscriptionOutcome &o : d.resources.outcomes) {
        if (o.error.isError()) {
            ++failedSubs;
            ctx.err << printableLines(Azure::tr("atc: warning: subscription %1: %2")
                                          .arg(o.subscriptionId, o.error.fullText()))
                    << Qt::endl;
        }
    }
    if (json) {
        QJsonObject o = snapshotJson(d.tenant.snapshot);
        if (withResources) {
            QJsonArray resources;
            for (const AzureResource &r : d.resourceList)
                resources.append(resourceJson(r));
            o.insert(u"resources"_s, resources);
        }
        ctx.printJson(o);
    } else {
        const TenantSnapshot &s = d.tenant.snapshot;
        ctx.out << Azure::tr("Tenant %1: %n management group(s)", nullptr,
                             int(s.managementGroups.size()))
                       .arg(printable(s.tenantId))
                << u", "_s << Azure::tr("%n subscription(s)", nullptr, int(s.subscriptions.size()))
                << Qt::endl;
        printTree(ctx, s);
        if (withResources)
            ctx.out << Azure::tr("%n resource(s)", nullptr, int(d.resourceList.size())) << Qt::endl;
    }
    ctx.out.flush();
    if (d.resources.error.isError())
        return exitCodeFor(d.resources.error);
    return failedSubs > 0 ? ExitFailure : ExitOk;
}

/** Options shared by `emulator` and `sandbox` to pick the tenant. */
bool loadEmulatorTenant(const CliContext &ctx, const QCommandLineParser &p,
                        emulator::AzureEmulator *emu)
{
    QString error;
    if (p.isSet(u"tenant"_s)) {
        if (!emu->loadTenantFile(p.value(u"tenant"_s), &error)) {
            ctx.error(error);
            return false;
        }
        return true;
    }
    if (p.isSet(u"synthetic"_s)) {
        // The same spelling as atc-azure-emulator: groups,subscriptions,resources[,seed].
        const QStringList parts = p.value(u"synthetic"_s).split(u',');
        QList<int> n;
        for (const QString &part : parts) {
            bool ok = false;
            n.append(part.trimmed().toInt(&ok));
            if (!ok || n.last() < 0)
                n.clear();
            if (n.isEmpty())
                break;
        }
        if (n.size() < 3 || n.size() > 4) {
            ctx.error(Azure::tr("--synthetic expects groups,subscriptions,resources[,seed]"));
            return false;
        }
        emulator::SyntheticTenantSpec spec;
        spec.managementGroups = n[0];
        spec.subscriptions = n[1];
        spec.resources = n[2];
        if (n.size() == 4)
            spec.seed = quint32(n[3]);
        if (!emu->loadSyntheticTenant(spec, &error)) { // beyond the caps (docs/emulator.md)
            ctx.error(error);
            return false;
        }
        return true;
    }
    if (!emu->loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error)) {
        ctx.error(error);
        return false;
    }
    return true;
}

int runEmulator(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(Azure::tr("Runs the loopback Azure emulator until interrupted "
                                          "and prints its base URL (authority and ARM)."));
    p.addHelpOption();
    p.addOption({u"sandbox"_s, Azure::tr("Serve the sandbox tenant \"Contoso\" (default).")});
    p.addOption({u"tenant"_s, Azure::tr("Serve the tenant described in FILE (docs/emulator.md)."),
                 u"FILE"_s});
    p.addOption({u"synthetic"_s,
                 Azure::tr("Serve a generated tenant: groups,subscriptions,resources[,seed]."),
                 u"SPEC"_s});
    p.addOption({u"latency-ms"_s, Azure::tr("Added latency per request."), u"MS"_s});
    p.addOption({u"port"_s, Azure::tr("Port on 127.0.0.1 (default: a free one)."), u"N"_s});
    if (!p.parse(ctx.args)) {
        ctx.error(p.errorText());
        return ExitBadInput;
    }
    if (p.isSet(u"help"_s)) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    if (int(p.isSet(u"sandbox"_s)) + int(p.isSet(u"tenant"_s)) + int(p.isSet(u"synthetic"_s)) > 1) {
        ctx.error(Azure::tr("choose one of --sandbox, --tenant and --synthetic"));
        return ExitBadInput;
    }
    bool ok = true;
    const int port = p.isSet(u"port"_s) ? p.value(u"port"_s).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535) {
        ctx.error(Azure::tr("--port takes a number from 0 to 65535"));
        return ExitBadInput;
    }
    const int latency = p.isSet(u"latency-ms"_s) ? p.value(u"latency-ms"_s).toInt(&ok) : 0;
    if (!ok || latency < 0) {
        ctx.error(Azure::tr("--latency-ms takes a number"));
        return ExitBadInput;
    }
    emulator::AzureEmulator emu;
    if (!loadEmulatorTenant(ctx, p, &emu))
        return ExitBadInput;
    emu.faults().latencyMs = latency;
    QString error;
    if (!emu.listen(quint16(port), &error)) {
        ctx.error(error);
        return ExitFailure;
    }
    ctx.out << emu.baseUrl().toString() << Qt::endl;
    ctx.progress(Azure::tr("Tenant %1 (%2)").arg(emu.tenant().tenantId, emu.tenant().displayName));
    if (!p.isSet(u"tenant"_s) && !p.isSet(u"synthetic"_s)) {
        ctx.progress(Azure::tr("Sandbox tenant %1, app %2; the authentication key is "
                               "atc::emulator::sandbox::ClientSecret (docs/emulator.md).")
                         .arg(QLatin1String(emulator::sandbox::TenantId),
                              QLatin1String(emulator::sandbox::ClientId)));
        ctx.progress(Azure::tr("Try: AZURE_CLIENT_SECRET=… atc discover --tenant-id %1 "
                               "--client-id %2 --authority-host %3 --arm-endpoint %3")
                         .arg(QLatin1String(emulator::sandbox::TenantId),
                              QLatin1String(emulator::sandbox::ClientId),
                              emu.baseUrl().toString()));
    }
    ctx.progress(Azure::tr("Press Ctrl+C to stop."));
    return QCoreApplication::exec();
}

int runSandbox(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(Azure::tr("Starts the built-in sandbox tenant in this process, "
                                          "tests the connection, discovers it and prints a "
                                          "summary."));
    p.addHelpOption();
    if (!p.parse(ctx.args)) {
        ctx.error(p.errorText());
        return ExitBadInput;
    }
    if (p.isSet(u"help"_s)) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    emulator::AzureEmulator emu;
    QString error;
    if (!emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
        !emu.listen(0, &error)) {
        ctx.error(error);
        return ExitFailure;
    }
    AzureClientConfig config;
    config.endpoints = {emu.baseUrl(), emu.baseUrl()};
    config.tenant = QLatin1String(emulator::sandbox::TenantId);
    config.clientId = QLatin1String(emulator::sandbox::ClientId);
    config.clientSecret = QLatin1String(emulator::sandbox::ClientSecret);
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); // loopback only
    AzureSession session(&nam, config);

    ctx.out << Azure::tr("Sandbox tenant \"%1\" (%2) served at %3")
                   .arg(QLatin1String(emulator::sandbox::TenantName),
                        QLatin1String(emulator::sandbox::TenantId), emu.baseUrl().toString())
            << Qt::endl
            << Qt::endl
            << Azure::tr("Test connection:") << Qt::endl;
    const ConnectionTester::Result test = runTester(ctx, &session, false, false);
    printSteps(ctx, test);
    if (!test.ok) {
        ctx.error(test.error.fullText());
        return exitCodeFor(test.error);
    }

    const Discovery d = runDiscovery(ctx, &session, true, false);
    if (d.tenant.error.isError()) {
        ctx.error(d.tenant.error.fullText());
        return exitCodeFor(d.tenant.error);
    }
    const TenantSnapshot &s = d.tenant.snapshot;
    QHash<QString, int> perSub;
    QMap<QString, int> perType;
    int publicIps = 0, fqdns = 0;
    for (const AzureResource &r : d.resourceList) {
        ++perSub[r.subscriptionId.toCaseFolded()];
        ++perType[r.type.toLower()];
        publicIps += int(r.publicIpAddresses.size());
        fqdns += int(r.fqdns.size());
    }
    ctx.out << Qt::endl << Azure::tr("Management groups and subscriptions:") << Qt::endl;
    printTree(ctx, s);
    ctx.out << Qt::endl << Azure::tr("Resources per subscription:") << Qt::endl;
    for (const Subscription &x : s.subscriptions) {
        ctx.out << u"  "_s << printable(x.displayName).leftJustified(36) << u' '
                << (x.isConnectable()
                        ? QString::number(perSub.value(x.subscriptionId.toCaseFolded()))
                        : Azure::tr("%1, not connected").arg(subscriptionStateToString(x.state)))
                << Qt::endl;
    }
    QList<std::pair<int, QString>> types;
    for (auto it = perType.begin(); it != perType.end(); ++it)
        types.append({it.value(), it.key()});
    std::sort(types.begin(), types.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ctx.out << Qt::endl << Azure::tr("Most common resource types:") << Qt::endl;
    for (qsizetype i = 0; i < types.size() && i < 8; ++i)
        ctx.out << u"  "_s << QString::number(types[i].first).rightJustified(5) << u"  "_s
                << printable(types[i].second) << Qt::endl;
    const AzureSession::Stats stats = session.stats();
    ctx.out << Qt::endl
            << Azure::tr("Total: %1 management groups, %2 subscriptions, %3 resources, %4 public "
                         "IP addresses, %5 DNS names (%6 requests).")
                   .arg(s.managementGroups.size())
                   .arg(s.subscriptions.size())
                   .arg(d.resourceList.size())
                   .arg(publicIps)
                   .arg(fqdns)
                   .arg(stats.requests)
            << Qt::endl
            << Qt::endl
            << Azure::tr("To use the desktop application: run scripts/run.sh in a desktop session "
                         "(or build/dev/app/azure-tenant-connector) and choose \"Try the sandbox "
                         "tenant\". To serve the sandbox to other tools: atc emulator --sandbox.")
            << Qt::endl;
    ctx.out.flush();
    return ExitOk;
}

} // namespace

int runAzureCommand(CliContext &ctx)
{
    if (ctx.command == "test-connection"_L1)
        return testConnection(ctx);
    if (ctx.command == "discover"_L1)
        return discover(ctx);
    if (ctx.command == "emulator"_L1)
        return runEmulator(ctx);
    if (ctx.command == "sandbox"_L1)
        return runSandbox(ctx);
    ctx.error(Azure::tr("unknown command '%1'").arg(ctx.command));
    return ExitBadInput;
}

} // namespace atc::cli
