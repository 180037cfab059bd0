#include "QualysResponses.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

QJsonValue frequency(int minutes, const QualysVariant &v)
{
    return v.frequenciesAsNumbers ? QJsonValue(minutes) : QJsonValue(QString::number(minutes));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString v1Module(const QString &qpsModule)
{
    if (qpsModule == "VM"_L1 || qpsModule == "PC"_L1 || qpsModule == "SCA"_L1)
        return u"QWEB_"_s + qpsModule;
    return qpsModule;
}

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

const char *reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    default:
        return "Error";
    }
}

} // namespace

QJsonObject QualysResponses::tenantObject(const QualysTenantConnector &t, const QualysVariant &v)
{
    const int org = v.echoRoundedFrequency ? t.orgRunFrequency : t.orgRunFrequencySent;
    const int con = v.echoRoundedFrequency ? t.connectorRunFrequency : t.connectorRunFrequencySent;
    QJsonObject o{{"id"_L1, t.id},
                  {"organizationId"_L1, t.tenantId},
                  {"name"_L1, t.name},
                  {"runFrequency"_L1, frequency(org, v)},
                  {"connectorRunFrequency"_L1, frequency(con, v)},
                  {"lastSynced"_L1, t.lastSynced.isValid()
                                        ? QJsonValue(QualysClock::v1Timestamp(t.lastSynced))
                                        : QJsonValue()},
                  {"userName"_L1, t.userName},
                  {"type"_L1, "AZURE"_L1},
                  {"lastError"_L1, textOrNull(t.lastError)},
                  {"isDeleted"_L1, t.isDeleted},
                  {"isDisabled"_L1, t.isDisabled},
                  {"description"_L1, t.description}};
    for (auto it = t.echoed.begin(); it != t.echoed.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject QualysResponses::memberObject(const QualysMemberConnector &m)
{
    QJsonArray modules;
    for (const QString &module : m.activation)
        modules.append(v1Module(module));
    QJsonArray apps;
    for (const QString &app : m.appNames) {
        apps.append(QJsonObject{{"name"_L1, app},
                                {"identifier"_L1, m.subscriptionId},
                                {"tagId"_L1, m.defaultTagIds.isEmpty()
                                                 ? QJsonValue()
                                                 : QJsonValue(m.defaultTagIds.first())}});
    }
    QJsonValue tagIds;
    if (!m.defaultTagIds.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : m.defaultTagIds)
            ids.append(id);
        tagIds = ids;
    }
    return {{"id"_L1, m.id},
            {"uuid"_L1, m.uuid},
            {"username"_L1, m.userName},
            {"name"_L1, m.name},
            {"description"_L1, m.description},
            {"defaultTagIds"_L1, tagIds},
            {"state"_L1, m.state},
            {"cloudType"_L1, "AZURE"_L1},
            {"isRemediationEnabled"_L1, m.isRemediationEnabled},
            {"isDisabled"_L1, m.disabled},
            {"isDeleted"_L1, m.isDeleted},
            {"scanUuid"_L1, QJsonValue()},
            {"activatedModules"_L1, modules},
            {"connectorAppInfos"_L1, apps}};
}

bool QualysResponses::paged(const QJsonArray &all, const HttpRequest &request, int defaultSize,
                            QJsonObject *out)
{
    bool hasSize = false;
    bool hasNumber = false;
    const QString sizeText = request.queryValue(u"pageSize"_s, &hasSize);
    const QString numberText = request.queryValue(u"pageNumber"_s, &hasNumber);
    bool ok = true;
    const int size = hasSize ? sizeText.toInt(&ok) : defaultSize;
    if (!ok || size < 1 || size > 100)
        return false;
    const int number = hasNumber ? numberText.toInt(&ok) : 0;
    if (!ok || number < 0)
        return false;
    QJsonArray content;
    const qsizetype first = qsizetype(number) * size;
    for (qsizetype i = first; i < all.size() && i < first + size; ++i)
        content.append(all.at(i));
    const int totalPages = int((all.size() + size - 1) / size);
    *out = {{"currentPage"_L1, number},
            {"currentPageSize"_L1, int(content.size())},
            {"totalPages"_L1, totalPages},
            {"numberOfElements"_L1, int(content.size())},
            {"totalElements"_L1, int(all.size())},
            {"content"_L1, content}};
    return true;
}

HttpReply QualysResponses::json(int status, const QJsonValue &body)
{
    HttpReply reply;
    reply.status = status;
    reply.setHeader("Content-Type"_ba, "application/json"_ba);
    reply.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply QualysResponses::v1Error(int status, const QString &message, const QString &path,
                                   const QualysVariant &v, const QDateTime &now)
{
    const QString error = QString::fromLatin1(reason(status));
    switch (v.errorStyle) {
    case QualysErrorStyle::StatusErrorMessage:
        return json(
            status,
            QJsonObject{{"status"_L1, status}, {"error"_L1, error}, {"message"_L1, message}});
    case QualysErrorStyle::ErrorCode:
        return json(status, QJsonObject{{"errorCode"_L1, u"CMS-%1000"_s.arg(status / 100)},
                                        {"message"_L1, message}});
    case QualysErrorStyle::TimestampNoMessage:
        return json(status, QJsonObject{{"timestamp"_L1, QualysClock::v1Timestamp(now)},
                                        {"status"_L1, status},
                                        {"error"_L1, error},
                                        {"path"_L1, path}});
    case QualysErrorStyle::PlainText:
        break;
    }
    HttpReply reply;
    reply.status = status;
    reply.setHeader("Content-Type"_ba, "text/plain"_ba);
    reply.body = message.toUtf8();
    return reply;
}

HttpReply QualysResponses::unauthorized(const QString &message)
{
    return json(
        401,
        QJsonObject{{"status"_L1, 401}, {"error"_L1, "Unauthorized"_L1}, {"message"_L1, message}});
}

QJsonValue QualysResponses::qpsBool(bool value, const QualysVariant &v)
{
    if (v.qpsBooleansAsJson)
        return value;
    return value ? u"true"_s : u"false"_s;
}

QJsonObject QualysResponses::qpsMember(const QualysMemberConnector &m, const QualysVariant &v,
                                       bool withAuthRecord)
{
    QJsonArray activation;
    for (const QString &module : m.activation)
        activation.append(QJsonObject{{"ActivationModule"_L1, module}});
    QJsonArray apps;
    for (const QString &app : m.appNames) {
        QJsonObject info{{"name"_L1, app}, {"identifier"_L1, m.subscriptionId}};
        if (!m.defaultTagIds.isEmpty())
            info.insert("tagId"_L1, m.defaultTagIds.first());
        apps.append(QJsonObject{{"ConnectorAppInfo"_L1, info}});
    }
    QJsonArray tagList;
    for (const qint64 id : m.defaultTagIds)
        tagList.append(QJsonObject{{"TagSimple"_L1, QJsonObject{{"id"_L1, id}}}});
    // The authentication key is never returned; create echoes an empty authRecord.
    QJsonObject auth;
    if (withAuthRecord) {
        auth = {{"applicationId"_L1, m.applicationId},
                {"directoryId"_L1, m.directoryId},
                {"subscriptionId"_L1, m.subscriptionId}};
    }
    QJsonObject o{{"id"_L1, m.id},
                  {"name"_L1, m.name},
                  {"description"_L1, m.description},
                  {"type"_L1, "AZURE"_L1},
                  {"connectorState"_L1, m.state},
                  {"disabled"_L1, qpsBool(m.disabled, v)},
                  {"isDeleted"_L1, qpsBool(m.isDeleted, v)},
                  {"isGovCloudConfigured"_L1, qpsBool(m.isGovCloudConfigured, v)},
                  {"isRemediationEnabled"_L1, qpsBool(m.isRemediationEnabled, v)},
                  {"isCPSEnabled"_L1, qpsBool(m.isCPSEnabled, v)},
                  {"isAttachedToOrgConnector"_L1, qpsBool(m.orgConnectorId != 0, v)},
                  {"runFrequency"_L1, m.runFrequency},
                  {"cloudviewUuid"_L1, m.uuid},
                  {"authRecord"_L1, auth},
                  {"activation"_L1, QJsonObject{{"list"_L1, activation}}},
                  {"connectorAppInfos"_L1, QJsonObject{{"list"_L1, apps}}},
                  {"defaultTags"_L1, QJsonObject{{"list"_L1, tagList}}}};
    if (!m.subscriptionName.isEmpty())
        o.insert("subscriptionName"_L1, m.subscriptionName);
    if (m.lastSync.isValid())
        o.insert("lastSync"_L1, QualysClock::qpsTimestamp(m.lastSync));
    if (m.nextSync.isValid())
        o.insert("nextSync"_L1, QualysClock::qpsTimestamp(m.nextSync));
    if (!m.lastError.isEmpty())
        o.insert("lastError"_L1, m.lastError);
    return o;
}

QJsonObject QualysResponses::qpsTag(const QualysTag &t)
{
    QJsonObject o{{"id"_L1, t.id},
                  {"name"_L1, t.name},
                  {"ruleType"_L1, t.ruleType},
                  {"created"_L1, QualysClock::qpsTimestamp(t.created)},
                  {"modified"_L1, QualysClock::qpsTimestamp(t.modified)}};
    if (t.parentTagId != 0)
        o.insert("parentTagId"_L1, t.parentTagId);
    if (!t.ruleText.isEmpty())
        o.insert("ruleText"_L1, t.ruleText);
    if (!t.color.isEmpty())
        o.insert("color"_L1, t.color);
    return o;
}

QByteArray QualysResponses::toXml(const QString &name, const QJsonValue &value)
{
    const QByteArray tag = name.toUtf8();
    QByteArray out;
    if (value.isArray()) {
        out += '<' + tag + '>';
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject o = item.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                out += toXml(it.key(), it.value());
        }
        out += "</" + tag + '>';
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        out += '<' + tag + '>';
        for (auto it = o.begin(); it != o.end(); ++it)
            out += toXml(it.key(), it.value());
        out += "</" + tag + '>';
    } else if (value.isNull()) {
        out += '<' + tag + "/>";
    } else {
        const QString text = value.isBool()     ? (value.toBool() ? u"true"_s : u"false"_s)
                             : value.isDouble() ? QString::number(qint64(value.toDouble()))
                                                : value.toString();
        out += '<' + tag + '>' + xmlEscape(text) + "</" + tag + '>';
    }
    return out;
}

HttpReply QualysResponses::qpsSuccess(const QString &objectName, const QList<QJsonObject> &items,
                                      bool jsonOut, const QualysVariant &v,
                                      const QJsonObject &extra)
{
    QJsonObject envelope{{"responseCode"_L1, "SUCCESS"_L1}, {"count"_L1, int(items.size())}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        envelope.insert(it.key(), it.value());
    if (!items.isEmpty() || v.qpsEmptyDataArray) {
        QJsonArray data;
        for (const QJsonObject &item : items)
            data.append(QJsonObject{{objectName, item}});
        envelope.insert("data"_L1, data);
    }
    HttpReply reply;
    reply.status = 200;
    if (jsonOut) {
        reply.setHeader("Content-Type"_ba, "application/json"_ba);
        reply.body = QJsonDocument(QJsonObject{{"ServiceResponse"_L1, envelope}})
                         .toJson(QJsonDocument::Compact);
    } else {
        reply.setHeader("Content-Type"_ba, "application/xml"_ba);
        reply.body =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + toXml(u"ServiceResponse"_s, envelope);
    }
    return reply;
}

HttpReply QualysResponses::qpsFailure(const QString &code, const QString &message,
                                      const QString &resolution, bool jsonOut)
{
    const QJsonObject envelope{
        {"responseCode"_L1, code},
        {"responseErrorDetails"_L1,
         QJsonObject{{"errorMessage"_L1, message}, {"errorResolution"_L1, resolution}}}};
    HttpReply reply;
    reply.status = 200; // QPS reports failures in the envelope, not in the HTTP status
    if (jsonOut) {
        reply.setHeader("Content-Type"_ba, "application/json"_ba);
        reply.body = QJsonDocument(QJsonObject{{"ServiceResponse"_L1, envelope}})
                         .toJson(QJsonDocument::Compact);
    } else {
        reply.setHeader("Content-Type"_ba, "application/xml"_ba);
        reply.body =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + toXml(u"ServiceResponse"_s, envelope);
    }
    return reply;
}

HttpReply QualysResponses::simpleReturn(int status, int code, const QString &text,
                                        const QDateTime &now)
{
    HttpReply reply;
    reply.status = status;
    reply.setHeader("Content-Type"_ba, "text/xml"_ba);
    reply.body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<SIMPLE_RETURN><RESPONSE><DATETIME>" +
        QualysClock::qpsTimestamp(now).toUtf8() + "</DATETIME>" +
        (code ? "<CODE>" + QByteArray::number(code) + "</CODE>" : QByteArray()) + "<TEXT>" +
        xmlEscape(text) + "</TEXT></RESPONSE></SIMPLE_RETURN>\n";
    return reply;
}

} // namespace atc::emulator::qualys
