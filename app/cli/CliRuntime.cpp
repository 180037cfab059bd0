// atc run | daemon | connectors | inventory | perimeter-targets — documented in
// docs/cli-runtime.md (exit codes: docs/cli.md).

#include <csignal>
#include <memory>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTimer>

#include "CliContext.h"
#include "io/AtomicFile.h"
#include "io/PrivatePaths.h"
#include "model/ProfileValidator.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/InventoryExport.h"
#include "runtime/Scheduler.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Runtime
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Runtime)
};

// --- SIGINT/SIGTERM → the event loop (self-pipe): cancel runs cleanly, never mid-transaction.
int g_signalFd = -1; // the one global a signal handler needs

extern "C" void onSignal(int)
{
    const char c = 1;
    if (g_signalFd >= 0) {
        const ssize_t ignored = ::write(g_signalFd, &c, 1);
        (void)ignored;
    }
}

class SignalWatcher
{
public:
    explicit SignalWatcher(std::function<void()> onSignalled)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0)
            return;
        g_signalFd = m_fds[0];
        m_notifier = std::make_unique<QSocketNotifier>(m_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [this, onSignalled] {
                             char c;
                             const ssize_t ignored = ::read(m_fds[1], &c, 1);
                             (void)ignored;
                             m_signalled = true;
                             onSignalled();
                         });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }
    ~SignalWatcher()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_signalFd = -1;
        m_notifier.reset();
        if (m_fds[0] >= 0) {
            ::close(m_fds[0]);
            ::close(m_fds[1]);
        }
    }
    bool signalled() const { return m_signalled; }

private:
    int m_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_signalled = false;
};

// --- shared helpers ------------------------------------------------------------------------

struct Paths
{
    QString dataDir;
    QString database;
    QString locks;
    QString profiles;
};

Paths paths()
{
    const AppSettings settings;
    Paths p;
    p.dataDir = settings.effectiveDataDirectory();
    p.database = p.dataDir + "/inventory.sqlite"_L1;
    p.locks = p.dataDir + "/locks"_L1;
    p.profiles = p.dataDir + "/profiles"_L1;
    return p;
}

QList<ConnectorProfile> loadProfiles(const CliContext &ctx, const Paths &p)
{
    const ProfileStore store(p.profiles);
    const ProfileLoadReport report = store.loadAll();
    for (const ProfileLoadProblem &problem : report.problems)
        ctx.progress(Runtime::tr("warning: %1: %2").arg(problem.path, problem.reason));
    return report.profiles;
}

/** Empty when `p` may run; else the validator's words, naming each field of the file. */
QString problemsOf(const ConnectorProfile &p)
{
    return ProfileValidator::describe(ProfileValidator::validateSaved(p));
}

QString invalidProfileText(const ConnectorProfile &p, const QString &problems)
{
    return Runtime::tr("profile \"%1\" is not valid, so it does not run: %2 Correct it in the "
                       "application, or correct its file and import it again.")
        .arg(printable(p.name.left(80)), problems);
}

/** A profile by id or name (case-insensitive); reports and returns nullopt when unknown. */
std::optional<ConnectorProfile>
findProfile(const CliContext &ctx, const QList<ConnectorProfile> &profiles, const QString &wanted)
{
    for (const ConnectorProfile &p : profiles) {
        if (p.id == wanted || p.name.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    ctx.error(Runtime::tr("no saved profile named '%1'. See 'atc profiles list'.").arg(wanted));
    return std::nullopt;
}

bool parseFormat(const CliContext &ctx, const QCommandLineParser &parser,
                 const QStringList &allowed, QString *format)
{
    *format = parser.value(u"format"_s).toLower();
    if (!allowed.contains(*format)) {
        ctx.error(Runtime::tr("--format takes %1").arg(allowed.join(u" or "_s)));
        return false;
    }
    return true;
}

bool parseArgs(CliContext &ctx, QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(ctx.args)) {
        ctx.error(parser.errorText());
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        ctx.out << parser.helpText();
        return false;
    }
    return true;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

/** The authentication key: AZURE_CLIENT_SECRET, else the keychain. Never an argument. */
ConnectorRuntime::SecretProvider cliSecrets(SecretStore *keychain)
{
    const QString env = QProcessEnvironment::systemEnvironment().value(u"AZURE_CLIENT_SECRET"_s);
    if (!env.isEmpty()) {
        return [env](const ConnectorProfile &, QObject *context,
                     ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, context, [done, env] { done(env, {}); });
        };
    }
    // No keychain (or no key in it): say that the environment is the other way, as discover does.
    return [fromStore = ConnectorRuntime::secretsFromStore(keychain)](
               const ConnectorProfile &profile, QObject *context,
               ConnectorRuntime::SecretCallback done) {
        fromStore(profile, context, [done](const QString &secret, const QString &error) {
            done(secret, secret.isEmpty()
                             ? error + u' ' +
                                   Runtime::tr("You can also set AZURE_CLIENT_SECRET (never an "
                                               "argument).")
                             : error);
        });
    };
}

int exitCodeFor(const RunSummary &s)
{
    if (s.cancelled)
        return ExitCancelled;
    if (s.secretUnavailable)
        return ExitSecretUnavailable;
    if (s.state == ConnectorState::FinishedSuccessfully)
        return ExitOk;
    AzureError e;
    e.kind = s.errorKind;
    if (e.isAuthenticationError())
        return ExitAuthFailure;
    if (e.isPermissionError())
        return ExitPermissionFailure;
    if (e.isNetworkError())
        return ExitNetworkFailure;
    return ExitFailure;
}

QJsonObject summaryJson(const QString &profileName, const RunSummary &s)
{
    return QJsonObject{
        {u"profileId"_s, s.profileId},
        {u"profile"_s, profileName},
        {u"runId"_s, s.runId},
        {u"state"_s, connectorStateToString(s.state)},
        {u"cancelled"_s, s.cancelled},
        {u"started"_s, isoOrNull(s.started)},
        {u"finished"_s, isoOrNull(s.finished)},
        {u"assetsCreated"_s, s.counts.assetsCreated},
        {u"assetsUpdated"_s, s.counts.assetsUpdated},
        {u"assetsRemoved"_s, s.counts.assetsRemoved},
        {u"assetsUnchanged"_s, s.counts.assetsUnchanged},
        {u"connectorsCreated"_s, s.counts.connectorsCreated},
        {u"connectorsDisabled"_s, s.counts.connectorsDisabled},
        {u"connectorsFlagged"_s, s.counts.connectorsFlagged},
        {u"connectorsReattached"_s, s.counts.connectorsReattached},
        {u"subscriptionsOk"_s, s.counts.subscriptionsOk},
        {u"subscriptionsFailed"_s, s.counts.subscriptionsFailed},
        {u"errors"_s, QJsonArray::fromStringList(s.errors)},
    };
}

// --- atc run -------------------------------------------------------------------------------

int runCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"profile"_s, Runtime::tr("Run the saved profile NAME (or id)."), u"NAME"_s});
    parser.addOption({u"all"_s, Runtime::tr("Run every saved profile.")});
    parser.addOption(
        {u"due"_s, Runtime::tr("Run only what is due (for cron or a systemd timer).")});
    parser.addOption({u"format"_s, Runtime::tr("Output format: json (default) or text."),
                      u"FORMAT"_s, u"json"_s});
    if (!parseArgs(ctx, parser,
                   Runtime::tr("Run tenant connectors and their subscription "
                               "connectors now.")))
        return parser.isSet(u"help"_s) ? ExitOk : ExitBadInput;
    QString format;
    if (!parseFormat(ctx, parser, {u"json"_s, u"text"_s}, &format))
        return ExitBadInput;
    if (parser.isSet(u"profile"_s) == parser.isSet(u"all"_s)) {
        ctx.error(Runtime::tr("give --profile NAME or --all"));
        return ExitBadInput;
    }
    const Paths p = paths();
    const QList<ConnectorProfile> all = loadProfiles(ctx, p);
    QList<ConnectorProfile> selected;
    if (parser.isSet(u"profile"_s)) {
        const auto one = findProfile(ctx, all, parser.value(u"profile"_s));
        if (!one)
            return ExitBadInput;
        // Validated on load for a run: nothing starts, no run record is written.
        if (const QString problems = problemsOf(*one); !problems.isEmpty() && one->enabled) {
            ctx.error(invalidProfileText(*one, problems));
            return ExitBadInput;
        }
        selected.append(*one);
    } else {
        selected = all;
    }

    QNetworkAccessManager nam;
    configureProxy(ctx, &nam);
    KeychainSecretStore keychain;
    ConnectorRuntime::Options options = ConnectorRuntimeOptions::forDataDirectory(p.dataDir);
    options.applySettings(AppSettings());
    ConnectorRuntime runtime(&nam, cliSecrets(&keychain), options);
    QString error;
    if (!runtime.open(&error)) {
        ctx.error(error);
        return ExitFailure;
    }
    runtime.setProfiles(selected);

    QJsonArray results;
    int rc = ExitOk;
    auto worse = [&rc](int code) {
        // The first failure decides; busy and cancel do not hide a real failure.
        if (rc == ExitOk || (rc == ExitBusy && code != ExitOk))
            rc = code;
    };
    int pending = 0;
    QObject::connect(&runtime, &ConnectorRuntime::progress, &runtime,
                     [&](const QString &profileId, const QString &text, int, int) {
                         const auto pr = runtime.profile(profileId);
                         ctx.progress(u"%1: %2"_s.arg(pr ? printable(pr->name) : profileId, text));
                     });
    QObject::connect(&runtime, &ConnectorRuntime::runFinished, &runtime,
                     [&](const QString &profileId, const RunSummary &s) {
                         const auto pr = runtime.profile(profileId);
                         const QString name = pr ? pr->name : profileId;
                         results.append(summaryJson(name, s));
                         for (const QString &e : s.errors)
                             ctx.progress(u"%1: %2"_s.arg(printable(name), e));
                         ctx.progress(Runtime::tr("%1: %2 (%3 created, %4 updated, %5 removed)")
                                          .arg(printable(name), connectorStateDisplayName(s.state))
                                          .arg(s.counts.assetsCreated)
                                          .arg(s.counts.assetsUpdated)
                                          .arg(s.counts.assetsRemoved));
                         worse(exitCodeFor(s));
                         if (--pending == 0)
                             QCoreApplication::exit(0);
                     });

    // Installed before anything starts, so that an early signal also cancels cleanly.
    SignalWatcher watcher([&runtime, &ctx] {
        ctx.progress(Runtime::tr("Cancelling …"));
        runtime.cancelAll();
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ConnectorProfile &pr : std::as_const(selected)) {
        if (!pr.enabled) {
            // Named on purpose: refused (exit 8). Part of --all: skipped, not a failure.
            results.append(QJsonObject{
                {u"profileId"_s, pr.id}, {u"profile"_s, pr.name}, {u"state"_s, u"DISABLED"_s}});
            if (parser.isSet(u"profile"_s)) {
                ctx.error(ConnectorRuntime::disabledMessage(printable(pr.name)) + u' ' +
                          Runtime::tr("Run 'atc profiles enable \"%1\"'.").arg(printable(pr.name)));
                worse(ExitDisabled);
            } else {
                ctx.progress(Runtime::tr("%1: disabled, skipped").arg(printable(pr.name)));
            }
            continue;
        }
        if (const QString problems = runtime.invalidReason(pr.id); !problems.isEmpty()) {
            // Part of --all (or --due): skipped and reported; the others still run.
            results.append(QJsonObject{{u"profileId"_s, pr.id},
                                       {u"profile"_s, pr.name},
                                       {u"state"_s, u"INVALID"_s},
                                       {u"errors"_s, QJsonArray{problems}}});
            ctx.error(invalidProfileText(pr, problems));
            worse(ExitBadInput);
            continue;
        }
        ConnectorRuntime::StartResult r;
        if (parser.isSet(u"due"_s)) {
            const ConnectorRuntime::DueWork work = runtime.dueWork(pr.id, now);
            if (work.isEmpty()) {
                ctx.progress(Runtime::tr("%1: nothing due").arg(printable(pr.name)));
                continue;
            }
            r = work.tenant ? runtime.runTenant(pr.id)
                            : runtime.runSubscriptionConnectors(pr.id, work.connectorIds);
        } else {
            r = runtime.runTenant(pr.id);
        }
        switch (r) {
        case ConnectorRuntime::StartResult::Started:
            ++pending;
            break;
        case ConnectorRuntime::StartResult::Busy:
            ctx.error(Runtime::tr("%1: a run is in progress").arg(printable(pr.name)));
            results.append(QJsonObject{
                {u"profileId"_s, pr.id}, {u"profile"_s, pr.name}, {u"state"_s, u"BUSY"_s}});
            worse(ExitBusy);
            break;
        case ConnectorRuntime::StartResult::NothingToRun:
            break;
        case ConnectorRuntime::StartResult::Disabled: // enabled above; changed since: refused
            ctx.error(ConnectorRuntime::disabledMessage(printable(pr.name)));
            worse(ExitDisabled);
            break;
        case ConnectorRuntime::StartResult::InvalidProfile: // reported above
            worse(ExitBadInput);
            break;
        case ConnectorRuntime::StartResult::LockError: // not "in progress": no run holds it
            ctx.error(u"%1: %2"_s.arg(printable(pr.name), runtime.lastStartError()));
            results.append(QJsonObject{{u"profileId"_s, pr.id},
                                       {u"profile"_s, pr.name},
                                       {u"state"_s, u"ERROR"_s},
                                       {u"errors"_s, QJsonArray{runtime.lastStartError()}}});
            worse(ExitFailure);
            break;
        default:
            ctx.error(Runtime::tr("%1: cannot start the run").arg(printable(pr.name)));
            worse(ExitFailure);
            break;
        }
    }
    if (pending > 0)
        QCoreApplication::exec();
    if (watcher.signalled())
        rc = ExitCancelled;
    if (format == "json"_L1) {
        ctx.printJson(results);
    } else {
        for (const QJsonValue &v : std::as_const(results)) {
            const QJsonObject o = v.toObject();
            ctx.out << printable(o.value(u"profile"_s).toString()) << '\t'
                    << o.value(u"state"_s).toString() << '\t' << o.value(u"assetsCreated"_s).toInt()
                    << '\t' << o.value(u"assetsUpdated"_s).toInt() << '\t'
                    << o.value(u"assetsRemoved"_s).toInt() << '\n';
        }
    }
    return rc;
}

// --- atc daemon ----------------------------------------------------------------------------

int daemonCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(
        {u"profile"_s, Runtime::tr("Only this saved profile (default: all)."), u"NAME"_s});
    if (!parseArgs(ctx, parser,
                   Runtime::tr("Keep running connectors on their polling "
                               "frequencies until interrupted.")))
        return parser.isSet(u"help"_s) ? ExitOk : ExitBadInput;
    const Paths p = paths();
    QNetworkAccessManager nam;
    configureProxy(ctx, &nam);
    KeychainSecretStore keychain;
    ConnectorRuntime::Options options = ConnectorRuntimeOptions::forDataDirectory(p.dataDir);
    options.applySettings(AppSettings());
    ConnectorRuntime runtime(&nam, cliSecrets(&keychain), options);
    QString error;
    if (!runtime.open(&error)) {
        ctx.error(error);
        return ExitFailure;
    }
    const QString only = parser.value(u"profile"_s);
    QHash<QString, bool> enabledBefore;    // says so when a profile is disabled or enabled
    QHash<QString, QString> invalidBefore; // …and when one becomes invalid or valid again
    auto reload = [&]() -> bool {
        QList<ConnectorProfile> profiles = loadProfiles(ctx, p);
        if (!only.isEmpty()) {
            const auto one = findProfile(ctx, profiles, only);
            if (!one)
                return false;
            profiles = {*one};
        }
        for (const ConnectorProfile &pr : std::as_const(profiles)) {
            const QString name = printable(pr.name);
            const auto before = enabledBefore.constFind(pr.id);
            if (before == enabledBefore.constEnd() ? !pr.enabled : *before != pr.enabled)
                ctx.progress(pr.enabled ? Runtime::tr("%1: enabled, scheduled").arg(name)
                                        : Runtime::tr("%1: disabled, not scheduled").arg(name));
            enabledBefore.insert(pr.id, pr.enabled);
            // Validated on every load: an invalid profile is skipped (never scheduled) and
            // reported once per change, the others run as usual.
            const QString problems = problemsOf(pr);
            const auto wasInvalid = invalidBefore.constFind(pr.id);
            if (!problems.isEmpty() &&
                (wasInvalid == invalidBefore.constEnd() || *wasInvalid != problems))
                ctx.progress(
                    Runtime::tr("atc daemon: skipped: %1").arg(invalidProfileText(pr, problems)));
            else if (problems.isEmpty() && wasInvalid != invalidBefore.constEnd())
                ctx.progress(Runtime::tr("%1: valid again, scheduled").arg(name));
            if (problems.isEmpty())
                invalidBefore.remove(pr.id);
            else
                invalidBefore.insert(pr.id, problems);
        }
        runtime.setProfiles(profiles);
        return true;
    };
    if (!reload())
        return ExitBadInput;
    if (!only.isEmpty() && runtime.profiles().size() == 1 &&
        !runtime.invalidReason(runtime.profiles().constFirst().id).isEmpty())
        return ExitBadInput; // the one profile asked for cannot run (reported above)

    Scheduler scheduler(&runtime);
    QObject::connect(&scheduler, &Scheduler::runScheduled, &runtime,
                     [&](const QString &profileId, bool tenant, int connectors) {
                         const auto pr = runtime.profile(profileId);
                         const QString name = pr ? printable(pr->name) : profileId;
                         ctx.progress(tenant ? Runtime::tr("%1: tenant run started").arg(name)
                                             : Runtime::tr("%1: %2 subscription connector(s) "
                                                           "started")
                                                   .arg(name)
                                                   .arg(connectors));
                     });
    QObject::connect(&runtime, &ConnectorRuntime::runFinished, &runtime,
                     [&](const QString &profileId, const RunSummary &s) {
                         const auto pr = runtime.profile(profileId);
                         ctx.out << QString::fromUtf8(
                                        QJsonDocument(summaryJson(pr ? pr->name : profileId, s))
                                            .toJson(QJsonDocument::Compact))
                                 << Qt::endl;
                     });
    // Profiles edited in the GUI or with `atc profiles` are picked up every few minutes.
    QTimer reloadTimer;
    QObject::connect(&reloadTimer, &QTimer::timeout, &runtime, [&] {
        reload();
        scheduler.poke();
    });
    reloadTimer.start(5 * 60 * 1000);
    // …and at once when a profile file is saved (atc profiles enable|disable, the GUI).
    PrivatePaths::makeFolder(p.profiles); // 0700, like every folder of ours
    QFileSystemWatcher profilesWatcher({p.profiles});
    QTimer reloadSoon; // a save is a rename plus a temporary file: one reload per burst
    reloadSoon.setSingleShot(true);
    reloadSoon.setInterval(200);
    QObject::connect(&profilesWatcher, &QFileSystemWatcher::directoryChanged, &reloadSoon,
                     qOverload<>(&QTimer::start));
    QObject::connect(&reloadSoon, &QTimer::timeout, &runtime, [&] {
        reload();
        scheduler.poke();
    });
    bool stopping = false;
    SignalWatcher watcher([&] {
        stopping = true;
        ctx.progress(Runtime::tr("Stopping: cancelling runs …"));
        scheduler.setEnabled(false);
        if (!runtime.isAnyRunning())
            QCoreApplication::exit(0);
        else
            runtime.cancelAll();
    });
    QObject::connect(&runtime, &ConnectorRuntime::runFinished, &runtime, [&] {
        if (stopping && !runtime.isAnyRunning())
            QCoreApplication::exit(0);
    });
    int enabledCount = 0;
    for (const ConnectorProfile &pr : runtime.profiles())
        enabledCount += pr.enabled && runtime.invalidReason(pr.id).isEmpty() ? 1 : 0;
    ctx.progress(Runtime::tr("atc daemon: scheduling %n profile(s)", nullptr, enabledCount));
    scheduler.setEnabled(true);
    QCoreApplication::exec();
    return ExitCancelled;
}

// --- atc connectors list -------------------------------------------------------------------

/** A read of the inventory stopped on an error: words, and no partial output. */
int inventoryReadFailed(CliContext &ctx, const InventoryDatabase &db)
{
    ctx.error(db.readError().isEmpty() ? db.lastError() : db.readError());
    return db.damaged() ? ExitInventoryDamaged : ExitFailure;
}

int connectorsCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"list"_s, Runtime::tr("List subscription connectors."));
    parser.addOption({u"profile"_s, Runtime::tr("Only this saved profile."), u"NAME"_s});
    parser.addOption({u"format"_s, Runtime::tr("Output format: text (default) or json."),
                      u"FORMAT"_s, u"text"_s});
    if (!parseArgs(ctx, parser, Runtime::tr("Subscription connectors and their state.")))
        return parser.isSet(u"help"_s) ? ExitOk : ExitBadInput;
    if (parser.positionalArguments() != QStringList{u"list"_s}) {
        ctx.error(Runtime::tr("usage: atc connectors list [--profile NAME] [--format json|text]"));
        return ExitBadInput;
    }
    QString format;
    if (!parseFormat(ctx, parser, {u"json"_s, u"text"_s}, &format))
        return ExitBadInput;
    const Paths p = paths();
    const QList<ConnectorProfile> profiles = loadProfiles(ctx, p);
    QString profileId;
    if (parser.isSet(u"profile"_s)) {
        const auto one = findProfile(ctx, profiles, parser.value(u"profile"_s));
        if (!one)
            return ExitBadInput;
        profileId = one->id;
    }
    InventoryDatabase db(p.database);
    QString error;
    if (!db.open(&error)) {
        ctx.error(error);
        return db.damaged() ? ExitInventoryDamaged : ExitFailure;
    }
    auto profileName = [&](const QString &id) {
        for (const ConnectorProfile &pr : profiles) {
            if (pr.id == id)
                return pr.name;
        }
        return QString();
    };
    auto profileDisabled = [&](const QString &id) {
        for (const ConnectorProfile &pr : profiles) {
            if (pr.id == id)
                return !pr.enabled;
        }
        return false;
    };
    const QList<SubscriptionConnector> list = db.connectors(profileId);
    if (!db.readError().isEmpty())
        return inventoryReadFailed(ctx, db);
    if (format == "json"_L1) {
        QJsonArray tenants;
        const QStringList ids = profileId.isEmpty() ? db.profileIds() : QStringList{profileId};
        if (!db.readError().isEmpty())
            return inventoryReadFailed(ctx, db);
        for (const QString &id : ids) {
            const auto t = db.tenantStatus(id);
            if (!db.readError().isEmpty())
                return inventoryReadFailed(ctx, db);
            if (!t)
                continue;
            tenants.append(QJsonObject{
                {u"profileId"_s, id},
                {u"profile"_s, profileName(id)},
                {u"state"_s,
                 connectorStateToString(profileDisabled(id) ? ConnectorState::Disabled : t->state)},
                {u"lastRun"_s, isoOrNull(t->lastRun)},
                {u"nextRun"_s, isoOrNull(t->nextRun)},
                {u"subscriptionsInScope"_s, t->subscriptionsInScope},
                {u"lastError"_s, t->lastError}});
        }
        QJsonArray connectors;
        for (const SubscriptionConnector &c : list) {
            connectors.append(QJsonObject{
                {u"id"_s, c.id},
                {u"profileId"_s, c.profileId},
                {u"profile"_s, profileName(c.profileId)},
                {u"name"_s, c.name},
                {u"subscriptionId"_s, c.subscriptionId},
                {u"subscriptionName"_s, c.subscriptionName},
                {u"managementGroupPath"_s, c.managementGroupPath.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(c.managementGroupPath)},
                {u"state"_s, connectorStateToString(c.state)},
                {u"attached"_s, c.attached},
                {u"disabled"_s, c.disabled},
                {u"flag"_s, flagReasonToString(c.flag)},
                {u"created"_s, isoOrNull(c.created)},
                {u"lastRun"_s, isoOrNull(c.lastRun)},
                {u"nextRun"_s, isoOrNull(c.nextRun)},
                {u"assets"_s, c.assetCount},
                {u"lastError"_s, c.lastError},
            });
        }
        ctx.printJson(QJsonObject{{u"tenantConnectors"_s, tenants},
                                  {u"subscriptionConnectors"_s, connectors}});
        return ExitOk;
    }
    for (const SubscriptionConnector &c : list) {
        QString flag = c.disabled ? Runtime::tr("detached, disabled") : QString();
        if (c.flag != FlagReason::None)
            flag = (flag.isEmpty() ? QString() : flag + u"; "_s) + flagReasonDisplayName(c.flag);
        ctx.out << c.id << '\t' << printable(c.name) << '\t' << printable(c.subscriptionId) << '\t'
                << connectorStateDisplayName(c.state) << '\t' << c.assetCount << '\t'
                << iso(c.lastRun) << '\t' << iso(c.nextRun) << '\t' << flag << '\t'
                << printable(c.lastError) << '\n';
    }
    return ExitOk;
}

// --- atc inventory export ------------------------------------------------------------------

int inventoryCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"export"_s, Runtime::tr("Export the asset inventory."));
    parser.addOption({u"format"_s, Runtime::tr("csv or json."), u"FORMAT"_s});
    parser.addOption({u"profile"_s, Runtime::tr("Only this saved profile."), u"NAME"_s});
    parser.addOption({u"subscription"_s,
                      Runtime::tr("Only this subscription (id or connector name)."), u"ID"_s});
    parser.addOption({u"include-removed"_s, Runtime::tr("Also assets no longer seen.")});
    parser.addOption(
        {u"output"_s, Runtime::tr("Write to FILE instead of standard output."), u"FILE"_s});
    if (!parseArgs(ctx, parser, Runtime::tr("Export the asset inventory.")))
        return parser.isSet(u"help"_s) ? ExitOk : ExitBadInput;
    if (parser.positionalArguments() != QStringList{u"export"_s} || !parser.isSet(u"format"_s)) {
        ctx.error(Runtime::tr("usage: atc inventory export --format csv|json [--profile NAME] "
                              "[--subscription ID] [--include-removed] [--output FILE]"));
        return ExitBadInput;
    }
    QString format;
    if (!parseFormat(ctx, parser, {u"csv"_s, u"json"_s}, &format))
        return ExitBadInput;
    const Paths p = paths();
    InventoryDatabase::ExportFilter filter;
    if (parser.isSet(u"profile"_s)) {
        const auto one = findProfile(ctx, loadProfiles(ctx, p), parser.value(u"profile"_s));
        if (!one)
            return ExitBadInput;
        filter.profileId = one->id;
    }
    filter.subscription = parser.value(u"subscription"_s);
    filter.includeRemoved = parser.isSet(u"include-removed"_s);
    InventoryDatabase db(p.database);
    QString error;
    if (!db.open(&error)) {
        ctx.error(error);
        return db.damaged() ? ExitInventoryDamaged : ExitFailure;
    }
    int rows = 0;
    // What stopped the export: the inventory (damaged), else the output.
    auto failed = [&](const QString &outputError) {
        if (!db.readError().isEmpty())
            return inventoryReadFailed(ctx, db);
        ctx.error(outputError.isEmpty() ? Runtime::tr("the export failed: the output could not "
                                                      "be written")
                                        : outputError);
        return int(ExitFailure);
    };
    const auto write = [&](QIODevice *out, QString *) {
        return format == "csv"_L1 ? InventoryExport::writeCsv(db, filter, out, &rows)
                                  : InventoryExport::writeJson(db, filter, out, &rows);
    };
    if (parser.isSet(u"output"_s)) {
        // AtomicFile: a failed export leaves an existing file as it was (a full disk too); a
        // FIFO or a device (/dev/stdout) is written in place, a folder refused.
        QString outputError;
        if (!AtomicFile::write(parser.value(u"output"_s), write, AtomicFile::Options(),
                               &outputError))
            return failed(outputError);
    } else {
        ctx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            ctx.error(Runtime::tr("cannot write to standard output"));
            return ExitFailure;
        }
        const bool ok = write(&out, nullptr);
        if (!out.flush() || !ok)
            return failed(
                out.error() != QFileDevice::NoError
                    ? Runtime::tr("cannot write to standard output: %1").arg(out.errorString())
                    : QString());
    }
    ctx.progress(Runtime::tr("%n asset(s) exported", nullptr, rows));
    return ExitOk;
}

// --- atc perimeter-targets -----------------------------------------------------------------

int perimeterCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"profile"_s, Runtime::tr("Only this saved profile."), u"NAME"_s});
    parser.addOption({u"format"_s,
                      Runtime::tr("Output format: text (default, one per line) or "
                                  "json."),
                      u"FORMAT"_s, u"text"_s});
    if (!parseArgs(ctx, parser,
                   Runtime::tr("Public IP addresses and DNS names of the assets "
                               "activated for the cloud perimeter scan.")))
        return parser.isSet(u"help"_s) ? ExitOk : ExitBadInput;
    QString format;
    if (!parseFormat(ctx, parser, {u"json"_s, u"text"_s}, &format))
        return ExitBadInput;
    const Paths p = paths();
    QString profileId;
    if (parser.isSet(u"profile"_s)) {
        const auto one = findProfile(ctx, loadProfiles(ctx, p), parser.value(u"profile"_s));
        if (!one)
            return ExitBadInput;
        profileId = one->id;
    }
    InventoryDatabase db(p.database);
    QString error;
    if (!db.open(&error)) {
        ctx.error(error);
        return db.damaged() ? ExitInventoryDamaged : ExitFailure;
    }
    const auto targets = db.perimeterTargets(profileId);
    if (!db.readError().isEmpty())
        return inventoryReadFailed(ctx, db);
    if (format == "json"_L1) {
        QJsonArray a;
        for (const auto &t : targets) {
            a.append(QJsonObject{{u"target"_s, t.target},
                                 {u"kind"_s, t.kind},
                                 {u"resourceId"_s, t.resourceId},
                                 {u"profileId"_s, t.profileId}});
        }
        ctx.printJson(a);
    } else {
        for (const auto &t : targets)
            ctx.out << printable(t.target) << '\n';
    }
    return ExitOk;
}

} // namespace

int runRuntimeCommand(CliContext &ctx)
{
    if (ctx.command == "run"_L1)
        return runCommand(ctx);
    if (ctx.command == "daemon"_L1)
        return daemonCommand(ctx);
    if (ctx.command == "connectors"_L1)
        return connectorsCommand(ctx);
    if (ctx.command == "inventory"_L1)
        return inventoryCommand(ctx);
    if (ctx.command == "perimeter-targets"_L1)
        return perimeterCommand(ctx);
    ctx.error(Runtime::tr("unknown command '%1'").arg(ctx.command));
    return ExitBadInput;
}

} // namespace atc::cli
