#include "QualysControlApi.h"

#include "FakeQualys.h"
#include "QualysResponses.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

HttpReply ok(const QJsonValue &body = QJsonObject{{"ok"_L1, true}})
{
    return QualysResponses::json(200, body);
}

HttpReply bad(const QString &message)
{
    return QualysResponses::json(400, QJsonObject{{"error"_L1, message}});
}

/** The body's objects: one object, or every object of an array. */
QList<QJsonObject> objects(const QByteArray &body, bool *valid)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QList<QJsonObject> out;
    *valid = doc.isObject() || doc.isArray();
    if (doc.isObject())
        out.append(doc.object());
    for (const QJsonValue &v : doc.array()) {
        *valid = *valid && v.isObject();
        out.append(v.toObject());
    }
    return out;
}

} // namespace

HttpReply QualysControlApi::handle(const HttpRequest &request)
{
    const QString &p = request.path;
    const bool post = request.method == "POST"_ba;
    const bool get = request.method == "GET"_ba;
    bool valid = false;
    if (post && p == "/__fake/reset"_L1) {
        m_fake.reset();
        return ok();
    }
    if (post && p == "/__fake/clock/advance"_L1) {
        const int seconds = request.queryValue(u"seconds"_s).toInt(&valid);
        if (!valid || seconds < 0 || seconds > 30 * 86400)
            return bad(u"seconds must be 0 to 2592000"_s);
        m_fake.advanceClock(seconds);
        return ok(QJsonObject{{"now"_L1, m_fake.clockNow().toString(Qt::ISODate)}});
    }
    if (post && p == "/__fake/users"_L1) {
        const QList<QJsonObject> users = objects(request.body, &valid);
        if (!valid)
            return bad(u"expected a user object or an array of them"_s);
        for (const QJsonObject &u : users) {
            if (u.value("login"_L1).toString().isEmpty())
                return bad(u"login is required"_s);
            m_fake.addUser(FakeQualysUser::fromJson(u));
        }
        return ok();
    }
    if (post && p == "/__fake/azure"_L1) {
        QString error;
        if (!m_fake.setAzureTenantJson(request.body, &error))
            return bad(error);
        return ok();
    }
    if (post && p == "/__fake/faults"_L1) {
        const QList<QJsonObject> faults = objects(request.body, &valid);
        if (!valid)
            return bad(u"expected a fault object or an array of them"_s);
        for (const QJsonObject &f : faults) {
            bool faultOk = false;
            const FakeQualysFault fault = FakeQualysFault::fromJson(f, &faultOk);
            if (!faultOk || !m_fake.addFault(fault))
                return bad(u"malformed fault rule"_s);
        }
        return ok();
    }
    if (request.method == "DELETE"_ba && p == "/__fake/faults"_L1) {
        m_fake.clearFaults();
        return ok();
    }
    if (p == "/__fake/variant"_L1 && (post || get)) {
        if (post) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.contains("seed"_L1))
                m_fake.setVariantSeed(quint32(body.value("seed"_L1).toInteger()));
            m_fake.setVariant(QualysVariant::fromJson(body, m_fake.variant()));
        }
        return ok(m_fake.variant().toJson());
    }
    if (post && p == "/__fake/speculative"_L1) {
        m_fake.setSpeculative(
            QJsonDocument::fromJson(request.body).object().value("on"_L1).toBool());
        return ok();
    }
    if (post && p == "/__fake/tokens/expire"_L1) {
        m_fake.expireTokens();
        return ok();
    }
    if (post && p == "/__fake/ratelimits"_L1) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonObject gw = body.value("gateway"_L1).toObject();
        const QJsonObject qps = body.value("qps"_L1).toObject();
        if (!gw.isEmpty())
            m_fake.setGatewayRateLimit(gw.value("limit"_L1).toInt(300),
                                       gw.value("windowSec"_L1).toInt(3600));
        if (!qps.isEmpty()) {
            m_fake.setQpsRateLimit(qps.value("limit"_L1).toInt(300),
                                   qps.value("windowSec"_L1).toInt(3600));
            if (qps.contains("concurrency"_L1))
                m_fake.setQpsConcurrencyLimit(qps.value("concurrency"_L1).toInt(2));
        }
        return ok();
    }
    if (get && p == "/__fake/requests"_L1)
        return ok(m_fake.requests());
    if (get && p == "/__fake/state"_L1)
        return ok(m_fake.state());
    return QualysResponses::json(404, QJsonObject{{"error"_L1, "unknown control route"_L1}});
}

} // namespace atc::emulator::qualys
