// atc-quota-benchmark: the real discovery (hierarchy, subscriptions, every resource) against
// the emulator with Azure's read quotas (Resource Graph 15 per 5 s, ARM buckets of 250
// refilled 25/s) and a latency per request. Not a test: it prints figures (issue 15).
//
//   atc-quota-benchmark [--sizes small,large] [--latency 20|100-500[,…]] [--in-flight 32]
//                       [--strategy hybrid|graph] [--no-quotas] [--runs N] [--verbose]
//                       [--emulator PATH]
//
// Quiet by default (the client's debug lines only with --verbose). Per run: wall time,
// client CPU time (user + system: what is not waiting), requests per path, 429s, and the
// client's peak resident memory during that run (sampled every 10 ms).

#include <sys/resource.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>

#include "../common/ProcessUsage.h"

#include <QSet>
#include <QTextStream>
#include <QTimer>
#include <vector>

#include "AzureEmulator.h"
#include "azure/ArmClient.h"
#include "azure/AzureSession.h"
#include "azure/ResourceDiscovery.h"
#include "azure/TenantDiscovery.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Size
{
    const char *name;
    int groups, subscriptions, resources;
};

const Size kSizes[] = {
    {"small", 50, 500, 50000},
    {"large", 200, 2000, 200000},
};

constexpr quint32 kSeed = 1;

QString syntheticTenantId(quint32 seed)
{
    return u"5e7d1a00-0000-4000-8000-%1"_s.arg(seed, 12, 16, QChar(u'0'));
}

/** The resident size of this process now, in MB; -1 when unknown (not Linux). */
long residentMb()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * (sysconf(_SC_PAGESIZE) / 1024) / 1024 : -1;
}

template <typename Pred> void runUntil(Pred done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

struct Figures
{
    double hierarchySeconds = 0, resourcesSeconds = 0, resourcesCpuSeconds = 0;
    double eventLoopCpuSeconds = 0; ///< of resourcesCpuSeconds, the main thread's
    double meanInFlight = 0;        ///< requests in flight, sampled every 10 ms
    std::vector<std::pair<qint64, int>> inFlightPerQuarter; ///< sum and samples per 250 ms
    long peakResidentMb = -1;                               ///< sampled every 10 ms during this run
    ArmClient::QuotaStats before, after;
    ResourceDiscovery::Stats paths;
    qint64 resources = 0, uniqueIds = 0, withEndpoints = 0, unknownEndpoints = 0;
    int failedSubscriptions = 0;
    QString error;
};

Figures discover(const QUrl &base, int inFlight, int batch, ResourceDiscovery::Strategy strategy,
                 const QString &caFile)
{
    Figures f;
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    AzureClientConfig config;
    config.endpoints = {base, base};
    config.tenant = syntheticTenantId(kSeed);
    config.clientId = QLatin1String(emulator::sandbox::ClientId);
    config.clientSecret = QLatin1String(emulator::sandbox::ClientSecret);
    config.maxRequestsInFlight = inFlight;
    config.caCertificateFile = caFile; // trusted, never an ignored TLS error
    AzureSession session(&nam, config);

    QElapsedTimer timer;
    timer.start();
    TenantDiscovery td(&session);
    TenantDiscovery::Result tenant;
    bool done = false;
    QObject::connect(&td, &TenantDiscovery::finished, &td, [&](const TenantDiscovery::Result &r) {
        tenant = r;
        done = true;
    });
    td.start();
    runUntil([&] { return done; });
    f.hierarchySeconds = timer.nsecsElapsed() / 1e9;
    if (tenant.error.isError()) {
        f.error = tenant.error.fullText();
        return f;
    }
    QStringList ids;
    for (const Subscription &s : tenant.snapshot.subscriptions) {
        if (s.isConnectable())
            ids << s.subscriptionId;
    }
    f.before = session.armClient()->quotaStats();
#ifdef __GLIBC__
    malloc_trim(0); // what an earlier (larger) run freed is not counted in this run's peak
#endif
    const double cpuBefore = test::processCpuSeconds();
    const double threadCpuBefore = test::threadCpuSeconds();
    // The process's peak (ru_maxrss) cannot be reset between runs: sample this run's.
    QTimer sampler;
    qint64 samples = 0, inFlightSum = 0;
    QElapsedTimer runClock;
    runClock.start();
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        f.peakResidentMb = std::max(f.peakResidentMb, residentMb());
        ++samples;
        const int active = session.armClient()->activeCount();
        inFlightSum += active;
        const auto slot = std::size_t(runClock.elapsed() / 250);
        if (f.inFlightPerQuarter.size() <= slot)
            f.inFlightPerQuarter.resize(slot + 1);
        f.inFlightPerQuarter[slot].first += active;
        ++f.inFlightPerQuarter[slot].second;
    });
    sampler.start(10);
    timer.restart();
    ResourceDiscovery rd(&session, ids);
    rd.setBatchSize(batch);
    rd.setStrategy(strategy);
    // The ids are checked after the clock stops: the benchmark's own bookkeeping is not the
    // discovery's time (the SDK harness does the same).
    QStringList resourceIds;
    QObject::connect(&rd, &ResourceDiscovery::subscriptionsFinished, &rd,
                     [&](const QStringList &, const QList<AzureResource> &list) {
                         f.resources += list.size();
                         for (const AzureResource &r : list) {
                             resourceIds.append(r.id); // shared, not copied
                             f.withEndpoints +=
                                 r.publicIpAddresses.isEmpty() && r.fqdns.isEmpty() ? 0 : 1;
                             f.unknownEndpoints +=
                                 (r.unknownFields & AzureResource::UnknownEndpoints) ? 1 : 0;
                         }
                     });
    ResourceDiscovery::Result result;
    done = false;
    QObject::connect(&rd, &ResourceDiscovery::finished, &rd,
                     [&](const ResourceDiscovery::Result &r) {
                         result = r;
                         done = true;
                     });
    rd.start();
    runUntil([&] { return done; });
    f.resourcesSeconds = timer.nsecsElapsed() / 1e9;
    f.resourcesCpuSeconds = test::processCpuSeconds() - cpuBefore;
    f.eventLoopCpuSeconds = test::threadCpuSeconds() - threadCpuBefore;
    f.meanInFlight = samples > 0 ? double(inFlightSum) / double(samples) : 0.0;
    sampler.stop();
    f.peakResidentMb = std::max(f.peakResidentMb, residentMb());
    f.after = session.armClient()->quotaStats();
    f.paths = result.stats;
    QSet<QString> seen;
    for (const QString &id : std::as_const(resourceIds))
        seen.insert(id.toCaseFolded());
    f.uniqueIds = seen.size();
    for (const auto &o : result.outcomes)
        f.failedSubscriptions += o.error.isError() ? 1 : 0;
    if (result.error.isError())
        f.error = result.error.fullText();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"Discovery under Azure's read quotas, against the emulator."_s);
    p.addHelpOption();
    p.addOption({u"sizes"_s, u"small, large or small,large."_s, u"LIST"_s, u"small,large"_s});
    p.addOption({u"latency"_s, u"Latencies per request: MS or MIN-MAX, comma separated."_s,
                 u"LIST"_s, u"20,100-500"_s});
    p.addOption({u"in-flight"_s, u"Requests in flight (the settings' bound)."_s, u"N"_s, u"32"_s});
    p.addOption(
        {u"batch"_s, u"Subscriptions per Resource Graph query (at most)."_s, u"N"_s, u"100"_s});
    p.addOption({u"strategy"_s, u"hybrid or graph (Resource Graph only)."_s, u"S"_s, u"hybrid"_s});
    p.addOption({u"no-quotas"_s, u"Serve without quotas (for comparison)."_s});
    p.addOption({u"runs"_s, u"Runs of each figure (noise: report each)."_s, u"N"_s, u"1"_s});
    p.addOption({u"http"_s, u"Plain HTTP instead of HTTPS (Azure speaks only HTTPS; the "
                            u"SDK's bearer tokens need it)."_s});
    p.addOption({u"verbose"_s, u"The client's debug lines (atc.azure) on stderr."_s});
    p.addOption({u"emulator"_s, u"Path of atc-azure-emulator."_s, u"PATH"_s,
                 QStringLiteral(ATC_EMULATOR_EXE)});
    p.process(app);
    const int inFlight = p.value(u"in-flight"_s).toInt();
    const int batch = p.value(u"batch"_s).toInt();
    const QStringList wanted = p.value(u"sizes"_s).split(u',');
    const auto strategy = p.value(u"strategy"_s) == u"graph"_s
                              ? ResourceDiscovery::Strategy::ResourceGraphOnly
                              : ResourceDiscovery::Strategy::Hybrid;
    const bool quotas = !p.isSet(u"no-quotas"_s);
    const int runs = std::max(1, p.value(u"runs"_s).toInt());
    const bool tls = !p.isSet(u"http"_s);
    const QString tlsDir = QStringLiteral(ATC_SOURCE_DIR "/tests/data/tls/");
    // Quiet unless asked: a debug line per fill or batch would distort the figures.
    QLoggingCategory::setFilterRules(p.isSet(u"verbose"_s) ? u"atc.*.debug=true"_s
                                                           : u"atc.*.debug=false"_s);

    out << u"atc-quota-benchmark: %1, %2 in flight, %3, strategy %4, %5"_s
               .arg(quotas ? u"Azure's quotas (Resource Graph 15/5 s, ARM buckets 250 + 25/s)"_s
                           : u"no quotas"_s)
               .arg(inFlight)
               .arg(u"batches of at most %1 subscriptions"_s.arg(batch))
               .arg(p.value(u"strategy"_s))
               .arg(tls ? u"HTTPS (test CA)"_s : u"plain HTTP"_s)
        << Qt::endl;
    int rc = 0;
    for (const QString &latency : p.value(u"latency"_s).split(u',')) {
        const QStringList range = latency.split(u'-');
        for (const Size &size : kSizes) {
            for (int run = 1; run <= runs; ++run) {
                if (!wanted.contains(QLatin1String(size.name)))
                    continue;
                QStringList args{u"--synthetic"_s,
                                 u"%1,%2,%3,%4"_s.arg(size.groups)
                                     .arg(size.subscriptions)
                                     .arg(size.resources)
                                     .arg(kSeed),
                                 u"--latency-ms"_s, range.first()};
                if (range.size() > 1)
                    args << u"--latency-max-ms"_s << range.last();
                if (quotas)
                    args << u"--azure-quotas"_s;
                if (tls)
                    args << u"--tls-cert"_s << tlsDir + u"server.pem"_s << u"--tls-key"_s
                         << tlsDir + u"server.key"_s;
                QProcess process;
                process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
                process.start(p.value(u"emulator"_s), args);
                // A benchmark tool may block here: the first stdout line is the base URL.
                if (!process.waitForStarted(10000) || !process.waitForReadyRead(300000)) {
                    err << "atc-quota-benchmark: cannot start " << p.value(u"emulator"_s)
                        << Qt::endl;
                    return 1;
                }
                const QUrl base(QString::fromUtf8(process.readLine()).trimmed());
                const Figures f = discover(base, inFlight, batch, strategy,
                                           tls ? tlsDir + u"ca.pem"_s : QString());
                process.terminate();
                if (!process.waitForFinished(5000))
                    process.kill();
                const bool exact = f.error.isEmpty() && f.failedSubscriptions == 0 &&
                                   f.resources == size.resources && f.uniqueIds == size.resources &&
                                   f.unknownEndpoints == 0;
                const qint64 argThrottled =
                    f.after.resourceGraphThrottled - f.before.resourceGraphThrottled;
                const qint64 armThrottled = f.after.armThrottled - f.before.armThrottled;
                out << u"%1 (%2 groups / %3 subscriptions / %4 resources), latency %5 ms, run %6"_s
                           .arg(QLatin1String(size.name))
                           .arg(size.groups)
                           .arg(size.subscriptions)
                           .arg(size.resources)
                           .arg(latency)
                           .arg(run)
                    << Qt::endl
                    << u"  wall: resources %1 s (client CPU %2 s, of it the event loop's %4 s; "
                       u"hierarchy before it %3 s)"_s.arg(f.resourcesSeconds, 0, 'f', 2)
                           .arg(f.resourcesCpuSeconds, 0, 'f', 2)
                           .arg(f.hierarchySeconds, 0, 'f', 2)
                           .arg(f.eventLoopCpuSeconds, 0, 'f', 2)
                    << Qt::endl
                    << u"  requests: Resource Graph %1 (batches %2, endpoint fills %3), ARM %4 "
                       u"(resource lists of %5 subscriptions, endpoint lists %6 for %7 "
                       u"subscriptions; stolen batches %8, lane peak %9, mean in flight %10)"_s
                           .arg(f.after.resourceGraphRequests - f.before.resourceGraphRequests)
                           .arg(f.paths.resourceGraphBatches)
                           .arg(f.paths.fillQueries)
                           .arg(f.after.armRequests - f.before.armRequests)
                           .arg(f.paths.armListedSubscriptions)
                           .arg(f.paths.armEndpointLists)
                           .arg(f.paths.armFilledSubscriptions)
                           .arg(f.paths.stolenBatches)
                           .arg(f.paths.armPeakConcurrency)
                           .arg(f.meanInFlight, 0, 'f', 1)
                    << Qt::endl
                    << u"  429s: Resource Graph quota %1, ARM buckets %2"_s.arg(argThrottled)
                           .arg(armThrottled)
                    << Qt::endl
                    << u"  results: %1 resources, %2 distinct ids, %3 with endpoints, %4 with "
                       u"endpoints unknown, failed subscriptions %5: %6"_s.arg(f.resources)
                           .arg(f.uniqueIds)
                           .arg(f.withEndpoints)
                           .arg(f.unknownEndpoints)
                           .arg(f.failedSubscriptions)
                           .arg(exact ? u"exact"_s : u"NOT exact"_s)
                    << Qt::endl
                    << u"  peak memory of the client: resident %1 MB during this run (ru_maxrss of "
                       u"the process so far %2 MB)"_s.arg(f.peakResidentMb)
                           .arg(test::peakResidentMb())
                    << Qt::endl;
                if (p.isSet(u"verbose"_s)) {
                    out << u"  requests in flight, mean per 250 ms:"_s;
                    for (const auto &[sum, n] : f.inFlightPerQuarter)
                        out << u' ' << (n > 0 ? QString::number(double(sum) / n, 'f', 0) : u"-"_s);
                    out << Qt::endl;
                }
                if (!f.error.isEmpty())
                    out << u"  error: "_s << f.error << Qt::endl;
                if (!exact || (quotas && argThrottled + armThrottled > 0))
                    rc = 1;
            }
        }
    }
    return rc;
}
