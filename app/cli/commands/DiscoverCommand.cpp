// atc discover — documented in docs/cli.md.

#include "DiscoverCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include "AzureSupport.h"
#include "azure/AzureSession.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
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
}

int DiscoverCommand::run(CliContext &ctx, const CommandArgs &p)
{
    const bool json = p.json();
    Target t;
    if (int rc = targetFromOptions(ctx, p, &t); rc != ExitOk)
        return rc;
    if (int rc = resolveSecret(ctx, &t); rc != ExitOk)
        return rc;

    QNetworkAccessManager nam;
    configureProxy(ctx, &nam);
    const std::unique_ptr<AzureSession> session = t.createSession(&nam);
    const bool withResources = p.isSet(u"resources"_s);
    const Discovery d = runDiscovery(ctx, session.get(), withResources, true);
    if (d.tenant.error.isError()) {
        ctx.error(d.tenant.error.fullText());
        return exitCodeFor(d.tenant.error);
    }
    if (d.tenant.rootError.isError())
        ctx.err << printableLines(Azure::tr("atc: warning: %1").arg(d.tenant.rootError.fullText()))
                << Qt::endl;
    int failedSubs = 0;
    for (const ResourceDiscovery::SubscriptionOutcome &o : d.resources.outcomes) {
        if (o.error.isError()) {
            ++failedSubs;
            ctx.err << printableLines(Azure::tr("atc: warning: subscription %1: %2")
                                          .arg(o.subscriptionId, o.error.fullText()))
                    << Qt::endl;
        }
    }
    if (json) {
        QJsonObject o = snapshotJson(d.tenant.snapshot);
        if (withResources) {
            QJsonArray resources;
            for (const AzureResource &r : d.resourceList)
                resources.append(resourceJson(r));
            o.insert(u"resources"_s, resources);
        }
        ctx.printJson(o);
    } else {
        const TenantSnapshot &s = d.tenant.snapshot;
        ctx.out << Azure::tr("Tenant %1: %n management group(s)", nullptr,
                             int(s.managementGroups.size()))
                       .arg(printable(s.tenantId))
                << u", "_s << Azure::tr("%n subscription(s)", nullptr, int(s.subscriptions.size()))
                << Qt::endl;
        printTree(ctx, s);
        if (withResources)
            ctx.out << Azure::tr("%n resource(s)", nullptr, int(d.resourceList.size())) << Qt::endl;
    }
    ctx.out.flush();
    if (d.resources.error.isError())
        return exitCodeFor(d.resources.error);
    return failedSubs > 0 ? ExitFailure : ExitOk;
}

} // namespace atc::cli
