#include "RunProgress.h"

#include <QCoreApplication>
#include <QLocale>

namespace atc {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(atc::RunProgress)
};

} // namespace

QString RunProgress::text() const
{
    const QLocale locale;
    switch (phase) {
    case Phase::Starting:
        return Words::tr("Starting…");
    case Phase::Token:
    case Phase::Subscriptions:
    case Phase::Groups:
        return step.isEmpty() ? Words::tr("Discovering the tenant…") : step;
    case Phase::Reconcile:
        return Words::tr("Updating the subscription connectors…");
    case Phase::Resources:
        if (resourcesEstimate > 0)
            return Words::tr("Reading resources: %1 of %2 subscriptions, %3 of ~%4 resources "
                             "written")
                .arg(locale.toString(subscriptionsDone), locale.toString(subscriptionsTotal),
                     locale.toString(resourcesWritten), locale.toString(resourcesEstimate));
        return Words::tr("Reading resources: %1 of %2 subscriptions, %3 resources written")
            .arg(locale.toString(subscriptionsDone), locale.toString(subscriptionsTotal),
                 locale.toString(resourcesWritten));
    case Phase::Finishing:
        return Words::tr("Saving the connectors' states…");
    case Phase::Done:
        return Words::tr("Done");
    }
    return {};
}

bool RunProgress::operator==(const RunProgress &o) const
{
    return phase == o.phase && percent == o.percent && subscriptionsDone == o.subscriptionsDone &&
           subscriptionsTotal == o.subscriptionsTotal && resourcesRead == o.resourcesRead &&
           resourcesWritten == o.resourcesWritten && resourcesEstimate == o.resourcesEstimate &&
           step == o.step;
}

} // namespace atc
