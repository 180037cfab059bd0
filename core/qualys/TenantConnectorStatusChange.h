#pragma once

#include <QObject>

#include "QualysError.h"
#include "QualysTypes.h"

namespace atc {

class QualysSession;

/**
 * Enables or disables tenant connectors on the platform:
 * PUT /connectors/v1.0/org/azure/status/?action=ENABLE|DISABLE with a JSON array of ids.
 * An id the platform leaves out of its answer is reported NotFound. Emits finished() once.
 */
class TenantConnectorStatusChange : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QualysError error;
        QList<QualysTenantConnector> connectors; ///< as the platform answered
        bool ok() const { return !error.isError(); }
    };

    TenantConnectorStatusChange(QualysSession *session, QList<qint64> ids, bool enable,
                                QObject *parent = nullptr);
    ~TenantConnectorStatusChange() override;
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const atc::TenantConnectorStatusChange::Result &result);

private:
    struct Private;
    Private *d;
};

} // namespace atc
