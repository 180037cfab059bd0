// atc-benchmark: a full discovery (hierarchy, subscriptions, all resources) against the
// emulator with a synthetic tenant and a latency per request. Not a test: it prints figures.
//
//   atc-benchmark [--latency-ms 20] [--sizes small,large] [--in-flight N] [--batch N]
//                 [--emulator PATH | --in-process]

#include <sys/resource.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QTextStream>

#include <memory>

#include "AzureEmulator.h"
#include "azure/AzureSession.h"
#include "azure/ResourceDiscovery.h"
#include "azure/TenantDiscovery.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Size
{
    const char *name;
    int subscriptions, groups, resources;
    double targetSeconds;
};

const Size kSizes[] = {
    {"small", 500, 50, 50000, 1.5},
    {"large", 2000, 200, 200000, 6.0},
};

constexpr quint32 kSeed = 1;

// The synthetic generator names its tenant after the seed (emulator/TenantGenerator.cpp).
QString syntheticTenantId(quint32 seed)
{
    return u"5e7d1a00-0000-4000-8000-%1"_s.arg(seed, 12, 16, QChar(u'0'));
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

struct Figures
{
    double hierarchySeconds = 0, resourcesSeconds = 0, totalSeconds = 0, cpuSeconds = 0;
    AzureSession::Stats stats;
    qint64 resources = 0;
    int groups = 0, subscriptions = 0, failedSubscriptions = 0;
    QString error;
};

template <typename Pred> void runUntil(Pred done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

Figures discover(const QUrl &base, const QString &tenantId, int inFlight, int batch)
{
    Figures f;
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    AzureClientConfig config;
    config.endpoints = {base, base};
    config.tenant = tenantId;
    config.clientId = QLatin1String(emulator::sandbox::ClientId);
    config.clientSecret = QLatin1String(emulator::sandbox::ClientSecret);
    config.maxRequestsInFlight = inFlight;
    config.retryBaseDelayMs = 100;
    AzureSession session(&nam, config);

    QElapsedTimer timer;
    timer.start();
    const double cpuAtStart = cpuSeconds();
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
    f.groups = int(tenant.snapshot.managementGroups.size());
    f.subscriptions = int(tenant.snapshot.subscriptions.size());
    QStringList ids;
    for (const Subscription &s : tenant.snapshot.subscriptions) {
        if (s.isConnectable())
            ids << s.subscriptionId;
    }
    ResourceDiscovery rd(&session, ids);
    rd.setBatchSize(batch);
    done = false;
    ResourceDiscovery::Result result;
    // Count and drop: a connector hands each batch to the inventory and forgets it.
    QObject::connect(
        &rd, &ResourceDiscovery::subscriptionsFinished, &rd,
        [&](const QStringList &, const QList<AzureResource> &list) { f.resources += list.size(); });
    QObject::connect(&rd, &ResourceDiscovery::finished, &rd,
                     [&](const ResourceDiscovery::Result &r) {
                         result = r;
                         done = true;
                     });
    rd.start();
    runUntil([&] { return done; });
    f.totalSeconds = timer.nsecsElapsed() / 1e9;
    f.resourcesSeconds = f.totalSeconds - f.hierarchySeconds;
    f.cpuSeconds = cpuSeconds() - cpuAtStart;
    f.stats = session.stats();
    for (const auto &o : result.outcomes)
        f.failedSubscriptions += o.error.isError() ? 1 : 0;
    if (result.error.isError())
        f.error = result.error.fullText();
    return f;
}

/** CPU seconds (user + system) a child process has used so far, from /proc. */
double processCpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"Full-discovery benchmark against the Azure emulator."_s);
    p.addHelpOption();
    p.addOption({u"latency-ms"_s, u"Emulator latency per request."_s, u"MS"_s, u"20"_s});
    p.addOption({u"sizes"_s, u"small, large or small,large."_s, u"LIST"_s, u"small,large"_s});
    p.addOption({u"in-flight"_s, u"Requests in flight."_s, u"N"_s, u"16"_s});
    p.addOption({u"batch"_s, u"Subscriptions per Resource Graph query."_s, u"N"_s, u"50"_s});
    p.addOption({u"emulator"_s, u"Path of atc-azure-emulator."_s, u"PATH"_s,
                 QStringLiteral(ATC_EMULATOR_EXE)});
    p.addOption({u"in-process"_s, u"Run the emulator in this process (skews memory)."_s});
    p.process(app);
    const int latency = p.value(u"latency-ms"_s).toInt();
    const int inFlight = p.value(u"in-flight"_s).toInt();
    const int batch = p.value(u"batch"_s).toInt();
    const QStringList wanted = p.value(u"sizes"_s).split(u',');

    out << u"atc-benchmark: latency %1 ms, %2 requests in flight, %3 subscriptions per "
           u"Resource Graph query"_s.arg(latency)
               .arg(inFlight)
               .arg(batch)
        << Qt::endl;
    int rc = 0;
    for (const Size &size : kSizes) {
        if (!wanted.contains(QLatin1String(size.name)))
            continue;
        QUrl base;
        QProcess process;
        std::unique_ptr<emulator::AzureEmulator> inProcess;
        if (p.isSet(u"in-process"_s)) {
            inProcess = std::make_unique<emulator::AzureEmulator>();
            emulator::SyntheticTenantSpec spec;
            spec.subscriptions = size.subscriptions;
            spec.managementGroups = size.groups;
            spec.resources = size.resources;
            spec.seed = kSeed;
            inProcess->loadSyntheticTenant(spec);
            inProcess->faults().latencyMs = latency;
            if (!inProcess->listen()) {
                err << "cannot listen" << Qt::endl;
                return 1;
            }
            base = inProcess->baseUrl();
        } else {
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(p.value(u"emulator"_s), {u"--synthetic"_s,
                                                   u"%1,%2,%3,%4"_s.arg(size.groups)
                                                       .arg(size.subscriptions)
                                                       .arg(size.resources)
                                                       .arg(kSeed),
                                                   u"--latency-ms"_s, QString::number(latency)});
            // A benchmark tool may block here: the first stdout line is the base URL.
            if (!process.waitForStarted(10000) || !process.waitForReadyRead(300000)) {
                err << "atc-benchmark: cannot start " << p.value(u"emulator"_s) << Qt::endl;
                return 1;
            }
            base = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        }
        const double emulatorCpuBefore =
            process.state() == QProcess::Running ? processCpuSeconds(process.processId()) : 0;
        const Figures f = discover(base, syntheticTenantId(kSeed), inFlight, batch);
        const double emulatorCpu = process.state() == QProcess::Running
                                       ? processCpuSeconds(process.processId()) - emulatorCpuBefore
                                       : 0;
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
        }
        const long rss = peakRssMb();
        const bool met = f.error.isEmpty() && f.totalSeconds < size.targetSeconds && rss < 250;
        out << u"%1: %2 subscriptions / %3 groups / %4 resources"_s.arg(QLatin1String(size.name))
                   .arg(f.subscriptions)
                   .arg(f.groups)
                   .arg(f.resources)
            << Qt::endl
            << u"  wall %1 s (hierarchy+subscriptions %2 s, resources %3 s), target < %4 s"_s
                   .arg(f.totalSeconds, 0, 'f', 3)
                   .arg(f.hierarchySeconds, 0, 'f', 3)
                   .arg(f.resourcesSeconds, 0, 'f', 3)
                   .arg(size.targetSeconds)
            << Qt::endl
            << u"  CPU: client %1 s, emulator %2 s"_s.arg(f.cpuSeconds, 0, 'f', 3)
                   .arg(emulatorCpu, 0, 'f', 3)
            << Qt::endl
            << u"  requests %1, retries %2, throttled %3, received %4 MB, failed subscriptions "
               u"%5"_s.arg(f.stats.requests)
                   .arg(f.stats.retries)
                   .arg(f.stats.throttled)
                   .arg(f.stats.bytesReceived / (1024 * 1024))
                   .arg(f.failedSubscriptions)
            << Qt::endl
            << u"  peak memory (ru_maxrss) %1 MB, target < 250 MB: %2"_s.arg(rss).arg(
                   met ? u"met"_s : u"NOT met"_s)
            << Qt::endl;
        if (!f.error.isEmpty())
            out << u"  error: "_s << f.error << Qt::endl;
        if (!met)
            rc = 1;
    }
    return rc;
}
