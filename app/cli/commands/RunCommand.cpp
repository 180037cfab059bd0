// atc run — documented in docs/cli-runtime.md (exit codes: docs/cli.md).

#include "RunCommand.h"

#include <functional>

#include <sys/ioctl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include "RunToEnd.h"
#include "RuntimeSupport.h"
#include "SandboxHost.h"
#include "SignalWatcher.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Runtime
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Runtime)
};

/** The terminal's width on stderr (80 when it does not say). */
int terminalColumns()
{
    winsize ws{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 10)
        return ws.ws_col;
    return 80;
}

} // namespace

RunCommand::RunCommand()
    : Command("run", QT_TRANSLATE_NOOP("atc", "run tenant connectors (all, one, or --due)"))
{
    setDescription(Runtime::tr("Run tenant connectors and their subscription "
                               "connectors now."));
    addOption({u"profile"_s, Runtime::tr("Run the saved profile NAME (or id)."), u"NAME"_s});
    addOption({u"all"_s, Runtime::tr("Run every saved profile.")});
    addOption({u"due"_s, Runtime::tr("Run only what is due: of every saved profile, or with "
                                     "--profile of that one (for cron or a systemd timer).")});
    setFormats({u"text"_s, u"json"_s}, Runtime::tr("Output format: text (default) or json."),
               u"FORMAT"_s, u"text"_s);
}

int RunCommand::run(CliContext &ctx, const CommandArgs &args)
{
    const QCommandLineParser &parser = args.parser;
    const QString &format = args.format;
    // --due alone means every profile's due work, as a timer wants it.
    if ((parser.isSet(u"profile"_s) && parser.isSet(u"all"_s)) ||
        (!parser.isSet(u"profile"_s) && !parser.isSet(u"all"_s) && !parser.isSet(u"due"_s))) {
        ctx.error(Runtime::tr("give --profile NAME, --all or --due"));
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
    // Sandbox profiles run against the sandbox started here (docs/emulator.md, "Sandbox");
    // one that cannot start is taken out and said, before anything runs. Outlives the runs.
    SandboxHost sandbox;
    const QStringList sandboxProblems = sandbox.pointProfilesHere(&selected);
    for (const QString &problem : sandboxProblems)
        ctx.error(problem);

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
    if (!sandboxProblems.isEmpty())
        worse(ExitFailure);
    int pending = 0;
    std::function<void(bool)> allFinished; // while waiting for the runs (runToEnd)
    // Progress for a person watching: on a terminal one line rewritten in place (cut to its
    // width, so that it never wraps); with --verbose off a terminal one line per new
    // percentage; nothing into a pipe or a file, nothing with --quiet.
    const bool liveLine = ctx.errIsTerminal && !ctx.quiet;
    const int columns = liveLine ? terminalColumns() : 0;
    bool lineOpen = false;
    QHash<QString, int> printedPercent;
    auto endLine = [&] {
        if (lineOpen) {
            ctx.err << '\n' << Qt::flush;
            lineOpen = false;
        }
    };
    QObject::connect(&runtime, &ConnectorRuntime::progress, &runtime,
                     [&](const QString &profileId, const RunProgress &progress) {
                         const auto pr = runtime.profile(profileId);
                         const QString line = progressLine(pr ? pr->name : profileId, progress);
                         if (liveLine) {
                             ctx.err << u"\r\x1b[2K"_s << line.left(columns - 1) << Qt::flush;
                             lineOpen = true;
                         } else if (ctx.verbose && !ctx.quiet &&
                                    printedPercent.value(profileId, -1) != progress.percent) {
                             printedPercent.insert(profileId, progress.percent);
                             ctx.progress(line);
                         }
                     });
    QObject::connect(&runtime, &ConnectorRuntime::runFinished, &runtime,
                     [&](const QString &profileId, const RunSummary &s) {
                         endLine();
                         const auto pr = runtime.profile(profileId);
                         const QString name = pr ? pr->name : profileId;
                         results.append(summaryJson(name, s));
                         for (const QString &e : s.errors)
                             ctx.warn(u"%1: %2"_s.arg(printable(name), e));
                         ctx.note(Runtime::tr("%1: %2 (%3 created, %4 updated, %5 removed)")
                                      .arg(printable(name), connectorStateDisplayName(s.state))
                                      .arg(s.counts.assetsCreated)
                                      .arg(s.counts.assetsUpdated)
                                      .arg(s.counts.assetsRemoved));
                         worse(exitCodeFor(s));
                         if (--pending == 0 && allFinished)
                             allFinished(true);
                     });

    // Installed before anything starts, so that an early signal also cancels cleanly.
    SignalWatcher watcher([&runtime, &ctx, &endLine] {
        endLine();
        ctx.note(Runtime::tr("Cancelling …"));
        runtime.cancelAll();
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ConnectorProfile &pr : std::as_const(selected)) {
        endLine(); // a start's first progress line stays above what follows
        if (!pr.enabled) {
            // Named on purpose: refused (exit 8). Part of --all: skipped, not a failure.
            results.append(QJsonObject{
                {u"profileId"_s, pr.id}, {u"profile"_s, pr.name}, {u"state"_s, u"DISABLED"_s}});
            if (parser.isSet(u"profile"_s)) {
                ctx.error(ConnectorRuntime::disabledMessage(printable(pr.name)) + u' ' +
                          Runtime::tr("Run 'atc profiles enable \"%1\"'.").arg(printable(pr.name)));
                worse(ExitDisabled);
            } else {
                ctx.note(Runtime::tr("%1: disabled, skipped").arg(printable(pr.name)));
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
                ctx.note(Runtime::tr("%1: nothing due").arg(printable(pr.name)));
                continue;
            }
            r = work.tenant ? runtime.runTenant(pr.id)
                            : runtime.runSubscriptionConnectors(pr.id, work.connectorIds);
        } else {
            r = runtime.runTenant(pr.id);
        }
        if (r == ConnectorRuntime::StartResult::Started) {
            ++pending;
            continue;
        }
        // The window's words for a refused start (ConnectorRuntime::startRefusalMessage);
        // here only the exit code and the JSON state.
        const QString why = runtime.startRefusalMessage(r, pr.id);
        switch (r) {
        case ConnectorRuntime::StartResult::Busy:
            ctx.error(u"%1: %2"_s.arg(printable(pr.name), why));
            results.append(QJsonObject{
                {u"profileId"_s, pr.id}, {u"profile"_s, pr.name}, {u"state"_s, u"BUSY"_s}});
            worse(ExitBusy);
            break;
        case ConnectorRuntime::StartResult::NothingToRun:
            break;
        case ConnectorRuntime::StartResult::Disabled: // enabled above; changed since: refused
            ctx.error(why);                           // names the connector
            worse(ExitDisabled);
            break;
        case ConnectorRuntime::StartResult::InvalidProfile: // reported above
            worse(ExitBadInput);
            break;
        case ConnectorRuntime::StartResult::LockError: // not "in progress": no run holds it
            ctx.error(u"%1: %2"_s.arg(printable(pr.name), why));
            results.append(QJsonObject{{u"profileId"_s, pr.id},
                                       {u"profile"_s, pr.name},
                                       {u"state"_s, u"ERROR"_s},
                                       {u"errors"_s, QJsonArray{why}}});
            worse(ExitFailure);
            break;
        default:
            ctx.error(u"%1: %2"_s.arg(printable(pr.name), why));
            worse(ExitFailure);
            break;
        }
    }
    if (pending > 0)
        runToEnd<bool>([&](const std::function<void(bool)> &finish) { allFinished = finish; });
    endLine();
    if (watcher.signalled())
        rc = ExitCancelled;
    if (format == "json"_L1) {
        ctx.printJson(results);
    } else {
        ctx.out << Runtime::tr("PROFILE") << '\t' << Runtime::tr("STATE") << '\t'
                << Runtime::tr("CREATED") << '\t' << Runtime::tr("UPDATED") << '\t'
                << Runtime::tr("REMOVED") << '\n';
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

} // namespace atc::cli
