#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include "AzureError.h"
#include "AzureTypes.h"

namespace atc {

class AzureSession;

/**
 * Discovers the management-group hierarchy and the subscriptions (with their ancestry).
 * Falls back to the readable groups and the Subscriptions API when the root is not readable.
 * Emits finished() exactly once. Does NOT take ownership of the session.
 */
class TenantDiscovery : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        AzureError error;
        TenantSnapshot snapshot;
        /** Why the root group was not readable (AuthorizationFailed on its scope), else None. */
        AzureError rootError;
    };

    explicit TenantDiscovery(AzureSession *session, QObject *parent = nullptr);
    ~TenantDiscovery() override;

    void start();
    void cancel();
    bool isRunning() const;

    /** Ancestry (immediate parent … root) of `group`, from the snapshot's parent links. */
    static QStringList ancestryOf(const QList<ManagementGroup> &groups, const QString &group);
    /** "/providers/Microsoft.Management/managementGroups/{name}" */
    static QString groupScope(const QString &name);

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const atc::TenantDiscovery::Result &result);

private:
    class Private;
    Private *d;
};

} // namespace atc
