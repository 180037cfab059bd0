#include "ResourceDiscovery.h"

#include <array>
#include <cmath>
#include <deque>
#include <functional>
#include <limits>

#include <QElapsedTimer>
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
#include "ResourceGraphPacer.h"
#include "io/Background.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
QString folded(const QString &s)
{
    return s.toCaseFolded();
}

// The types whose Resource Graph rows carry the projected endpoint columns (ipAddress,
// dnsSettings.fqdn, defaultHostName): an ARM list cannot give them; the fill query does, or
// the provider's own list (with properties) of the subscription. Web app slots have no
// subscription-wide list: a subscription with slots waits for the Resource Graph fill.
struct EndpointType
{
    QString type;         ///< lower case
    QString providerList; ///< /subscriptions/{id}/providers/… ; empty: none
    const char *apiVersion;
};

const std::array<EndpointType, 4> &endpointTypes()
{
    static const std::array<EndpointType, 4> types{{
        {u"microsoft.network/publicipaddresses"_s, u"Microsoft.Network/publicIPAddresses"_s,
         ApiVersion::PublicIpAddresses},
        {u"microsoft.web/sites"_s, u"Microsoft.Web/sites"_s, ApiVersion::WebSites},
        {u"microsoft.web/sites/slots"_s, QString(), nullptr},
        {u"microsoft.containerinstance/containergroups"_s,
         u"Microsoft.ContainerInstance/containerGroups"_s, ApiVersion::ContainerGroups},
    }};
    return types;
}

/** The index in endpointTypes(), or -1. */
int endpointTypeOf(const QString &type)
{
    const auto &types = endpointTypes();
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (type.compare(types[i].type, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool isEndpointType(const QString &type)
{
    return endpointTypeOf(type) >= 0;
}

constexpr int kRowsPerPage = 1000;         // $top of every Resource Graph query
constexpr int kArmLaneCap = 32;            // ARM lists in flight at most (issue 15)
constexpr int kArmLaneStart = 8;           // slow start: doubled per round while latency holds
constexpr int kFillMaxSubscriptions = 500; // per fill query (body size)
constexpr int kMaxHeldResources = 50000;   // ARM-listed rows awaiting their fill, at most
} // namespace

// ---------------------------------------------------------------------------------------------
// ResourceDiscovery
// ---------------------------------------------------------------------------------------------

class ResourceDiscovery::Private
{
public:
    using ListDone = std::function<void(const AzureError &, QList<AzureResource>)>;
    /** An ARM-listed subscription held until the fill query gives its endpoints. */
    struct Held
    {
        QString subscriptionId;
        QList<AzureResource> resources;
        int endpointRows = 0;
        QList<int> endpointIndexes;      ///< of the resources the fill answers for
        QList<quint8> endpointKinds;     ///< their index in endpointTypes()
        quint8 endpointTypeMask = 0;     ///< bit i: a resource of endpointTypes()[i]
        quint8 unfilledMask = 0;         ///< of those, the types whose endpoints are not in yet
        std::array<int, 4> rowsByType{}; ///< resources per endpoint type
        bool armFillFailed = false;      ///< its providers' lists failed: Resource Graph fills it

        int rowsOf(quint8 mask) const
        {
            int n = 0;
            for (std::size_t t = 0; t < rowsByType.size(); ++t)
                n += ((mask >> t) & 1u) ? rowsByType[t] : 0;
            return n;
        }
    };
    /** A held subscription whose endpoints come from its providers' own lists. */
    struct ArmFill
    {
        Held held;
        int listsRunning = 0;
        AzureError error;
        QList<AzureResource> found;
    };
    struct Batch
    {
        QStringList subscriptionIds;
        QList<AzureResource> resources;
        int pendingFallbacks = 0;
        int malformedRetries = 0;
        int pages = 0;                ///< Resource Graph pages decoded
        QSet<QString> seenSkipTokens; ///< a repeated $skipToken would never end
        bool fill = false;            ///< the endpoint fill of ARM-listed subscriptions
        quint8 fillMask = 0;          ///< fill: the endpoint types it asks for
        QList<Held> held;             ///< fill: the subscriptions it completes
        bool waiting = false;         ///< hybrid: its next page waits for the quota's room
        QString nextSkipToken;        ///< that page
    };

    ResourceDiscovery *q;
    QPointer<AzureSession> session; // not owned; may die first
    QStringList subscriptionIds;
    bool includeProperties = false;
    int batchSize = 100;
    int concurrentBatches = 0;
    bool running = false;
    bool paused = false;
    Strategy strategy = Strategy::Hybrid;
    std::deque<QString> pending; ///< subscriptions not started yet
    int runningBatches = 0;      ///< Resource Graph batches (and their fallbacks) running
    QList<std::shared_ptr<Batch>> waitingBatches; ///< hybrid: next page waits for room
    // The ARM lane (hybrid): per-subscription lists beside Resource Graph.
    int armRunning = 0;
    int armLimit = kArmLaneStart;
    int armDoneThisRound = 0;
    double armLatencyMs = -1;       ///< EWMA of one list's duration
    double armLatencyLowestMs = -1; ///< the lowest EWMA seen (an unloaded server)
    qint64 armRowsSeen = 0, armSubscriptionsSeen = 0, armEndpointRowsSeen = 0;
    /** Per endpoint type: rows, and subscriptions that have it (ARM-listed so far). */
    std::array<qint64, 4> typeRowsSeen{}, typeSubscriptionsSeen{};
    std::array<int, 4> awaitingRowsByType{}; ///< unfilled rows of awaitingFill per type
    // ARM-listed subscriptions waiting for their endpoint fill, and fills running.
    QList<Held> awaitingFill;
    int awaitingEndpointRows = 0;
    qint64 heldResources = 0; ///< rows of awaitingFill and of the fills running
    int maxHeldResources = kMaxHeldResources;
    int runningFills = 0;
    int armFillLists = 0;       ///< providers' lists running for ARM fills (lane slots)
    int armDecoding = 0;        ///< of the lane's lists: a page on a pool thread, none in flight
    bool armFillDenied = false; ///< a provider's list was refused: fills wait for Resource Graph
    bool graphDenied = false;   ///< Resource Graph refused: no more batches or fills
    QMetaObject::Connection roomConnection;
    Stats stats;
    int subscriptionsDone = 0;
    qint64 resourcesSoFar = 0;
    QSet<QString> withAssets; ///< folded ids of subscriptions whose inventory holds assets
    Result result;
    QElapsedTimer clock; ///< since start(), for the debug lines

    Private(ResourceDiscovery *qq, AzureSession *s, QStringList ids)
        : q(qq), session(s), subscriptionIds(std::move(ids))
    {}

    ArmClient *arm() const { return session->armClient(); }

    void start()
    {
        clock.start();
        running = true;
        result = {};
        pending.clear();
        waitingBatches.clear();
        awaitingFill.clear();
        awaitingEndpointRows = 0;
        heldResources = 0;
        runningFills = 0;
        armFillLists = 0;
        armDecoding = 0;
        armFillDenied = false;
        armRunning = 0;
        armLimit = kArmLaneStart;
        graphDenied = false;
        stats = {};
        armRowsSeen = armSubscriptionsSeen = armEndpointRowsSeen = 0;
        typeRowsSeen = {};
        typeSubscriptionsSeen = {};
        awaitingRowsByType = {};
        subscriptionsDone = 0;
        resourcesSoFar = 0;
        subscriptionIds.removeDuplicates();
        for (const QString &id : std::as_const(subscriptionIds))
            pending.push_back(id);
        if (pending.empty()) {
            // Nothing to do; still finish on the event loop, never inside start().
            QTimer::singleShot(0, q, [this] {
                if (running)
                    finish();
            });
            return;
        }
        QObject::disconnect(roomConnection);
        roomConnection = QObject::connect(pacer(), &ResourceGraphPacer::roomAvailable, q, [this] {
            if (running)
                launch();
        });
        launch();
    }

    ResourceGraphPacer *pacer() const { return arm()->resourceGraphPacer(); }

    /** Both budgets at once: Resource Graph while its window has room, ARM lists beside. */
    bool hybrid() const { return strategy == Strategy::Hybrid && !includeProperties; }

    /**
     * The ARM lane takes pending subscriptions only while Resource Graph is paced: a server
     * that announces no quota takes every batch at once, and the lane's lists would only add
     * requests and hold their rows until an endpoint fill.
     */
    bool armLaneWanted() const { return hybrid() && !pacer()->isQuotaUnannounced(); }

    /**
     * The ARM lane may take one more subscription: below its concurrency, and (unless Resource
     * Graph is refused, when nothing is held) the rows held for fills plus those its running
     * lists will bring stay within maxHeldResources.
     */
    /**
     * The lane's requests in flight: its lists (resources and providers') less those whose
     * page is being decoded. A slot is free again once its answer is in, not only once the
     * pool has decoded it (the pool is two threads that also free memory).
     */
    int armLaneBusy() const { return armRunning + armFillLists - armDecoding; }

    bool armLaneHasRoom() const
    {
        if (armLaneBusy() >= armLimit)
            return false;
        if (graphDenied || !hybrid())
            return true;
        return !heldCapReached() || (heldResources == 0 && armRunning == 0); // always progress
    }

    /** Another ARM-listed subscription would hold more rows than maxHeldResources. */
    bool heldCapReached() const
    {
        const double expected = double(armRunning + 1) * rowsPerSubscription();
        return double(heldResources) + expected > double(std::max(1, maxHeldResources));
    }

    int armLaneCap() const
    {
        // The settings' bound is the session's. Resource Graph needs no share of it: its
        // queries go before queued ARM reads (ArmClient), so they wait for one slot at most.
        return std::clamp(session->config().maxRequestsInFlight, 1, kArmLaneCap);
    }

    /** Rows one subscription has on average (learned from ARM lists and batches). */
    double rowsPerSubscription() const
    {
        return armSubscriptionsSeen > 0 ? double(armRowsSeen) / double(armSubscriptionsSeen)
                                        : 100.0;
    }

    /** Resource Graph pages the endpoint fills still need (held and expected). */
    int fillPagesNeeded() const
    {
        const double perSub = armSubscriptionsSeen > 0
                                  ? double(armEndpointRowsSeen) / double(armSubscriptionsSeen)
                                  : 0.0;
        const double rows = awaitingEndpointRows + perSub * armSubscriptionsBeforeReset();
        return rows > 0 ? int(std::ceil(rows / kRowsPerPage)) + 1 : 0; // +1: pages round up
    }

    /**
     * Subscriptions the ARM lane may have listed when the quota window resets: their fills
     * need this window's room; later ones are filled in later windows. All that is left when
     * the lane's pace or the reset is unknown.
     */
    double armSubscriptionsBeforeReset() const
    {
        const double all = double(pending.size() + armRunning);
        const qint64 resetMs = pacer()->msUntilReset();
        if (armLatencyLowestMs <= 0 || resetMs <= 0)
            return all;
        // An upper bound: the lane's cap at the lowest latency seen, and half again. Too low
        // a forecast costs a whole window at the end (the last fills wait for the reset);
        // too high only leaves a few batches to the ARM lane.
        const double perMs = 1.5 * double(armLaneCap()) / std::max(1.0, armLatencyLowestMs);
        return std::min(all, double(armRunning) + perMs * double(resetMs));
    }

    /**
     * Hybrid: a new Resource Graph batch only when the quota it would use is not needed by
     * the fills of what the ARM lane lists meanwhile (a fill page completes ~10 times more
     * subscriptions than a batch page).
     */
    bool graphBatchAffordable(int expectedPages)
    {
        const int room = pacer()->room();
        if (room <= 0)
            return false;
        // Until the ARM lane has measured the tenant (rows and endpoints per subscription,
        // latency), one batch at a time: the quota may be needed for the fills.
        if (armLaneWanted() && armSubscriptionsSeen < std::max(8, armLimit) && runningBatches > 0)
            return false;
        // Only this window's room counts: estimating the windows the ARM lane still needs
        // proved too noisy (a fill that misses a window waits a whole one).
        return room - fillPagesNeeded() - int(waitingBatches.size()) >= expectedPages;
    }

    void launch()
    {
        if (!running)
            return;
        // 1. Committed Resource Graph pages first (their rows are held), stealing a waiting
        //    batch for the ARM lane when nothing else is left for it.
        for (qsizetype i = 0; i < waitingBatches.size();) {
            const std::shared_ptr<Batch> batch = waitingBatches.at(i);
            if (pacer()->room() > 0) {
                waitingBatches.removeAt(i);
                batch->waiting = false;
                sendPage(batch, batch->nextSkipToken);
                continue;
            }
            if (!batch->fill && hybrid() && pending.empty() && armLaneHasRoom()) {
                waitingBatches.removeAt(i);
                stealForArm(batch);
                continue;
            }
            ++i;
        }
        // 2. Fills of ARM-listed subscriptions.
        while (hybrid() && !graphDenied && !awaitingFill.isEmpty() && fillDue() &&
               pacer()->room() > 0 && startFill()) {
        }
        //    The window is spent and its reset is far: fill through the providers' lists.
        if (armFillWanted()) { // decided once: only deliveries change it
            // While the window has room, what its fills take is left to them (unless the
            // held rows are at their bound: then the providers' lists release them now).
            const quint8 graphTakes =
                pacer()->room() > 0 && !heldCapReached() ? fillMask() : quint8(0);
            for (qsizetype i = 0; i < awaitingFill.size() && armLaneBusy() < armLimit;) {
                const Held &h = awaitingFill.at(i);
                if (armFillable(h) && !(h.unfilledMask & graphTakes) && armFillSlotsFree(h))
                    startArmFill(takeAwaiting(i));
                else
                    ++i;
            }
        }
        // 3. New Resource Graph batches.
        const int limit = concurrentBatches > 0
                              ? concurrentBatches
                              : std::max(1, session->config().maxRequestsInFlight);
        while (!paused && !pending.empty() && !graphDenied && runningBatches < limit) {
            int size = std::clamp(batchSize, 1, 1000);
            if (hybrid()) {
                // About one page per batch, so that a batch rarely waits for another window.
                size =
                    std::clamp(int(kRowsPerPage / std::max(1.0, rowsPerSubscription())), 1, size);
                const int pages =
                    std::max(1, int(std::ceil(size * rowsPerSubscription() / kRowsPerPage)));
                if (!graphBatchAffordable(pages))
                    break;
            }
            auto batch = std::make_shared<Batch>();
            while (batch->subscriptionIds.size() < size && !pending.empty()) {
                batch->subscriptionIds.append(pending.front());
                pending.pop_front();
            }
            ++runningBatches;
            ++stats.resourceGraphBatches;
            qCDebug(lcAzure).nospace()
                << clock.elapsed() << " ms: batch of " << batch->subscriptionIds.size() << ", room "
                << pacer()->room() << ", pending " << pending.size() << ", ARM " << armRunning
                << "/" << armLimit;
            queryPage(batch, {});
        }
        // 4. The ARM lane: per-subscription lists, each on its own read bucket.
        while (!paused && (armLaneWanted() || graphDenied) && !pending.empty() &&
               armLaneHasRoom()) {
            const QString id = pending.back();
            pending.pop_back();
            listOnArmLane(id);
            if (pending.empty())
                qCDebug(lcAzure).nospace()
                    << clock.elapsed() << " ms: every subscription started; held " << heldResources
                    << ", awaiting fill " << awaitingFill.size();
        }
        // A batch may be stolen now that the lane drained what was pending.
        if (pending.empty() && armLaneHasRoom() && !waitingBatches.isEmpty() && hybrid()) {
            for (qsizetype i = 0; i < waitingBatches.size();) {
                if (!waitingBatches.at(i)->fill && armLaneHasRoom()) {
                    stealForArm(waitingBatches.takeAt(i));
                    continue;
                }
                ++i;
            }
        }
        if (pending.empty() && runningBatches == 0 && armRunning == 0 && runningFills == 0 &&
            armFillLists == 0 && !awaitingFill.isEmpty()) {
            // Only fills are left (e.g. Resource Graph was refused meanwhile): release.
            if (graphDenied)
                releaseUnfilled();
        }
        if (pending.empty() && runningBatches == 0 && armRunning == 0 && runningFills == 0 &&
            armFillLists == 0 && awaitingFill.isEmpty())
            finish();
    }

    /** A fill query is due when it fills a page, or when nothing else will come. */
    bool fillDue() const
    {
        const quint8 mask = fillMask();
        const auto [rows, subscriptions] = awaitingFor(mask);
        if (rows == 0)
            return false;
        // Held rows at their bound: a fill of every type releases them; one of some types
        // would spend the window on a part page (the providers' lists release them then).
        return rows >= kRowsPerPage || subscriptions >= kFillMaxSubscriptions ||
               (heldCapReached() && mask == allEndpointTypes()) ||
               (pending.empty() && armRunning == 0);
    }

    // A Resource Graph batch waiting for quota room goes to the ARM lane instead: what it
    // already received is dropped (the quota spent on it is the window's loss, not a result).
    void stealForArm(const std::shared_ptr<Batch> &batch)
    {
        ++stats.stolenBatches;
        resourcesSoFar -= batch->resources.size();
        disposeInBackground(std::exchange(batch->resources, {}));
        --runningBatches;
        for (const QString &id : std::as_const(batch->subscriptionIds))
            pending.push_back(id);
        while (!pending.empty() && armLaneHasRoom()) {
            const QString id = pending.back();
            pending.pop_back();
            listOnArmLane(id);
        }
    }

    void listOnArmLane(const QString &id)
    {
        ++armRunning;
        ++stats.armListedSubscriptions;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        listViaArm(
            id,
            [this, id, timer](const AzureError &error, QList<AzureResource> resources) {
                --armRunning;
                adaptArmLane(double(timer->elapsed()));
                if (error.isError()) {
                    result.outcomes.append(SubscriptionOutcome{id, error, 0});
                    ++subscriptionsDone;
                    Q_EMIT q->progress(subscriptionsDone, int(subscriptionIds.size()),
                                       resourcesSoFar);
                    return launch();
                }
                Held held;
                held.subscriptionId = id;
                held.resources = std::move(resources);
                for (qsizetype i = 0; i < held.resources.size(); ++i) {
                    const int type = endpointTypeOf(held.resources.at(i).type);
                    if (type >= 0) {
                        held.endpointIndexes.append(int(i));
                        held.endpointKinds.append(quint8(type));
                        held.endpointTypeMask |= quint8(1u << type);
                        ++held.rowsByType[std::size_t(type)];
                    }
                }
                held.endpointRows = int(held.endpointIndexes.size());
                held.unfilledMask = held.endpointTypeMask;
                for (std::size_t t = 0; t < held.rowsByType.size(); ++t) {
                    typeRowsSeen[t] += held.rowsByType[t];
                    typeSubscriptionsSeen[t] += held.rowsByType[t] > 0 ? 1 : 0;
                }
                armRowsSeen += held.resources.size();
                armEndpointRowsSeen += held.endpointRows;
                ++armSubscriptionsSeen;
                if (graphDenied || !hybrid()) {
                    // Resource Graph is refused: the ARM list is all there is (endpoints unknown).
                    deliverArmListed(std::move(held), false);
                } else if (held.endpointRows == 0) {
                    // Nothing of it has endpoints in Resource Graph's projection: complete as is.
                    deliverArmListed(std::move(held), true);
                } else {
                    heldResources += held.resources.size();
                    stats.peakHeldResources = std::max(
                        stats.peakHeldResources,
                        int(std::min<qint64>(heldResources, std::numeric_limits<int>::max())));
                    addAwaiting(std::move(held));
                }
                launch();
            },
            true);
    }

    /** Latency-driven concurrency of the ARM lane: slow start, halved when the server slows. */
    void adaptArmLane(double ms)
    {
        armLatencyMs = armLatencyMs < 0 ? ms : 0.8 * armLatencyMs + 0.2 * ms;
        if (armLatencyLowestMs < 0 || armLatencyMs < armLatencyLowestMs)
            armLatencyLowestMs = armLatencyMs;
        const int cap = armLaneCap();
        if (armLatencyMs > 3.0 * armLatencyLowestMs + 50.0) {
            armLimit = std::max(2, armLimit / 2);
            armLatencyLowestMs = armLatencyMs; // the new baseline at this level
            armDoneThisRound = 0;
        } else if (++armDoneThisRound >= armLimit) {
            armLimit = std::min(cap, armLimit * 2);
            armDoneThisRound = 0;
        }
        armLimit = std::min(armLimit, cap);
        stats.armPeakConcurrency = std::max(stats.armPeakConcurrency, armLimit);
    }

    void deliverArmListed(Held held, bool endpointsKnown)
    {
        if (endpointsKnown) {
            for (AzureResource &r : held.resources)
                r.unknownFields &= quint8(~AzureResource::UnknownEndpoints);
        }
        result.outcomes.append(
            SubscriptionOutcome{held.subscriptionId, {}, int(held.resources.size())});
        ++subscriptionsDone;
        Q_EMIT q->subscriptionsFinished({held.subscriptionId}, held.resources);
        Q_EMIT q->progress(subscriptionsDone, int(subscriptionIds.size()), resourcesSoFar);
    }

    /** `h` waits for the fill of its unfilled endpoint types. */
    void addAwaiting(Held h, bool front = false)
    {
        for (std::size_t t = 0; t < awaitingRowsByType.size(); ++t)
            awaitingRowsByType[t] += ((h.unfilledMask >> t) & 1u) ? h.rowsByType[t] : 0;
        awaitingEndpointRows += h.rowsOf(h.unfilledMask);
        if (front)
            awaitingFill.prepend(std::move(h));
        else
            awaitingFill.append(std::move(h));
    }

    Held takeAwaiting(qsizetype i)
    {
        Held h = awaitingFill.takeAt(i);
        for (std::size_t t = 0; t < awaitingRowsByType.size(); ++t)
            awaitingRowsByType[t] -= ((h.unfilledMask >> t) & 1u) ? h.rowsByType[t] : 0;
        awaitingEndpointRows -= h.rowsOf(h.unfilledMask);
        return h;
    }

    void releaseUnfilled()
    {
        const QList<Held> held = std::exchange(awaitingFill, {});
        awaitingEndpointRows = 0;
        awaitingRowsByType = {};
        for (const Held &h : held)
            heldResources -= h.resources.size();
        for (const Held &h : held)
            deliverArmListed(h, false);
    }

    static QString fillQuery(quint8 mask)
    {
        QStringList quoted;
        for (std::size_t t = 0; t < endpointTypes().size(); ++t) {
            if ((mask >> t) & 1u)
                quoted << u"'"_s + endpointTypes()[t].type + u"'"_s;
        }
        return u"Resources | where type in~ ("_s + quoted.join(u", "_s) +
               u") | project id, name, type, subscriptionId, ipAddress = properties.ipAddress, "
               u"fqdn = properties.dnsSettings.fqdn, "
               u"defaultHostName = properties.defaultHostName"_s;
    }

    /** Rows of `type` per ARM-listed subscription that has it (learned; 0: none seen). */
    double rowsPerSubscriptionOf(std::size_t type) const
    {
        return typeSubscriptionsSeen[type] > 0
                   ? double(typeRowsSeen[type]) / double(typeSubscriptionsSeen[type])
                   : 0.0;
    }

    /** Resource Graph pages the fills of `type` still need (held and expected). */
    int pagesNeededFor(std::size_t type) const
    {
        const double perSub = armSubscriptionsSeen > 0
                                  ? double(typeRowsSeen[type]) / double(armSubscriptionsSeen)
                                  : 0.0;
        const double rows = awaitingRowsByType[type] + perSub * armSubscriptionsBeforeReset();
        return rows > 0 ? int(std::ceil(rows / kRowsPerPage)) + 1 : 0;
    }

    /**
     * The endpoint types the next fill query asks for. Every type while this window takes
     * every fill still needed (the fewest queries). Short of room, the window goes to the
     * type with the fewest rows per subscription that has it first (web apps, ~5, against ~6
     * public IPs in the synthetic tenants): its page completes the most subscription-and-type
     * pairs, the providers' own lists give the rest. What the window has beyond that type's
     * needs goes to every type again. Types without such a list (slots) are always asked for.
     */
    quint8 fillMask() const
    {
        quint8 all = 0, unlisted = 0;
        for (std::size_t t = 0; t < endpointTypes().size(); ++t) {
            all |= quint8(1u << t);
            if (endpointTypes()[t].providerList.isEmpty())
                unlisted |= quint8(1u << t);
        }
        // Every type as well when the window is unknown or resets now (a full one comes), and
        // when nothing else runs (no list will bring more rows of the cheapest type).
        const int room = pacer()->room();
        const bool idle =
            armRunning == 0 && armFillLists == 0 && runningFills == 0 && runningBatches == 0;
        if (armFillDenied || idle || pacer()->msUntilReset() <= 0 || fillPagesNeeded() <= room)
            return all;
        int best = -1;
        for (std::size_t t = 0; t < endpointTypes().size(); ++t) {
            if (((unlisted >> t) & 1u) || rowsPerSubscriptionOf(t) <= 0)
                continue;
            if (best < 0 || rowsPerSubscriptionOf(t) < rowsPerSubscriptionOf(std::size_t(best)))
                best = int(t);
        }
        if (best < 0 || room > pagesNeededFor(std::size_t(best)))
            return all;
        return quint8((1u << best) | unlisted);
    }

    /** Rows and subscriptions awaiting a fill of the types in `mask`. */
    std::pair<int, int> awaitingFor(quint8 mask) const
    {
        int rows = 0, subscriptions = 0;
        for (std::size_t t = 0; t < awaitingRowsByType.size(); ++t)
            rows += ((mask >> t) & 1u) ? awaitingRowsByType[t] : 0;
        if (rows > 0) {
            for (const Held &h : awaitingFill)
                subscriptions += (h.unfilledMask & mask) ? 1 : 0;
        }
        return {rows, subscriptions};
    }

    /**
     * False when nothing awaiting has rows of the types it would ask for. The query asks for
     * whole types: it takes only subscriptions none of whose asked-for types is filled yet
     * (their rows would come again), and counts every row the query returns for them.
     */
    bool startFill()
    {
        quint8 mask = fillMask();
        if (mask == allEndpointTypes()) {
            // Every type: narrowed to what the first waiting subscription still needs.
            for (const Held &h : std::as_const(awaitingFill)) {
                if (h.unfilledMask) {
                    mask = h.unfilledMask;
                    break;
                }
            }
        }
        auto batch = std::make_shared<Batch>();
        batch->fill = true;
        batch->fillMask = mask;
        int rows = 0;
        for (qsizetype i = 0;
             i < awaitingFill.size() && batch->held.size() < kFillMaxSubscriptions;) {
            const Held &next = awaitingFill.at(i);
            const quint8 asked = next.endpointTypeMask & mask;
            const int r = next.rowsOf(asked);
            if (r == 0 || (next.unfilledMask & asked) != asked) {
                ++i;
                continue;
            }
            if (!batch->held.isEmpty() && rows + r > kRowsPerPage)
                break;
            rows += r;
            Held h = takeAwaiting(i);
            batch->subscriptionIds.append(h.subscriptionId);
            batch->held.append(std::move(h));
        }
        if (batch->held.isEmpty())
            return false;
        ++runningFills;
        ++stats.fillQueries;
        qCDebug(lcAzure).nospace()
            << clock.elapsed() << " ms: fill of " << batch->held.size() << " subscriptions, "
            << rows << " endpoint rows (types " << batch->fillMask << "); room " << pacer()->room();
        queryPage(batch, {});
        return true;
    }

    void fillDone(const std::shared_ptr<Batch> &batch, bool filled)
    {
        --runningFills;
        resourcesSoFar -= batch->resources.size(); // the fill's rows are not new resources
        QList<Held> held = std::exchange(batch->held, {});
        if (!filled) {
            deliverFilled(std::move(held), false);
            return launch();
        }
        applyEndpoints(batch->resources, &held, batch->fillMask);
        QList<Held> complete;
        for (Held &h : held) {
            if (h.unfilledMask == 0)
                complete.append(std::move(h));
            else
                addAwaiting(std::move(h)); // its other types: a later fill or their lists
        }
        if (!complete.isEmpty())
            deliverFilled(std::move(complete), true);
        launch();
    }

    /**
     * The endpoint columns of `found` (a fill's rows, or a provider's list) onto the held
     * resources of the types in `mask`, by id; those types are then filled (a resource the
     * answer does not have has no endpoints).
     */
    static void applyEndpoints(const QList<AzureResource> &found, QList<Held> *held, quint8 mask)
    {
        // Ids compare case-insensitively, but both paths nearly always spell them alike:
        // exact lookups first, the case-folded index only when one misses.
        QHash<QString, const AzureResource *> byId;
        byId.reserve(found.size());
        for (const AzureResource &r : found)
            byId.insert(r.id, &r);
        QHash<QString, const AzureResource *> byFoldedId;
        for (Held &h : *held) {
            for (qsizetype k = 0; k < h.endpointIndexes.size(); ++k) {
                if (!((mask >> h.endpointKinds.at(k)) & 1u))
                    continue;
                AzureResource &r = h.resources[h.endpointIndexes.at(k)];
                const AzureResource *f = byId.value(r.id);
                if (!f) {
                    if (byFoldedId.isEmpty()) {
                        byFoldedId.reserve(found.size());
                        for (const AzureResource &x : found)
                            byFoldedId.insert(folded(x.id), &x);
                    }
                    f = byFoldedId.value(folded(r.id));
                }
                if (f) {
                    r.publicIpAddresses = f->publicIpAddresses;
                    r.fqdns = f->fqdns;
                }
                r.unknownFields &= quint8(~AzureResource::UnknownEndpoints);
            }
            h.unfilledMask &= quint8(~mask);
        }
    }

    /** Held subscriptions complete: endpoints known when `filled`, else marked unknown. */
    void deliverFilled(QList<Held> held, bool filled)
    {
        QStringList ids;
        QList<AzureResource> all;
        for (Held &h : held) {
            ids << h.subscriptionId;
            heldResources -= h.resources.size();
            if (filled) {
                for (AzureResource &r : h.resources)
                    r.unknownFields &= quint8(~AzureResource::UnknownEndpoints);
            }
            result.outcomes.append(
                SubscriptionOutcome{h.subscriptionId, {}, int(h.resources.size())});
            if (all.isEmpty())
                all = std::move(h.resources);
            else
                all.append(std::move(h.resources));
        }
        subscriptionsDone += int(ids.size());
        Q_EMIT q->subscriptionsFinished(ids, all);
        disposeInBackground(std::move(all));
        Q_EMIT q->progress(subscriptionsDone, int(subscriptionIds.size()), resourcesSoFar);
    }

    /**
     * Held subscriptions are filled through their providers' own lists (one GET per endpoint
     * type present, each on the subscription's bucket) instead of waiting for the next
     * Resource Graph window, when that window is spent, its reset is more than a few list
     * latencies away, and the ARM lane has nothing better to do (nothing pending) or must
     * release held rows (their bound). Otherwise the fill query is cheaper: one query
     * completes ~85 subscriptions, where this costs ~2 requests per subscription.
     */
    bool armFillWanted() const
    {
        if (!hybrid() || graphDenied || armFillDenied || awaitingFill.isEmpty() || paused)
            return false;
        if (!pending.empty() && !heldCapReached())
            return false;
        // Room in the window: only for the types its fills will not take (fillMask()).
        if (pacer()->room() > 0 && fillMask() == allEndpointTypes())
            return false;
        const double latency = armLatencyMs > 0 ? armLatencyMs : 100.0;
        return double(pacer()->msUntilReset()) > std::max(500.0, 4.0 * latency);
    }

    static quint8 allEndpointTypes() { return quint8((1u << endpointTypes().size()) - 1); }

    static int listsFor(const Held &h)
    {
        int n = 0;
        for (std::size_t i = 0; i < endpointTypes().size(); ++i)
            n += (h.unfilledMask >> i) & 1u;
        return n;
    }

    static bool armFillable(const Held &h)
    {
        if (h.armFillFailed)
            return false;
        for (std::size_t i = 0; i < endpointTypes().size(); ++i) {
            if (((h.unfilledMask >> i) & 1u) && endpointTypes()[i].providerList.isEmpty())
                return false; // slots: no subscription-wide list
        }
        return true;
    }

    bool armFillSlotsFree(const Held &h) const
    {
        const int busy = armLaneBusy();
        return busy == 0 || busy + listsFor(h) <= armLimit; // an idle lane always takes one
    }

    void startArmFill(Held h)
    {
        auto fill = std::make_shared<ArmFill>();
        fill->listsRunning = listsFor(h);
        const QString id = h.subscriptionId;
        const quint8 mask = h.unfilledMask;
        fill->held = std::move(h);
        armFillLists += fill->listsRunning;
        ++stats.armFilledSubscriptions;
        for (std::size_t i = 0; i < endpointTypes().size(); ++i) {
            if (!((mask >> i) & 1u))
                continue;
            ++stats.armEndpointLists;
            const EndpointType &t = endpointTypes()[i];
            const QUrl url = arm()->url(
                u"/subscriptions/"_s + id + u"/providers/"_s + t.providerList, t.apiVersion);
            listEndpointsViaArm(url,
                                [this, fill](const AzureError &error, QList<AzureResource> found) {
                                    --armFillLists;
                                    if (error.isError() && !fill->error.isError())
                                        fill->error = error;
                                    fill->found.append(std::move(found));
                                    if (--fill->listsRunning == 0)
                                        armFillDone(fill);
                                    else
                                        launch();
                                });
        }
    }

    void armFillDone(const std::shared_ptr<ArmFill> &fill)
    {
        if (fill->error.isError()) {
            // Not lost: it waits for the Resource Graph fill. A refusal holds for every
            // subscription alike, so no further ARM fills are tried.
            qCWarning(lcAzure) << "endpoint list of subscription" << fill->held.subscriptionId
                               << "failed:" << fill->error.code << "; waiting for Resource Graph";
            if (fill->error.kind == AzureErrorKind::AuthorizationFailed ||
                fill->error.kind == AzureErrorKind::NotFound)
                armFillDenied = true;
            fill->held.armFillFailed = true;
            addAwaiting(std::move(fill->held), true);
            return launch();
        }
        QList<Held> one{std::move(fill->held)};
        applyEndpoints(fill->found, &one, one.first().unfilledMask);
        deliverFilled(std::move(one), true);
        launch();
    }

    // One provider's list of a subscription (with properties), decoded on a pool thread into
    // the endpoint columns Resource Graph would project.
    void listEndpointsViaArm(const QUrl &url, ListDone done)
    {
        auto found = std::make_shared<QList<AzureResource>>();
        arm()->getAllPagesRaw(
            url, q,
            [this, found](const QByteArray &raw, ArmClient::RawPageResume resume) {
                ++armDecoding; // its slot is free while the pool decodes
                launch();
                runInBackground(
                    q,
                    [raw] {
                        DecodedList d;
                        ArmResourcePage page;
                        if (AzureParsers::armEndpointPage(raw, &page, &d.error)) {
                            d.nextLink = std::move(page.nextLink);
                            d.resources = std::move(page.resources);
                        }
                        return d;
                    },
                    [this, found, resume = std::move(resume)](DecodedList d) {
                        if (!running)
                            return;
                        --armDecoding;
                        found->append(std::move(d.resources));
                        resume(d.nextLink, d.error);
                    });
            },
            [this, found, done = std::move(done)](const AzureError &error) {
                if (running)
                    done(error, error.isError() ? QList<AzureResource>() : std::move(*found));
            });
    }

    QByteArray queryBody(const Batch &batch, const QString &skipToken) const
    {
        QJsonObject options{{u"resultFormat"_s, u"objectArray"_s}, {u"$top"_s, 1000}};
        if (!skipToken.isEmpty())
            options.insert(u"$skipToken"_s, skipToken);
        QJsonObject body{{u"subscriptions"_s, QJsonArray::fromStringList(batch.subscriptionIds)},
                         {u"query"_s, batch.fill ? fillQuery(batch.fillMask)
                                                 : resourceGraphQuery(includeProperties)},
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

    /** One page of an ARM list, decoded on a worker thread. */
    struct DecodedList
    {
        AzureError error;
        QString nextLink;
        QList<AzureResource> resources;
    };

    static Decoded decode(const QByteArray &raw, bool keepProperties)
    {
        // Straight from the bytes (about 4x faster than a QJsonDocument per page); anything
        // unusual falls back to the document path inside, with the same results.
        Decoded d;
        ResourceGraphResources page;
        if (!AzureParsers::resourceGraphResources(raw, keepProperties, &page, &d.error))
            return d;
        d.skipToken = page.skipToken;
        d.truncated = page.resultTruncated;
        d.resources = std::move(page.resources);
        return d;
    }

    void queryPage(const std::shared_ptr<Batch> &batch, const QString &skipToken)
    {
        // Hybrid: a page goes when the window has room for it; until then it waits here
        // (and its batch may still be stolen for the ARM lane). ArmClient paces anyway.
        if (hybrid() && pacer()->room() <= 0) {
            batch->waiting = true;
            batch->nextSkipToken = skipToken;
            waitingBatches.append(batch);
            return;
        }
        sendPage(batch, skipToken);
    }

    void sendPage(const std::shared_ptr<Batch> &batch, const QString &skipToken)
    {
        ++stats.resourceGraphQueries;
        qCDebug(lcAzure).nospace()
            << clock.elapsed() << " ms: Resource Graph page " << (batch->fill ? "(fill) " : "")
            << batch->pages + 1 << ", room " << pacer()->room();
        const QUrl url = arm()->url(u"/providers/Microsoft.ResourceGraph/resources"_s,
                                    ApiVersion::ResourceGraph);
        arm()->postRaw(url, queryBody(*batch, skipToken), q,
                       [this, batch, skipToken](const ArmResponse &r) {
                           if (!running)
                               return;
                           if (r.error.isError()) {
                               if (batch->fill) {
                                   // Degraded, not lost: the ARM lists are delivered with
                                   // their endpoints marked unknown.
                                   qCWarning(lcAzure) << "endpoint fill failed:" << r.error.code;
                                   if (r.error.kind == AzureErrorKind::AuthorizationFailed)
                                       graphDenied = true;
                                   return fillDone(batch, false);
                               }
                               if (r.error.kind == AzureErrorKind::AuthorizationFailed ||
                                   r.error.kind == AzureErrorKind::HttpError ||
                                   r.error.kind == AzureErrorKind::NotFound) {
                                   qCDebug(lcAzure) << "Resource Graph refused (" << r.error.code
                                                    << "); listing resources per subscription";
                                   if (r.error.kind == AzureErrorKind::AuthorizationFailed)
                                       graphDenied = true;
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
            if (batch->fill)
                return fillDone(batch, false);
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
                if (batch->fill)
                    return fillDone(batch, false);
                return batchFailed(batch, e);
            }
            batch->seenSkipTokens.insert(d.skipToken);
            return queryPage(batch, d.skipToken);
        }
        if (d.truncated) {
            // No $skipToken although truncated: the rows are incomplete.
            if (batch->fill)
                return fillDone(batch, false);
            resourcesSoFar -= batch->resources.size();
            batch->resources.clear();
            return fallback(batch);
        }
        if (batch->fill)
            return fillDone(batch, true);
        batchSucceeded(batch);
    }

    void batchSucceeded(const std::shared_ptr<Batch> &batch)
    {
        armRowsSeen += batch->resources.size();
        armSubscriptionsSeen += batch->subscriptionIds.size();
        for (const AzureResource &r : std::as_const(batch->resources))
            armEndpointRowsSeen += isEndpointType(r.type) ? 1 : 0;
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
            listViaArm(id,
                       [this, batch, id](const AzureError &error, QList<AzureResource> resources) {
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
    // Pages are decoded on a pool thread, like Resource Graph's (thousands of lists).
    void listViaArm(const QString &id, ListDone done, bool lane = false)
    {
        auto resources = std::make_shared<QList<AzureResource>>();
        const QUrl url =
            arm()->url(u"/subscriptions/"_s + id + u"/resources"_s, ApiVersion::Resources);
        arm()->getAllPagesRaw(
            url, q,
            [this, id, resources, lane](const QByteArray &raw, ArmClient::RawPageResume resume) {
                if (lane) {
                    ++armDecoding; // its slot is free while the pool decodes
                    launch();
                }
                runInBackground(
                    q,
                    [raw, id, include = includeProperties] {
                        DecodedList d;
                        ArmResourcePage page;
                        if (!AzureParsers::armResourcePage(raw, include, &page, &d.error))
                            return d;
                        d.nextLink = std::move(page.nextLink);
                        d.resources = std::move(page.resources);
                        for (AzureResource &r : d.resources) {
                            if (r.subscriptionId.isEmpty())
                                r.subscriptionId = id;
                        }
                        markArmListed(&d.resources, include);
                        return d;
                    },
                    [this, resources, lane, resume = std::move(resume)](DecodedList d) {
                        if (!running)
                            return;
                        armDecoding -= lane ? 1 : 0;
                        resourcesSoFar += d.resources.size();
                        if (resources->isEmpty())
                            *resources = std::move(d.resources);
                        else
                            resources->append(std::move(d.resources));
                        resume(d.nextLink, d.error);
                    });
            },
            [this, resources, done = std::move(done)](const AzureError &error) {
                if (!running)
                    return;
                if (error.isError()) {
                    resourcesSoFar -= resources->size();
                    resources->clear();
                }
                done(error, std::exchange(*resources, {}));
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
            listViaArm(
                id, [this, batch, id](const AzureError &error, QList<AzureResource> resources) {
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
        result.stats = stats;
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
        pending.clear();
        waitingBatches.clear();
        awaitingFill.clear();
        heldResources = 0;
        runningBatches = 0;
        armRunning = 0;
        runningFills = 0;
        armFillLists = 0;
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

void ResourceDiscovery::setMaxHeldResources(int resources)
{
    d->maxHeldResources = resources;
}

void ResourceDiscovery::setStrategy(Strategy strategy)
{
    d->strategy = strategy;
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
