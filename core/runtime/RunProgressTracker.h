#pragma once

#include "RunProgress.h"

namespace atc {

/**
 * Turns a run's events into a RunProgress whose percentage moves with the work. No I/O, no
 * timers (ConnectorRun rate-limits what it emits).
 *
 * In the resources phase half of the span is reading and half is writing. Each half is the
 * larger of "subscriptions done / subscriptions" and "resources / estimated resources". The
 * estimate is the previous inventory of the subscriptions read (a later run), else, once a
 * subscription is done, resources read per finished subscription × subscriptions (refined with
 * every one); before either is known the reading half creeps with the pages read. The
 * percentage is kept monotone and below the phase's end until the phase is over.
 */
class RunProgressTracker
{
public:
    explicit RunProgressTracker(bool tenantMode = true);

    /** A step of the tenant discovery (its words): Token, then Subscriptions, then Groups. */
    void discoveryStep(const QString &text);
    void reconciling();
    /** Resources of `subscriptions` are read next; `previousAssets`: their last inventory. */
    void readingResources(int subscriptions, qint64 previousAssets);
    /** ResourceDiscovery::progress. */
    void resourcesRead(int subscriptionsDone, int subscriptionsTotal, qint64 resources);
    /** A batch was stored: `resources` rows and `subscriptions` subscriptions more. */
    void resourcesWritten(qint64 resources, int subscriptions);
    void finishing();
    void done();

    const RunProgress &current() const { return m_progress; }

private:
    void update();
    qint64 estimate() const;

    RunProgress m_progress;
    bool m_tenantMode;
    int m_discoverySteps = 0;
    qint64 m_previousAssets = 0;
    int m_subscriptionsWritten = 0;
};

} // namespace atc
