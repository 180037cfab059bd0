#include "TenantDiscovery.h"

#include <functional>

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "ArmClient.h"
#include "AzureLogging.h"
#include "AzureParsers.h"
#include "AzureSession.h"
#include "NetworkSupport.h"
#include "TokenProvider.h"
#include "model/ProfileValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
QString folded(const QString &s)
{
    return s.toCaseFolded();
}

// `group` and its ancestors up to the root, through a map folded name → parent name; bounded by
// the number of groups so that a cycle in bad data cannot loop.
QStringList chainOf(const QHash<QString, QString> &parentOf, const QString &group,
                    qsizetype groupCount)
{
    QStringList chain;
    QString current = group;
    while (!current.isEmpty() && chain.size() <= groupCount) {
        chain.append(current);
        current = parentOf.value(folded(current));
    }
    return chain;
}
} // namespace

// ---------------------------------------------------------------------------------------------
// TenantDiscovery
//
// Hierarchy: one GET of the root group with $expand=children&$recurse=true returns the whole
// tree (groups and subscriptions) in a single answer, where descendants needs one request per
// page. GET /subscriptions runs at the same time and supplies the states.
// ---------------------------------------------------------------------------------------------

class TenantDiscovery::Private
{
public:
    TenantDiscovery *q;
    QPointer<AzureSession> session; // not owned; may die first
    bool running = false;

    QString rootName;
    bool hierarchyDone = false;
    bool subscriptionsDone = false;
    int fallbackPending = 0;
    GroupHierarchy hierarchy;
    QList<Subscription> subscriptions;
    Result result;

    Private(TenantDiscovery *qq, AzureSession *s) : q(qq), session(s) {}

    ArmClient *arm() const { return session->armClient(); }

    void fail(const AzureError &error)
    {
        if (!running)
            return;
        if (session) {
            arm()->cancel(q);
            session->tokenProvider()->cancel(q);
        }
        result.error = error;
        finish();
    }

    void finish()
    {
        running = false;
        result.snapshot.discoveredAt = QDateTime::currentDateTimeUtc();
        Q_EMIT q->finished(result);
    }

    void start()
    {
        running = true;
        result = {};
        hierarchy = {};
        subscriptions.clear();
        hierarchyDone = subscriptionsDone = false;
        Q_EMIT q->progress(TenantDiscovery::tr("Signing in…"));
        session->tokenProvider()->getToken(q, [this](const QString &, const AzureError &error) {
            if (error.isError())
                return fail(error);
            const QString configured = session->config().tenant.trimmed();
            // The one GUID rule (ProfileValidator); the empty GUID names no tenant.
            const bool tenantGuid = ProfileValidator::isGuid(configured) &&
                                    ProfileValidator::isValidDirectoryId(configured);
            rootName = tenantGuid ? configured : session->tokenProvider()->tenantIdFromToken();
            startSubscriptions();
            if (!rootName.isEmpty())
                startRoot();
            // else: the root is named by the subscriptions' tenantId (a domain was configured
            // and the token is opaque); see subscriptionsFinished().
        });
    }

    void startSubscriptions()
    {
        Q_EMIT q->progress(TenantDiscovery::tr("Reading subscriptions…"));
        arm()->getAllPages(
            arm()->url(u"/subscriptions"_s, ApiVersion::Subscriptions), q,
            [this](const QJsonObject &page) {
                subscriptions += AzureParsers::subscriptionList(page);
                return true;
            },
            [this](const AzureError &error) {
                if (error.isError())
                    return fail(error);
                subscriptionsDone = true;
                if (rootName.isEmpty()) {
                    for (const Subscription &s : std::as_const(subscriptions)) {
                        if (!s.tenantId.isEmpty()) {
                            rootName = s.tenantId;
                            break;
                        }
                    }
                    if (rootName.isEmpty())
                        return startFallback(); // nothing names the tenant: list the groups
                    return startRoot();
                }
                maybeFinish();
            });
    }

    void startRoot()
    {
        Q_EMIT q->progress(TenantDiscovery::tr("Reading the management-group hierarchy…"));
        const QUrl url = arm()->url(u"/providers/Microsoft.Management/managementGroups/"_s +
                                        QString::fromLatin1(QUrl::toPercentEncoding(rootName)),
                                    ApiVersion::ManagementGroups,
                                    {{u"$expand"_s, u"children"_s}, {u"$recurse"_s, u"true"_s}});
        arm()->get(url, q, [this](const ArmResponse &r) {
            if (!r.error.isError()) {
                hierarchy = AzureParsers::managementGroupTree(r.json);
                if (!hierarchy.groups.isEmpty())
                    hierarchy.groups.first().parentName.clear(); // the root has no parent
                result.snapshot.rootGroupReadable = true;
                hierarchyDone = true;
                return maybeFinish();
            }
            if (r.error.kind == AzureErrorKind::AuthorizationFailed ||
                r.error.kind == AzureErrorKind::NotFound) {
                result.rootError = r.error;
                result.rootError.kind = AzureErrorKind::AuthorizationFailed;
                result.rootError.atTenantRoot = true;
                result.rootError.scope = groupScope(rootName);
                qCDebug(lcAzure) << "root group not readable; using the readable groups";
                return startFallback();
            }
            fail(r.error);
        });
    }

    // The root is not readable: list the groups the app can read, then read each one's
    // direct children (parent link and subscriptions).
    void startFallback()
    {
        Q_EMIT q->progress(TenantDiscovery::tr("Reading the readable management groups…"));
        arm()->getAllPages(
            arm()->url(u"/providers/Microsoft.Management/managementGroups"_s,
                       ApiVersion::ManagementGroups),
            q,
            [this](const QJsonObject &page) {
                hierarchy.groups += AzureParsers::managementGroupList(page);
                return true;
            },
            [this](const AzureError &error) {
                if (error.isError() && error.kind != AzureErrorKind::AuthorizationFailed)
                    return fail(error);
                const QList<ManagementGroup> listed = hierarchy.groups;
                hierarchy.groups.clear();
                fallbackPending = int(listed.size());
                if (listed.isEmpty()) {
                    hierarchyDone = true;
                    return maybeFinish();
                }
                for (const ManagementGroup &g : listed)
                    readGroup(g);
            });
    }

    void readGroup(const ManagementGroup &listed)
    {
        const QUrl url = arm()->url(u"/providers/Microsoft.Management/managementGroups/"_s +
                                        QString::fromLatin1(QUrl::toPercentEncoding(listed.name)),
                                    ApiVersion::ManagementGroups, {{u"$expand"_s, u"children"_s}});
        arm()->get(url, q, [this, listed](const ArmResponse &r) {
            if (!r.error.isError()) {
                GroupHierarchy h = AzureParsers::managementGroupTree(r.json);
                // Only the group itself and its subscriptions: child groups are listed too.
                hierarchy.groups.append(h.groups.first());
                hierarchy.subscriptions += h.subscriptions;
            } else if (r.error.kind == AzureErrorKind::AuthorizationFailed ||
                       r.error.kind == AzureErrorKind::NotFound) {
                hierarchy.groups.append(listed);
            } else {
                return fail(r.error);
            }
            if (--fallbackPending == 0) {
                hierarchyDone = true;
                maybeFinish();
            }
        });
    }

    void maybeFinish()
    {
        if (!running || !hierarchyDone || !subscriptionsDone)
            return;
        merge();
        finish();
    }

    void merge()
    {
        TenantSnapshot &snap = result.snapshot;
        snap.tenantId = rootName;
        // Drop parent links to groups that are not readable (the fallback path).
        QSet<QString> known;
        for (const ManagementGroup &g : std::as_const(hierarchy.groups))
            known.insert(folded(g.name));
        QSet<QString> seen;
        for (ManagementGroup g : std::as_const(hierarchy.groups)) {
            if (seen.contains(folded(g.name)))
                continue;
            seen.insert(folded(g.name));
            if (!known.contains(folded(g.parentName)))
                g.parentName.clear();
            snap.managementGroups.append(g);
        }
        QHash<QString, SubscriptionPlacement> placement;
        for (const SubscriptionPlacement &p : std::as_const(hierarchy.subscriptions))
            placement.insert(folded(p.subscriptionId), p);
        // One parent map and one chain per group, not per subscription (2,000 × 200 otherwise).
        QHash<QString, QString> parentOf;
        for (const ManagementGroup &g : std::as_const(snap.managementGroups))
            parentOf.insert(folded(g.name), g.parentName);
        QHash<QString, QStringList> chains;
        const auto ancestry = [&](const QString &group) {
            const QString key = folded(group);
            auto it = chains.constFind(key);
            if (it == chains.constEnd())
                it = chains.insert(key, chainOf(parentOf, group, snap.managementGroups.size()));
            return *it;
        };
        QSet<QString> listed;
        for (Subscription s : std::as_const(subscriptions)) {
            const QString k = folded(s.subscriptionId);
            listed.insert(k);
            const auto it = placement.constFind(k);
            if (it != placement.constEnd()) {
                s.managementGroupName = it->parentName;
                s.ancestry = ancestry(it->parentName);
            }
            snap.subscriptions.append(s);
        }
        // In the hierarchy but not in GET /subscriptions: visible, state unknown.
        for (const SubscriptionPlacement &p : std::as_const(hierarchy.subscriptions)) {
            if (listed.contains(folded(p.subscriptionId)))
                continue;
            listed.insert(folded(p.subscriptionId));
            Subscription s;
            s.subscriptionId = p.subscriptionId;
            s.displayName = p.displayName;
            s.tenantId = rootName;
            s.stateText = p.stateText;
            s.state = subscriptionStateFromString(p.stateText);
            s.managementGroupName = p.parentName;
            s.ancestry = ancestry(p.parentName);
            snap.subscriptions.append(s);
        }
    }
};

TenantDiscovery::TenantDiscovery(AzureSession *session, QObject *parent)
    : QObject(parent), d(new Private(this, session))
{}

TenantDiscovery::~TenantDiscovery()
{
    if (d->session) {
        d->session->armClient()->cancel(this);
        d->session->tokenProvider()->cancel(this);
    }
    delete d;
}

void TenantDiscovery::start()
{
    if (d->running)
        return;
    if (!d->session) {
        d->running = true;
        QTimer::singleShot(0, this, [this] {
            d->result.error = AzureError::make(AzureErrorKind::InvalidInput);
            d->finish();
        });
        return;
    }
    d->start();
}

void TenantDiscovery::cancel()
{
    d->fail(AzureError::make(AzureErrorKind::Cancelled));
}

bool TenantDiscovery::isRunning() const
{
    return d->running;
}

QStringList TenantDiscovery::ancestryOf(const QList<ManagementGroup> &groups, const QString &group)
{
    QHash<QString, QString> parentOf;
    for (const ManagementGroup &g : groups)
        parentOf.insert(folded(g.name), g.parentName);
    return chainOf(parentOf, group, groups.size());
}

QString TenantDiscovery::groupScope(const QString &name)
{
    return u"/providers/Microsoft.Management/managementGroups/"_s + name;
}

} // namespace atc
