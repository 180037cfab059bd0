// The real `atc discover --resources --format json|ndjson|csv` (a child process) against the
// real emulator served from this process over loopback: each format is complete and valid (one
// JSON document, NDJSON lines, CSV with a header), the counts are exact, and the peak memory of
// the discovery (the kernel's ru_maxrss of atc itself, taken by atc-peak-rss: measured from
// this process it would start at this process's own peak, the emulator's tenant and the parsed
// outputs included — MeasuredChild.h) does not grow from a 20k to a 100k tenant.

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "../runtime/CsvParser.h"
#include "AzureEmulator.h"
#include "MeasuredChild.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * How much more the 100k discovery may peak at than the 20k one. What legitimately grows with
 * the tenant is the list of its subscriptions and their outcomes (1,000 instead of 200: well
 * under 1 MB) and allocator noise; holding the resources would add ~6 KB each (≈ 480 MB for the
 * 80,000 more), holding even the output buffer ≈ 50 MB. 15 MB is far below either and above
 * the spread measured here (20k: 45 MB; 100k: 48–55 MB, in-process emulator, loaded machine).
 */
constexpr long kAllowedGrowthKb = 15 * 1024;

struct Tenant
{
    int groups, subscriptions, resources;
};

QString tenantIdFor(quint32 seed)
{
    return u"5e7d1a00-0000-4000-8000-%1"_s.arg(seed, 12, 16, QChar(u'0'));
}

class DiscoverStreaming : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<emulator::AzureEmulator> emu;

    void serve(const Tenant &t)
    {
        emu = std::make_unique<emulator::AzureEmulator>();
        emulator::SyntheticTenantSpec spec;
        spec.managementGroups = t.groups;
        spec.subscriptions = t.subscriptions;
        spec.resources = t.resources;
        spec.seed = 1;
        QString error;
        ASSERT_TRUE(emu->loadSyntheticTenant(spec, &error)) << qPrintable(error);
        ASSERT_TRUE(emu->listen(0, &error)) << qPrintable(error);
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        e.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/atc-test-bus"_s);
        e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        e.insert(u"AZURE_CLIENT_SECRET"_s, QLatin1String(emulator::sandbox::ClientSecret));
        for (const char *v : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
            e.remove(QLatin1String(v));
        return e;
    }

    /** Runs the discovery; its stdout is left in `*outPath`. */
    test::MeasuredResult discover(const QString &format, const QString &tenantId, QString *outPath)
    {
        const QString base = emu->baseUrl().toString();
        *outPath = dir.filePath(u"out."_s + format);
        const test::MeasuredResult r = test::runMeasured(
            QStringLiteral(ATC_CLI_EXE),
            {u"discover"_s, u"--resources"_s, u"--format"_s, format, u"--tenant-id"_s, tenantId,
             u"--client-id"_s, QLatin1String(emulator::sandbox::ClientId), u"--authority-host"_s,
             base, u"--arm-endpoint"_s, base},
            env(), *outPath, *outPath + u".err"_s, 300000);
        EXPECT_TRUE(r.started);
        EXPECT_FALSE(r.timedOut);
        EXPECT_EQ(r.exitCode, 0) << readAll(*outPath + u".err"_s).constData();
        return r;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

/** Checks the three formats against the tenant; returns the json run's peak RSS (kB). */
struct Counts
{
    qsizetype groups = -1, subscriptions = -1, resources = -1;
};

Counts checkJson(const QByteArray &json)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError)
        << qPrintable(e.errorString()) << " at " << e.offset;
    EXPECT_TRUE(doc.isObject());
    const QJsonObject o = doc.object();
    const QJsonArray resources = o.value(u"resources"_s).toArray();
    if (!resources.isEmpty()) {
        const QJsonObject r = resources.first().toObject();
        for (const char *key :
             {"id", "name", "type", "location", "resourceGroup", "subscriptionId", "tags"})
            EXPECT_TRUE(r.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(r.value(u"tags"_s).isObject());
    }
    return {o.value(u"managementGroups"_s).toArray().size(),
            o.value(u"subscriptions"_s).toArray().size(), resources.size()};
}

Counts checkNdjson(const QByteArray &ndjson)
{
    Counts c{0, 0, 0};
    int tenants = 0;
    EXPECT_TRUE(ndjson.endsWith('\n'));
    qsizetype from = 0;
    while (from < ndjson.size()) {
        const qsizetype eol = ndjson.indexOf('\n', from);
        EXPECT_GE(eol, 0);
        if (eol < 0)
            break;
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(ndjson.constData() + from, eol - from), &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError) << "line at byte " << from;
        const QString record = doc.object().value(u"record"_s).toString();
        if (record == u"tenant"_s)
            ++tenants;
        else if (record == u"managementGroup"_s)
            ++c.groups;
        else if (record == u"subscription"_s)
            ++c.subscriptions;
        else if (record == u"resource"_s)
            ++c.resources;
        else
            ADD_FAILURE() << "unknown record " << qPrintable(record);
        from = eol + 1;
    }
    EXPECT_EQ(tenants, 1);
    return c;
}

qsizetype checkCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    EXPECT_TRUE(test::parseCsv(QString::fromUtf8(csv), &rows));
    EXPECT_FALSE(rows.isEmpty());
    if (rows.isEmpty())
        return -1;
    EXPECT_EQ(rows.first(), (QStringList{u"id"_s, u"name"_s, u"type"_s, u"location"_s,
                                         u"resourceGroup"_s, u"subscriptionId"_s, u"tags"_s}));
    for (const QStringList &row : std::as_const(rows))
        EXPECT_EQ(row.size(), 7);
    // The tags cell is a JSON object.
    if (rows.size() > 1) {
        EXPECT_TRUE(QJsonDocument::fromJson(rows.at(1).at(6).toUtf8()).isObject());
    }
    return rows.size() - 1;
}

} // namespace

TEST_F(DiscoverStreaming, FormatsAreCompleteAndPeakMemoryDoesNotGrowWithTheTenant)
{
    const Tenant sizes[] = {{20, 200, 20000}, {50, 1000, 100000}};
    long peakKb[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        const Tenant &t = sizes[i];
        SCOPED_TRACE(t.resources);
        serve(t);
        if (HasFatalFailure())
            return;
        const QString tenantId = tenantIdFor(1);
        QString path;

        const test::MeasuredResult json = discover(u"json"_s, tenantId, &path);
        peakKb[i] = json.peakRssKb;
        const Counts j = checkJson(readAll(path));
        EXPECT_EQ(j.subscriptions, t.subscriptions);
        EXPECT_EQ(j.resources, t.resources);
        EXPECT_GE(j.groups, t.groups); // the generated groups, and the root group

        discover(u"ndjson"_s, tenantId, &path);
        const Counts n = checkNdjson(readAll(path));
        EXPECT_EQ(n.groups, j.groups);
        EXPECT_EQ(n.subscriptions, t.subscriptions);
        EXPECT_EQ(n.resources, t.resources);

        discover(u"csv"_s, tenantId, &path);
        EXPECT_EQ(checkCsv(readAll(path)), t.resources);
        QFile::remove(path);
        emu.reset();
    }
    RecordProperty("peak_rss_kb_20k", int(peakKb[0]));
    RecordProperty("peak_rss_kb_100k", int(peakKb[1]));
    EXPECT_GT(peakKb[0], 0);
    EXPECT_LE(peakKb[1], peakKb[0] + kAllowedGrowthKb)
        << "peak RSS 20k: " << peakKb[0] << " kB, 100k: " << peakKb[1] << " kB";
}

TEST_F(DiscoverStreaming, CsvGuardsFormulasAndJsonKeepsControlCharacters)
{
    emu = std::make_unique<emulator::AzureEmulator>();
    QString error;
    ASSERT_TRUE(emu->loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error));
    ASSERT_TRUE(emu->listen(0, &error)) << qPrintable(error);
    const QString sub = QLatin1String(emulator::sandbox::RootSubscriptionId);
    ASSERT_TRUE(emu->addResource(sub, u"rg-x"_s, u"Microsoft.Web/sites"_s,
                                 u"=HYPERLINK(\"http://x\")"_s, u"westeurope"_s));
    ASSERT_TRUE(emu->addResource(sub, u"rg-x"_s, u"Microsoft.Web/sites"_s, u"tab\tname\u0001"_s,
                                 u"westeurope"_s));
    const QString tenantId = QLatin1String(emulator::sandbox::TenantId);
    QString path;

    discover(u"csv"_s, tenantId, &path);
    QList<QStringList> rows;
    ASSERT_TRUE(test::parseCsv(QString::fromUtf8(readAll(path)), &rows));
    QStringList names;
    for (const QStringList &row : std::as_const(rows))
        names << row.value(1);
    EXPECT_TRUE(names.contains(u"'=HYPERLINK(\"http://x\")"_s)) << qPrintable(names.join(u'|'));
    EXPECT_FALSE(names.contains(u"=HYPERLINK(\"http://x\")"_s));

    discover(u"json"_s, tenantId, &path);
    const QByteArray json = readAll(path);
    EXPECT_TRUE(json.contains(R"("tab\tname\u0001")")) << "escaped as JSON";
    QStringList jsonNames;
    const QJsonArray resources =
        QJsonDocument::fromJson(json).object().value(u"resources"_s).toArray();
    for (const QJsonValue &r : resources)
        jsonNames << r.toObject().value(u"name"_s).toString();
    EXPECT_TRUE(jsonNames.contains(u"tab\tname\u0001"_s));
    EXPECT_TRUE(jsonNames.contains(u"=HYPERLINK(\"http://x\")"_s)) << "JSON needs no guard";
}
