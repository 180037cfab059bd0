#include "QualysMapping.h"

#include <QJsonArray>

#include "model/ProfileValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list) {
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    }
    return out;
}

QString duration(int minutes)
{
    if (minutes % 1440 == 0)
        return QualysMapping::tr("%n day(s)", nullptr, minutes / 1440);
    if (minutes % 60 == 0)
        return QualysMapping::tr("%n hour(s)", nullptr, minutes / 60);
    return QualysMapping::tr("%n minute(s)", nullptr, minutes);
}

} // namespace

QStringList QualysMapping::confirmedFields()
{
    // The documented rows of the Create/Update table (reference §3.2), in documented order.
    return {u"applicationId"_s,
            u"secretValue"_s,
            u"tenantId"_s,
            u"name"_s,
            u"description"_s,
            u"connectorAppInfos"_s,
            u"orgRunFrequency"_s,
            u"connectorRunFrequency"_s,
            u"includedMem"_s,
            u"excludedMem"_s,
            u"isCreateConnectorForNewSubscriptionsAutomatically"_s,
            u"isDisableConnectorsForDeletedManagementGroups"_s,
            u"autoActivateCertView"_s,
            u"autoActivatePC"_s};
}

QStringList QualysMapping::unconfirmedFields()
{
    return {u"connectorPrefixName"_s, u"autoActivateVM"_s, u"autoActivateSCA"_s,
            u"isRemediationEnabled"_s, u"defaultTagIds"_s};
}

QJsonObject QualysMapping::tenantConnectorBody(const ConnectorProfile &p, const QString &azureKey,
                                               const QList<qint64> &connectorTagIds)
{
    QJsonObject o;
    o[u"name"_s] = p.name.trimmed();
    o[u"description"_s] = p.description;
    o[u"applicationId"_s] = p.clientId.trimmed();
    o[u"secretValue"_s] = azureKey;
    o[u"tenantId"_s] = p.directoryId.trimmed();
    // Asset Inventory is always on; CSPM is the AI + CI + CSA bundle (never CI or CSA alone).
    QJsonArray apps{QJsonObject{{u"name"_s, u"AI"_s}}};
    if (p.cspmEnabled) {
        apps.append(QJsonObject{{u"name"_s, u"CI"_s}});
        apps.append(QJsonObject{{u"name"_s, u"CSA"_s}});
    }
    o[u"connectorAppInfos"_s] = apps;
    // Minutes, as documented; the platform rounds up to whole days itself (Connector 2.14).
    o[u"orgRunFrequency"_s] = p.tenantPollingMinutes;
    o[u"connectorRunFrequency"_s] = p.subscriptionPollingMinutes;
    const bool selected = p.scopeMode == ScopeMode::SelectedManagementGroups;
    o[u"includedMem"_s] = selected ? stringArray(p.selectedManagementGroups) : QJsonArray();
    o[u"excludedMem"_s] = selected ? QJsonArray() : stringArray(p.excludedManagementGroups);
    o[u"isCreateConnectorForNewSubscriptionsAutomatically"_s] = p.autoCreateForNewSubscriptions;
    o[u"isDisableConnectorsForDeletedManagementGroups"_s] = p.detachDisableForDeletedSubscriptions;
    o[u"autoActivateCertView"_s] = p.activateCertView;
    o[u"autoActivatePC"_s] = p.activatePolicyCompliance;
    // Unconfirmed names (reference §3.2, "likely remaining fields"): only when set, so that a
    // profile that does not use them cannot be refused because of them.
    if (!p.connectorNamePrefix.trimmed().isEmpty())
        o[u"connectorPrefixName"_s] = p.connectorNamePrefix.trimmed();
    if (p.activateVmScanning)
        o[u"autoActivateVM"_s] = true;
    if (p.activateSca)
        o[u"autoActivateSCA"_s] = true;
    if (p.remediationEnabled)
        o[u"isRemediationEnabled"_s] = true;
    if (!connectorTagIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : connectorTagIds)
            ids.append(double(id));
        o[u"defaultTagIds"_s] = ids;
    }
    return o;
}

int QualysMapping::roundedUpDays(int minutes)
{
    if (minutes <= 0)
        return 0;
    return (minutes + 1439) / 1440;
}

QStringList QualysMapping::problems(const ConnectorProfile &p)
{
    QStringList out;
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        out << tr("The connector needs a name.");
    else if (name.size() > 255)
        out << tr("Qualys accepts connector names of at most 255 characters.");
    if (!ProfileValidator::isGuid(p.clientId.trimmed()))
        out << tr("The application (client) ID must be a GUID.");
    if (!ProfileValidator::isGuid(p.directoryId.trimmed()))
        out << tr("Qualys needs the directory (tenant) ID as a GUID, not a domain name; copy it "
                  "from the app's Overview page.");
    const struct
    {
        int minutes;
        QString what;
    } polls[] = {{p.tenantPollingMinutes, tr("The tenant polling frequency")},
                 {p.subscriptionPollingMinutes, tr("The subscription polling frequency")}};
    for (const auto &poll : polls) {
        if (poll.minutes <= 0)
            out << tr("%1 must be positive.").arg(poll.what);
        else if (poll.minutes > MaxPollingMinutes)
            out << tr("%1 of %2 is above the 7 days Qualys accepts.")
                       .arg(poll.what, duration(poll.minutes));
    }
    if (p.activatePolicyCompliance && p.activateSca)
        out << tr("Policy Compliance and SCA cannot be activated together.");
    if (p.activateCloudPerimeterScan && !p.activateVmScanning)
        out << tr("The cloud perimeter scan needs VM scanning.");
    if (p.scopeMode == ScopeMode::SelectedManagementGroups &&
        stringArray(p.selectedManagementGroups).isEmpty())
        out << tr("Select at least one management group, or choose all management groups.");
    return out;
}

QStringList QualysMapping::notes(const ConnectorProfile &p)
{
    QStringList out;
    const int subs = p.subscriptionPollingMinutes;
    if (subs > 0 && subs <= MaxPollingMinutes && subs % 1440 != 0) {
        out << tr("Subscription polling of %1 is rounded up to %2 by Qualys (whole days, 1–7).")
                   .arg(duration(subs), duration(roundedUpDays(subs) * 1440));
    }
    const int org = p.tenantPollingMinutes;
    if (org > 0 && org <= MaxPollingMinutes && org % 1440 != 0) {
        out << tr("Tenant polling of %1 may be rounded up to %2 by Qualys: current platforms "
                  "count whole days (1–7), older ones accept under 24 hours.")
                   .arg(duration(org), duration(roundedUpDays(org) * 1440));
    } else if (org >= 1440 && org <= MaxPollingMinutes) {
        out << tr("Tenant polling of %1: older Qualys platforms accept only under 24 hours and "
                  "may refuse it.")
                   .arg(duration(org));
    }
    if (p.activateCloudPerimeterScan)
        out << tr("The cloud perimeter scan is not part of the tenant connector API; set it on "
                  "the Qualys portal.");
    return out;
}

} // namespace atc
