// atc-azure-emulator: serves a tenant on 127.0.0.1 until killed. The first line on stdout is
// the base URL (authority and ARM endpoint at once).
#include "AzureEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using atc::emulator::AzureEmulator;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "atc-azure-emulator: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"atc-azure-emulator"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Loopback Azure (Entra token endpoint, ARM, Resource Graph) for tests and demos."_s);
    parser.addHelpOption();
    const QCommandLineOption tenant(u"tenant"_s, u"Serve the tenant described by FILE."_s,
                                    u"FILE"_s);
    const QCommandLineOption sandbox(u"sandbox"_s,
                                     u"Serve the built-in Contoso sandbox (default)."_s);
    const QCommandLineOption synthetic(
        u"synthetic"_s,
        u"Serve a generated tenant: groups,subscriptions,resources[,seed[,disabled]]."_s,
        u"SPEC"_s);
    const QCommandLineOption dump(
        u"dump-tenant"_s, u"Print the tenant JSON to stdout and exit (with --synthetic)."_s);
    const QCommandLineOption port(u"port"_s, u"TCP port on 127.0.0.1 (default: a free one)."_s,
                                  u"PORT"_s, u"0"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"Serve HTTPS with this PEM certificate."_s,
                                     u"PEM"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"PEM"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay every response."_s, u"MS"_s);
    const QCommandLineOption route(
        u"fault-route"_s, u"Apply the faults below only to paths containing TEXT."_s, u"TEXT"_s);
    const QCommandLineOption throttleFraction(u"throttle-fraction"_s,
                                              u"Answer this share of requests with 429."_s, u"F"_s);
    const QCommandLineOption throttleFirst(u"throttle-first"_s,
                                           u"Answer the first N requests with 429."_s, u"N"_s);
    const QCommandLineOption retryAfter(u"retry-after"_s, u"Retry-After seconds of the 429s."_s,
                                        u"S"_s);
    const QCommandLineOption errorFirst(u"server-error-first"_s,
                                        u"Answer the first N requests with a 5xx."_s, u"N"_s);
    const QCommandLineOption errorStatus(u"server-error-status"_s,
                                         u"Status of those errors (500 or 503)."_s, u"CODE"_s);
    const QCommandLineOption truncateFirst(u"truncate-first"_s,
                                           u"Cut the body of the first N responses."_s, u"N"_s);
    const QCommandLineOption closeFirst(
        u"close-mid-body-first"_s, u"Close the connection mid-body, first N responses."_s, u"N"_s);
    const QCommandLineOption tokenLifetime(u"token-lifetime"_s, u"Token lifetime in seconds."_s,
                                           u"S"_s);
    const QCommandLineOption emptyPages(u"empty-pages"_s,
                                        u"Serve an empty page with a nextLink before each page."_s);
    const QCommandLineOption atNextLink(u"at-nextlink"_s,
                                        u"Management-group list pages use \"@nextLink\"."_s);
    const QCommandLineOption denyArg(u"deny-resource-graph"_s,
                                     u"Resource Graph answers 403 AuthorizationFailed."_s);
    const QCommandLineOption pageSize(u"page-size"_s, u"ARM list page size (default 1000)."_s,
                                      u"N"_s);
    const QCommandLineOption argQuota(
        u"arg-quota"_s, u"Resource Graph queries per 5 s and app (429 beyond)."_s, u"N"_s);
    const QCommandLineOption argWindow(
        u"arg-window-ms"_s, u"Length of the Resource Graph quota window (5000)."_s, u"MS"_s);
    const QCommandLineOption argRetryAfter(u"arg-retry-after"_s,
                                           u"Resource Graph quota 429s also carry Retry-After."_s);
    const QCommandLineOption armBucket(
        u"arm-bucket"_s, u"ARM read tokens per subscription and app (429 beyond)."_s, u"N"_s);
    const QCommandLineOption armRefill(u"arm-refill"_s,
                                       u"ARM read tokens refilled per second (25)."_s, u"R"_s);
    const QCommandLineOption latencyMax(
        u"latency-max-ms"_s, u"Delay every response by a random time up to MS."_s, u"MS"_s);
    const QCommandLineOption azureQuotas(
        u"azure-quotas"_s, u"Azure's read quotas: Resource Graph 15 per 5 s, ARM buckets of "
                           u"250 refilled 25/s."_s);
    parser.addOptions({tenant,        sandbox,       synthetic,  dump,          port,
                       tlsCert,       tlsKey,        latency,    route,         throttleFraction,
                       throttleFirst, retryAfter,    errorFirst, errorStatus,   truncateFirst,
                       closeFirst,    tokenLifetime, emptyPages, atNextLink,    denyArg,
                       pageSize,      argQuota,      argWindow,  argRetryAfter, armBucket,
                       armRefill,     latencyMax,    azureQuotas});
    parser.process(app);

    AzureEmulator emulator;
    if (parser.isSet(synthetic)) {
        const QStringList parts = parser.value(synthetic).split(u',');
        bool ok = parts.size() >= 3 && parts.size() <= 5;
        atc::emulator::SyntheticTenantSpec spec;
        for (int i = 0; ok && i < parts.size(); ++i) {
            const int value = parts.at(i).trimmed().toInt(&ok);
            ok = ok && value >= 0;
            if (i == 0)
                spec.managementGroups = value;
            else if (i == 1)
                spec.subscriptions = value;
            else if (i == 2)
                spec.resources = value;
            else if (i == 3)
                spec.seed = quint32(value);
            else
                spec.disabledSubscriptions = value;
        }
        if (!ok)
            return fail(u"--synthetic expects groups,subscriptions,resources[,seed[,disabled]]"_s);
        QString error;
        if (!spec.validate(&error))
            return fail(error);
        if (parser.isSet(dump)) {
            const QByteArray json = AzureEmulator::generateSyntheticTenant(spec, &error);
            if (json.isEmpty())
                return fail(error);
            std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
            return 0;
        }
        if (!emulator.loadSyntheticTenant(spec, &error))
            return fail(error);
    } else if (parser.isSet(tenant)) {
        QString error;
        if (!emulator.loadTenantFile(parser.value(tenant), &error))
            return fail(error);
    }

    atc::emulator::FaultOptions &f = emulator.faults();
    if (parser.isSet(azureQuotas)) {
        f.resourceGraphQuota = 15;
        f.resourceGraphWindowMs = 5000;
        f.armBucketSize = 250;
        f.armBucketRefillPerSecond = 25;
    }
    auto intOption = [&parser](const QCommandLineOption &option, int *target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *target = parser.value(option).toInt(&ok);
        return ok;
    };
    bool ok = intOption(latency, &f.latencyMs) && intOption(throttleFirst, &f.throttleFirstN) &&
              intOption(retryAfter, &f.retryAfterSeconds) &&
              intOption(errorFirst, &f.serverErrorFirstN) &&
              intOption(errorStatus, &f.serverErrorStatus) &&
              intOption(truncateFirst, &f.truncateFirstN) &&
              intOption(closeFirst, &f.closeMidBodyFirstN) &&
              intOption(tokenLifetime, &f.tokenLifetimeSeconds) &&
              intOption(pageSize, &f.pageSize) && intOption(argQuota, &f.resourceGraphQuota) &&
              intOption(argWindow, &f.resourceGraphWindowMs) &&
              intOption(armBucket, &f.armBucketSize) && intOption(latencyMax, &f.latencyMaxMs);
    if (ok && parser.isSet(armRefill))
        f.armBucketRefillPerSecond = parser.value(armRefill).toDouble(&ok);
    f.resourceGraphRetryAfter = parser.isSet(argRetryAfter);
    if (parser.isSet(throttleFraction))
        f.throttleFraction = parser.value(throttleFraction).toDouble(&ok);
    if (!ok)
        return fail(u"a numeric option has a bad value"_s);
    f.route = parser.value(route);
    f.emptyPagesWithNextLink = parser.isSet(emptyPages);
    f.managementGroupListUsesAtNextLink = parser.isSet(atNextLink);
    f.denyResourceGraph = parser.isSet(denyArg);

    const quint16 wantedPort = quint16(parser.value(port).toUInt());
    QString error;
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(u"cannot read --tls-cert / --tls-key"_s);
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return fail(u"--tls-cert / --tls-key are not a PEM certificate and RSA key"_s);
        if (!emulator.listenTls(certificate, key, wantedPort, &error))
            return fail(error);
    } else if (!emulator.listen(wantedPort, &error)) {
        return fail(error);
    }
    QTextStream out(stdout);
    out << emulator.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
