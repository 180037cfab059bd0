// atc-benchmark: the real `atc discover --resources --format F` (a child process, its output to a
// file) against the emulator in this process, serving a synthetic tenant with a latency per
// request. For each size and format it prints the wall time, the child's CPU time and the
// emulator's (this process), the requests the emulator served, the child's peak memory (wait4's
// ru_maxrss, through atc-peak-rss) and the output's size. Not a test: it prints
// figures (docs/cli.md, "Streaming output"). The targets come from issue 14: at least 4× faster
// than the Azure SDK for JavaScript walking the same tenant 8-way (2.0 s at 50k resources,
// 6.8 s at 200k: ≤ 0.50 s and ≤ 1.70 s) and ≤ 100 MB peak, whatever the tenant's size.
//
//   atc-benchmark [--latency-ms 20] [--sizes small,large] [--formats text,json,ndjson,csv]
//                 [--max-in-flight N] [--runs N] [--keep DIR]
//   atc-benchmark --decode   (one 1000-row Resource Graph page decoded both ways, CPU per page)

#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "../common/ProcessUsage.h"
#include "../streaming/MeasuredChild.h"
#include "AzureEmulator.h"
#include "azure/AzureParsers.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Size
{
    const char *name;
    int groups, subscriptions, resources;
    double sdkSeconds; ///< the SDK-JS figure of issue 14 (lower bound of its range)
};

const Size kSizes[] = {
    {"small", 50, 500, 50000, 2.0},
    {"large", 200, 2000, 200000, 6.8},
};

constexpr quint32 kSeed = 1;
constexpr long kTargetRssMb = 100;

// The synthetic generator names its tenant after the seed (emulator/TenantGenerator.cpp).
QString syntheticTenantId(quint32 seed)
{
    return u"5e7d1a00-0000-4000-8000-%1"_s.arg(seed, 12, 16, QChar(u'0'));
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

/** A page shaped as the emulator's (and Azure's) answer to the projected query. */
QByteArray resourceGraphPage(int rows)
{
    QJsonArray data;
    for (int i = 0; i < rows; ++i) {
        const QString sub = u"d826ada4-731e-41be-97f5-f0ebe98%1"_s.arg(i % 100, 5, 10, QChar(u'0'));
        const bool ip = i % 4 == 1;
        data.append(QJsonObject{
            {u"id"_s, u"/subscriptions/%1/resourceGroups/rg-portal-prod-03/providers/"
                      u"Microsoft.Network/%2/res-%3"_s
                          .arg(sub, ip ? u"publicIPAddresses"_s : u"networkInterfaces"_s)
                          .arg(i)},
            {u"name"_s, u"res-%1"_s.arg(i)},
            {u"type"_s, ip ? u"microsoft.network/publicipaddresses"_s
                           : u"microsoft.network/networkinterfaces"_s},
            {u"location"_s, u"northeurope"_s},
            {u"resourceGroup"_s, u"rg-portal-prod-03"_s},
            {u"subscriptionId"_s, sub},
            {u"kind"_s, u""_s},
            {u"tags"_s, QJsonObject{{u"env"_s, u"prod"_s},
                                    {u"owner"_s, u"mobile-team"_s},
                                    {u"costCenter"_s, u"CC-1200"_s}}},
            {u"ipAddress"_s, ip ? QJsonValue(u"38.184.80.%1"_s.arg(i % 250)) : QJsonValue()},
            {u"fqdn"_s, QJsonValue()},
            {u"defaultHostName"_s, QJsonValue()},
        });
    }
    return QJsonDocument(QJsonObject{{u"totalRecords"_s, rows},
                                     {u"count"_s, rows},
                                     {u"resultTruncated"_s, u"false"_s},
                                     {u"facets"_s, QJsonArray{}},
                                     {u"data"_s, data}})
        .toJson(QJsonDocument::Compact);
}

/** Decodes one page the general way (QJsonDocument, as ResourceDiscovery does) and straight
 *  from its bytes (AzureParsers::resourceGraphResources); prints the CPU per page. */
int decodeBenchmark(QTextStream &out)
{
    const QByteArray body = resourceGraphPage(1000);
    constexpr int kRounds = 30;
    qsizetype rows = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kRounds; ++i) {
        QJsonObject o;
        ResourceGraphPage page;
        if (!AzureParsers::parseJsonObject(body, &o, nullptr) ||
            !AzureParsers::resourceGraphPage(o, &page, nullptr))
            return 1;
        QList<AzureResource> list;
        list.reserve(page.rows.size());
        for (const QJsonValue &row : std::as_const(page.rows))
            list.append(AzureParsers::resource(row.toObject(), false));
        rows += list.size();
    }
    const double general = double(t.nsecsElapsed()) / 1e6 / kRounds;
    t.restart();
    for (int i = 0; i < kRounds; ++i) {
        ResourceGraphResources page;
        if (!AzureParsers::resourceGraphResources(body, false, &page, nullptr))
            return 1;
        rows -= page.resources.size();
    }
    const double fast = double(t.nsecsElapsed()) / 1e6 / kRounds;
    out << u"decode of a 1000-row page (%1 KB), mean of %2: general path %3 ms, "
           u"resourceGraphResources %4 ms (%5x)"_s.arg(body.size() / 1024)
               .arg(kRounds)
               .arg(general, 0, 'f', 2)
               .arg(fast, 0, 'f', 2)
               .arg(general / fast, 0, 'f', 1)
        << Qt::endl;
    return rows == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"atc discover --resources: time, requests and peak memory."_s);
    p.addHelpOption();
    p.addOption({u"latency-ms"_s, u"Emulator latency per request."_s, u"MS"_s, u"20"_s});
    p.addOption({u"sizes"_s, u"small, large or small,large."_s, u"LIST"_s, u"small,large"_s});
    p.addOption({u"formats"_s, u"Output formats to run."_s, u"LIST"_s, u"text,json,ndjson,csv"_s});
    p.addOption({u"max-in-flight"_s, u"atc --max-in-flight (default: atc's)."_s, u"N"_s});
    p.addOption({u"runs"_s, u"Runs per format (each line is printed)."_s, u"N"_s, u"1"_s});
    p.addOption({u"keep"_s, u"Keep the outputs in this folder."_s, u"DIR"_s});
    p.addOption({u"atc"_s, u"Path of atc."_s, u"PATH"_s, QStringLiteral(ATC_CLI_EXE)});
    p.addOption({u"decode"_s, u"Only time the decoding of a Resource Graph page."_s});
    p.process(app);
    if (p.isSet(u"decode"_s))
        return decodeBenchmark(out);
    const int latency = p.value(u"latency-ms"_s).toInt();
    const QStringList wanted = p.value(u"sizes"_s).split(u',');
    const QStringList formats = p.value(u"formats"_s).split(u',');
    const int runs = std::max(1, p.value(u"runs"_s).toInt());

    QTemporaryDir tmp;
    const QString outDir = p.isSet(u"keep"_s) ? p.value(u"keep"_s) : tmp.path();
    QDir().mkpath(outDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, tmp.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, tmp.filePath(u"config"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/atc-bench-bus"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"AZURE_CLIENT_SECRET"_s, QLatin1String(emulator::sandbox::ClientSecret));
    for (const char *v : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"})
        env.remove(QLatin1String(v));

    out << u"atc-benchmark: atc discover --resources, latency %1 ms, load average %2 (%3 CPUs)"_s
               .arg(latency)
               .arg(loadAverage())
               .arg(QThread::idealThreadCount())
        << Qt::endl;
    int rc = 0;
    for (const Size &size : kSizes) {
        if (!wanted.contains(QLatin1String(size.name)))
            continue;
        emulator::AzureEmulator emu;
        emulator::SyntheticTenantSpec spec;
        spec.managementGroups = size.groups;
        spec.subscriptions = size.subscriptions;
        spec.resources = size.resources;
        spec.seed = kSeed;
        QString error;
        if (!emu.loadSyntheticTenant(spec, &error) || !emu.listen(0, &error)) {
            err << "atc-benchmark: " << error << Qt::endl;
            return 1;
        }
        emu.faults().latencyMs = latency;
        const QString base = emu.baseUrl().toString();
        const double targetSeconds = size.sdkSeconds / 4;
        out << u"%1: %2 groups / %3 subscriptions / %4 resources; target ≤ %5 s (SDK-JS %6 s / 4) "
               u"and ≤ %7 MB"_s.arg(QLatin1String(size.name))
                   .arg(size.groups)
                   .arg(size.subscriptions)
                   .arg(size.resources)
                   .arg(targetSeconds, 0, 'f', 2)
                   .arg(size.sdkSeconds, 0, 'f', 1)
                   .arg(kTargetRssMb)
            << Qt::endl;
        for (const QString &format : formats) {
            for (int run = 0; run < runs; ++run) {
                QStringList args{u"discover"_s,         u"--resources"_s,
                                 u"--format"_s,         format,
                                 u"--tenant-id"_s,      syntheticTenantId(kSeed),
                                 u"--client-id"_s,      QLatin1String(emulator::sandbox::ClientId),
                                 u"--authority-host"_s, base,
                                 u"--arm-endpoint"_s,   base};
                if (p.isSet(u"max-in-flight"_s))
                    args << u"--max-in-flight"_s << p.value(u"max-in-flight"_s);
                const QString output =
                    outDir + u"/discover-%1-%2.%3"_s.arg(QLatin1String(size.name), format,
                                                         format == u"text"_s ? u"txt"_s : format);
                const qint64 requestsBefore = emu.stats().requests;
                const double emulatorCpuBefore = test::processCpuSeconds();
                const test::MeasuredResult m = test::runMeasured(
                    p.value(u"atc"_s), args, env, output, output + u".stderr"_s, 600000);
                const qint64 requests = emu.stats().requests - requestsBefore;
                const double emulatorCpu = test::processCpuSeconds() - emulatorCpuBefore;
                const long rssMb = m.peakRssKb / 1024;
                const bool met =
                    m.exitCode == 0 && m.seconds <= targetSeconds && rssMb <= kTargetRssMb;
                out << u"  %1: wall %2 s (CPU %8 s; emulator %9 s), requests %3, peak RSS %4 MB, "
                       u"output %5 MB, exit %6: %7"_s.arg(format, -6)
                           .arg(m.seconds, 0, 'f', 3)
                           .arg(requests)
                           .arg(rssMb)
                           .arg(double(QFileInfo(output).size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(m.exitCode)
                           .arg(met ? u"met"_s : u"NOT met"_s)
                           .arg(m.cpuSeconds, 0, 'f', 2)
                           .arg(emulatorCpu, 0, 'f', 2)
                    << Qt::endl;
                if (m.exitCode != 0) {
                    QFile e(output + u".stderr"_s);
                    if (e.open(QIODevice::ReadOnly))
                        out << u"    "_s << QString::fromUtf8(e.readAll().left(2000)) << Qt::endl;
                }
                if (!met)
                    rc = 1;
            }
        }
    }
    out << u"load average at the end %1"_s.arg(loadAverage()) << Qt::endl;
    return rc;
}
