#pragma once

#include <optional>

#include <QObject>
#include <QPointer>

#include "QualysError.h"
#include "QualysTypes.h"
#include "model/ConnectorProfile.h"

namespace atc {

class QualysSession;

/**
 * Creates the profile's tenant connector on the session's platform, or updates it when the
 * profile's QualysLink for that platform records an id:
 *
 *   problems? ──► NotPushable (nothing sent)
 *   link id ────► POST /connectors/v1.0/org/azure/{id}            → Updated
 *   no id ──────► createUncertain? look it up first (never create blindly)
 *                 POST /connectors/v1.0/org/azure/                → Created (id, or none given)
 *   create sent, no answer ──► look it up by name (speculative list); found → Created,
 *                              else ReplyLost with link.createUncertain = true
 *
 * The caller stores `result.link` into the profile and saves it, on success AND on ReplyLost
 * (so that the next push does not duplicate). Emits finished() exactly once.
 */
class TenantConnectorPush : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Created,
        Updated,
    };
    struct Result
    {
        QualysError error;
        Action action = Action::Created;
        /** The platform's id; nullopt when it returned none (created, id unknown). */
        std::optional<qint64> tenantConnectorId;
        QualysTenantConnector connector; ///< as the platform answered (may be only an id)
        QStringList notes;               ///< QualysMapping::notes(), shown with the result
        /** The link to record in the profile; nullopt when nothing should change. */
        std::optional<QualysLink> link;
        bool ok() const { return !error.isError(); }
        static QString actionName(Action action); ///< "created" / "updated"
    };

    /** `azureKey`: the Azure authentication key (from the keychain or AZURE_CLIENT_SECRET). */
    TenantConnectorPush(QualysSession *session, ConnectorProfile profile, QString azureKey,
                        QObject *parent = nullptr);
    ~TenantConnectorPush() override;

    /**
     * The user checked the platform: create a new tenant connector even when the link records
     * an id or an uncertain create (the connector was deleted on the portal). Off by default.
     */
    void setForceCreate(bool force);
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &step); ///< translated: "Signing in to Qualys US1…"
    void finished(const atc::TenantConnectorPush::Result &result);

private:
    struct Private;
    Private *d;
};

} // namespace atc
