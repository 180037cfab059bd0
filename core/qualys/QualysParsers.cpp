#include "QualysParsers.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

constexpr qsizetype MaxRawText = 500;

QJsonValue firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return QJsonValue();
}

QString xmlElement(const QString &text, const QString &name)
{
    const QRegularExpression re(u"<"_s + name + u"(?:\\s[^>]*)?>([\\s\\S]*?)</"_s + name + u">"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    QString inner = m.captured(1);
    inner.remove(QRegularExpression(u"<!\\[CDATA\\[|\\]\\]>"_s));
    return inner.trimmed();
}

// Plain text or HTML from a proxy: the title or the text without tags, one line, capped.
QString rawText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    if (text.contains(u"<html"_s, Qt::CaseInsensitive) ||
        text.contains(u"<!doctype"_s, Qt::CaseInsensitive)) {
        const QString title = xmlElement(text, u"title"_s);
        if (!title.isEmpty())
            text = title;
        else
            text.remove(QRegularExpression(u"<[^>]*>"_s));
    }
    text = text.simplified();
    if (text.size() > MaxRawText)
        text = text.left(MaxRawText) + u'…';
    return text;
}

QString flatText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isArray()) { // a list of validation messages
        QStringList parts;
        for (const QJsonValue &e : v.toArray()) {
            const QString t =
                e.isObject()
                    ? flatText(firstOf(e.toObject(), {"message", "errorMessage", "defaultMessage"}))
                    : flatText(e);
            if (!t.isEmpty())
                parts << t;
        }
        return parts.join(u"; "_s);
    }
    return {};
}

} // namespace

std::optional<qint64> QualysParsers::toInteger(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

bool QualysParsers::toBool(const QJsonValue &v, bool fallback)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0 || s == "1"_L1)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0 || s == "0"_L1)
            return false;
    }
    if (v.isDouble())
        return v.toDouble() != 0;
    return fallback;
}

QString QualysParsers::toText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QDateTime QualysParsers::toDateTime(const QJsonValue &v)
{
    const QString s = toText(v).trimmed();
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid()) { // epoch milliseconds
        if (const auto ms = toInteger(v))
            dt = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QualysTenantConnector QualysParsers::tenantConnector(const QJsonObject &o)
{
    QualysTenantConnector c;
    c.raw = o;
    c.id = toInteger(o.value("id"_L1)).value_or(0);
    c.name = toText(o.value("name"_L1));
    c.tenantId = toText(firstOf(o, {"organizationId", "tenantId"}));
    c.description = toText(o.value("description"_L1));
    c.connectorPrefixName = toText(o.value("connectorPrefixName"_L1));
    c.runFrequencyMinutes =
        int(toInteger(firstOf(o, {"runFrequency", "orgRunFrequency"})).value_or(0));
    c.connectorRunFrequencyMinutes =
        int(toInteger(o.value("connectorRunFrequency"_L1)).value_or(0));
    c.lastSynced = toDateTime(firstOf(o, {"lastSynced", "lastSync"}));
    c.lastError = toText(o.value("lastError"_L1));
    c.disabled = toBool(firstOf(o, {"isDisabled", "disabled"}));
    c.deleted = toBool(firstOf(o, {"isDeleted", "deleted"}));
    return c;
}

QualysMemberConnector QualysParsers::memberConnector(const QJsonObject &o)
{
    QualysMemberConnector m;
    m.raw = o;
    m.id = toInteger(o.value("id"_L1)).value_or(0);
    m.uuid = toText(firstOf(o, {"cloudviewUuid", "uuid"}));
    m.name = toText(o.value("name"_L1));
    const QJsonObject auth = o.value("authRecord"_L1).toObject();
    m.subscriptionId = toText(firstOf(auth, {"subscriptionId"}));
    m.tenantId = toText(firstOf(auth, {"directoryId", "tenantId"}));
    if (m.subscriptionId.isEmpty()) {
        // v1.0 members carry the subscription as the AI app's identifier.
        const QJsonValue infos = o.value("connectorAppInfos"_L1);
        QJsonArray list = infos.toArray();
        if (infos.isObject()) // QPS: {"list":[{"ConnectorAppInfoQList":{"list":[…]}}]} and kin
            list = infos.toObject().value("list"_L1).toArray();
        for (const QJsonValue &e : list) {
            const QString id = toText(e.toObject().value("identifier"_L1));
            if (!id.isEmpty()) {
                m.subscriptionId = id;
                break;
            }
        }
    }
    m.platformState = toText(firstOf(o, {"connectorState", "state"}));
    m.disabled = toBool(firstOf(o, {"disabled", "isDisabled"}));
    m.attachedToTenantConnector = toBool(o.value("isAttachedToOrgConnector"_L1));
    m.state = QualysMemberConnector::stateFromPlatform(m.platformState, m.disabled);
    const QJsonValue modules = firstOf(o, {"activatedModules", "activation"});
    QJsonArray mods = modules.toArray();
    if (modules.isObject()) { // QPS: {"list":{"ActivationModule":[…]}} or {"set":…}
        const QJsonObject mo = modules.toObject();
        const QJsonValue inner = firstOf(mo, {"list", "set"});
        mods = inner.isObject() ? inner.toObject().value("ActivationModule"_L1).toArray()
                                : inner.toArray();
    }
    for (const QJsonValue &e : mods) {
        const QString t = toText(e);
        if (!t.isEmpty())
            m.activatedModules << t;
    }
    m.runFrequencyMinutes = int(toInteger(o.value("runFrequency"_L1)).value_or(0));
    m.lastSync = toDateTime(firstOf(o, {"lastSync", "lastSyncedOn", "lastSynced"}));
    m.lastError = toText(firstOf(o, {"lastError", "errorDetail"}));
    return m;
}

QualysTag QualysParsers::tag(const QJsonObject &o)
{
    QualysTag t;
    t.id = toInteger(o.value("id"_L1)).value_or(0);
    t.name = toText(o.value("name"_L1));
    t.parentId = toInteger(firstOf(o, {"parentTagId", "parentId"})).value_or(0);
    t.color = toText(o.value("color"_L1));
    return t;
}

std::optional<qint64> QualysParsers::idFromBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    QJsonValue v;
    if (doc.isObject())
        v = doc.object();
    else if (doc.isArray())
        v = doc.array().isEmpty() ? QJsonValue() : doc.array().first();
    else {
        // A bare number or quoted number (QJsonDocument refuses scalars).
        QByteArray s = trimmed;
        if (s.size() >= 2 && s.startsWith('"') && s.endsWith('"'))
            s = s.mid(1, s.size() - 2);
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        return ok && n > 0 ? std::optional<qint64>(n) : std::nullopt;
    }
    for (int depth = 0; depth < 3 && v.isObject(); ++depth) {
        const QJsonObject o = v.toObject();
        if (const auto id = toInteger(o.value("id"_L1)); id && *id > 0)
            return id;
        if (const auto id = toInteger(o.value("organizationConnectorId"_L1)); id && *id > 0)
            return id;
        const QJsonValue inner = firstOf(o, {"data", "content", "body"});
        v = inner.isArray() ? inner.toArray().first() : inner;
    }
    return std::nullopt;
}

QList<QJsonObject> QualysParsers::QpsResponse::objects(const QString &objectName) const
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : data) {
        const QJsonObject o = e.toObject();
        const QJsonValue inner = o.value(objectName);
        if (inner.isObject())
            out << inner.toObject();
        else if (o.size() == 1 && o.begin().value().isObject()) // another object name
            out << o.begin().value().toObject();
    }
    return out;
}

QualysParsers::QpsResponse QualysParsers::qpsResponse(const QByteArray &body)
{
    QpsResponse r;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonObject sr = root.value("ServiceResponse"_L1).toObject();
        if (sr.isEmpty())
            return r;
        r.parsed = true;
        r.responseCode = toText(sr.value("responseCode"_L1)).trimmed();
        r.count = toInteger(sr.value("count"_L1)).value_or(-1);
        r.hasMoreRecords = toBool(sr.value("hasMoreRecords"_L1));
        r.lastId = toInteger(sr.value("lastId"_L1));
        const QJsonValue data = sr.value("data"_L1);
        if (data.isArray())
            r.data = data.toArray();
        else if (data.isObject()) // a single object instead of a one-element array
            r.data = QJsonArray{data};
        QJsonValue details = sr.value("responseErrorDetails"_L1);
        if (details.isArray())
            details = details.toArray().first();
        const QJsonObject d = details.toObject();
        r.errorMessage = toText(d.value("errorMessage"_L1)).trimmed();
        r.errorResolution = toText(d.value("errorResolution"_L1)).trimmed();
        return r;
    }
    // XML (a client that forgot Accept, or a platform that ignores it): enough to say why.
    const QString text = QString::fromUtf8(body.left(256 * 1024));
    if (text.contains(u"<ServiceResponse"_s)) {
        r.parsed = true;
        r.responseCode = xmlElement(text, u"responseCode"_s);
        r.errorMessage = xmlElement(text, u"errorMessage"_s);
        r.errorResolution = xmlElement(text, u"errorResolution"_s);
    }
    return r;
}

QualysParsers::ErrorWords QualysParsers::errorWords(const QByteArray &body)
{
    ErrorWords w;
    if (body.trimmed().isEmpty())
        return w;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains("ServiceResponse"_L1)) {
            const QpsResponse r = qpsResponse(body);
            w.code = r.responseCode;
            w.message = r.errorMessage;
            w.resolution = r.errorResolution;
            return w;
        }
        w.message = flatText(firstOf(o, {"message", "errorMessage", "responseMessage",
                                         "error_description", "detail", "errors"}))
                        .trimmed();
        const QJsonValue code = firstOf(o, {"errorCode", "code", "responseCode"});
        w.code = flatText(code).trimmed();
        const QString error = flatText(o.value("error"_L1)).trimmed();
        if (w.message.isEmpty())
            w.message = error; // {"timestamp","status","error","path"}: "Bad Request" is all
        else if (w.code.isEmpty())
            w.code = error;
        if (w.message.isEmpty() && w.code.isEmpty())
            w.message = rawText(body);
        return w;
    }
    const QString text = QString::fromUtf8(body.left(256 * 1024));
    if (text.contains(u"<ServiceResponse"_s)) {
        const QpsResponse r = qpsResponse(body);
        w.code = r.responseCode;
        w.message = r.errorMessage;
        w.resolution = r.errorResolution;
        return w;
    }
    if (text.contains(u"<SIMPLE_RETURN"_s) || text.contains(u"<TEXT>"_s)) {
        w.code = xmlElement(text, u"CODE"_s);
        w.message = xmlElement(text, u"TEXT"_s);
        if (!w.message.isEmpty())
            return w;
    }
    w.message = rawText(body);
    return w;
}

QualysErrorKind QualysParsers::qpsCodeKind(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == "UNAUTHORIZED"_L1)
        return QualysErrorKind::NoApiAccess;
    if (c == "INSUFFICIENT_PERMISSION"_L1 || c == "FORBIDDEN"_L1 || c == "NOT_AUTHORIZED"_L1)
        return QualysErrorKind::PermissionDenied;
    if (c == "INVALID_CREDENTIALS"_L1)
        return QualysErrorKind::LoginFailed;
    if (c == "INVALID_REQUEST"_L1)
        return QualysErrorKind::Rejected;
    if (c == "OBJECT_NOT_FOUND"_L1)
        return QualysErrorKind::NotFound;
    if (c == "LIMIT_EXCEEDED"_L1)
        return QualysErrorKind::Throttled;
    return QualysErrorKind::QpsFailure;
}

QualysError QualysParsers::gatewayError(int status, const QByteArray &body)
{
    const ErrorWords w = errorWords(body);
    QualysErrorKind kind = QualysErrorKind::HttpError;
    if (status == 400 || status == 422 || status == 415)
        kind = QualysErrorKind::Rejected;
    else if (status == 401)
        kind = QualysErrorKind::TokenRejected;
    else if (status == 403)
        kind = QualysErrorKind::PermissionDenied;
    else if (status == 404)
        kind = QualysErrorKind::NotFound;
    else if (status == 409)
        kind = QualysErrorKind::Conflict;
    else if (status == 429)
        kind = QualysErrorKind::Throttled;
    else if (status >= 500)
        kind = QualysErrorKind::ServerError;
    QualysError e = QualysError::make(kind, w.message, status, w.code);
    e.resolution = w.resolution;
    return e;
}

QualysError QualysParsers::qpsError(int status, const QByteArray &body)
{
    const ErrorWords w = errorWords(body);
    QualysErrorKind kind = QualysErrorKind::None;
    if (status >= 200 && status < 300) {
        const QpsResponse r = qpsResponse(body);
        if (!r.parsed)
            kind = QualysErrorKind::MalformedResponse;
        else if (r.responseCode.compare("SUCCESS"_L1, Qt::CaseInsensitive) != 0)
            kind = qpsCodeKind(r.responseCode);
    } else if (status == 401) {
        kind = QualysErrorKind::LoginFailed;
    } else if (status == 403) {
        kind = QualysErrorKind::PermissionDenied;
    } else if (status == 400 || status == 415) {
        kind = w.code.isEmpty() ? QualysErrorKind::Rejected : qpsCodeKind(w.code);
        if (kind == QualysErrorKind::QpsFailure)
            kind = QualysErrorKind::Rejected;
    } else if (status == 404) {
        kind = QualysErrorKind::NotFound;
    } else if (status == 409 || status == 429) {
        kind = QualysErrorKind::Throttled;
    } else if (status >= 500) {
        kind = QualysErrorKind::ServerError;
    } else {
        kind = QualysErrorKind::HttpError;
    }
    if (kind == QualysErrorKind::None)
        return {};
    QualysError e = QualysError::make(kind, w.message, status, w.code);
    e.resolution = w.resolution;
    return e;
}

} // namespace atc
