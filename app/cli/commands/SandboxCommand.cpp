// atc sandbox — documented in docs/cli.md.

#include "SandboxCommand.h"

#include <algorithm>
#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include "AzureSupport.h"
#include "SandboxHost.h"
#include "SandboxProfiles.h"
#include "azure/AzureSession.h"
#include "runtime/ConnectorRuntime.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
};

} // namespace

SandboxCommand::SandboxCommand()
    : Command("sandbox", QT_TRANSLATE_NOOP("atc", "try everything on the built-in sandbox tenant"))
{
    setDescription(Azure::tr("Starts the built-in sandbox tenant in this process, "
                             "tests the connection, discovers it and prints a "
                             "summary."));
}

int SandboxCommand::run(CliContext &ctx, const CommandArgs &)
{
    // The sandbox module, as the desktop's "Try the sandbox tenant": the in-process emulator
    // (living longer than the session below) and a profile of its tenant.
    SandboxHost host;
    const SandboxTenant sandbox = host.tenant();
    if (!sandbox.baseUrl.isValid()) {
        ctx.error(Azure::tr("The sandbox tenant could not start."));
        return ExitFailure;
    }
    ConnectorProfile profile;
    applySandboxTenant(profile, sandbox);
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); // loopback only
    // Default limits, no settings: the sandbox needs no CA file and no tuning.
    const std::unique_ptr<AzureSession> session(
        ConnectorRuntimeOptions().createSession(&nam, profile, sandbox.clientSecret));

    ctx.out << Azure::tr("Sandbox tenant \"%1\" (%2) served at %3")
                   .arg(sandbox.tenantName, sandbox.directoryId, sandbox.baseUrl.toString())
            << Qt::endl
            << Qt::endl
            << Azure::tr("Test connection:") << Qt::endl;
    const ConnectionTester::Result test = runTester(ctx, session.get(), false, false);
    printSteps(ctx, test);
    if (!test.ok) {
        ctx.error(test.error.fullText());
        return exitCodeFor(test.error);
    }

    const Discovery d = runDiscovery(ctx, session.get(), true, false);
    if (d.tenant.error.isError()) {
        ctx.error(d.tenant.error.fullText());
        return exitCodeFor(d.tenant.error);
    }
    const TenantSnapshot &s = d.tenant.snapshot;
    QHash<QString, int> perSub;
    QMap<QString, int> perType;
    int publicIps = 0, fqdns = 0;
    for (const AzureResource &r : d.resourceList) {
        ++perSub[r.subscriptionId.toCaseFolded()];
        ++perType[r.type.toLower()];
        publicIps += int(r.publicIpAddresses.size());
        fqdns += int(r.fqdns.size());
    }
    ctx.out << Qt::endl << Azure::tr("Management groups and subscriptions:") << Qt::endl;
    printTree(ctx, s);
    ctx.out << Qt::endl << Azure::tr("Resources per subscription:") << Qt::endl;
    for (const Subscription &x : s.subscriptions) {
        ctx.out << u"  "_s << printable(x.displayName).leftJustified(36) << u' '
                << (x.isConnectable()
                        ? QString::number(perSub.value(x.subscriptionId.toCaseFolded()))
                        : Azure::tr("%1, not connected").arg(subscriptionStateToString(x.state)))
                << Qt::endl;
    }
    QList<std::pair<int, QString>> types;
    for (auto it = perType.begin(); it != perType.end(); ++it)
        types.append({it.value(), it.key()});
    std::sort(types.begin(), types.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ctx.out << Qt::endl << Azure::tr("Most common resource types:") << Qt::endl;
    for (qsizetype i = 0; i < types.size() && i < 8; ++i)
        ctx.out << u"  "_s << QString::number(types[i].first).rightJustified(5) << u"  "_s
                << printable(types[i].second) << Qt::endl;
    // The targets themselves, as a perimeter scan would get them (atc perimeter-targets after
    // a run), not only their counts.
    ctx.out << Qt::endl
            << Azure::tr("Perimeter targets (public IP addresses and DNS names):") << Qt::endl;
    QList<std::pair<QString, const AzureResource *>> targets;
    for (const AzureResource &r : d.resourceList) {
        for (const QString &ip : r.publicIpAddresses)
            targets.append({ip, &r});
        for (const QString &fqdn : r.fqdns)
            targets.append({fqdn, &r});
    }
    std::sort(targets.begin(), targets.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    if (targets.isEmpty())
        ctx.out << u"  "_s << Azure::tr("none") << Qt::endl;
    for (const auto &[target, r] : std::as_const(targets))
        ctx.out << u"  "_s << printable(target).leftJustified(40) << u' ' << printable(r->name)
                << u" ("_s << printable(r->type) << u")"_s << Qt::endl;
    const AzureSession::Stats stats = session->stats();
    ctx.out << Qt::endl
            << Azure::tr("Total: %1 management groups, %2 subscriptions, %3 resources, %4 public "
                         "IP addresses, %5 DNS names (%6 requests).")
                   .arg(s.managementGroups.size())
                   .arg(s.subscriptions.size())
                   .arg(d.resourceList.size())
                   .arg(publicIps)
                   .arg(fqdns)
                   .arg(stats.requests)
            << Qt::endl
            << Qt::endl
            << Azure::tr("To use the desktop application: start azure-tenant-connector in a "
                         "desktop session (from a source tree: scripts/run.sh) and choose \"Try "
                         "the sandbox tenant\". To serve the sandbox to other tools: atc emulator "
                         "--sandbox.")
            << Qt::endl;
    ctx.out.flush();
    return ExitOk;
}

} // namespace atc::cli
