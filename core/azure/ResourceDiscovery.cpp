#include "ResourceDiscovery.h"

#include <functional>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "ArmClient.h"
#include "AzureLogging.h"
#include "AzureParsers.h"
#include "AzureSession.h"
#include "NetworkSupport.h"
#include "io/Background.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
QString folded(const QString &s)
{
    return s.toCaseFolded();
}
} // namespace

// ---------------------------------------------------------------------------------------------
// ResourceDiscovery
// ---------------------------------------------------------------------------------------------

class ResourceDiscovery::Private
{
public:
    struct Batch
    {
        QStringList subscriptionIds;
        QList<AzureResource> resources;
        int pendingFallbacks = 0;
        int malformedRetries = 0;
        int pages = 0;                ///< Resource Graph pages decoded
        QSet<QString> seenSkipTokens; ///< a repeated $skipToken would never end
    };

    ResourceDiscovery *q;
    QPointer<AzureSession> session; // not owned; may die first
    QStringList subscriptionIds;
    bool includeProperties = false;
    int batchSize = 100;
    int concurrentBatches = 0;
    bool running = false;
    bool paused = false;
    QList<QStringList> pendingBatches;
    int runningBatches = 0;
    int subscriptionsDone = 0;
    qint64 resourcesSoFar = 0;
    QSet<QString> withAssets; ///< folded ids of subscriptions whose inventory holds assets
    Result result;

    Private(ResourceDiscovery *qq, AzureSession *s, QStringList ids)
        : q(qq), session(s), subscriptionIds(std::move(ids))
    {}

    ArmClient *arm() const { return session->armClient(); }

    void start()
    {
        running = true;
        result = {};
        pendingBatches.clear();
        subscriptionsDone = 0;
        resourcesSoFar = 0;
        subscriptionIds.removeDuplicates();
        const int size = std::clamp(batchSize, 1, 1000);
        for (qsizetype i = 0; i < subscriptionIds.size(); i += size)
            pendingBatches.append(subscriptionIds.mid(i, size));
        if (pendingBatches.isEmpty()) {
            // Nothing to do; still finish on the event loop, never inside start().
            QTimer::singleShot(0, q, [this] {
                if (running)
                    finish();
            });
            return;
        }
        launch();
    }

    void launch()
    {
        const int limit = concurrentBatches > 0
                              ? concurrentBatches
                              : std::max(1, session->config().maxRequestsInFlight);
        while (running && !paused && runningBatches < limit && !pendingBatches.isEmpty()) {
            auto batch = std::make_shared<Batch>();
            batch->subscriptionIds = pendingBatches.takeFirst();
            ++runningBatches;
            queryPage(batch, {});
        }
        if (running && runningBatches == 0 && pendingBatches.isEmpty())
            finish();
    }

    QByteArray queryBody(const Batch &batch, const QString &skipToken) const
    {
        QJsonObject options{{u"resultFormat"_s, u"objectArray"_s}, {u"$top"_s, 1000}};
        if (!skipToken.isEmpty())
            options.insert(u"$skipToken"_s, skipToken);
        QJsonObject body{{u"subscriptions"_s, QJsonArray::fromStringList(batch.subscriptionIds)},
                         {u"query"_s, resourceGraphQuery(includeProperties)},
                         {u"options"_s, options}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    /** One Resource Graph page, decoded on a worker thread (JSON and rows are the hot path). */
    struct Decoded
    {
        AzureError error;
        QString skipToken;
        bool truncated = false;
        QList<AzureResource> resources;
    };

    static Decoded decode(const QByteArray &raw, bool keepProperties)
    {
        Decoded d;
        QJsonObject o;
        ResourceGraphPage page;
        if (!AzureParsers::parseJsonObject(raw, &o, &d.error) ||
            !AzureParsers::resourceGraphPage(o, &page, &d.error))
            return d;
        d.skipToken = page.skipToken;
        d.truncated = page.resultTruncated;
        d.resources.reserve(page.rows.size());
        for (const QJsonValue &row : std::as_const(page.rows))
            d.resources.append(AzureParsers::resource(row.toObject(), keepProperties));
        return d;
    }

    void queryPage(const std::shared_ptr<Batch> &batch, const QString &skipToken)
    {
        const QUrl url = arm()->url(u"/providers/Microsoft.ResourceGraph/resources"_s,
                                    ApiVersion::ResourceGraph);
        arm()->postRaw(url, queryBody(*batch, skipToken), q,
                       [this, batch, skipToken](const ArmResponse &r) {
                           if (!running)
                               return;
                           if (r.error.isError()) {
                               if (r.error.kind == AzureErrorKind::AuthorizationFailed ||
                                   r.error.kind == AzureErrorKind::HttpError ||
                                   r.error.kind == AzureErrorKind::NotFound) {
                                   qCDebug(lcAzure) << "Resource Graph refused (" << r.error.code
                                                    << "); listing resources per subscription";
                                   return fallback(batch);
                               }
                               return batchFailed(batch, r.error);
                           }
                           decodeLater(batch, skipToken, r.raw);
                       });
    }

    void decodeLater(const std::shared_ptr<Batch> &batch, const QString &skipToken,
                     const QByteArray &raw)
    {
        // Delivered on q's thread; when q goes away, the result is simply dropped.
        runInBackground(
            q, [raw, include = includeProperties] { return decode(raw, include); },
            [this, batch, skipToken](Decoded d) {
                if (running)
                    onDecoded(batch, skipToken, std::move(d));
            });
    }

    void onDecoded(const std::shared_ptr<Batch> &batch, const QString &skipToken, Decoded d)
    {
        if (d.error.isError()) {
            qCWarning(lcAzure) << "malformed Resource Graph page:" << d.error.serverMessage;
            if (batch->malformedRetries++ < 2) // a truncated body: ask again
                return queryPage(batch, skipToken);
            return batchFailed(batch, d.error);
        }
        resourcesSoFar += d.resources.size();
        // No reserve(): QList::reserve() copies every element; append(&&) grows geometrically
        // and moves them (AzureResource is relocatable: a memcpy).
        if (batch->resources.isEmpty())
            batch->resources = std::move(d.resources);
        else
            batch->resources.append(std::move(d.resources));
        Q_EMIT q->progress(subscriptionsDone, int(subscriptionIds.size()), resourcesSoFar);
        ++batch->pages;
        if (!d.skipToken.isEmpty()) {
            const int cap = std::max(1, session->config().maxPagesPerListing);
            QString loop;
            if (batch->seenSkipTokens.contains(d.skipToken))
                loop = ResourceDiscovery::tr("the continuation token ($skipToken) repeats an "
                                             "earlier one; the listing would never end");
            else if (batch->pages >= cap)
                loop =
                    ResourceDiscovery::tr("the listing has more than %1 pages; stopped").arg(cap);
            if (!loop.isEmpty()) {
                resourcesSoFar -= batch->resources.size(); // nothing of it is kept
                batch->resources.clear();
                AzureError e = AzureError::make(AzureErrorKind::MalformedResponse, loop);
                e.url = net::displayUrl(arm()->url(
                    u"/providers/Microsoft.ResourceGraph/resources"_s, ApiVersion::ResourceGraph));
                return batchFailed(batch, e);
            }
            batch->seenSkipTokens.insert(d.skipToken);
            return queryPage(batch, d.skipToken);
        }
        if (d.truncated) {
            // No $skipToken although truncated: the rows are incomplete.
            resourcesSoFar -= batch->resources.size();
            batch->resources.clear();
            return fallback(batch);
        }
        batchSucceeded(batch);
    }

    void batchSucceeded(const std::shared_ptr<Batch> &batch)
    {
        QHash<QString, int> counts;
        for (const AzureResource &res : std::as_const(batch->resources))
            ++counts[folded(res.subscriptionId)];
        // A subscription with assets whose rows all vanished from the answer is not taken as
        // empty: its ARM list confirms it first (docs/inventory.md, "Degraded answers").
        QStringList answered;
        QStringList confirm;
        for (const QString &id : std::as_const(batch->subscriptionIds)) {
            if (counts.value(folded(id)) == 0 && withAssets.contains(folded(id)))
                confirm.append(id);
            else
                answered.append(id);
        }
        for (const QString &id : std::as_const(answered))
            result.outcomes.append(SubscriptionOutcome{id, {}, counts.value(folded(id))});
        subscriptionsDone += int(answered.size());
        if (!answered.isEmpty())
            Q_EMIT q->subscriptionsFinished(answered, batch->resources);
        // Freeing ten thousands of resources costs as much as decoding them: do it off the GUI
        // thread (a receiver that kept the list only drops a reference here).
        disposeInBackground(std::exchange(batch->resources, {}));
        if (confirm.isEmpty())
            return batchDone();
        batch->pendingFallbacks = int(confirm.size());
        for (const QString &id : std::as_const(confirm)) {
            qCWarning(lcAzure) << "Resource Graph returned no row for subscription" << id
                               << "which has assets; confirming with its ARM list";
            listViaArm(id, [this, batch, id](const AzureError &error,
                                             const QList<AzureResource> &resources) {
                if (error.isError()) {
                    result.outcomes.append(SubscriptionOutcome{id, error, 0});
                } else {
                    SubscriptionOutcome o{id, {}, int(resources.size())};
                    o.resourceGraphOmitted = !resources.isEmpty();
                    result.outcomes.append(o);
                    if (o.resourceGraphOmitted)
                        Q_EMIT q->resourceGraphOmitted(id, o.resourceCount);
                    Q_EMIT q->subscriptionsFinished({id}, resources);
                }
                subscriptionDone(batch);
            });
        }
    }

    void batchFailed(const std::shared_ptr<Batch> &batch, const AzureError &error)
    {
        for (const QString &id : std::as_const(batch->subscriptionIds))
            result.outcomes.append(SubscriptionOutcome{id, error, 0});
        subscriptionsDone += int(batch->subscriptionIds.size());
        batchDone();
    }

    void batchDone()
    {
        Q_EMIT q->progress(subscriptionsDone, int(subscriptionIds.size()), resourcesSoFar);
        --runningBatches;
        launch();
    }

    // One subscription's resources from GET /subscriptions/{id}/resources, marked as such: what
    // only Resource Graph gives (addresses, properties, its spelling) is unknown, not empty.
    void listViaArm(const QString &id,
                    std::function<void(const AzureError &, const QList<AzureResource> &)> done)
    {
        auto resources = std::make_shared<QList<AzureResource>>();
        const QUrl url =
            arm()->url(u"/subscriptions/"_s + id + u"/resources"_s, ApiVersion::Resources);
        arm()->getAllPages(
            url, q,
            [this, resources](const QJsonObject &page) {
                const QList<AzureResource> list =
                    AzureParsers::resourceList(page, includeProperties);
                *resources += list;
                resourcesSoFar += list.size();
                return true;
            },
            [this, id, resources, done = std::move(done)](const AzureError &error) {
                if (!running)
                    return;
                if (error.isError()) {
                    resourcesSoFar -= resources->size();
                    resources->clear();
                } else {
                    for (AzureResource &r : *resources) {
                        if (r.subscriptionId.isEmpty())
                            r.subscriptionId = id;
                    }
                    markArmListed(resources.get(), includeProperties);
                }
                done(error, *resources);
            });
    }

    // One subscription of a batch read through its ARM list is done.
    void subscriptionDone(const std::shared_ptr<Batch> &batch)
    {
        ++subscriptionsDone;
        Q_EMIT q->progress(subscriptionsDone, int(subscriptionIds.size()), resourcesSoFar);
        if (--batch->pendingFallbacks == 0) {
            --runningBatches;
            launch();
        }
    }

    // Resource Graph denied: GET /subscriptions/{id}/resources, each subscription on its own.
    void fallback(const std::shared_ptr<Batch> &batch)
    {
        batch->pendingFallbacks = int(batch->subscriptionIds.size());
        for (const QString &id : std::as_const(batch->subscriptionIds)) {
            listViaArm(id, [this, batch, id](const AzureError &error,
                                             const QList<AzureResource> &resources) {
                if (error.isError()) {
                    result.outcomes.append(SubscriptionOutcome{id, error, 0});
                } else {
                    result.outcomes.append(SubscriptionOutcome{id, {}, int(resources.size())});
                    Q_EMIT q->subscriptionsFinished({id}, resources);
                }
                subscriptionDone(batch);
            });
        }
    }

    void finish()
    {
        running = false;
        if (!result.outcomes.isEmpty()) {
            bool allFailed = true;
            for (const SubscriptionOutcome &o : std::as_const(result.outcomes))
                allFailed = allFailed && o.error.isError();
            if (allFailed)
                result.error = result.outcomes.first().error;
        }
        Q_EMIT q->finished(result);
    }

    void cancel()
    {
        if (!running)
            return;
        if (session)
            arm()->cancel(q);
        pendingBatches.clear();
        runningBatches = 0;
        running = false;
        result.error = AzureError::make(AzureErrorKind::Cancelled);
        Q_EMIT q->finished(result);
    }
};

ResourceDiscovery::ResourceDiscovery(AzureSession *session, QStringList subscriptionIds,
                                     QObject *parent)
    : QObject(parent), d(new Private(this, session, std::move(subscriptionIds)))
{}

ResourceDiscovery::~ResourceDiscovery()
{
    if (d->session)
        d->session->armClient()->cancel(this);
    delete d;
}

void ResourceDiscovery::setIncludeProperties(bool on)
{
    d->includeProperties = on;
}

void ResourceDiscovery::setBatchSize(int subscriptions)
{
    d->batchSize = subscriptions;
}

void ResourceDiscovery::setConcurrentBatches(int batches)
{
    d->concurrentBatches = batches;
}

void ResourceDiscovery::setSubscriptionsWithAssets(const QStringList &subscriptionIds)
{
    d->withAssets.clear();
    for (const QString &id : subscriptionIds)
        d->withAssets.insert(folded(id));
}

void ResourceDiscovery::markArmListed(QList<AzureResource> *resources, bool includeProperties)
{
    // An ARM list item has no properties: no addresses, and no configuration for CSPM.
    const auto unknown = quint8(AzureResource::UnknownEndpoints | AzureResource::UnknownCasing |
                                (includeProperties ? AzureResource::UnknownProperties : 0));
    for (AzureResource &r : *resources)
        r.unknownFields = unknown;
}

void ResourceDiscovery::start()
{
    if (d->running)
        return;
    if (!d->session) {
        d->running = true;
        QTimer::singleShot(0, this, [this] {
            d->running = false;
            d->result.error = AzureError::make(AzureErrorKind::InvalidInput);
            Q_EMIT finished(d->result);
        });
        return;
    }
    d->start();
}

void ResourceDiscovery::cancel()
{
    d->cancel();
}

bool ResourceDiscovery::isRunning() const
{
    return d->running;
}

void ResourceDiscovery::pause()
{
    d->paused = true;
}

void ResourceDiscovery::resume()
{
    if (!d->paused)
        return;
    d->paused = false;
    if (d->running)
        d->launch();
}

bool ResourceDiscovery::isPaused() const
{
    return d->paused;
}

QString ResourceDiscovery::resourceGraphQuery(bool includeProperties)
{
    // `id` must be projected for $skipToken paging. The endpoint columns are projected so that
    // public IPs and DNS names are known even when the full properties are not kept.
    QString q = u"Resources | project id, name, type, location, resourceGroup, subscriptionId, "
                u"kind, tags, ipAddress = properties.ipAddress, "
                u"fqdn = properties.dnsSettings.fqdn, "
                u"defaultHostName = properties.defaultHostName"_s;
    if (includeProperties)
        q += u", properties"_s;
    return q;
}

} // namespace atc
