#pragma once

#include <QString>
#include <QtGlobal>

namespace atc {

/**
 * Where a run is, for a progress bar and one line of text (ConnectorRuntime::runProgress, the
 * window's status bar, `atc run` on a terminal). Made by RunProgressTracker.
 *
 *   Tenant mode:  Token ─▶ Subscriptions ─▶ Groups ─▶ Reconcile ─▶ Resources ─▶ Finishing ─▶ Done
 *                 0 %      ~3 %             ~6 %      ~9 %         10…97 %      98–99 %      100 %
 *   Subscriptions mode: Resources (0…97 %) ─▶ Finishing ─▶ Done
 *
 * `percent` never goes backwards and stays below 100 until the run is done.
 */
struct RunProgress
{
    enum class Phase
    {
        Starting,
        Token,         ///< signing in
        Subscriptions, ///< reading the tenant's subscriptions
        Groups,        ///< reading the management-group hierarchy
        Reconcile,     ///< updating the subscription connectors
        Resources,     ///< reading resources and writing them to the inventory
        Finishing,     ///< the connectors' states and the run record
        Done,
    };

    Phase phase = Phase::Starting;
    int percent = 0;            ///< 0…99 while running (never backwards), 100 when done
    int subscriptionsDone = 0;  ///< subscriptions whose resources were read
    int subscriptionsTotal = 0; ///< subscriptions this run reads (0 before the reconcile)
    qint64 resourcesRead = 0;
    qint64 resourcesWritten = 0;  ///< resources stored in the inventory (new, changed, same)
    qint64 resourcesEstimate = 0; ///< expected resources in all; 0 = not known yet
    QString step;                 ///< the tenant discovery's own words, in its phases

    /** One translated line: "Reading resources: 312 of 2,000 subscriptions, 31,200 of
     *  ~200,000 resources written". */
    QString text() const;

    bool operator==(const RunProgress &o) const;
    bool operator!=(const RunProgress &o) const { return !(*this == o); }
};

} // namespace atc
