#include "AzureSupport.h"

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include "RunToEnd.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
};

QString statusWord(ConnectionTester::StepStatus s)
{
    switch (s) {
    case ConnectionTester::StepStatus::NotRun:
        return Azure::tr("not run");
    case ConnectionTester::StepStatus::Running:
        return Azure::tr("running");
    case ConnectionTester::StepStatus::Passed:
        return Azure::tr("passed");
    case ConnectionTester::StepStatus::Warning:
        return Azure::tr("warning");
    case ConnectionTester::StepStatus::Failed:
        return Azure::tr("failed");
    case ConnectionTester::StepStatus::Skipped:
        return Azure::tr("skipped");
    }
    return {};
}

QString statusKey(ConnectionTester::StepStatus s)
{
    static const char *const keys[] = {"notRun",  "running", "passed",
                                       "warning", "failed",  "skipped"};
    return QString::fromLatin1(keys[int(s)]);
}

QString stepKey(ConnectionTester::Step s)
{
    static const char *const keys[] = {"authorityReachable", "token", "managementGroups",
                                       "subscriptions", "writePermission"};
    return QString::fromLatin1(keys[int(s)]);
}

QJsonObject errorJson(const AzureError &e)
{
    return QJsonObject{{u"kind"_s, AzureError::kindName(e.kind)},
                       {u"code"_s, e.code},
                       {u"httpStatus"_s, e.httpStatus},
                       {u"scope"_s, e.scope},
                       {u"message"_s, e.message()},
                       {u"advice"_s, e.advice()}};
}

} // namespace

int exitCodeFor(const AzureError &e)
{
    if (!e.isError())
        return ExitOk;
    if (e.kind == AzureErrorKind::Cancelled)
        return ExitCancelled;
    if (e.kind == AzureErrorKind::InvalidInput)
        return ExitBadInput;
    if (e.isAuthenticationError())
        return ExitAuthFailure;
    if (e.isPermissionError())
        return ExitPermissionFailure;
    if (e.isNetworkError())
        return ExitNetworkFailure;
    return ExitFailure;
}

QJsonObject snapshotJson(const TenantSnapshot &s)
{
    QJsonArray groups;
    for (const ManagementGroup &g : s.managementGroups)
        groups.append(QJsonObject{
            {u"id"_s, g.id},
            {u"name"_s, g.name},
            {u"displayName"_s, g.displayName},
            {u"parentId"_s, g.parentName.isEmpty() ? QJsonValue() : QJsonValue(g.parentName)}});
    QJsonArray subs;
    for (const Subscription &x : s.subscriptions)
        subs.append(QJsonObject{
            {u"subscriptionId"_s, x.subscriptionId},
            {u"displayName"_s, x.displayName},
            {u"state"_s, x.stateText.isEmpty() ? subscriptionStateToString(x.state) : x.stateText},
            {u"managementGroupId"_s,
             x.managementGroupName.isEmpty() ? QJsonValue() : QJsonValue(x.managementGroupName)}});
    return QJsonObject{{u"tenantId"_s, s.tenantId},
                       {u"rootGroupReadable"_s, s.rootGroupReadable},
                       {u"managementGroups"_s, groups},
                       {u"subscriptions"_s, subs}};
}

QJsonObject resourceJson(const AzureResource &r)
{
    QJsonObject tags;
    for (auto it = r.tags.begin(); it != r.tags.end(); ++it)
        tags.insert(it.key(), it.value());
    return QJsonObject{{u"id"_s, r.id},
                       {u"name"_s, r.name},
                       {u"type"_s, r.type},
                       {u"location"_s, r.location},
                       {u"resourceGroup"_s, r.resourceGroup},
                       {u"subscriptionId"_s, r.subscriptionId},
                       {u"tags"_s, tags}};
}

void printTree(const CliContext &ctx, const TenantSnapshot &s)
{
    QHash<QString, QList<const ManagementGroup *>> children;
    QHash<QString, QList<const Subscription *>> subsOf;
    for (const ManagementGroup &g : s.managementGroups)
        children[g.parentName.toCaseFolded()].append(&g);
    for (const Subscription &x : s.subscriptions)
        subsOf[x.managementGroupName.toCaseFolded()].append(&x);
    std::function<void(const QString &, int)> walk = [&](const QString &parent, int depth) {
        const QString indent(depth * 2, u' ');
        for (const Subscription *x : subsOf.value(parent.toCaseFolded())) {
            ctx.out << indent << u"- "_s << printable(x->displayName) << u" ("_s
                    << printable(x->subscriptionId) << u", "_s
                    << subscriptionStateToString(x->state) << u")"_s
                    << (x->isConnectable() ? QString() : u"  "_s + Azure::tr("[not connected]"))
                    << Qt::endl;
        }
        for (const ManagementGroup *g : children.value(parent.toCaseFolded())) {
            ctx.out << indent << u"+ "_s << printable(g->displayName) << u" ["_s
                    << printable(g->name) << u"]"_s << Qt::endl;
            walk(g->name, depth + 1);
        }
    };
    walk(QString(), 0);
}

void printSteps(const CliContext &ctx, const ConnectionTester::Result &r)
{
    for (const ConnectionTester::StepResult &s : r.steps) {
        ctx.out << u"["_s << statusWord(s.status) << u"] "_s << printable(s.title);
        if (!s.message.isEmpty())
            ctx.out << u": "_s << printable(s.message);
        ctx.out << Qt::endl;
        if (!s.advice.isEmpty())
            ctx.out << u"    "_s << printable(s.advice) << Qt::endl;
    }
    ctx.out.flush();
}

QJsonObject testResultJson(const ConnectionTester::Result &r)
{
    QJsonArray steps;
    for (const ConnectionTester::StepResult &s : r.steps)
        steps.append(QJsonObject{{u"step"_s, stepKey(s.step)},
                                 {u"status"_s, statusKey(s.status)},
                                 {u"title"_s, s.title},
                                 {u"message"_s, s.message},
                                 {u"advice"_s, s.advice}});
    QJsonObject o{{u"ok"_s, r.ok}, {u"steps"_s, steps}};
    if (r.error.isError())
        o.insert(u"error"_s, errorJson(r.error));
    o.insert(u"tenant"_s, snapshotJson(r.snapshot));
    return o;
}

/** Runs a ConnectionTester to its end. */
ConnectionTester::Result runTester(const CliContext &ctx, AzureSession *session, bool write,
                                   bool verbose)
{
    ConnectionTester tester(session, write);
    QObject::connect(&tester, &ConnectionTester::stepChanged, &tester,
                     [&ctx, verbose](const ConnectionTester::StepResult &s) {
                         if (verbose && s.status == ConnectionTester::StepStatus::Running)
                             ctx.progress(s.title + u"…"_s);
                     });
    using Result = ConnectionTester::Result;
    return runToEnd<Result>([&](const std::function<void(Result)> &finish) {
        QObject::connect(&tester, &ConnectionTester::finished, &tester, finish);
        tester.start();
    });
}

Discovery runDiscovery(const CliContext &ctx, AzureSession *session, bool withResources,
                       bool verbose)
{
    Discovery d;
    TenantDiscovery td(session);
    QObject::connect(&td, &TenantDiscovery::progress, &td, [&ctx, verbose](const QString &text) {
        if (verbose)
            ctx.progress(text);
    });
    d.tenant = runToEnd<TenantDiscovery::Result>(
        [&td](const std::function<void(TenantDiscovery::Result)> &finish) {
            QObject::connect(&td, &TenantDiscovery::finished, &td, finish);
            td.start();
        });
    if (d.tenant.error.isError() || !withResources)
        return d;

    QStringList ids;
    for (const Subscription &s : d.tenant.snapshot.subscriptions) {
        if (s.isConnectable())
            ids.append(s.subscriptionId);
    }
    d.ranResources = true;
    ResourceDiscovery rd(session, ids);
    int lastReported = -1;
    QObject::connect(&rd, &ResourceDiscovery::progress, &rd,
                     [&ctx, &lastReported, verbose](int done, int total, qint64 count) {
                         if (!verbose || done == lastReported)
                             return;
                         lastReported = done;
                         ctx.progress(Azure::tr("Resources: %1 of %2 subscriptions, %3 resources")
                                          .arg(done)
                                          .arg(total)
                                          .arg(count));
                     });
    QObject::connect(
        &rd, &ResourceDiscovery::subscriptionsFinished, &rd,
        [&d](const QStringList &, const QList<AzureResource> &list) { d.resourceList += list; });
    d.resources = runToEnd<ResourceDiscovery::Result>(
        [&rd](const std::function<void(ResourceDiscovery::Result)> &finish) {
            QObject::connect(&rd, &ResourceDiscovery::finished, &rd, finish);
            rd.start();
        });
    return d;
}

} // namespace atc::cli
