#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "AzureError.h"
#include "AzureTypes.h"

namespace atc {

class AzureSession;

/**
 * Test Connection: proves, step by step, that a tenant connector can work.
 *
 *   AuthorityReachable ──► Token ──► ManagementGroups ──► Subscriptions ──► WritePermission
 *   (authority answers)   (client     (root group and      (subscriptions    (only when
 *                          credentials) its hierarchy)      visible)          remediation is on)
 *
 * A failed step stops the chain (later steps become Skipped), except that an unreadable root
 * group degrades to the readable groups with a Warning. Emits stepChanged() for each change and
 * finished() exactly once, also after cancel(). Does NOT take ownership of the session.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        AuthorityReachable,
        Token,
        ManagementGroups,
        Subscriptions,
        WritePermission,
    };
    Q_ENUM(Step)

    enum class StepStatus
    {
        NotRun,
        Running,
        Passed,
        Warning,
        Failed,
        Skipped,
    };
    Q_ENUM(StepStatus)

    struct StepResult
    {
        Step step = Step::AuthorityReachable;
        StepStatus status = StepStatus::NotRun;
        QString title;   ///< translated name of the step
        QString message; ///< translated: what happened
        QString advice;  ///< translated: what to do (empty when passed)
    };

    struct Result
    {
        bool ok = false;  ///< every step Passed or Warning
        AzureError error; ///< the failure that stopped the chain
        QList<StepResult> steps;
        TenantSnapshot snapshot; ///< the hierarchy and subscriptions seen (for the wizard)
    };

    ConnectionTester(AzureSession *session, bool checkWritePermission, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start();
    /** Aborts every request in flight; finished() follows with AzureErrorKind::Cancelled. */
    void cancel();
    bool isRunning() const;

    static QString stepTitle(Step step);

Q_SIGNALS:
    void stepChanged(const atc::ConnectionTester::StepResult &step);
    void finished(const atc::ConnectionTester::Result &result);

private:
    class Private;
    Private *d;
};

} // namespace atc
