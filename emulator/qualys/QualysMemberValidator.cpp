#include "QualysMemberValidator.h"

#include "QualysTenantValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

const QStringList knownFields{u"name"_s,
                              u"description"_s,
                              u"defaultTags"_s,
                              u"activation"_s,
                              u"disabled"_s,
                              u"runFrequency"_s,
                              u"isRemediationEnabled"_s,
                              u"isGovCloudConfigured"_s,
                              u"authRecord"_s,
                              u"connectorAppInfos"_s,
                              u"isCPSEnabled"_s,
                              u"connectorScanSetting"_s,
                              u"connectorScanConfig"_s,
                              u"subscriptionName"_s};
const QList<int> frequencies{60, 120, 180, 240, 360, 480, 720, 1440};

/** The items of a QPS collection: {"set": {"<Item>": value-or-array}} (also "add"). */
QJsonArray collectionItems(const QJsonValue &value, const QString &item, bool *ok)
{
    const QJsonObject o = value.toObject();
    const QJsonValue inner = o.contains("set"_L1) ? o.value("set"_L1) : o.value("add"_L1);
    *ok = value.isObject() && inner.isObject() && inner.toObject().contains(item);
    const QJsonValue items = inner.toObject().value(item);
    return items.isArray() ? items.toArray() : QJsonArray{items};
}

} // namespace

bool QualysMemberValidator::readActivation(const QJsonValue &value, QStringList *out,
                                           QString *error) const
{
    static const QStringList modules{u"VM"_s, u"PC"_s, u"SCA"_s, u"CERTVIEW"_s, u"CLOUDVIEW"_s};
    bool ok = false;
    QStringList result;
    for (const QJsonValue &v : collectionItems(value, u"ActivationModule"_s, &ok)) {
        if (!ok || !modules.contains(v.toString())) {
            *error = u"activation: unknown or malformed ActivationModule"_s;
            return false;
        }
        if (!result.contains(v.toString()))
            result.append(v.toString());
    }
    if (!ok) {
        *error = u"activation must be {\"set\":{\"ActivationModule\":[…]}}"_s;
        return false;
    }
    if (result.contains(u"PC"_s) && result.contains(u"SCA"_s)) {
        *error = u"PC and SCA cannot be activated together"_s;
        return false;
    }
    *out = result;
    return true;
}

bool QualysMemberValidator::readApps(const QJsonValue &value, QStringList *out,
                                     QString *error) const
{
    bool ok = false;
    QStringList names;
    for (const QJsonValue &v : collectionItems(value, u"ConnectorAppInfoQList"_s, &ok)) {
        bool innerOk = false;
        for (const QJsonValue &info : collectionItems(v, u"ConnectorAppInfo"_s, &innerOk)) {
            const QString name = info.toObject().value("name"_L1).toString();
            if (!innerOk || (name != "AI"_L1 && name != "CI"_L1 && name != "CSA"_L1)) {
                *error = u"connectorAppInfos: unknown or malformed ConnectorAppInfo"_s;
                return false;
            }
            if (!names.contains(name))
                names.append(name);
        }
        ok = ok && innerOk;
    }
    const bool ai = names == QStringList{u"AI"_s};
    const bool bundle = names.size() == 3 && names.contains(u"AI"_s);
    if (!ok || (!ai && !bundle)) {
        *error = u"connectorAppInfos must be AI or the AI+CI+CSA bundle"_s;
        return false;
    }
    *out = names;
    return true;
}

bool QualysMemberValidator::readTags(const QJsonValue &value, QList<qint64> *out,
                                     QString *error) const
{
    bool ok = false;
    QList<qint64> ids;
    for (const QJsonValue &v : collectionItems(value, u"TagSimple"_s, &ok)) {
        const QJsonValue id = v.toObject().value("id"_L1);
        if (!ok || !QualysTenantValidator::isInteger(id)) {
            *error = u"defaultTags: TagSimple needs an integer id"_s;
            return false;
        }
        if (!m_state.tags.contains(qint64(id.toDouble()))) {
            *error = u"defaultTags: tag %1 does not exist"_s.arg(qint64(id.toDouble()));
            return false;
        }
        ids.append(qint64(id.toDouble()));
    }
    if (!ok) {
        *error = u"defaultTags must be {\"set\":{\"TagSimple\":[{\"id\":…}]}}"_s;
        return false;
    }
    *out = ids;
    return true;
}

bool QualysMemberValidator::readScanConfig(const QJsonValue &value, QJsonObject *out,
                                           QString *error) const
{
    bool ok = false;
    const QJsonArray items = collectionItems(value, u"ConnectorScanConfiguration"_s, &ok);
    if (!ok || items.size() != 1 || !items.first().isObject()) {
        *error = u"connectorScanConfig must hold one ConnectorScanConfiguration"_s;
        return false;
    }
    const QJsonObject c = items.first().toObject();
    static const QRegularExpression date(u"^(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/\\d{4}$"_s);
    static const QRegularExpression time(u"^([01]\\d|2[0-3]):[0-5]\\d$"_s);
    const QJsonValue profile = c.value("optionProfileId"_L1);
    const QString recurrence = c.value("recurrence"_L1).toString();
    if (!QualysTenantValidator::isInteger(profile) || profile.toDouble() <= 0)
        *error = u"optionProfileId must be a positive integer"_s;
    else if (recurrence != "DAILY"_L1 && recurrence != "WEEKLY"_L1 && recurrence != "MONTHLY"_L1)
        *error = u"recurrence must be DAILY, WEEKLY or MONTHLY"_s;
    else if (!date.match(c.value("startDate"_L1).toString()).hasMatch())
        *error = u"startDate must be MM/DD/YYYY"_s;
    else if (!time.match(c.value("startTime"_L1).toString()).hasMatch())
        *error = u"startTime must be HH:MM"_s;
    else if (c.value("timezone"_L1).toString().trimmed().isEmpty())
        *error = u"timezone is required"_s;
    else if (recurrence == "WEEKLY"_L1 && !c.contains("daysOfWeek"_L1))
        *error = u"daysOfWeek is required for WEEKLY"_s;
    if (!error->isEmpty())
        return false;
    *out = c;
    return true;
}

bool QualysMemberValidator::apply(const QJsonObject &data, bool create, QualysMemberConnector *m,
                                  QString *error) const
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!knownFields.contains(it.key())) {
            *error = u"unknown field "_s + it.key();
            return false;
        }
    }
    if (create || data.contains("name"_L1)) {
        const QJsonValue name = data.value("name"_L1);
        if (!name.isString() || name.toString().trimmed().isEmpty() ||
            name.toString().size() > 255) {
            *error = u"name must have 1 to 255 characters"_s;
            return false;
        }
        m->name = name.toString().trimmed();
    }
    if (data.contains("description"_L1))
        m->description = data.value("description"_L1).toString();
    if (data.contains("subscriptionName"_L1))
        m->subscriptionName = data.value("subscriptionName"_L1).toString();
    const QJsonValue auth = data.value("authRecord"_L1);
    if (create && !auth.isObject()) {
        *error = u"authRecord is required"_s;
        return false;
    }
    if (auth.isObject()) {
        const QJsonObject a = auth.toObject();
        struct Part
        {
            const char *key;
            QString *target;
        } parts[] = {{"applicationId", &m->applicationId},
                     {"directoryId", &m->directoryId},
                     {"subscriptionId", &m->subscriptionId},
                     {"authenticationKey", &m->authenticationKey}};
        for (const Part &p : parts) {
            const QJsonValue v = a.value(QLatin1StringView(p.key));
            if ((create || !v.isUndefined()) &&
                (!v.isString() || v.toString().trimmed().isEmpty())) {
                *error = u"authRecord."_s + QLatin1StringView(p.key) + u" is required"_s;
                return false;
            }
            if (!v.isUndefined())
                *p.target = v.toString().trimmed();
        }
    }
    for (const char *key :
         {"disabled", "isRemediationEnabled", "isGovCloudConfigured", "isCPSEnabled"}) {
        const QJsonValue v = data.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isBool()) {
            *error = QLatin1StringView(key) + u" must be a JSON boolean"_s;
            return false;
        }
    }
    m->disabled = data.value("disabled"_L1).toBool(m->disabled);
    m->isRemediationEnabled = data.value("isRemediationEnabled"_L1).toBool(m->isRemediationEnabled);
    m->isGovCloudConfigured = data.value("isGovCloudConfigured"_L1).toBool(m->isGovCloudConfigured);
    m->isCPSEnabled = data.value("isCPSEnabled"_L1).toBool(m->isCPSEnabled);
    if (data.contains("runFrequency"_L1)) {
        const QJsonValue v = data.value("runFrequency"_L1);
        if (!QualysTenantValidator::isInteger(v) || !frequencies.contains(int(v.toDouble()))) {
            *error = u"runFrequency must be one of 60, 120, 180, 240, 360, 480, 720, 1440"_s;
            return false;
        }
        m->runFrequency = int(v.toDouble());
    }
    if (data.contains("activation"_L1) &&
        !readActivation(data.value("activation"_L1), &m->activation, error))
        return false;
    if (data.contains("connectorAppInfos"_L1) &&
        !readApps(data.value("connectorAppInfos"_L1), &m->appNames, error))
        return false;
    if (m->appNames.isEmpty())
        m->appNames = QStringList{u"AI"_s};
    if (data.contains("defaultTags"_L1) &&
        !readTags(data.value("defaultTags"_L1), &m->defaultTagIds, error))
        return false;
    if (data.contains("connectorScanConfig"_L1) &&
        !readScanConfig(data.value("connectorScanConfig"_L1), &m->scanConfig, error))
        return false;
    if (m->isCPSEnabled && !m->activation.contains(u"VM"_s)) {
        *error = u"isCPSEnabled requires VM in activation"_s;
        return false;
    }
    return true;
}

} // namespace atc::emulator::qualys
