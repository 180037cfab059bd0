// atc daemon — documented in docs/cli-runtime.md (exit codes: docs/cli.md).

#include "DaemonCommand.h"

#include <functional>

#include <QCoreApplication>
#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include "RunToEnd.h"
#include "RuntimeSupport.h"
#include "SandboxHost.h"
#include "SignalWatcher.h"
#include "io/PrivatePaths.h"
#include "runtime/Scheduler.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Runtime
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Runtime)
};

} // namespace

DaemonCommand::DaemonCommand()
    : Command("daemon",
              QT_TRANSLATE_NOOP("atc", "keep running connectors on their polling frequency"))
{
    setDescription(Runtime::tr("Keep running connectors on their polling "
                               "frequencies until interrupted."));
    addOption({u"profile"_s, Runtime::tr("Only this saved profile (default: all)."), u"NAME"_s});
}

int DaemonCommand::run(CliContext &ctx, const CommandArgs &args)
{
    const QCommandLineParser &parser = args.parser;
    const Paths p = paths();
    SandboxHost sandbox; // sandbox profiles run against it (docs/emulator.md, "Sandbox")
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
                ctx.note(pr.enabled ? Runtime::tr("%1: enabled, scheduled").arg(name)
                                    : Runtime::tr("%1: disabled, not scheduled").arg(name));
            enabledBefore.insert(pr.id, pr.enabled);
            // Validated on every load: an invalid profile is skipped (never scheduled) and
            // reported once per change, the others run as usual.
            const QString problems = problemsOf(pr);
            const auto wasInvalid = invalidBefore.constFind(pr.id);
            if (!problems.isEmpty() &&
                (wasInvalid == invalidBefore.constEnd() || *wasInvalid != problems))
                ctx.note(
                    Runtime::tr("atc daemon: skipped: %1").arg(invalidProfileText(pr, problems)));
            else if (problems.isEmpty() && wasInvalid != invalidBefore.constEnd())
                ctx.note(Runtime::tr("%1: valid again, scheduled").arg(name));
            if (problems.isEmpty())
                invalidBefore.remove(pr.id);
            else
                invalidBefore.insert(pr.id, problems);
        }
        // A sandbox that cannot start: its profiles are not scheduled, and that is said.
        for (const QString &problem : sandbox.pointProfilesHere(&profiles))
            ctx.error(problem);
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
                         ctx.note(tenant ? Runtime::tr("%1: tenant run started").arg(name)
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
    std::function<void(bool)> stop; // ends the wait below
    SignalWatcher watcher([&] {
        stopping = true;
        ctx.note(Runtime::tr("Stopping: cancelling runs …"));
        scheduler.setEnabled(false);
        if (!runtime.isAnyRunning())
            stop(true);
        else
            runtime.cancelAll();
    });
    QObject::connect(&runtime, &ConnectorRuntime::runFinished, &runtime, [&] {
        if (stopping && !runtime.isAnyRunning())
            stop(true);
    });
    int enabledCount = 0;
    for (const ConnectorProfile &pr : runtime.profiles())
        enabledCount += pr.enabled && runtime.invalidReason(pr.id).isEmpty() ? 1 : 0;
    ctx.note(Runtime::tr("atc daemon: scheduling %n profile(s)", nullptr, enabledCount));
    scheduler.setEnabled(true);
    runToEnd<bool>([&](const std::function<void(bool)> &finish) { stop = finish; });
    return ExitCancelled;
}

} // namespace atc::cli
