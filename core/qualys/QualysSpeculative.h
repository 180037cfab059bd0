#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "QualysError.h"
#include "QualysTypes.h"

class QObject;

namespace atc {

class QualysSession;

/**
 * The one adapter for tenant-connector endpoints Qualys does not document (reference §3.1,
 * §12.1 S1/S2): GET /connectors/v1.0/org/azure/{id} and the paged
 * GET /connectors/v1.0/org/azure/list. A platform without them answers 404; callers then
 * degrade (available = false) instead of failing. Internal to atc_qualys.
 */
class QualysSpeculative
{
public:
    struct Lookup
    {
        bool available = false; ///< the platform answered the endpoint
        std::optional<QualysTenantConnector> connector;
        QualysError error; ///< why it is not available (a 404 is not kept as an error)
    };
    using Callback = std::function<void(const Lookup &)>;

    static QString listPath(int pageNumber, int pageSize);
    static QString getPath(qint64 id);

    /** Walks every page of the list (bounded by config().maxPages) for `name` (any case). */
    static void findByName(QualysSession *session, QObject *context, const QString &name,
                           const QString &tenantId, Callback done);
    static void get(QualysSession *session, QObject *context, qint64 id, Callback done);
};

} // namespace atc
