#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace atc {

class ConnectorRuntime;

/**
 * Runs tenant and subscription connectors on their polling frequencies while the application
 * or `atc daemon` runs. Next-run times are stored absolute in the inventory, so runs missed
 * while nothing was running are due once at start (not once per missed period). One QTimer,
 * armed for the earliest due time (at most an hour ahead, to follow clock changes); re-armed
 * after every run and whenever setEnabled()/poke() is called. Disabled tenant connectors
 * (ConnectorProfile::enabled false) are skipped, with their subscription connectors; when
 * ConnectorRuntime::setProfiles() enables one again it looks at once (profilesChanged), and the
 * profile is due per its stored next run.
 */
class Scheduler : public QObject
{
    Q_OBJECT
public:
    explicit Scheduler(ConnectorRuntime *runtime, QObject *parent = nullptr);

    /** Starts (checks at once) or stops. */
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    /** Re-check now (profiles changed, a run finished elsewhere …). */
    void poke();
    QDateTime nextWakeUp() const { return m_nextWakeUp; }

Q_SIGNALS:
    /** The scheduler started a run (tenant or some subscription connectors). */
    void runScheduled(const QString &profileId, bool tenant, int connectors);

private:
    void check();
    void arm();

    ConnectorRuntime *m_runtime;
    QTimer m_timer;
    bool m_enabled = false;
    QDateTime m_nextWakeUp;
};

} // namespace atc
