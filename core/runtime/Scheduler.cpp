#include "Scheduler.h"

#include "ConnectorRuntime.h"

namespace atc {

namespace {
constexpr qint64 MaxSleepMs = 60 * 60 * 1000;
constexpr qint64 BusyRetryMs = 60 * 1000; ///< another process holds the lock: look again later
} // namespace

Scheduler::Scheduler(ConnectorRuntime *runtime, QObject *parent)
    : QObject(parent), m_runtime(runtime)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::check);
    // A profile enabled again (or edited) may be due at once.
    connect(m_runtime, &ConnectorRuntime::profilesChanged, this, &Scheduler::poke);
    connect(m_runtime, &ConnectorRuntime::runFinished, this, [this] {
        if (m_enabled)
            m_timer.start(0); // look again on the next turn of the event loop
    });
}

void Scheduler::setEnabled(bool on)
{
    m_enabled = on;
    if (on)
        m_timer.start(0);
    else
        m_timer.stop();
}

void Scheduler::poke()
{
    if (m_enabled)
        m_timer.start(0);
}

void Scheduler::check()
{
    if (!m_enabled)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool busyElsewhere = false;
    const auto profiles = m_runtime->profiles();
    for (const auto &p : profiles) {
        if (!p.enabled || m_runtime->isRunning(p.id))
            continue; // a disabled tenant connector runs neither itself nor its subscriptions
        if (!m_runtime->invalidReason(p.id).isEmpty())
            continue; // invalid (ProfileValidator): skipped; the owner reports it
        const ConnectorRuntime::DueWork work = m_runtime->dueWork(p.id, now);
        if (work.isEmpty())
            continue;
        const ConnectorRuntime::StartResult r =
            work.tenant ? m_runtime->runTenant(p.id)
                        : m_runtime->runSubscriptionConnectors(p.id, work.connectorIds);
        if (r == ConnectorRuntime::StartResult::Started)
            Q_EMIT runScheduled(p.id, work.tenant, int(work.connectorIds.size()));
        else if (r == ConnectorRuntime::StartResult::Busy)
            busyElsewhere = true;
    }
    arm();
    if (busyElsewhere && (!m_timer.isActive() || m_timer.remainingTime() > BusyRetryMs)) {
        m_timer.start(int(BusyRetryMs));
        m_nextWakeUp = now.addMSecs(BusyRetryMs);
    }
}

void Scheduler::arm()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 sleep = MaxSleepMs;
    const auto profiles = m_runtime->profiles();
    for (const auto &p : profiles) {
        if (!p.enabled || !m_runtime->invalidReason(p.id).isEmpty())
            continue; // never due; poke() after enabling or correcting it
        if (m_runtime->isRunning(p.id))
            continue; // re-armed when it finishes
        const QDateTime due = m_runtime->nextDue(p.id);
        // Due already but not started (refused): retry later, not in a busy loop.
        const qint64 ms = due.isValid() ? now.msecsTo(due) : BusyRetryMs;
        sleep = qMin(sleep, qMax<qint64>(ms <= 0 ? BusyRetryMs : ms, 1000));
    }
    m_nextWakeUp = now.addMSecs(sleep);
    m_timer.start(int(sleep));
}

} // namespace atc
