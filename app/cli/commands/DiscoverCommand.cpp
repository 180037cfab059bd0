// atc discover — documented in docs/cli.md ("atc discover", formats and streaming).

#include "DiscoverCommand.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>

#include "AzureSupport.h"
#include "RunToEnd.h"
#include "azure/AzureSession.h"
#include "runtime/CsvWriter.h"
#include "runtime/JsonStreamWriter.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
};

/**
 * Subscriptions per Resource Graph query. A batch's resources are held until its last page
 * has arrived (ResourceDiscovery reports a batch complete), so peak memory is about
 * batch × resources per subscription × batches in flight, whatever the tenant's size. Ten
 * keeps that to about one 1000-row page per batch for a typical subscription, and gives the
 * requests in flight more batches to share than the default 100 (docs/cli.md, "Streaming").
 */
constexpr int kSubscriptionsPerQuery = 10;

QString stateText(const Subscription &x)
{
    return x.stateText.isEmpty() ? subscriptionStateToString(x.state) : x.stateText;
}

QString tagsJson(const AzureResource &r)
{
    QByteArray text;
    text.append('{');
    for (auto it = r.tags.begin(); it != r.tags.end(); ++it) {
        if (it != r.tags.begin())
            text.append(',');
        JsonStreamWriter::appendString(&text, it.key());
        text.append(':');
        JsonStreamWriter::appendString(&text, it.value());
    }
    text.append('}');
    return QString::fromUtf8(text);
}

/** The output of one format, written while the discovery runs. */
class DiscoveryOutput
{
public:
    virtual ~DiscoveryOutput() = default;
    virtual void tenant(const TenantSnapshot &s, bool withResources) = 0;
    virtual void resources(const QList<AzureResource> &list) = 0;
    /** Closes the document; false when stdout could not be written. */
    virtual bool finish(qint64 resourceCount) = 0;
};

class TextOutput : public DiscoveryOutput
{
public:
    explicit TextOutput(const CliContext &ctx) : m_ctx(ctx) {}
    void tenant(const TenantSnapshot &s, bool withResources) override
    {
        m_withResources = withResources;
        m_ctx.out << Azure::tr("Tenant %1: %n management group(s)", nullptr,
                               int(s.managementGroups.size()))
                         .arg(printable(s.tenantId))
                  << u", "_s
                  << Azure::tr("%n subscription(s)", nullptr, int(s.subscriptions.size()))
                  << Qt::endl;
        printTree(m_ctx, s);
    }
    void resources(const QList<AzureResource> &) override {}
    bool finish(qint64 resourceCount) override
    {
        if (m_withResources)
            m_ctx.out << Azure::tr("%n resource(s)", nullptr, int(resourceCount)) << Qt::endl;
        m_ctx.out.flush();
        return m_ctx.out.status() == QTextStream::Ok;
    }

private:
    const CliContext &m_ctx;
    bool m_withResources = false;
};

void writeGroup(JsonStreamWriter &w, const ManagementGroup &g)
{
    w.member(u"id", g.id);
    w.member(u"name", g.name);
    w.member(u"displayName", g.displayName);
    w.key(u"parentId");
    if (g.parentName.isEmpty())
        w.nullValue();
    else
        w.value(g.parentName);
}

void writeSubscription(JsonStreamWriter &w, const Subscription &x)
{
    w.member(u"subscriptionId", x.subscriptionId);
    w.member(u"displayName", x.displayName);
    w.member(u"state", stateText(x));
    w.key(u"managementGroupId");
    if (x.managementGroupName.isEmpty())
        w.nullValue();
    else
        w.value(x.managementGroupName);
}

void writeResource(JsonStreamWriter &w, const AzureResource &r)
{
    w.member(u"id", r.id);
    w.member(u"name", r.name);
    w.member(u"type", r.type);
    w.member(u"location", r.location);
    w.member(u"resourceGroup", r.resourceGroup);
    w.member(u"subscriptionId", r.subscriptionId);
    w.key(u"tags");
    w.beginObject();
    for (auto it = r.tags.begin(); it != r.tags.end(); ++it)
        w.member(it.key(), it.value());
    w.endObject();
}

/** One JSON document: the tenant's members first, then "resources" as the batches arrive. */
class JsonOutput : public DiscoveryOutput
{
public:
    explicit JsonOutput(QIODevice *device) : m_w(device, JsonStreamWriter::Style::Indented) {}
    void tenant(const TenantSnapshot &s, bool withResources) override
    {
        m_w.beginObject();
        m_w.member(u"tenantId", s.tenantId);
        m_w.member(u"rootGroupReadable", s.rootGroupReadable);
        m_w.key(u"managementGroups");
        m_w.beginArray();
        for (const ManagementGroup &g : s.managementGroups) {
            m_w.beginObject();
            writeGroup(m_w, g);
            m_w.endObject();
        }
        m_w.endArray();
        m_w.key(u"subscriptions");
        m_w.beginArray();
        for (const Subscription &x : s.subscriptions) {
            m_w.beginObject();
            writeSubscription(m_w, x);
            m_w.endObject();
        }
        m_w.endArray();
        if (withResources) {
            m_w.key(u"resources");
            m_w.beginArray();
        }
    }
    void resources(const QList<AzureResource> &list) override
    {
        for (const AzureResource &r : list) {
            m_w.beginObject();
            writeResource(m_w, r);
            m_w.endObject();
        }
    }
    bool finish(qint64) override
    {
        while (m_w.depth() > 0) // "resources", then the document
            m_w.depth() == 1 ? m_w.endObject() : m_w.endArray();
        return m_w.flush();
    }

private:
    JsonStreamWriter m_w;
};

/** NDJSON: one record per line, "record" saying which (tenant, group, subscription, resource). */
class NdjsonOutput : public DiscoveryOutput
{
public:
    explicit NdjsonOutput(QIODevice *device) : m_w(device, JsonStreamWriter::Style::Lines) {}
    void tenant(const TenantSnapshot &s, bool) override
    {
        m_w.beginObject();
        m_w.member(u"record", u"tenant");
        m_w.member(u"tenantId", s.tenantId);
        m_w.member(u"rootGroupReadable", s.rootGroupReadable);
        m_w.endObject();
        for (const ManagementGroup &g : s.managementGroups) {
            m_w.beginObject();
            m_w.member(u"record", u"managementGroup");
            writeGroup(m_w, g);
            m_w.endObject();
        }
        for (const Subscription &x : s.subscriptions) {
            m_w.beginObject();
            m_w.member(u"record", u"subscription");
            writeSubscription(m_w, x);
            m_w.endObject();
        }
    }
    void resources(const QList<AzureResource> &list) override
    {
        for (const AzureResource &r : list) {
            m_w.beginObject();
            m_w.member(u"record", u"resource");
            writeResource(m_w, r);
            m_w.endObject();
        }
    }
    bool finish(qint64) override { return m_w.flush(); }

private:
    JsonStreamWriter m_w;
};

/** CSV, one table: the resources with --resources, else the subscriptions. */
class CsvOutput : public DiscoveryOutput
{
public:
    explicit CsvOutput(QIODevice *device) : m_w(device) {}
    void tenant(const TenantSnapshot &s, bool withResources) override
    {
        if (withResources) {
            m_w.writeRow({u"id"_s, u"name"_s, u"type"_s, u"location"_s, u"resourceGroup"_s,
                          u"subscriptionId"_s, u"tags"_s});
            return;
        }
        m_w.writeRow({u"subscriptionId"_s, u"displayName"_s, u"state"_s, u"managementGroupId"_s});
        for (const Subscription &x : s.subscriptions)
            m_w.writeRow({x.subscriptionId, x.displayName, stateText(x), x.managementGroupName});
    }
    void resources(const QList<AzureResource> &list) override
    {
        for (const AzureResource &r : list)
            m_w.writeRow(
                {r.id, r.name, r.type, r.location, r.resourceGroup, r.subscriptionId, tagsJson(r)});
    }
    bool finish(qint64) override { return m_w.flush(); }

private:
    CsvWriter m_w;
};

} // namespace

DiscoverCommand::DiscoverCommand()
    : TenantCommand(
          "discover",
          QT_TRANSLATE_NOOP("atc", "discover management groups, subscriptions and resources"))
{
    setDescription(Azure::tr("Discovers management groups and subscriptions (and "
                             "with --resources, their resources)."));
    addOption({u"resources"_s, Azure::tr("Also list the resources of every connectable "
                                         "subscription.")});
    setFormats({u"text"_s, u"json"_s, u"ndjson"_s, u"csv"_s},
               Azure::tr("Output format: text (default), json, ndjson or csv."), u"FORMAT"_s,
               u"text"_s);
}

int DiscoverCommand::run(CliContext &ctx, const CommandArgs &p)
{
    Target t;
    if (int rc = targetFromOptions(ctx, p, &t); rc != ExitOk)
        return rc;
    if (int rc = resolveSecret(ctx, &t); rc != ExitOk)
        return rc;

    QNetworkAccessManager nam;
    configureProxy(ctx, &nam);
    const std::unique_ptr<AzureSession> session = t.createSession(&nam);
    const bool withResources = p.isSet(u"resources"_s);
    const Discovery d = runDiscovery(ctx, session.get(), false, true);
    if (d.tenant.error.isError()) {
        ctx.error(d.tenant.error.fullText());
        return exitCodeFor(d.tenant.error);
    }
    if (d.tenant.rootError.isError())
        ctx.err << printableLines(Azure::tr("atc: warning: %1").arg(d.tenant.rootError.fullText()))
                << Qt::endl;

    // Machine formats go to stdout's device through the writers' own small buffers; whatever
    // the text stream holds goes first. A stream without a device (never in `atc` itself)
    // gets the bytes at the end.
    ctx.out.flush();
    QBuffer fallback;
    QIODevice *device = ctx.out.device();
    if (!device) {
        fallback.open(QIODevice::WriteOnly);
        device = &fallback;
    }
    std::unique_ptr<DiscoveryOutput> output;
    if (p.format == u"json"_s)
        output = std::make_unique<JsonOutput>(device);
    else if (p.format == u"ndjson"_s)
        output = std::make_unique<NdjsonOutput>(device);
    else if (p.format == u"csv"_s)
        output = std::make_unique<CsvOutput>(device);
    else
        output = std::make_unique<TextOutput>(ctx);
    output->tenant(d.tenant.snapshot, withResources);

    ResourceDiscovery::Result result;
    qint64 resourceCount = 0;
    if (withResources) {
        QStringList ids;
        for (const Subscription &s : d.tenant.snapshot.subscriptions) {
            if (s.isConnectable())
                ids.append(s.subscriptionId);
        }
        ResourceDiscovery rd(session.get(), ids);
        rd.setBatchSize(kSubscriptionsPerQuery);
        int lastReported = -1;
        QObject::connect(&rd, &ResourceDiscovery::progress, &rd,
                         [&ctx, &lastReported](int done, int total, qint64 count) {
                             if (done == lastReported)
                                 return;
                             lastReported = done;
                             ctx.progress(
                                 Azure::tr("Resources: %1 of %2 subscriptions, %3 resources")
                                     .arg(done)
                                     .arg(total)
                                     .arg(count));
                         });
        // Each batch is written and dropped at once: nothing of it outlives this slot.
        QObject::connect(&rd, &ResourceDiscovery::subscriptionsFinished, &rd,
                         [&](const QStringList &, const QList<AzureResource> &list) {
                             resourceCount += list.size();
                             output->resources(list);
                         });
        result = runToEnd<ResourceDiscovery::Result>(
            [&rd](const std::function<void(ResourceDiscovery::Result)> &finish) {
                QObject::connect(&rd, &ResourceDiscovery::finished, &rd, finish);
                rd.start();
            });
    }
    const bool written = output->finish(resourceCount);
    output.reset();
    if (device == &fallback)
        ctx.out << QString::fromUtf8(fallback.data());
    ctx.out.flush();

    int failedSubs = 0;
    for (const ResourceDiscovery::SubscriptionOutcome &o : std::as_const(result.outcomes)) {
        if (o.error.isError()) {
            ++failedSubs;
            ctx.err << printableLines(Azure::tr("atc: warning: subscription %1: %2")
                                          .arg(o.subscriptionId, o.error.fullText()))
                    << Qt::endl;
        }
    }
    if (!written) {
        ctx.error(Azure::tr("cannot write the output (standard output closed or full)"));
        return ExitFailure;
    }
    if (result.error.isError())
        return exitCodeFor(result.error);
    return failedSubs > 0 ? ExitFailure : ExitOk;
}

} // namespace atc::cli
