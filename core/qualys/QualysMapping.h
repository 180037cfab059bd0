#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/ConnectorProfile.h"

namespace atc {

/**
 * From a saved profile to the body of POST /connectors/v1.0/org/azure/ (create and update):
 * exactly the documented field names and JSON types (docs/qualys.md, "What is sent").
 * The confirmed fields always; the unconfirmed ones (connectorPrefixName, autoActivateVM,
 * autoActivateSCA, isRemediationEnabled, defaultTagIds) only when the profile sets them.
 */
class QualysMapping
{
    Q_DECLARE_TR_FUNCTIONS(atc::QualysMapping)
public:
    /** Field names the platform's documentation confirms, and those it does not. */
    static QStringList confirmedFields();
    static QStringList unconfirmedFields();

    /** The body; `azureKey` is the Azure authentication key (secretValue). */
    static QJsonObject tenantConnectorBody(const ConnectorProfile &profile, const QString &azureKey,
                                           const QList<qint64> &connectorTagIds = {});

    /**
     * The platform's known rules (reference §3.6, §4.6), checked before anything is sent:
     * polling above 7 days refused; CI/CSA only with AI (always true here); PC and SCA not
     * together; perimeter scan needs VM; name 1–255 characters; GUIDs. Empty when pushable;
     * else one translated sentence per problem.
     */
    static QStringList problems(const ConnectorProfile &profile);
    /**
     * Notes that do not block: "Subscription polling of 4 hours is rounded up to 1 day by
     * Qualys (whole days, 1–7)". Translated; shown by the wizard and `atc qualys push`.
     */
    static QStringList notes(const ConnectorProfile &profile);
    /** minutes → whole days rounded up (1–7 are accepted; more is refused). */
    static int roundedUpDays(int minutes);
    static constexpr int MaxPollingMinutes = 7 * 24 * 60;
};

} // namespace atc
