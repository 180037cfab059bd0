#pragma once

#include <optional>

#include <QObject>

#include "QualysError.h"
#include "QualysTypes.h"

namespace atc {

class QualysSession;

/**
 * What the platform made of one tenant connector:
 *   - the tenant connector itself, through the undocumented GET (speculative; when the platform
 *     answers 404 the result says so and keeps going: `tenantConnector` stays empty);
 *   - its member (subscription) connectors: QPS search of azureassetdataconnector, every page
 *     (hasMoreRecords / lastId, bounded by maxPages), kept when authRecord.directoryId is the
 *     tenant and isAttachedToOrgConnector is true (filtered here: the documented Criteria fields
 *     do not include either).
 * Emits finished() once.
 */
class QualysConnectorStatus : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QualysError error;
        std::optional<QualysTenantConnector> tenantConnector;
        bool tenantConnectorReadable = false; ///< false: the platform offers no GET
        QList<QualysMemberConnector> subscriptionConnectors;
        int pages = 0;
        bool ok() const { return !error.isError(); }
    };

    QualysConnectorStatus(QualysSession *session, qint64 tenantConnectorId, QString tenantId,
                          QObject *parent = nullptr);
    ~QualysConnectorStatus() override;
    void start();
    void cancel();

Q_SIGNALS:
    void progress(int membersSoFar);
    void finished(const atc::QualysConnectorStatus::Result &result);

private:
    struct Private;
    Private *d;
};

} // namespace atc
