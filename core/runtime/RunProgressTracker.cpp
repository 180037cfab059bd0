#include "RunProgressTracker.h"

#include <algorithm>

namespace atc {

namespace {

// Where each phase starts, in percent (tenant mode). Resources span [10, 97].
constexpr int kTokenStart = 1;
constexpr int kSubscriptionsStart = 3;
constexpr int kGroupsStart = 6;
constexpr int kReconcileStart = 9;
constexpr int kResourcesStart = 10;
constexpr int kResourcesEnd = 97;
constexpr int kFinishing = 98;

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

} // namespace

RunProgressTracker::RunProgressTracker(bool tenantMode) : m_tenantMode(tenantMode) {}

void RunProgressTracker::discoveryStep(const QString &text)
{
    // TenantDiscovery signs in, reads the subscriptions, then the groups (one step each).
    ++m_discoverySteps;
    m_progress.step = text;
    m_progress.phase = m_discoverySteps == 1   ? RunProgress::Phase::Token
                       : m_discoverySteps == 2 ? RunProgress::Phase::Subscriptions
                                               : RunProgress::Phase::Groups;
    update();
}

void RunProgressTracker::reconciling()
{
    m_progress.phase = RunProgress::Phase::Reconcile;
    m_progress.step.clear();
    update();
}

void RunProgressTracker::readingResources(int subscriptions, qint64 previousAssets)
{
    m_progress.phase = RunProgress::Phase::Resources;
    m_progress.step.clear();
    m_progress.subscriptionsTotal = subscriptions;
    m_previousAssets = std::max<qint64>(0, previousAssets);
    update();
}

void RunProgressTracker::resourcesRead(int subscriptionsDone, int subscriptionsTotal,
                                       qint64 resources)
{
    m_progress.subscriptionsDone = std::max(m_progress.subscriptionsDone, subscriptionsDone);
    if (subscriptionsTotal > 0)
        m_progress.subscriptionsTotal = subscriptionsTotal;
    m_progress.resourcesRead = std::max<qint64>(0, resources);
    update();
}

void RunProgressTracker::resourcesWritten(qint64 resources, int subscriptions)
{
    m_progress.resourcesWritten += std::max<qint64>(0, resources);
    m_subscriptionsWritten += std::max(0, subscriptions);
    update();
}

void RunProgressTracker::finishing()
{
    m_progress.phase = RunProgress::Phase::Finishing;
    update();
}

void RunProgressTracker::done()
{
    m_progress.phase = RunProgress::Phase::Done;
    m_progress.percent = 100;
}

qint64 RunProgressTracker::estimate() const
{
    const RunProgress &p = m_progress;
    const qint64 seen = std::max(p.resourcesRead, p.resourcesWritten);
    if (p.subscriptionsTotal > 0 && p.subscriptionsDone >= p.subscriptionsTotal)
        return seen; // everything is read: exact
    if (m_previousAssets > 0)
        return std::max(m_previousAssets, seen);
    if (p.subscriptionsDone > 0 && p.subscriptionsTotal > 0) {
        // Resources per finished subscription × subscriptions; refined with each one.
        const double perSubscription = double(p.resourcesRead) / p.subscriptionsDone;
        return std::max(seen, qint64(perSubscription * p.subscriptionsTotal + 0.5));
    }
    return 0;
}

void RunProgressTracker::update()
{
    RunProgress &p = m_progress;
    if (p.phase == RunProgress::Phase::Done)
        return;
    int target = 0;
    switch (p.phase) {
    case RunProgress::Phase::Starting:
        target = 0;
        break;
    case RunProgress::Phase::Token:
        target = kTokenStart;
        break;
    case RunProgress::Phase::Subscriptions:
        target = kSubscriptionsStart;
        break;
    case RunProgress::Phase::Groups:
        target = kGroupsStart;
        break;
    case RunProgress::Phase::Reconcile:
        target = kReconcileStart;
        break;
    case RunProgress::Phase::Resources: {
        p.resourcesEstimate = estimate();
        const double total = std::max(1, p.subscriptionsTotal);
        double read = p.subscriptionsDone / total;
        double written = m_subscriptionsWritten / total;
        if (p.resourcesEstimate > 0) {
            read = std::max(read, double(p.resourcesRead) / double(p.resourcesEstimate));
            written = std::max(written, double(p.resourcesWritten) / double(p.resourcesEstimate));
        } else if (p.resourcesRead > 0) {
            // Nothing to extrapolate from yet: creep with the pages, never reaching the end.
            const double r = double(p.resourcesRead);
            read += (1.0 - read) * 0.5 * r / (r + 10000.0);
        }
        const double fraction = 0.5 * clamp01(read) + 0.5 * clamp01(written);
        const int start = m_tenantMode ? kResourcesStart : 0;
        // Below the end until the phase is over: an estimate can be short.
        target = std::min(kResourcesEnd - 1, start + int(fraction * double(kResourcesEnd - start)));
        break;
    }
    case RunProgress::Phase::Finishing:
        target = kFinishing;
        break;
    case RunProgress::Phase::Done:
        target = 100;
        break;
    }
    p.percent = std::clamp(std::max(p.percent, target), 0, 99);
}

} // namespace atc
