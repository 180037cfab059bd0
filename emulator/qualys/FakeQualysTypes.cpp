#include "FakeQualysTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

FakeQualysUser FakeQualysUser::fromJson(const QJsonObject &json)
{
    FakeQualysUser u;
    u.login = json.value("login"_L1).toString();
    u.password = json.value("password"_L1).toString();
    u.clientId = json.value("clientId"_L1).toString();
    u.clientSecret = json.value("clientSecret"_L1).toString();
    u.apiAccess = json.value("apiAccess"_L1).toBool(true);
    u.connectorsPermission = json.value("connectorsPermission"_L1).toBool(true);
    u.deactivated = json.value("deactivated"_L1).toBool(false);
    return u;
}

namespace {

// The Azure emulator's tenant file: groups by "name"/"parent", subscriptions by
// "subscriptionId"/"parent", apps with dated secrets.
void readEmulatorForm(const QJsonObject &root, FakeQualysAzureTenant *out)
{
    const QJsonArray groups = root.value("managementGroups"_L1).toArray();
    for (const QJsonValue &v : groups) {
        const QJsonObject g = v.toObject();
        out->managementGroups.append({g.value("name"_L1).toString(),
                                      g.value("parent"_L1).toString(),
                                      g.value("displayName"_L1).toString()});
    }
    // The emulator's root group has no parent; its other parentless groups hang below it.
    const QString rootId =
        out->managementGroups.isEmpty() ? out->tenantId : out->managementGroups.first().id;
    for (qsizetype i = 1; i < out->managementGroups.size(); ++i) {
        if (out->managementGroups[i].parentId.isEmpty())
            out->managementGroups[i].parentId = rootId;
    }
    for (const QJsonValue &v : root.value("subscriptions"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        out->subscriptions.append(
            {s.value("subscriptionId"_L1).toString(), s.value("displayName"_L1).toString(),
             s.value("state"_L1).toString(u"Enabled"_s), s.value("parent"_L1).toString(rootId)});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &v : root.value("apps"_L1).toArray()) {
        const QJsonObject app = v.toObject();
        for (const QJsonValue &sv : app.value("secrets"_L1).toArray()) {
            const QJsonObject secret = sv.toObject();
            const QString expires = secret.value("expires"_L1).toString();
            const QDateTime when = QDateTime::fromString(expires, Qt::ISODate);
            if (!expires.isEmpty() && when.isValid() && when < now)
                continue;
            out->appSecrets.insert(app.value("clientId"_L1).toString().toLower(),
                                   secret.value("value"_L1).toString());
            break;
        }
    }
}

} // namespace

bool FakeQualysAzureTenant::fromJson(const QByteArray &json, FakeQualysAzureTenant *out,
                                     QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = u"the Azure fixture is not a JSON object"_s;
        return false;
    }
    const QJsonObject root = doc.object();
    FakeQualysAzureTenant t;
    t.tenantId = root.value("tenantId"_L1).toString().toLower();
    static const QRegularExpression guid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    if (!guid.match(t.tenantId).hasMatch()) {
        if (error)
            *error = u"tenantId must be a GUID"_s;
        return false;
    }
    if (root.contains("apps"_L1) || root.contains("domains"_L1)) {
        readEmulatorForm(root, &t);
    } else {
        for (const QJsonValue &v : root.value("managementGroups"_L1).toArray()) {
            const QJsonObject g = v.toObject();
            t.managementGroups.append({g.value("id"_L1).toString(),
                                       g.value("parentId"_L1).toString(),
                                       g.value("displayName"_L1).toString()});
        }
        for (const QJsonValue &v : root.value("subscriptions"_L1).toArray()) {
            const QJsonObject s = v.toObject();
            t.subscriptions.append(
                {s.value("id"_L1).toString(), s.value("displayName"_L1).toString(),
                 s.value("state"_L1).toString(u"Enabled"_s), s.value("parentId"_L1).toString()});
        }
        const QJsonObject secrets = root.value("appSecrets"_L1).toObject();
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            t.appSecrets.insert(it.key().toLower(), it.value().toString());
    }
    *out = t;
    return true;
}

QJsonObject FakeQualysAzureTenant::toJson() const
{
    QJsonArray groups;
    for (const auto &g : managementGroups)
        groups.append(QJsonObject{
            {"id"_L1, g.id}, {"parentId"_L1, g.parentId}, {"displayName"_L1, g.displayName}});
    QJsonArray subs;
    for (const auto &s : subscriptions)
        subs.append(QJsonObject{{"id"_L1, s.id},
                                {"displayName"_L1, s.displayName},
                                {"state"_L1, s.state},
                                {"parentId"_L1, s.parentId}});
    QJsonArray apps;
    for (auto it = appSecrets.begin(); it != appSecrets.end(); ++it)
        apps.append(it.key());
    return {{"tenantId"_L1, tenantId},
            {"managementGroups"_L1, groups},
            {"subscriptions"_L1, subs},
            {"appIds"_L1, apps}};
}

FakeQualysFault FakeQualysFault::fromJson(const QJsonObject &json, bool *ok)
{
    FakeQualysFault f;
    f.method = json.value("method"_L1).toString().toUpper();
    f.pathRegex = json.value("path"_L1).toString();
    f.server = json.value("server"_L1).toString();
    f.nthCall = json.value("nthCall"_L1).toInt();
    f.firstN = json.value("firstN"_L1).toInt();
    f.status = json.value("status"_L1).toInt();
    const QJsonObject headers = json.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        f.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    f.body = json.value("body"_L1).toString().toUtf8();
    f.delayMs = json.value("delayMs"_L1).toInt();
    f.hang = json.value("hang"_L1).toBool();
    f.closeConnection = json.value("closeConnection"_L1).toBool();
    f.lostReply = json.value("lostReply"_L1).toBool();
    const bool valid = QRegularExpression(f.pathRegex).isValid() && f.nthCall >= 0 &&
                       f.firstN >= 0 && f.delayMs >= 0 && f.delayMs <= 600000 &&
                       (f.status == 0 || (f.status >= 100 && f.status <= 599));
    if (ok)
        *ok = valid;
    return f;
}

} // namespace atc::emulator::qualys
