// atc-runtime-benchmark: a full tenant run (discovery + reconcile + inventory write) against
// the emulator as a separate process, then a second run with no changes. Prints wall time,
// rows written, peak memory and the longest stall of the thread the run lives on (the GUI
// thread in the desktop). Not a ctest; see docs/inventory.md for the figures.
//
//   atc-runtime-benchmark [--spec 200,2000,200000] [--latency-ms 20] [--emulator PATH]
#include <cstdio>

#include <ctime>

#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include "../common/ProcessUsage.h"
#include "AzureEmulator.h"
#include "runtime/ConnectorRuntime.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

void print(const char *label, const RunSummary &s, qint64 ms, double cpu)
{
    std::printf("%-14s %8.2f s (CPU of this process %.2f s)  state=%s  connectors+%d  "
                "subscriptions ok=%d failed=%d  "
                "rows written=%d (created %d, updated %d, removed %d, unchanged %d)  "
                "peak RSS=%ld MB\n",
                label, double(ms) / 1000.0, cpu, qPrintable(connectorStateToString(s.state)),
                s.counts.connectorsCreated, s.counts.subscriptionsOk, s.counts.subscriptionsFailed,
                s.counts.rowsWritten(), s.counts.assetsCreated, s.counts.assetsUpdated,
                s.counts.assetsRemoved, s.counts.assetsUnchanged, test::peakResidentMb());
    for (const QString &e : s.errors.mid(0, 5))
        std::printf("  error: %s\n", qPrintable(e));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"spec"_s, u"groups,subscriptions,resources"_s, u"SPEC"_s, u"200,2000,200000"_s});
    parser.addOption({u"latency-ms"_s, u"Emulator latency per response."_s, u"MS"_s, u"20"_s});
    parser.addOption({u"emulator"_s, u"atc-azure-emulator executable."_s, u"PATH"_s,
                      QStringLiteral(ATC_EMULATOR_EXE)});
    parser.addOption(
        {u"in-flight"_s, u"Requests in flight (default: the client's)."_s, u"N"_s, u"0"_s});
    parser.addOption({u"batch"_s,
                      u"Subscriptions per Resource Graph query (default: the runtime's)."_s, u"N"_s,
                      u"0"_s});
    parser.process(app);

    QProcess emulatorProcess;
    emulatorProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    emulatorProcess.start(parser.value(u"emulator"_s),
                          {u"--synthetic"_s, parser.value(u"spec"_s), u"--latency-ms"_s,
                           parser.value(u"latency-ms"_s)});
    if (!emulatorProcess.waitForStarted(30000)) {
        std::fprintf(stderr, "cannot start the emulator\n");
        return 1;
    }
    // The emulator prints its base URL as its first line once the tenant is generated.
    QElapsedTimer setup;
    setup.start();
    while (!emulatorProcess.canReadLine() && emulatorProcess.state() == QProcess::Running)
        emulatorProcess.waitForReadyRead(1000);
    const QUrl base(QString::fromUtf8(emulatorProcess.readLine().trimmed()));
    if (!base.isValid() || base.isEmpty()) {
        std::fprintf(stderr, "the emulator did not print its URL\n");
        return 1;
    }
    std::printf("emulator %s ready in %.1f s (spec %s, latency %s ms)\n",
                qPrintable(base.toString()), double(setup.elapsed()) / 1000.0,
                qPrintable(parser.value(u"spec"_s)), qPrintable(parser.value(u"latency-ms"_s)));

    QTemporaryDir dir;
    QNetworkAccessManager nam;
    ConnectorRuntime::Options options;
    options.databasePath = dir.filePath(u"inventory.sqlite"_s);
    options.lockDirectory = dir.filePath(u"locks"_s);
    options.maxRequestsInFlight = parser.value(u"in-flight"_s).toInt();
    if (const int batch = parser.value(u"batch"_s).toInt(); batch > 0)
        options.batchSize = batch;
    std::printf("%d subscriptions per Resource Graph query\n", options.batchSize);
    ConnectorRuntime runtime(
        &nam,
        [](const ConnectorProfile &, QObject *context, ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, context, [done] {
                done(QString::fromLatin1(emulator::sandbox::ClientSecret), {});
            });
        },
        options);
    QString error;
    if (!runtime.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ConnectorProfile profile;
    profile.id = u"bench"_s;
    profile.name = u"Benchmark"_s;
    profile.cloud = CloudType::Custom;
    profile.customEndpoints = CloudEndpoints{base, base};
    profile.directoryId = u"5e7d1a00-0000-4000-8000-000000000001"_s; // the generator's, seed 1
    profile.clientId = QString::fromLatin1(emulator::sandbox::ClientId);
    profile.connectorNamePrefix = u"bench"_s;
    profile.assetTagIds = {u"generic"_s};
    TagRule rule;
    rule.field = TagRuleField::ResourceType;
    rule.op = TagRuleOperator::Contains;
    rule.value = u"virtualMachines"_s;
    rule.tagId = u"vm"_s;
    profile.tagRules = {rule};
    profile.activateVmScanning = true;
    profile.activateCloudPerimeterScan = true;
    runtime.setProfiles({profile});

    int rc = 0;
    auto runOnce = [&](const char *label) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = test::processCpuSeconds();
        // Event-loop probe: a tick every 5 ms; the longest gap beyond that is the longest time
        // the run kept this thread (the desktop's GUI thread) from answering. On a loaded
        // machine that includes the time the thread waited for a core, hence also the CPU time
        // this thread spent within the gap (its own work, whatever the load).
        constexpr int kProbeMs = 5;
        QElapsedTimer sinceTick;
        sinceTick.start();
        double cpuAtTick = test::threadCpuSeconds() * 1e3;
        qint64 longestStallMs = 0;
        double longestCpuMs = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, &app, [&] {
            const double cpuNow = test::threadCpuSeconds() * 1e3;
            longestStallMs = std::max(longestStallMs, sinceTick.restart() - kProbeMs);
            longestCpuMs = std::max(longestCpuMs, cpuNow - cpuAtTick);
            cpuAtTick = cpuNow;
        });
        probe.start(kProbeMs);
        RunSummary summary;
        QObject::connect(
            &runtime, &ConnectorRuntime::runFinished, &app,
            [&summary](const QString &, const RunSummary &s) {
                summary = s;
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
        if (runtime.runTenant(profile.id) != ConnectorRuntime::StartResult::Started) {
            std::fprintf(stderr, "cannot start the run\n");
            rc = 1;
            return summary;
        }
        QCoreApplication::exec();
        probe.stop();
        print(label, summary, t.elapsed(), test::processCpuSeconds() - cpu0);
        std::printf("  longest event-loop stall: %lld ms (CPU of this thread within a gap: at "
                    "most %.0f ms)\n",
                    static_cast<long long>(longestStallMs), longestCpuMs);
        std::fflush(stdout);
        if (summary.state != ConnectorState::FinishedSuccessfully)
            rc = 1;
        return summary;
    };
    runOnce("first run");
    const RunSummary second = runOnce("unchanged run");
    if (second.counts.rowsWritten() != 0)
        rc = 1;
    std::printf("inventory file: %.1f MB\n",
                double(QFileInfo(options.databasePath).size()) / (1024.0 * 1024.0));
    emulatorProcess.terminate();
    emulatorProcess.waitForFinished(10000);
    return rc;
}
