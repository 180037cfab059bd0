#pragma once

#include "QualysFakeState.h"

namespace atc::emulator::qualys {

/**
 * What the platform does on its own (reference §12.6), driven by the simulated clock.
 * Time moves in ticks of at most one minute; each tick:
 *   1. members: PROCESSING → FINISHED_SUCCESS / FINISHED_ERRORS, QUEUED → PROCESSING,
 *      finished members due again (runFrequency) → QUEUED;
 *   2. enabled tenant connectors that are due sync: read the Azure view, create one QUEUED
 *      member per new in-scope subscription, set lastSynced/lastError, schedule the next
 *      sync orgRunFrequency minutes later.
 * A new tenant connector is due at once, so its first sync happens on the next tick.
 */
class QualysSimulation
{
public:
    explicit QualysSimulation(QualysFakeState &state) : m_state(state) {}

    /** At most 30 days per call; 0 runs one tick without moving time. */
    void advance(qint64 seconds);
    void tick();
    /** The Azure error a sync or member run with these credentials meets; empty = none. */
    QString azureError(const QString &tenantId, const QString &applicationId,
                       const QString &secret) const;

    static constexpr qint64 TickSecs = 60;
    static constexpr qint64 MaxAdvanceSecs = 30LL * 24 * 3600;

private:
    void runMembers();
    void syncTenant(QualysTenantConnector &t);
    QStringList inScopeSubscriptions(const QualysTenantConnector &t) const;
    bool underGroup(const QString &groupId, const QString &ancestorId) const;

    QualysFakeState &m_state;
};

} // namespace atc::emulator::qualys
