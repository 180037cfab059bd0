#include "QualysTenantValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

const QStringList mandatoryFields{u"applicationId"_s,
                                  u"secretValue"_s,
                                  u"tenantId"_s,
                                  u"name"_s,
                                  u"connectorAppInfos"_s,
                                  u"orgRunFrequency"_s,
                                  u"connectorRunFrequency"_s};
const QStringList booleanFields{u"isCreateConnectorForNewSubscriptionsAutomatically"_s,
                                u"isDisableConnectorsForDeletedManagementGroups"_s,
                                u"autoActivateCertView"_s,
                                u"autoActivatePC"_s,
                                u"autoActivateVM"_s,
                                u"autoActivateSCA"_s,
                                u"isRemediationEnabled"_s};
const QStringList optionalOther{u"description"_s, u"includedMem"_s, u"excludedMem"_s,
                                u"connectorPrefixName"_s, u"defaultTagIds"_s};

constexpr int MinutesPerDay = 1440;
constexpr int MaxDays = 7;

bool isPresent(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    return true;
}

} // namespace

bool QualysTenantValidator::isGuid(const QString &text)
{
    static const QRegularExpression guid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return guid.match(text).hasMatch();
}

bool QualysTenantValidator::isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15;
}

bool QualysTenantValidator::readMem(const QJsonValue &value, const QString &field, QStringList *out,
                                    QString *error) const
{
    QStringList ids;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                *error = field + u" must be an array of management group ids"_s;
                return false;
            }
            ids.append(item.toString().trimmed());
        }
    } else if (value.isString() && m_state.variant.memCommaStringAccepted) {
        for (const QString &part : value.toString().split(u',', Qt::SkipEmptyParts))
            ids.append(part.trimmed());
    } else if (!value.isUndefined() && !value.isNull()) {
        *error = field + u" must be an array of management group ids"_s;
        return false;
    }
    for (const QString &id : ids) {
        bool found = false;
        for (const auto &g : m_state.azure.managementGroups)
            found = found || g.id.compare(id, Qt::CaseInsensitive) == 0;
        if (!found) {
            *error = u"management group not found: "_s + id;
            return false;
        }
    }
    *out = ids;
    return true;
}

QualysTenantValidator::Result QualysTenantValidator::validate(const HttpRequest &request,
                                                              const QualysTenantConnector *existing,
                                                              QualysTenantConnector *out) const
{
    Result r;
    auto fail = [&r](int status, const QString &message) {
        r.status = status;
        r.message = message;
        return r;
    };
    // 1. JSON object body.
    const QByteArray contentType = request.header("content-type"_ba).toLower();
    if (!contentType.startsWith("application/json"_ba))
        return fail(415, u"Content-Type must be application/json"_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return fail(400, u"the request body must be a JSON object"_s);
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!mandatoryFields.contains(it.key()) && !booleanFields.contains(it.key()) &&
            !optionalOther.contains(it.key()))
            r.unknownFields.append(it.key());
    }
    // 2. Mandatory fields present and non-empty.
    for (const QString &field : mandatoryFields) {
        if (!isPresent(body.value(field)))
            return fail(400, field + u" is mandatory"_s);
    }
    for (const char *field : {"applicationId", "secretValue", "tenantId", "name"}) {
        if (!body.value(QLatin1StringView(field)).isString())
            return fail(400, QLatin1StringView(field) + u" must be a string"_s);
    }
    // 3. Azure ids.
    const QString applicationId = body.value("applicationId"_L1).toString().trimmed();
    const QString tenantId = body.value("tenantId"_L1).toString().trimmed();
    if (!isGuid(applicationId))
        return fail(400, u"applicationId must be a GUID"_s);
    if (!isGuid(tenantId))
        return fail(400, u"tenantId must be a GUID"_s);
    // 4. Name: length and uniqueness among live connectors.
    const QString name = body.value("name"_L1).toString().trimmed();
    if (name.size() > 255)
        return fail(400, u"name must be at most 255 characters"_s);
    const Qt::CaseSensitivity cs =
        m_state.variant.nameCaseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const QualysTenantConnector &t : m_state.tenants) {
        if (!t.isDeleted && (!existing || t.id != existing->id) && t.name.compare(name, cs) == 0) {
            return fail(m_state.variant.duplicateNameIs400 ? 400 : 409,
                        u"a tenant connector with this name already exists"_s);
        }
    }
    // 5. Apps: AI always, CI and CSA as a pair, no duplicates.
    const QJsonValue appsValue = body.value("connectorAppInfos"_L1);
    if (!appsValue.isArray())
        return fail(400, u"connectorAppInfos must be an array"_s);
    QStringList apps;
    for (const QJsonValue &item : appsValue.toArray()) {
        const QString app = item.toObject().value("name"_L1).toString();
        if (app != "AI"_L1 && app != "CI"_L1 && app != "CSA"_L1)
            return fail(400, u"connectorAppInfos: unknown app name"_s);
        if (apps.contains(app))
            return fail(400, u"connectorAppInfos: duplicate app "_s + app);
        apps.append(app);
    }
    if (!apps.contains(u"AI"_s))
        return fail(400, u"connectorAppInfos must contain AI"_s);
    if (apps.contains(u"CI"_s) != apps.contains(u"CSA"_s))
        return fail(400, u"connectorAppInfos: CI and CSA go together"_s);
    // 6. Frequencies in minutes: whole days 1–7, rounded up (2.14); tenant polling by variant.
    const QJsonValue conValue = body.value("connectorRunFrequency"_L1);
    if (!isInteger(conValue) || conValue.toDouble() <= 0)
        return fail(400, u"connectorRunFrequency must be a positive integer (minutes)"_s);
    const int conSent = int(conValue.toDouble());
    const int conDays = (conSent + MinutesPerDay - 1) / MinutesPerDay;
    if (conDays > MaxDays)
        return fail(400, u"connectorRunFrequency must be between 1 and 7 days"_s);
    const QJsonValue orgValue = body.value("orgRunFrequency"_L1);
    if (!isInteger(orgValue) || orgValue.toDouble() <= 0)
        return fail(400, u"orgRunFrequency must be a positive integer (minutes)"_s);
    const int orgSent = int(orgValue.toDouble());
    int orgStored = orgSent;
    if (m_state.variant.orgFrequencyUnderADay) {
        if (orgSent >= MinutesPerDay)
            return fail(400, u"orgRunFrequency must be under 24 hours"_s);
    } else {
        const int orgDays = (orgSent + MinutesPerDay - 1) / MinutesPerDay;
        if (orgDays > MaxDays)
            return fail(400, u"orgRunFrequency must be between 1 and 7 days"_s);
        orgStored = orgDays * MinutesPerDay;
    }
    // 7. Management groups of the Azure fixture, never in both lists.
    QStringList included;
    QStringList excluded;
    QString memError;
    if (!readMem(body.value("includedMem"_L1), u"includedMem"_s, &included, &memError) ||
        !readMem(body.value("excludedMem"_L1), u"excludedMem"_s, &excluded, &memError))
        return fail(400, memError);
    for (const QString &id : included) {
        if (excluded.contains(id, Qt::CaseInsensitive))
            return fail(400, u"management group both included and excluded: "_s + id);
    }
    // 8. Strict JSON types.
    for (const QString &field : booleanFields) {
        const QJsonValue v = body.value(field);
        if (!v.isUndefined() && !v.isBool())
            return fail(400, field + u" must be a JSON boolean"_s);
    }
    for (const char *field : {"description", "connectorPrefixName"}) {
        const QJsonValue v = body.value(QLatin1StringView(field));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(400, QLatin1StringView(field) + u" must be a string"_s);
    }
    QList<qint64> tagIds;
    const QJsonValue tagsValue = body.value("defaultTagIds"_L1);
    if (!tagsValue.isUndefined() && !tagsValue.isNull()) {
        if (!tagsValue.isArray())
            return fail(400, u"defaultTagIds must be an array of integers"_s);
        for (const QJsonValue &v : tagsValue.toArray()) {
            if (!isInteger(v))
                return fail(400, u"defaultTagIds must be an array of integers"_s);
            tagIds.append(qint64(v.toDouble()));
        }
    }
    // 10. Update: the tenant cannot change.
    if (existing && existing->tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
        return fail(400, u"tenantId cannot be changed"_s);

    QualysTenantConnector t = existing ? *existing : QualysTenantConnector();
    t.name = name;
    t.description = body.value("description"_L1).toString();
    t.applicationId = applicationId.toLower();
    t.secretValue = body.value("secretValue"_L1).toString();
    t.tenantId = tenantId.toLower();
    t.appNames = apps;
    t.orgRunFrequency = orgStored;
    t.orgRunFrequencySent = orgSent;
    t.connectorRunFrequency = conDays * MinutesPerDay;
    t.connectorRunFrequencySent = conSent;
    t.includedMem = included;
    t.excludedMem = excluded;
    t.createForNewSubscriptions =
        body.value("isCreateConnectorForNewSubscriptionsAutomatically"_L1).toBool();
    t.disableForDeletedGroups =
        body.value("isDisableConnectorsForDeletedManagementGroups"_L1).toBool();
    t.autoActivateCertView = body.value("autoActivateCertView"_L1).toBool();
    t.autoActivatePC = body.value("autoActivatePC"_L1).toBool();
    t.autoActivateVM = body.value("autoActivateVM"_L1).toBool();
    t.autoActivateSCA = body.value("autoActivateSCA"_L1).toBool();
    t.isRemediationEnabled = body.value("isRemediationEnabled"_L1).toBool();
    t.connectorPrefixName = body.value("connectorPrefixName"_L1).toString();
    t.defaultTagIds = tagIds;
    t.echoed = {};
    for (const char *field :
         {"connectorPrefixName", "includedMem", "excludedMem",
          "isCreateConnectorForNewSubscriptionsAutomatically",
          "isDisableConnectorsForDeletedManagementGroups", "autoActivateCertView", "autoActivatePC",
          "autoActivateVM", "autoActivateSCA", "isRemediationEnabled", "defaultTagIds"}) {
        const QJsonValue v = body.value(QLatin1StringView(field));
        if (!v.isUndefined())
            t.echoed.insert(QLatin1StringView(field), v);
    }
    *out = t;
    return r;
}

} // namespace atc::emulator::qualys
