#include "ConnectionTester.h"

#include "ArmClient.h"
#include "AzureLogging.h"
#include "AzureParsers.h"
#include "AzureSession.h"
#include "TenantDiscovery.h"
#include "TokenProvider.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
// What remediation needs to be able to do; Contributor ("*") or Owner grant it.
const QString kWriteProbeAction = u"Microsoft.Compute/virtualMachines/write"_s;
} // namespace

class ConnectionTester::Private
{
public:
    ConnectionTester *q;
    QPointer<AzureSession> session;
    bool checkWrite;
    bool running = false;
    Result result;
    TenantDiscovery *discovery = nullptr;

    Private(ConnectionTester *qq, AzureSession *s, bool write)
        : q(qq), session(s), checkWrite(write)
    {}

    StepResult &step(Step s)
    {
        for (StepResult &r : result.steps) {
            if (r.step == s)
                return r;
        }
        Q_UNREACHABLE();
    }

    void set(Step s, StepStatus status, const QString &message = {}, const QString &advice = {})
    {
        StepResult &r = step(s);
        r.status = status;
        r.message = message;
        r.advice = advice;
        Q_EMIT q->stepChanged(r);
    }

    void start()
    {
        result = {};
        QList<Step> steps{Step::AuthorityReachable, Step::Token, Step::ManagementGroups,
                          Step::Subscriptions};
        if (checkWrite)
            steps.append(Step::WritePermission);
        for (Step s : steps)
            result.steps.append(StepResult{s, StepStatus::NotRun, stepTitle(s), {}, {}});
        running = true;
        if (!session) {
            set(Step::AuthorityReachable, StepStatus::Failed);
            return fail(AzureError::make(AzureErrorKind::InvalidInput));
        }
        set(Step::AuthorityReachable, StepStatus::Running,
            ConnectionTester::tr("Contacting %1…")
                .arg(session->config().endpoints.authorityHost.host()));
        set(Step::Token, StepStatus::Running);
        // The token request proves both: any HTTP answer means the authority is reachable.
        session->tokenProvider()->getToken(
            q, [this](const QString &, const AzureError &e) { onToken(e); });
    }

    void onToken(const AzureError &e)
    {
        const bool unreachable =
            e.isError() &&
            (e.kind == AzureErrorKind::InvalidInput || e.kind == AzureErrorKind::HostNotFound ||
             e.kind == AzureErrorKind::ConnectionRefused || e.kind == AzureErrorKind::Network ||
             e.kind == AzureErrorKind::Proxy || e.kind == AzureErrorKind::Tls ||
             e.kind == AzureErrorKind::Timeout);
        if (unreachable) {
            set(Step::AuthorityReachable, StepStatus::Failed, e.message(), e.advice());
            return fail(e);
        }
        set(Step::AuthorityReachable, StepStatus::Passed,
            ConnectionTester::tr("Microsoft Entra ID answered."));
        if (e.isError()) {
            set(Step::Token, StepStatus::Failed, e.message(), e.advice());
            return fail(e);
        }
        set(Step::Token, StepStatus::Passed,
            ConnectionTester::tr("The app signed in with its authentication key."));
        set(Step::ManagementGroups, StepStatus::Running);
        discovery = new TenantDiscovery(session, q);
        QObject::connect(discovery, &TenantDiscovery::finished, q,
                         [this](const TenantDiscovery::Result &r) { onDiscovery(r); });
        discovery->start();
    }

    void onDiscovery(const TenantDiscovery::Result &r)
    {
        discovery->deleteLater();
        discovery = nullptr;
        if (r.error.isError()) {
            set(Step::ManagementGroups, StepStatus::Failed, r.error.message(), r.error.advice());
            return fail(r.error);
        }
        result.snapshot = r.snapshot;
        const TenantSnapshot &snap = r.snapshot;
        const int groups = int(snap.managementGroups.size());
        if (snap.rootGroupReadable) {
            set(Step::ManagementGroups, StepStatus::Passed,
                ConnectionTester::tr("Read the Tenant Root Group and %n management group(s) "
                                     "below it.",
                                     nullptr, std::max(0, groups - 1)));
        } else {
            set(Step::ManagementGroups, StepStatus::Warning,
                r.rootError.message() + u' ' +
                    ConnectionTester::tr("Only %n readable management group(s) are shown.", nullptr,
                                         groups),
                r.rootError.advice());
        }

        int inactive = 0;
        for (const Subscription &s : snap.subscriptions)
            inactive += s.isConnectable() ? 0 : 1;
        const int total = int(snap.subscriptions.size());
        if (total == 0) {
            AzureError e = AzureError::make(AzureErrorKind::AuthorizationFailed);
            e.atTenantRoot = true;
            e.scope = TenantDiscovery::groupScope(snap.tenantId.isEmpty() ? u"<tenant-id>"_s
                                                                          : snap.tenantId);
            set(Step::Subscriptions, StepStatus::Failed,
                ConnectionTester::tr("The app cannot see any subscription."), e.advice());
            return fail(e);
        }
        if (inactive > 0)
            set(Step::Subscriptions, StepStatus::Passed,
                ConnectionTester::tr("%n subscription(s) visible", nullptr, total) + u"; "_s +
                    ConnectionTester::tr("%n disabled or deleted (reported, not connected).",
                                         nullptr, inactive));
        else
            set(Step::Subscriptions, StepStatus::Passed,
                ConnectionTester::tr("%n subscription(s) visible.", nullptr, total));

        if (!checkWrite)
            return succeed();
        checkWritePermission();
    }

    void checkWritePermission()
    {
        const TenantSnapshot &snap = result.snapshot;
        const QString scope =
            snap.rootGroupReadable
                ? TenantDiscovery::groupScope(snap.tenantId)
                : u"/subscriptions/"_s + snap.subscriptions.first().subscriptionId;
        set(Step::WritePermission, StepStatus::Running);
        ArmClient *arm = session->armClient();
        arm->get(
            arm->url(scope + u"/providers/Microsoft.Authorization/permissions"_s,
                     ApiVersion::Permissions),
            q, [this, scope](const ArmResponse &r) {
                const QString advice =
                    ConnectionTester::tr("For remediation, assign the Contributor role to "
                                         "the app on the Tenant Root Group (scope %1).")
                        .arg(TenantDiscovery::groupScope(result.snapshot.tenantId));
                if (r.error.isError()) {
                    if (r.error.isNetworkError()) {
                        set(Step::WritePermission, StepStatus::Failed, r.error.message(),
                            r.error.advice());
                        return fail(r.error);
                    }
                    set(Step::WritePermission, StepStatus::Warning,
                        ConnectionTester::tr("The app's permissions could not be read: %1")
                            .arg(r.error.message()),
                        advice);
                    return succeed();
                }
                const QList<PermissionSet> sets = AzureParsers::permissions(r.json);
                if (AzureParsers::permits(sets, kWriteProbeAction)) {
                    set(Step::WritePermission, StepStatus::Passed,
                        ConnectionTester::tr("The app may change resources at %1.").arg(scope));
                } else {
                    set(Step::WritePermission, StepStatus::Warning,
                        ConnectionTester::tr("The app may only read at %1; remediation "
                                             "will not work.")
                            .arg(scope),
                        advice);
                }
                succeed();
            });
    }

    void skipRest()
    {
        for (StepResult &r : result.steps) {
            if (r.status == StepStatus::NotRun || r.status == StepStatus::Running) {
                r.status = StepStatus::Skipped;
                r.message.clear();
                r.advice.clear();
                Q_EMIT q->stepChanged(r);
            }
        }
    }

    void succeed()
    {
        running = false;
        result.ok = true;
        for (const StepResult &r : std::as_const(result.steps))
            result.ok =
                result.ok && (r.status == StepStatus::Passed || r.status == StepStatus::Warning);
        Q_EMIT q->finished(result);
    }

    void fail(const AzureError &e)
    {
        if (!running)
            return;
        running = false;
        result.ok = false;
        result.error = e;
        skipRest();
        Q_EMIT q->finished(result);
    }

    void cancel()
    {
        if (!running)
            return;
        if (session) {
            session->tokenProvider()->cancel(q);
            session->armClient()->cancel(q);
        }
        if (discovery) {
            discovery->disconnect(q);
            discovery->cancel();
            discovery->deleteLater();
            discovery = nullptr;
        }
        fail(AzureError::make(AzureErrorKind::Cancelled));
    }
};

ConnectionTester::ConnectionTester(AzureSession *session, bool checkWritePermission,
                                   QObject *parent)
    : QObject(parent), d(new Private(this, session, checkWritePermission))
{}

ConnectionTester::~ConnectionTester()
{
    if (d->session) {
        d->session->tokenProvider()->cancel(this);
        d->session->armClient()->cancel(this);
    }
    delete d;
}

void ConnectionTester::start()
{
    if (d->running)
        return;
    d->start();
}

void ConnectionTester::cancel()
{
    d->cancel();
}

bool ConnectionTester::isRunning() const
{
    return d->running;
}

QString ConnectionTester::stepTitle(Step step)
{
    switch (step) {
    case Step::AuthorityReachable:
        return tr("Microsoft Entra ID reachable");
    case Step::Token:
        return tr("Sign-in with the authentication key");
    case Step::ManagementGroups:
        return tr("Management groups from the Tenant Root Group");
    case Step::Subscriptions:
        return tr("Subscriptions visible");
    case Step::WritePermission:
        return tr("Write permission for remediation");
    }
    return {};
}

} // namespace atc
