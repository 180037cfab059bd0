#include "QualysQpsApi.h"

#include "QualysMemberValidator.h"
#include "QualysResponses.h"
#include "QualysTenantValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

const QString Connector = u"AzureAssetDataConnector"_s;

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

} // namespace

HttpReply QualysQpsApi::invalid(const QString &message) const
{
    return QualysResponses::qpsFailure(u"INVALID_REQUEST"_s, message,
                                       u"Please check your request and try again."_s, m_json);
}

HttpReply QualysQpsApi::idOnly(qint64 id) const
{
    return QualysResponses::qpsSuccess(Connector, {QJsonObject{{"id"_L1, id}}}, m_json,
                                       m_state.variant);
}

HttpReply QualysQpsApi::handle(const HttpRequest &request)
{
    static const QRegularExpression route(
        u"^/qps/rest/(3\\.0|2\\.0)/(create|update|get|search|delete|run)/am/"
        "(azureassetdataconnector|assetdataconnectorerrors|tag)(?:/(\\d{1,15}))?$"_s);
    const QRegularExpressionMatch rm = route.match(request.path);
    const QString version = rm.captured(1);
    const QString verb = rm.captured(2);
    const QString object = rm.captured(3);
    const bool hasId = !rm.captured(4).isEmpty();
    const qint64 id = rm.captured(4).toLongLong();
    Op op = Op::None;
    QList<QByteArray> methods{"POST"_ba};
    if (rm.hasMatch() && version == "3.0"_L1 && object == "azureassetdataconnector"_L1) {
        if (verb == "create"_L1 && !hasId)
            op = Op::Create;
        else if (verb == "update"_L1 && hasId)
            op = Op::Update;
        else if (verb == "get"_L1 && hasId)
            op = Op::Get;
        else if (verb == "search"_L1 && !hasId)
            op = Op::SearchConnectors;
        else if (verb == "delete"_L1 && hasId)
            op = Op::Delete;
        else if (verb == "run"_L1 && hasId)
            op = Op::Run;
    } else if (rm.hasMatch() && version == "3.0"_L1 && object == "assetdataconnectorerrors"_L1) {
        if (verb == "search"_L1 && !hasId)
            op = Op::Errors;
    } else if (rm.hasMatch() && version == "2.0"_L1 && object == "tag"_L1) {
        if (verb == "search"_L1 && !hasId)
            op = Op::TagSearch;
        else if (verb == "create"_L1 && !hasId)
            op = Op::TagCreate;
        else if (verb == "get"_L1 && hasId)
            op = Op::TagGet;
    }
    if (op == Op::Update)
        methods.append("PUT"_ba);
    else if (op == Op::Get || op == Op::TagGet)
        methods = {"GET"_ba};
    if (op == Op::None)
        return QualysResponses::simpleReturn(404, 0, u"Not Found"_s, m_state.clock.now());
    if (!methods.contains(request.method))
        return QualysResponses::simpleReturn(405, 0, u"Method not allowed"_s, m_state.clock.now());
    if (request.header("x-requested-with"_ba).isEmpty()) {
        return QualysResponses::simpleReturn(
            400, 1920, u"Missing required header X-Requested-With."_s, m_state.clock.now());
    }
    // Bearer tokens from the gateway are accepted too: Qualys documents them on /qps/rest/3.0
    // for WAS (reference §2.2); an OAuth client account has no Basic credentials at all.
    if (request.header("authorization"_ba).startsWith("Bearer "_ba)) {
        HttpReply failure;
        const FakeQualysUser *tokenUser = m_auth.bearerUser(request, &failure);
        if (!tokenUser)
            return failure;
        return authorized(request, op, id, *tokenUser);
    }
    const FakeQualysUser *user = m_auth.basicUser(request);
    if (!user) {
        HttpReply reply;
        reply.status = 401;
        reply.setHeader("WWW-Authenticate"_ba, "Basic realm=\"MSP Portal\""_ba);
        if (m_state.variant.qpsUnauthorizedHtml) {
            reply.setHeader("Content-Type"_ba, "text/html"_ba);
            reply.body = "<html><head><title>401 Unauthorized</title></head><body>"
                         "<h1>Unauthorized</h1></body></html>"_ba;
        }
        return reply;
    }
    return authorized(request, op, id, *user);
}

HttpReply QualysQpsApi::authorized(const HttpRequest &request, Op op, qint64 id,
                                   const FakeQualysUser &account)
{
    const FakeQualysUser *user = &account;
    m_json = request.header("accept"_ba).toLower().contains("application/json"_ba);
    const bool tagOp = op == Op::TagSearch || op == Op::TagCreate || op == Op::TagGet;
    if (!user->apiAccess || (!tagOp && !user->connectorsPermission)) {
        return QualysResponses::qpsFailure(
            u"UNAUTHORIZED"_s,
            u"You are not authorized to access the application through the API."_s,
            u"If you think this is an error, please contact your account manager."_s, m_json);
    }
    switch (op) {
    case Op::Create:
        return create(request, *user);
    case Op::Update:
        return update(request, id);
    case Op::Get:
        return get(id);
    case Op::SearchConnectors:
        return search(request);
    case Op::Delete:
        return remove(id);
    case Op::Run:
        return run(id);
    case Op::Errors:
        return searchErrors(request);
    case Op::TagSearch:
        return searchTags(request);
    case Op::TagCreate:
        return createTag(request);
    case Op::TagGet:
        return getTag(id);
    case Op::None:
        break;
    }
    return QualysResponses::simpleReturn(404, 0, u"Not Found"_s, m_state.clock.now());
}

bool QualysQpsApi::readBody(const HttpRequest &request, bool required, QJsonObject *out,
                            HttpReply *failure) const
{
    const QByteArray trimmed = request.body.trimmed();
    if (trimmed.isEmpty() && !required) {
        *out = {};
        return true;
    }
    const bool jsonType =
        request.header("content-type"_ba).toLower().startsWith("application/json"_ba);
    if (!jsonType) {
        *failure =
            invalid(trimmed.startsWith('{') ? u"A JSON body needs Content-Type: application/json."_s
                                            : u"The fake reads JSON request bodies only."_s);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    const QJsonValue sr = doc.object().value("ServiceRequest"_L1);
    if (!doc.isObject() || !sr.isObject()) {
        *failure = invalid(u"The body must be a JSON ServiceRequest object."_s);
        return false;
    }
    *out = sr.toObject();
    return true;
}

bool QualysQpsApi::readSearch(const QJsonObject &body, const QHash<QString, QStringList> &fields,
                              Search *out, HttpReply *failure) const
{
    const QJsonObject prefs = body.value("preferences"_L1).toObject();
    auto number = [](const QJsonValue &v, bool *ok) -> qint64 {
        if (QualysTenantValidator::isInteger(v)) {
            *ok = true;
            return qint64(v.toDouble());
        }
        return v.toString().toLongLong(ok);
    };
    bool ok = true;
    if (prefs.contains("limitResults"_L1)) {
        const qint64 limit = number(prefs.value("limitResults"_L1), &ok);
        if (!ok || limit < 1 || limit > 1000) {
            *failure = invalid(u"limitResults must be between 1 and 1000."_s);
            return false;
        }
        out->limit = int(limit);
    }
    if (prefs.contains("startFromId"_L1)) {
        out->startFromId = number(prefs.value("startFromId"_L1), &ok);
        if (!ok || out->startFromId < 0) {
            *failure = invalid(u"startFromId must be a positive integer."_s);
            return false;
        }
    }
    const QJsonValue criteria = body.value("filters"_L1).toObject().value("Criteria"_L1);
    const QJsonArray list = criteria.isArray()    ? criteria.toArray()
                            : criteria.isObject() ? QJsonArray{criteria}
                                                  : QJsonArray{};
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        Search::Criterion criterion{c.value("field"_L1).toString(),
                                    c.value("operator"_L1).toString(),
                                    valueText(c.value("value"_L1))};
        if (!fields.contains(criterion.field)) {
            *failure = invalid(u"Unknown field in Criteria: "_s + criterion.field);
            return false;
        }
        if (!fields.value(criterion.field).contains(criterion.op)) {
            *failure = invalid(u"Operator "_s + criterion.op + u" is not supported for "_s +
                               criterion.field);
            return false;
        }
        out->criteria.append(criterion);
    }
    return true;
}

bool QualysQpsApi::matches(const QString &actual, const QString &op, const QString &value)
{
    if (op == "EQUALS"_L1)
        return actual.compare(value, Qt::CaseInsensitive) == 0;
    if (op == "CONTAINS"_L1)
        return actual.contains(value, Qt::CaseInsensitive);
    if (op == "GREATER"_L1)
        return actual.toLongLong() > value.toLongLong();
    return false;
}

HttpReply QualysQpsApi::create(const HttpRequest &request, const FakeQualysUser &user)
{
    QJsonObject body;
    HttpReply failure;
    if (!readBody(request, true, &body, &failure))
        return failure;
    const QJsonValue data = body.value("data"_L1).toObject().value(Connector);
    if (!data.isObject())
        return invalid(u"data.AzureAssetDataConnector is required."_s);
    QualysMemberConnector m;
    QString error;
    if (!QualysMemberValidator(m_state).apply(data.toObject(), true, &m, &error))
        return invalid(error);
    if (!m_state.variant.qpsDuplicateSubscriptionAccepted) {
        for (const QualysMemberConnector &other : m_state.members) {
            if (!other.isDeleted &&
                other.subscriptionId.compare(m.subscriptionId, Qt::CaseInsensitive) == 0)
                return invalid(u"A connector for this subscription already exists."_s);
        }
    }
    m.id = m_state.nextMemberId();
    m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.userName = user.login;
    m.state = m.disabled ? u"DISABLED"_s : u"QUEUED"_s;
    m_state.members.insert(m.id, m);
    return QualysResponses::qpsSuccess(Connector,
                                       {QualysResponses::qpsMember(m, m_state.variant, false)},
                                       m_json, m_state.variant);
}

HttpReply QualysQpsApi::update(const HttpRequest &request, qint64 id)
{
    QualysMemberConnector *existing = m_state.member(id);
    if (!existing) {
        return QualysResponses::qpsFailure(u"OBJECT_NOT_FOUND"_s,
                                           u"Object with id %1 not found."_s.arg(id),
                                           u"Check the id."_s, m_json);
    }
    QJsonObject body;
    HttpReply failure;
    if (!readBody(request, true, &body, &failure))
        return failure;
    if (existing->orgConnectorId != 0 && m_state.variant.qpsRejectsAttachedUpdate)
        return invalid(u"The connector is attached to a tenant connector."_s);
    const QJsonValue data = body.value("data"_L1).toObject().value(Connector);
    if (!data.isObject())
        return invalid(u"data.AzureAssetDataConnector is required."_s);
    QualysMemberConnector m = *existing;
    QString error;
    if (!QualysMemberValidator(m_state).apply(data.toObject(), false, &m, &error))
        return invalid(error);
    if (m.disabled && !existing->disabled)
        m.state = u"DISABLED"_s;
    else if (!m.disabled && existing->disabled)
        m.state = u"QUEUED"_s;
    *existing = m;
    return idOnly(id);
}

HttpReply QualysQpsApi::get(qint64 id)
{
    const QualysMemberConnector *m = m_state.member(id);
    if (!m) {
        return QualysResponses::qpsFailure(u"OBJECT_NOT_FOUND"_s,
                                           u"Object with id %1 not found."_s.arg(id),
                                           u"Check the id."_s, m_json);
    }
    return QualysResponses::qpsSuccess(Connector,
                                       {QualysResponses::qpsMember(*m, m_state.variant, true)},
                                       m_json, m_state.variant);
}

HttpReply QualysQpsApi::search(const HttpRequest &request)
{
    QJsonObject body;
    HttpReply failure;
    Search s;
    // authRecord.directoryId is [I]: not seen in a Qualys script, but the field exists.
    const QHash<QString, QStringList> fields{{u"id"_s, {u"EQUALS"_s, u"GREATER"_s}},
                                             {u"name"_s, {u"EQUALS"_s, u"CONTAINS"_s}},
                                             {u"authRecord.subscriptionId"_s, {u"EQUALS"_s}},
                                             {u"authRecord.directoryId"_s, {u"EQUALS"_s}}};
    if (!readBody(request, false, &body, &failure) || !readSearch(body, fields, &s, &failure))
        return failure;
    QList<QJsonObject> items;
    bool more = false;
    qint64 lastId = 0;
    for (const QualysMemberConnector &m : m_state.members) {
        // startFromId as the reference's "next page = startFromId lastId" implies: after it.
        if (m.isDeleted || m.id <= s.startFromId)
            continue;
        bool ok = true;
        for (const auto &c : s.criteria) {
            const QString actual = c.field == "id"_L1     ? QString::number(m.id)
                                   : c.field == "name"_L1 ? m.name
                                   : c.field == "authRecord.subscriptionId"_L1 ? m.subscriptionId
                                                                               : m.directoryId;
            ok = ok && matches(actual, c.op, c.value);
        }
        if (!ok)
            continue;
        if (items.size() == s.limit) {
            more = true;
            break;
        }
        items.append(QualysResponses::qpsMember(m, m_state.variant, true));
        lastId = m.id;
    }
    QJsonObject extra{{"hasMoreRecords"_L1, more ? u"true"_s : u"false"_s}};
    if (lastId != 0)
        extra.insert("lastId"_L1, lastId);
    return QualysResponses::qpsSuccess(Connector, items, m_json, m_state.variant, extra);
}

HttpReply QualysQpsApi::remove(qint64 id)
{
    QualysMemberConnector *m = m_state.member(id);
    if (!m) {
        return QualysResponses::qpsFailure(u"OBJECT_NOT_FOUND"_s,
                                           u"Object with id %1 not found."_s.arg(id),
                                           u"Check the id."_s, m_json);
    }
    m->isDeleted = true;
    return idOnly(id);
}

HttpReply QualysQpsApi::run(qint64 id)
{
    QualysMemberConnector *m = m_state.member(id);
    if (!m) {
        return QualysResponses::qpsFailure(u"OBJECT_NOT_FOUND"_s,
                                           u"Object with id %1 not found."_s.arg(id),
                                           u"Check the id."_s, m_json);
    }
    if (m->disabled)
        return invalid(u"The connector is disabled and cannot be run."_s);
    m->state = u"QUEUED"_s;
    return QualysResponses::qpsSuccess(Connector,
                                       {QualysResponses::qpsMember(*m, m_state.variant, true)},
                                       m_json, m_state.variant);
}

HttpReply QualysQpsApi::searchErrors(const HttpRequest &request)
{
    QJsonObject body;
    HttpReply failure;
    Search s;
    if (!readBody(request, false, &body, &failure) ||
        !readSearch(body, {{u"id"_s, {u"EQUALS"_s}}}, &s, &failure))
        return failure;
    QList<QJsonObject> items;
    for (const QualysConnectorError &e : m_state.connectorErrors) {
        bool ok = true;
        for (const auto &c : s.criteria)
            ok = ok && matches(QString::number(e.connectorId), c.op, c.value);
        if (ok && items.size() < s.limit) {
            items.append({{"connectorId"_L1, e.connectorId},
                          {"errorMessage"_L1, e.errorMessage},
                          {"created"_L1, QualysClock::qpsTimestamp(e.created)}});
        }
    }
    return QualysResponses::qpsSuccess(u"AssetDataConnectorErrors"_s, items, m_json,
                                       m_state.variant);
}

HttpReply QualysQpsApi::searchTags(const HttpRequest &request)
{
    QJsonObject body;
    HttpReply failure;
    Search s;
    const QHash<QString, QStringList> fields{{u"id"_s, {u"EQUALS"_s, u"GREATER"_s}},
                                             {u"name"_s, {u"EQUALS"_s, u"CONTAINS"_s}}};
    if (!readBody(request, false, &body, &failure) || !readSearch(body, fields, &s, &failure))
        return failure;
    QList<QJsonObject> items;
    bool more = false;
    for (const QualysTag &t : m_state.tags) {
        if (t.id <= s.startFromId)
            continue;
        bool ok = true;
        for (const auto &c : s.criteria)
            ok = ok && matches(c.field == "id"_L1 ? QString::number(t.id) : t.name, c.op, c.value);
        if (!ok)
            continue;
        if (items.size() == s.limit) {
            more = true;
            break;
        }
        items.append(QualysResponses::qpsTag(t));
    }
    return QualysResponses::qpsSuccess(u"Tag"_s, items, m_json, m_state.variant,
                                       {{"hasMoreRecords"_L1, more ? u"true"_s : u"false"_s}});
}

HttpReply QualysQpsApi::createTag(const HttpRequest &request)
{
    QJsonObject body;
    HttpReply failure;
    if (!readBody(request, true, &body, &failure))
        return failure;
    const QJsonObject data = body.value("data"_L1).toObject().value("Tag"_L1).toObject();
    const QString name = data.value("name"_L1).toString().trimmed();
    if (name.isEmpty() || name.size() > 255)
        return invalid(u"Tag name is required (1 to 255 characters)."_s);
    qint64 parent = 0;
    if (data.contains("parentTagId"_L1)) {
        const QJsonValue p = data.value("parentTagId"_L1);
        if (!QualysTenantValidator::isInteger(p) || !m_state.tags.contains(qint64(p.toDouble())))
            return invalid(u"parentTagId does not name an existing tag."_s);
        parent = qint64(p.toDouble());
    }
    for (const QualysTag &t : m_state.tags) {
        if (t.parentTagId == parent && t.name.compare(name, Qt::CaseInsensitive) == 0)
            return invalid(u"A tag with this name already exists under the same parent."_s);
    }
    QualysTag t;
    t.id = m_state.nextTagId();
    t.name = name;
    t.parentTagId = parent;
    t.ruleType = data.value("ruleType"_L1).toString(u"STATIC"_s);
    t.ruleText = data.value("ruleText"_L1).toString();
    t.color = data.value("color"_L1).toString();
    t.created = t.modified = m_state.clock.now();
    m_state.tags.insert(t.id, t);
    return QualysResponses::qpsSuccess(u"Tag"_s, {QualysResponses::qpsTag(t)}, m_json,
                                       m_state.variant);
}

HttpReply QualysQpsApi::getTag(qint64 id)
{
    const QualysTag *t = m_state.tag(id);
    if (!t) {
        return QualysResponses::qpsFailure(u"OBJECT_NOT_FOUND"_s,
                                           u"Tag with id %1 not found."_s.arg(id),
                                           u"Check the id."_s, m_json);
    }
    return QualysResponses::qpsSuccess(u"Tag"_s, {QualysResponses::qpsTag(*t)}, m_json,
                                       m_state.variant);
}

} // namespace atc::emulator::qualys
