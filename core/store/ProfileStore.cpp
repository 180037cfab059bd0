#include "ProfileStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include "StoreLogging.h"
#include "io/AtomicFile.h"
#include "io/PrivatePaths.h"
#include "model/ProfileValidator.h"
#include "model/SandboxIdentity.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTagsFile = u"tags.json"_s;

// File spellings of the enums. Never change a spelling: it is part of the file format.
struct ScopeName
{
    ScopeMode mode;
    QString name;
};
const ScopeName kScopeNames[] = {
    {ScopeMode::AllManagementGroups, u"all"_s},
    {ScopeMode::SelectedManagementGroups, u"selected"_s},
};

struct FieldName
{
    TagRuleField field;
    QString name;
};
const FieldName kFieldNames[] = {
    {TagRuleField::ResourceType, u"resourceType"_s},
    {TagRuleField::Location, u"location"_s},
    {TagRuleField::ResourceGroup, u"resourceGroup"_s},
    {TagRuleField::Subscription, u"subscription"_s},
    {TagRuleField::Name, u"name"_s},
    {TagRuleField::AzureTag, u"azureTag"_s},
};

struct OperatorName
{
    TagRuleOperator op;
    QString name;
};
const OperatorName kOperatorNames[] = {
    {TagRuleOperator::Equals, u"equals"_s},
    {TagRuleOperator::Contains, u"contains"_s},
    {TagRuleOperator::StartsWith, u"startsWith"_s},
    {TagRuleOperator::Regex, u"regex"_s},
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString dateToJson(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/**
 * Reads a JSON object with type checks. The first problem is kept (in words, naming the key)
 * and every later read is a no-op, so parsing code stays linear.
 */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(atc::ProfileStore)
public:
    Reader(QString *error) : m_error(error) {}
    bool failed() const { return m_failed; }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = message;
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(tr("\"%1\" must be an object.").arg(path + key));
        return v.toObject();
    }

    template <typename T>
    void string(const QJsonObject &o, const QString &key, const QString &path, T *out,
                bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(tr("\"%1\" is missing.").arg(path + key));
            return;
        }
        if (!v.isString()) {
            fail(tr("\"%1\" must be a string.").arg(path + key));
            return;
        }
        *out = T(v.toString());
    }

    void boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            fail(tr("\"%1\" must be true or false.").arg(path + key));
            return;
        }
        *out = v.toBool();
    }

    void integer(const QJsonObject &o, const QString &key, const QString &path, int *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || d != static_cast<double>(static_cast<int>(d))) {
            fail(tr("\"%1\" must be a whole number.").arg(path + key));
            return;
        }
        *out = static_cast<int>(d);
    }

    void strings(const QJsonObject &o, const QString &key, const QString &path, QStringList *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            fail(tr("\"%1\" must be a list of strings.").arg(path + key));
            return;
        }
        QStringList list;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                fail(tr("\"%1\" must be a list of strings.").arg(path + key));
                return;
            }
            list << e.toString();
        }
        *out = list;
    }

    void dateTime(const QJsonObject &o, const QString &key, const QString &path, QDateTime *out)
    {
        QString text;
        string(o, key, path, &text);
        if (m_failed || text.isEmpty())
            return;
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            fail(tr("\"%1\" must be a date and time in ISO 8601 form.").arg(path + key));
            return;
        }
        *out = dt;
    }

    void url(const QJsonObject &o, const QString &key, const QString &path, QUrl *out)
    {
        QString text;
        string(o, key, path, &text);
        if (m_failed)
            return;
        *out = text.isEmpty() ? QUrl() : QUrl(text);
    }

    template <typename Enum, typename Table>
    void enumeration(const QJsonObject &o, const QString &key, const QString &path,
                     const Table &table, Enum *out)
    {
        QString text;
        string(o, key, path, &text);
        if (m_failed || o.value(key).isUndefined())
            return;
        for (const auto &entry : table) {
            if (entry.name == text) {
                *out = valueOf(entry);
                return;
            }
        }
        fail(tr("\"%1\" has an unknown value \"%2\".").arg(path + key, text));
    }

private:
    static ScopeMode valueOf(const ScopeName &e) { return e.mode; }
    static TagRuleField valueOf(const FieldName &e) { return e.field; }
    static TagRuleOperator valueOf(const OperatorName &e) { return e.op; }

    QString *m_error;
    bool m_failed = false;
};

enum class ParseStatus
{
    Ok,
    Corrupt,
    NewerSchema,
};

// Schema version of a parsed document, checked before anything else so that a newer file is
// refused rather than misread.
ParseStatus checkSchema(const QJsonObject &root, QString *error)
{
    const QJsonValue v = root.value(u"schemaVersion"_s);
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()) || v.toInt() < 1) {
        if (error)
            *error = ProfileStore::tr("\"schemaVersion\" is missing or not a positive number.");
        return ParseStatus::Corrupt;
    }
    if (v.toInt() > ProfileStore::SchemaVersion) {
        if (error) {
            *error = ProfileStore::tr("The file was written by a newer version of the "
                                      "application (schema version %1; this version knows %2). "
                                      "Update the application to open it; the file was left "
                                      "unchanged.")
                         .arg(v.toInt())
                         .arg(ProfileStore::SchemaVersion);
        }
        return ParseStatus::NewerSchema;
    }
    return ParseStatus::Ok;
}

ParseStatus parseDocument(const QByteArray &json, QJsonObject *root, QString *error)
{
    if (json.trimmed().isEmpty()) {
        if (error)
            *error = ProfileStore::tr("The file is empty.");
        return ParseStatus::Corrupt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = ProfileStore::tr("The file is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return ParseStatus::Corrupt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = ProfileStore::tr("The file does not hold a JSON object.");
        return ParseStatus::Corrupt;
    }
    *root = doc.object();
    return checkSchema(*root, error);
}

ParseStatus parseProfile(const QByteArray &json, ConnectorProfile *out, QString *error)
{
    QJsonObject root;
    const ParseStatus status = parseDocument(json, &root, error);
    if (status != ParseStatus::Ok)
        return status;

    ConnectorProfile p;
    Reader r(error);
    r.string(root, u"id"_s, {}, &p.id, true);
    r.dateTime(root, u"created"_s, {}, &p.created);
    r.dateTime(root, u"modified"_s, {}, &p.modified);
    r.string(root, u"name"_s, {}, &p.name, true);
    r.string(root, u"description"_s, {}, &p.description);
    const QJsonObject apps = r.object(root, u"applications"_s, {});
    r.boolean(apps, u"cspm"_s, u"applications."_s, &p.cspmEnabled);
    r.boolean(root, u"remediationEnabled"_s, {}, &p.remediationEnabled);
    // Added in schema 1 without a bump: absent (older files) means enabled.
    r.boolean(root, u"enabled"_s, {}, &p.enabled);
    // Added in schema 1 without a bump: absent (older files) means not the sandbox; the
    // desktop marks its older sandbox profiles once (SandboxHost::repointSavedProfiles).
    r.boolean(root, u"sandbox"_s, {}, &p.sandbox);

    const QString t = u"tenant."_s;
    const QJsonObject tenant = r.object(root, u"tenant"_s, {});
    QString cloud = cloudTypeToString(p.cloud);
    r.string(tenant, u"cloud"_s, t, &cloud);
    if (!r.failed() && !cloudTypeFromString(cloud, &p.cloud))
        r.fail(ProfileStore::tr("\"%1\" has an unknown value \"%2\".").arg(t + u"cloud"_s, cloud));
    const QJsonObject custom = r.object(tenant, u"customEndpoints"_s, t);
    const QString c = t + u"customEndpoints."_s;
    r.url(custom, u"authorityHost"_s, c, &p.customEndpoints.authorityHost);
    r.url(custom, u"armEndpoint"_s, c, &p.customEndpoints.armEndpoint);
    r.string(tenant, u"caCertificateFile"_s, t, &p.caCertificateFile);
    r.string(tenant, u"tenantName"_s, t, &p.tenantName);
    r.string(tenant, u"clientId"_s, t, &p.clientId);
    r.string(tenant, u"directoryId"_s, t, &p.directoryId);
    r.integer(tenant, u"pollingMinutes"_s, t, &p.tenantPollingMinutes);

    const QString s = u"subscriptions."_s;
    const QJsonObject subs = r.object(root, u"subscriptions"_s, {});
    r.integer(subs, u"pollingMinutes"_s, s, &p.subscriptionPollingMinutes);
    r.string(subs, u"connectorNamePrefix"_s, s, &p.connectorNamePrefix);

    const QString sc = u"scope."_s;
    const QJsonObject scope = r.object(root, u"scope"_s, {});
    r.enumeration(scope, u"mode"_s, sc, kScopeNames, &p.scopeMode);
    r.strings(scope, u"selectedManagementGroups"_s, sc, &p.selectedManagementGroups);
    r.strings(scope, u"excludedManagementGroups"_s, sc, &p.excludedManagementGroups);
    r.boolean(scope, u"autoCreateForNewSubscriptions"_s, sc, &p.autoCreateForNewSubscriptions);
    r.boolean(scope, u"detachDisableForDeletedSubscriptions"_s, sc,
              &p.detachDisableForDeletedSubscriptions);

    const QString a = u"activation."_s;
    const QJsonObject act = r.object(root, u"activation"_s, {});
    r.boolean(act, u"vmScanning"_s, a, &p.activateVmScanning);
    r.boolean(act, u"cloudPerimeterScan"_s, a, &p.activateCloudPerimeterScan);
    r.boolean(act, u"policyCompliance"_s, a, &p.activatePolicyCompliance);
    r.boolean(act, u"sca"_s, a, &p.activateSca);
    r.boolean(act, u"certView"_s, a, &p.activateCertView);
    const QString ps = a + u"perimeterSchedule."_s;
    const QJsonObject sched = r.object(act, u"perimeterSchedule"_s, a);
    r.boolean(sched, u"useGlobalConfiguration"_s, ps, &p.perimeterSchedule.useGlobalConfiguration);
    const QJsonValue days = sched.value(u"daysOfWeek"_s);
    if (!days.isUndefined() && !r.failed()) {
        if (!days.isArray())
            r.fail(ProfileStore::tr("\"%1\" must be a list of numbers.").arg(ps + u"daysOfWeek"_s));
        for (const QJsonValue &d : days.toArray()) {
            if (!d.isDouble()) {
                r.fail(ProfileStore::tr("\"%1\" must be a list of numbers.")
                           .arg(ps + u"daysOfWeek"_s));
                break;
            }
            p.perimeterSchedule.daysOfWeek << d.toInt();
        }
    }
    QString startTime;
    r.string(sched, u"startTime"_s, ps, &startTime);
    if (!r.failed() && !startTime.isEmpty()) {
        p.perimeterSchedule.startTime = QTime::fromString(startTime, Qt::ISODateWithMs);
        if (!p.perimeterSchedule.startTime.isValid())
            r.fail(
                ProfileStore::tr("\"%1\" must be a time such as 02:30.").arg(ps + u"startTime"_s));
    }
    r.string(sched, u"timeZone"_s, ps, &p.perimeterSchedule.timeZone);

    const QString tg = u"tags."_s;
    const QJsonObject tags = r.object(root, u"tags"_s, {});
    r.strings(tags, u"assetTagIds"_s, tg, &p.assetTagIds);
    r.strings(tags, u"connectorTagIds"_s, tg, &p.connectorTagIds);
    const QJsonValue rules = tags.value(u"rules"_s);
    if (!rules.isUndefined() && !r.failed()) {
        if (!rules.isArray())
            r.fail(ProfileStore::tr("\"%1\" must be a list.").arg(tg + u"rules"_s));
        const QJsonArray list = rules.toArray();
        for (int i = 0; i < list.size() && !r.failed(); ++i) {
            const QString rp = tg + u"rules["_s + QString::number(i) + u"]."_s;
            if (!list.at(i).isObject()) {
                r.fail(ProfileStore::tr("\"%1\" must be an object.").arg(rp.chopped(1)));
                break;
            }
            const QJsonObject o = list.at(i).toObject();
            TagRule rule;
            r.enumeration(o, u"field"_s, rp, kFieldNames, &rule.field);
            r.string(o, u"azureTagKey"_s, rp, &rule.azureTagKey);
            r.enumeration(o, u"operator"_s, rp, kOperatorNames, &rule.op);
            r.string(o, u"value"_s, rp, &rule.value);
            r.string(o, u"tagId"_s, rp, &rule.tagId);
            p.tagRules << rule;
        }
    }

    // Added in schema 1 without a bump: absent (older files) means no Qualys platform link.
    const QJsonValue links = root.value(u"qualysLinks"_s);
    if (!links.isUndefined() && !links.isNull() && !r.failed()) {
        if (!links.isArray())
            r.fail(ProfileStore::tr("\"%1\" must be a list.").arg(u"qualysLinks"_s));
        const QJsonArray list = links.toArray();
        for (int i = 0; i < list.size() && !r.failed(); ++i) {
            const QString lp = u"qualysLinks["_s + QString::number(i) + u"]."_s;
            if (!list.at(i).isObject()) {
                r.fail(ProfileStore::tr("\"%1\" must be an object.").arg(lp.chopped(1)));
                break;
            }
            const QJsonObject o = list.at(i).toObject();
            QualysLink link;
            r.string(o, u"platform"_s, lp, &link.platformKey, true);
            if (!r.failed() && link.platformKey.trimmed().isEmpty())
                r.fail(ProfileStore::tr("\"%1\" must not be empty.").arg(lp + u"platform"_s));
            for (const QualysLink &other : std::as_const(p.qualysLinks)) {
                if (!r.failed() && other.platformKey == link.platformKey)
                    r.fail(ProfileStore::tr("\"%1\" names platform \"%2\" twice.")
                               .arg(u"qualysLinks"_s, link.platformKey));
            }
            const QJsonValue id = o.value(u"tenantConnectorId"_s);
            if (!id.isUndefined() && !id.isNull()) {
                // Platform ids exceed int: read as a whole number of any size JSON can hold.
                const double d = id.toDouble();
                if (!id.isDouble() || d != double(qint64(d)) || d < 0)
                    r.fail(ProfileStore::tr("\"%1\" must be a whole number.")
                               .arg(lp + u"tenantConnectorId"_s));
                link.tenantConnectorId = qint64(d);
            }
            r.boolean(o, u"createUncertain"_s, lp, &link.createUncertain);
            r.string(o, u"account"_s, lp, &link.account);
            r.dateTime(o, u"lastPushed"_s, lp, &link.lastPushed);
            const QJsonValue tagIds = o.value(u"connectorTagIds"_s);
            if (!tagIds.isUndefined() && !r.failed()) {
                const QString tk = lp + u"connectorTagIds"_s;
                if (!tagIds.isArray())
                    r.fail(ProfileStore::tr("\"%1\" must be a list of numbers.").arg(tk));
                for (const QJsonValue &tagId : tagIds.toArray()) {
                    if (!tagId.isDouble()) {
                        r.fail(ProfileStore::tr("\"%1\" must be a list of numbers.").arg(tk));
                        break;
                    }
                    link.connectorTagIds << qint64(tagId.toDouble());
                }
            }
            p.qualysLinks << link;
        }
    }

    if (r.failed())
        return ParseStatus::Corrupt;
    *out = p;
    return ParseStatus::Ok;
}

bool isSafeId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return re.match(id).hasMatch() && id != u"tags"_s;
}

// Through AtomicFile: a failed write (a full disk) leaves the previous file byte-identical.
// The store's own files are private (0600 in a 0700 folder); an export keeps the mode of a
// file it replaces.
bool writeAtomically(const QString &path, const QByteArray &data, QString *error,
                     bool privateFile = true)
{
    if (!PrivatePaths::makeFolder(QFileInfo(path).absolutePath(), error))
        return false;
    AtomicFile::Options options;
    options.privateMode = privateFile;
    return AtomicFile::write(path, data, options, error);
}

// Refuses to overwrite a file that a newer version wrote (it would lose its newer fields).
bool mayOverwrite(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists() || !f.open(QIODevice::ReadOnly))
        return true;
    QJsonObject root;
    QString reason;
    if (parseDocument(f.readAll(), &root, &reason) == ParseStatus::NewerSchema) {
        if (error)
            *error = ProfileStore::tr("%1: %2").arg(path, reason);
        return false;
    }
    return true;
}

QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s);
    QString target = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (QFile::rename(path, target))
        return target;
    qCWarning(lcStore) << "cannot move aside" << path;
    return {};
}

} // namespace

ProfileStore::ProfileStore(QString directory) : m_directory(std::move(directory))
{
    if (m_directory.isEmpty()) {
        m_directory =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles"_s;
    }
}

QString ProfileStore::pathFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + u".json"_s);
}

QString ProfileStore::tagsPath() const
{
    return QDir(m_directory).filePath(kTagsFile);
}

QByteArray ProfileStore::toJson(const ConnectorProfile &p)
{
    QJsonObject root;
    root[u"schemaVersion"_s] = SchemaVersion;
    root[u"id"_s] = p.id;
    root[u"created"_s] = dateToJson(p.created);
    root[u"modified"_s] = dateToJson(p.modified);
    root[u"name"_s] = p.name;
    root[u"description"_s] = p.description;
    root[u"applications"_s] = QJsonObject{{u"assetInventory"_s, true}, {u"cspm"_s, p.cspmEnabled}};
    root[u"remediationEnabled"_s] = p.remediationEnabled;
    root[u"enabled"_s] = p.enabled;
    root[u"sandbox"_s] = p.sandbox;
    root[u"tenant"_s] = QJsonObject{
        {u"cloud"_s, cloudTypeToString(p.cloud)},
        {u"customEndpoints"_s,
         QJsonObject{{u"authorityHost"_s, p.customEndpoints.authorityHost.toString()},
                     {u"armEndpoint"_s, p.customEndpoints.armEndpoint.toString()}}},
        {u"caCertificateFile"_s, p.caCertificateFile},
        {u"tenantName"_s, p.tenantName},
        {u"clientId"_s, p.clientId},
        {u"directoryId"_s, p.directoryId},
        {u"pollingMinutes"_s, p.tenantPollingMinutes},
    };
    root[u"subscriptions"_s] = QJsonObject{
        {u"pollingMinutes"_s, p.subscriptionPollingMinutes},
        {u"connectorNamePrefix"_s, p.connectorNamePrefix},
    };
    QString mode;
    for (const auto &e : kScopeNames) {
        if (e.mode == p.scopeMode)
            mode = e.name;
    }
    root[u"scope"_s] = QJsonObject{
        {u"mode"_s, mode},
        {u"selectedManagementGroups"_s, toArray(p.selectedManagementGroups)},
        {u"excludedManagementGroups"_s, toArray(p.excludedManagementGroups)},
        {u"autoCreateForNewSubscriptions"_s, p.autoCreateForNewSubscriptions},
        {u"detachDisableForDeletedSubscriptions"_s, p.detachDisableForDeletedSubscriptions},
    };
    QJsonArray days;
    for (int d : p.perimeterSchedule.daysOfWeek)
        days.append(d);
    root[u"activation"_s] = QJsonObject{
        {u"vmScanning"_s, p.activateVmScanning},
        {u"cloudPerimeterScan"_s, p.activateCloudPerimeterScan},
        {u"perimeterSchedule"_s,
         QJsonObject{
             {u"useGlobalConfiguration"_s, p.perimeterSchedule.useGlobalConfiguration},
             {u"daysOfWeek"_s, days},
             {u"startTime"_s, p.perimeterSchedule.startTime.isValid()
                                  ? p.perimeterSchedule.startTime.toString(Qt::ISODateWithMs)
                                  : QString()},
             {u"timeZone"_s, p.perimeterSchedule.timeZone},
         }},
        {u"policyCompliance"_s, p.activatePolicyCompliance},
        {u"sca"_s, p.activateSca},
        {u"certView"_s, p.activateCertView},
    };
    QJsonArray rules;
    for (const TagRule &r : p.tagRules) {
        QString field, op;
        for (const auto &e : kFieldNames) {
            if (e.field == r.field)
                field = e.name;
        }
        for (const auto &e : kOperatorNames) {
            if (e.op == r.op)
                op = e.name;
        }
        rules.append(QJsonObject{{u"field"_s, field},
                                 {u"azureTagKey"_s, r.azureTagKey},
                                 {u"operator"_s, op},
                                 {u"value"_s, r.value},
                                 {u"tagId"_s, r.tagId}});
    }
    root[u"tags"_s] = QJsonObject{
        {u"assetTagIds"_s, toArray(p.assetTagIds)},
        {u"rules"_s, rules},
        {u"connectorTagIds"_s, toArray(p.connectorTagIds)},
    };
    // What Qualys platforms made of this connector (ids only; never a secret).
    QJsonArray links;
    for (const QualysLink &l : p.qualysLinks) {
        QJsonArray tagIds;
        for (qint64 id : l.connectorTagIds)
            tagIds.append(double(id));
        links.append(QJsonObject{{u"platform"_s, l.platformKey},
                                 {u"tenantConnectorId"_s, double(l.tenantConnectorId)},
                                 {u"createUncertain"_s, l.createUncertain},
                                 {u"account"_s, l.account},
                                 {u"lastPushed"_s, dateToJson(l.lastPushed)},
                                 {u"connectorTagIds"_s, tagIds}});
    }
    root[u"qualysLinks"_s] = links;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ConnectorProfile> ProfileStore::fromJson(const QByteArray &json, QString *error)
{
    ConnectorProfile p;
    if (parseProfile(json, &p, error) != ParseStatus::Ok)
        return std::nullopt;
    return p;
}

ProfileLoadReport ProfileStore::loadAll() const
{
    ProfileLoadReport report;
    const QDir dir(m_directory);
    const QFileInfoList files =
        dir.entryInfoList({u"*.json"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : files) {
        if (info.fileName() == kTagsFile)
            continue;
        const QString path = info.absoluteFilePath();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            // Unreadable: moved aside like a corrupt file so that it is kept but out of the way.
            const QString reason = tr("Cannot read the file: %1").arg(f.errorString());
            report.problems.append({path, reason, moveAside(path)});
            qCWarning(lcStore) << "cannot read" << path << f.errorString();
            continue;
        }
        const QByteArray data = f.readAll();
        f.close();
        ConnectorProfile p;
        QString reason;
        switch (parseProfile(data, &p, &reason)) {
        case ParseStatus::Ok:
            p.id = info.completeBaseName(); // the file name is authoritative for save()
            applySandboxEndpoint(p);
            report.profiles.append(p);
            break;
        case ParseStatus::NewerSchema:
            report.problems.append({path, reason, {}});
            qCWarning(lcStore) << "newer schema, left unchanged:" << path;
            break;
        case ParseStatus::Corrupt: {
            const QString moved = moveAside(path);
            report.problems.append({path, reason, moved});
            qCWarning(lcStore) << "corrupt profile" << path << "moved to" << moved;
            break;
        }
        }
    }
    std::sort(report.profiles.begin(), report.profiles.end(),
              [](const ConnectorProfile &a, const ConnectorProfile &b) {
                  const int c = a.name.compare(b.name, Qt::CaseInsensitive);
                  return c != 0 ? c < 0 : a.id < b.id;
              });
    return report;
}

std::optional<ConnectorProfile> ProfileStore::load(const QString &id, QString *error) const
{
    if (!isSafeId(id)) {
        if (error)
            *error = tr("There is no profile with the id \"%1\".").arg(id);
        return std::nullopt;
    }
    const QString path = pathFor(id);
    QFile f(path);
    if (!f.exists()) {
        if (error)
            *error = tr("There is no profile with the id \"%1\".").arg(id);
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    ConnectorProfile p;
    QString reason;
    if (parseProfile(f.readAll(), &p, &reason) != ParseStatus::Ok) {
        if (error)
            *error = tr("%1: %2").arg(path, reason);
        return std::nullopt;
    }
    p.id = id;
    applySandboxEndpoint(p);
    return p;
}

void ProfileStore::setSandboxEndpoint(std::function<QUrl()> endpoint)
{
    m_sandboxEndpoint = std::move(endpoint);
}

void ProfileStore::applySandboxEndpoint(ConnectorProfile &p) const
{
    if (!p.sandbox || !m_sandboxEndpoint)
        return;
    // In memory only: the file keeps the port it was saved with (docs/emulator.md, "Sandbox").
    if (const QUrl url = m_sandboxEndpoint(); url.isValid())
        p.customEndpoints = {url, url};
}

bool ProfileStore::save(ConnectorProfile &profile, QString *error) const
{
    // The wizard's "Use the sandbox tenant" marks the draft; a tenant typed over it afterwards
    // is not the sandbox any more (the marker would give it the well-known key).
    if (profile.sandbox && !sandbox::hasSandboxIdentity(profile))
        profile.sandbox = false;
    // Every save meets the rules a run relies on (docs/profile-format.md, "Validation points").
    if (const QList<ValidationIssue> issues = ProfileValidator::validateSaved(profile);
        !issues.isEmpty()) {
        if (error) {
            *error = tr("The profile \"%1\" was not saved because it is not valid: %2")
                         .arg(profile.name.left(ProfileValidator::MaxNameLength),
                              ProfileValidator::describe(issues));
        }
        return false;
    }
    ConnectorProfile copy = profile;
    if (copy.id.isEmpty())
        copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isSafeId(copy.id)) {
        if (error)
            *error = tr("The profile id \"%1\" is not valid.").arg(copy.id);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!copy.created.isValid())
        copy.created = now;
    copy.modified = now;
    const QString path = pathFor(copy.id);
    if (!mayOverwrite(path, error))
        return false;
    if (!writeAtomically(path, toJson(copy), error)) {
        qCWarning(lcStore) << "save failed" << path;
        return false;
    }
    profile = copy;
    return true;
}

bool ProfileStore::remove(const QString &id, QString *error) const
{
    const QString path = pathFor(id);
    if (!isSafeId(id) || !QFile::exists(path)) {
        if (error)
            *error = tr("There is no profile with the id \"%1\".").arg(id);
        return false;
    }
    QFile f(path);
    if (!f.remove()) {
        if (error)
            *error = tr("Cannot delete %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool ProfileStore::exportProfile(const ConnectorProfile &profile, const QString &path,
                                 QString *error) const
{
    // toJson() has no field for a secret, so an export can never carry one.
    return writeAtomically(path, toJson(profile), error, false);
}

std::optional<ConnectorProfile> ProfileStore::importProfile(const QString &path,
                                                            QString *error) const
{
    return importProfile(path, QString(), error);
}

std::optional<ConnectorProfile>
ProfileStore::importProfile(const QString &path, const QString &renameTo, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    ConnectorProfile p;
    QString reason;
    if (parseProfile(f.readAll(), &p, &reason) != ParseStatus::Ok) {
        if (error)
            *error = tr("%1: %2").arg(path, reason);
        return std::nullopt;
    }
    if (!renameTo.trimmed().isEmpty()) {
        // Checked before trimming: a line break at the end is a control character, not a space.
        p.name =
            ProfileValidator::containsControlCharacters(renameTo) ? renameTo : renameTo.trimmed();
    }
    if (const QList<ValidationIssue> issues = ProfileValidator::validateSaved(p);
        !issues.isEmpty()) {
        if (error) {
            *error = tr("%1: the profile is not valid, nothing was imported: %2")
                         .arg(path, ProfileValidator::describe(issues));
        }
        return std::nullopt;
    }
    const ProfileLoadReport existing = loadAll();
    for (const ConnectorProfile &other : existing.profiles) {
        if (other.name.trimmed().compare(p.name.trimmed(), Qt::CaseInsensitive) == 0) {
            if (error) {
                *error = tr("A profile named \"%1\" already exists. Import it under another "
                            "name, or delete the existing profile first.")
                             .arg(other.name);
            }
            return std::nullopt;
        }
    }
    p.id.clear();
    p.created = QDateTime();
    if (!save(p, error))
        return std::nullopt;
    return p;
}

QList<Tag> ProfileStore::loadTags(QString *error) const
{
    const QString path = tagsPath();
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    const QByteArray data = f.readAll();
    f.close();
    QJsonObject root;
    QString reason;
    const ParseStatus status = parseDocument(data, &root, &reason);
    QList<Tag> tags;
    Reader r(&reason);
    if (status == ParseStatus::Ok) {
        const QJsonValue list = root.value(u"tags"_s);
        if (!list.isArray())
            r.fail(tr("\"tags\" must be a list."));
        const QJsonArray array = list.toArray();
        for (int i = 0; i < array.size() && !r.failed(); ++i) {
            const QString tp = u"tags["_s + QString::number(i) + u"]."_s;
            if (!array.at(i).isObject()) {
                r.fail(tr("\"%1\" must be an object.").arg(tp.chopped(1)));
                break;
            }
            const QJsonObject o = array.at(i).toObject();
            Tag t;
            r.string(o, u"id"_s, tp, &t.id, true);
            r.string(o, u"name"_s, tp, &t.name, true);
            r.string(o, u"color"_s, tp, &t.color);
            r.string(o, u"parentId"_s, tp, &t.parentId);
            r.string(o, u"description"_s, tp, &t.description);
            tags << t;
        }
        if (!r.failed())
            return tags;
    }
    if (status == ParseStatus::NewerSchema) {
        if (error)
            *error = tr("%1: %2").arg(path, reason);
        return {};
    }
    const QString moved = moveAside(path);
    if (error) {
        *error = moved.isEmpty() ? tr("%1: %2").arg(path, reason)
                                 : tr("%1: %2 It was moved to %3.").arg(path, reason, moved);
    }
    return {};
}

bool ProfileStore::saveTags(const QList<Tag> &tags, QString *error) const
{
    const QString path = tagsPath();
    if (!mayOverwrite(path, error))
        return false;
    QJsonArray list;
    for (const Tag &t : tags) {
        list.append(QJsonObject{{u"id"_s, t.id},
                                {u"name"_s, t.name},
                                {u"color"_s, t.color},
                                {u"parentId"_s, t.parentId},
                                {u"description"_s, t.description}});
    }
    const QJsonObject root{{u"schemaVersion"_s, SchemaVersion}, {u"tags"_s, list}};
    return writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

} // namespace atc
