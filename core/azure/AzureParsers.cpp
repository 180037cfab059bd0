#include "AzureParsers.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

const QString kGroupType = u"Microsoft.Management/managementGroups"_s;

// Azure's own limits are far lower (names ≤ 260, display names ≤ 90, tag keys 512 and values
// 256, 50 tags per resource); a longer field comes from a broken or hostile server and would
// otherwise be stored and shown as is.
constexpr qsizetype MaxFieldChars = 4096;
constexpr qsizetype MaxTagKeyChars = 512;
constexpr qsizetype MaxTagValueChars = 1024;
constexpr qsizetype MaxTags = 100;
constexpr qsizetype MaxEndpointChars = 253; // a DNS name's limit; IPs are shorter
constexpr qsizetype MaxEndpoints = 64;

QString capped(QString s, qsizetype limit = MaxFieldChars)
{
    if (s.size() > limit)
        s.truncate(limit);
    return s;
}

QString str(const QJsonObject &o, QLatin1String key)
{
    return capped(o.value(key).toString());
}

bool isGroupEntry(const QJsonObject &o)
{
    return str(o, "type"_L1).compare(kGroupType, Qt::CaseInsensitive) == 0;
}

// Either "/subscriptions", "Microsoft.Management/managementGroups/subscriptions" or an id
// that starts with /subscriptions/ (the descendants example disagrees with its spec).
bool isSubscriptionEntry(const QJsonObject &o)
{
    const QString type = str(o, "type"_L1);
    return type.endsWith(u"/subscriptions"_s, Qt::CaseInsensitive) ||
           str(o, "id"_L1).startsWith(u"/subscriptions/"_s, Qt::CaseInsensitive);
}

QMap<QString, QString> tagsOf(const QJsonValue &v)
{
    QMap<QString, QString> tags;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end() && tags.size() < MaxTags; ++it) {
        tags.insert(capped(it.key(), MaxTagKeyChars),
                    capped(it.value().isString() ? it.value().toString()
                                                 : it.value().toVariant().toString(),
                           MaxTagValueChars));
    }
    return tags;
}

void addUnique(QStringList *list, const QString &value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && v.size() <= MaxEndpointChars && list->size() < MaxEndpoints &&
        !list->contains(v, Qt::CaseInsensitive))
        list->append(v);
}

// Public IPs and DNS names, from the full properties or from columns the query projected.
void extractEndpoints(const QString &type, const QJsonObject &src, AzureResource *r)
{
    const QJsonValue ip = src.value("ipAddress"_L1);
    if (ip.isString() && type.endsWith(u"/publicIPAddresses"_s, Qt::CaseInsensitive))
        addUnique(&r->publicIpAddresses, ip.toString());
    if (ip.isObject()) { // container groups: {"ip","type":"Public","fqdn"}
        const QJsonObject o = ip.toObject();
        if (str(o, "type"_L1).compare(u"Public"_s, Qt::CaseInsensitive) == 0)
            addUnique(&r->publicIpAddresses, str(o, "ip"_L1));
        addUnique(&r->fqdns, str(o, "fqdn"_L1));
    }
    addUnique(&r->fqdns, src.value("dnsSettings"_L1).toObject().value("fqdn"_L1).toString());
    addUnique(&r->fqdns, src.value("dnsConfig"_L1).toObject().value("fqdn"_L1).toString());
    for (QLatin1String key :
         {"fqdn"_L1, "defaultHostName"_L1, "fullyQualifiedDomainName"_L1, "hostName"_L1}) {
        const QJsonValue v = src.value(key);
        if (v.isString())
            addUnique(&r->fqdns, v.toString());
    }
    const QJsonValue hosts = src.value("hostNames"_L1); // web apps
    if (hosts.isArray()) {
        const QJsonArray a = hosts.toArray();
        for (const QJsonValue &h : a)
            addUnique(&r->fqdns, h.toString());
    }
}

QString parentNameOf(const QJsonObject &props)
{
    const QJsonObject detailsParent =
        props.value("details"_L1).toObject().value("parent"_L1).toObject();
    if (!detailsParent.isEmpty()) {
        const QString n = str(detailsParent, "name"_L1);
        return n.isEmpty() ? AzureParsers::lastSegment(str(detailsParent, "id"_L1)) : n;
    }
    const QJsonObject parent = props.value("parent"_L1).toObject();
    const QString n = str(parent, "name"_L1);
    return n.isEmpty() ? AzureParsers::lastSegment(str(parent, "id"_L1)) : n;
}

void walkChildren(const QJsonValue &children, const QString &parent, GroupHierarchy *out)
{
    if (!children.isArray()) // absent on leaves, or null
        return;
    const QJsonArray a = children.toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject c = v.toObject();
        const QString id = str(c, "id"_L1);
        QString name = str(c, "name"_L1);
        if (name.isEmpty())
            name = AzureParsers::lastSegment(id);
        QString display = str(c, "displayName"_L1);
        if (display.isEmpty())
            display = str(c.value("properties"_L1).toObject(), "displayName"_L1);
        if (isGroupEntry(c)) {
            out->groups.append(ManagementGroup{id, name, display, parent});
            walkChildren(c.value("children"_L1), name, out);
        } else if (isSubscriptionEntry(c)) {
            out->subscriptions.append(SubscriptionPlacement{name, display, parent, {}});
        }
    }
}

} // namespace

bool AzureParsers::parseJsonObject(const QByteArray &body, QJsonObject *out, AzureError *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = AzureError::make(
                AzureErrorKind::MalformedResponse,
                pe.error != QJsonParseError::NoError ? pe.errorString() : u"not a JSON object"_s);
        }
        return false;
    }
    *out = doc.object();
    return true;
}

bool AzureParsers::parseToken(const QByteArray &body, AccessToken *out, AzureError *error)
{
    QJsonObject o;
    if (!parseJsonObject(body, &o, error))
        return false;
    const QString token = str(o, "access_token"_L1);
    if (token.isEmpty()) {
        if (error)
            *error = AzureError::make(AzureErrorKind::MalformedResponse, u"no access_token"_s);
        return false;
    }
    out->token = token;
    out->tokenType = str(o, "token_type"_L1);
    // A JSON number per the documentation; some proxies and old endpoints send a string.
    const QJsonValue exp = o.value("expires_in"_L1);
    out->expiresInSeconds = exp.isString() ? exp.toString().toLongLong() : exp.toInteger(3599);
    if (out->expiresInSeconds <= 0)
        out->expiresInSeconds = 3599;
    return true;
}

AzureError AzureParsers::tokenError(int httpStatus, const QByteArray &body)
{
    AzureError e;
    e.httpStatus = httpStatus;
    QJsonObject o;
    if (!parseJsonObject(body, &o, nullptr)) {
        e.kind = httpStatus >= 500   ? AzureErrorKind::ServerError
                 : httpStatus == 429 ? AzureErrorKind::Throttled
                                     : AzureErrorKind::TokenRequestFailed;
        e.serverMessage = QString::fromUtf8(body.left(200)).simplified();
        return e;
    }
    const QString err = str(o, "error"_L1);
    e.serverMessage = str(o, "error_description"_L1);
    qint64 number = 0;
    const QJsonArray codes = o.value("error_codes"_L1).toArray();
    if (!codes.isEmpty()) {
        number = codes.first().toInteger();
    } else {
        static const QRegularExpression re(u"AADSTS(\\d+)"_s);
        const auto m = re.match(e.serverMessage);
        if (m.hasMatch())
            number = m.captured(1).toLongLong();
    }
    if (number > 0)
        e.code = u"AADSTS"_s + QString::number(number);

    auto byCode = [number]() {
        switch (number) {
        case 90002:
            return AzureErrorKind::TenantNotFound;
        case 900023:
            return AzureErrorKind::TenantMalformed;
        case 700016:
            return AzureErrorKind::AppNotFound;
        case 7000215:
            return AzureErrorKind::InvalidSecret;
        case 7000222:
            return AzureErrorKind::ExpiredSecret;
        case 7000218:
        case 900144:
            return AzureErrorKind::MissingSecret;
        default:
            return AzureErrorKind::TokenRequestFailed;
        }
    };
    // The `error` value is stable; AADSTS numbers and texts change (Microsoft's warning), so
    // the number only refines the family the `error` value names.
    if (err == "invalid_tenant"_L1) {
        e.kind = AzureErrorKind::TenantNotFound;
    } else if (err == "invalid_client"_L1) {
        const AzureErrorKind k = byCode();
        e.kind = (k == AzureErrorKind::ExpiredSecret || k == AzureErrorKind::AppNotFound ||
                  k == AzureErrorKind::TenantNotFound)
                     ? k
                     : AzureErrorKind::InvalidSecret;
    } else if (err == "unauthorized_client"_L1) {
        const AzureErrorKind k = byCode();
        e.kind = k == AzureErrorKind::TokenRequestFailed ? AzureErrorKind::AppNotFound : k;
    } else {
        e.kind = byCode();
    }
    if (e.kind == AzureErrorKind::TokenRequestFailed && httpStatus >= 500)
        e.kind = AzureErrorKind::ServerError;
    if (e.kind == AzureErrorKind::TokenRequestFailed && httpStatus == 429)
        e.kind = AzureErrorKind::Throttled;
    if (e.code.isEmpty())
        e.code = err;
    return e;
}

QString AzureParsers::tenantIdFromJwt(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() < 2)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    QJsonObject o;
    if (!parseJsonObject(*decoded, &o, nullptr))
        return {};
    return str(o, "tid"_L1);
}

QString AzureParsers::scopeFromAuthorizationMessage(const QString &message)
{
    static const QRegularExpression re(u"over scope '([^']+)'"_s);
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

AzureError AzureParsers::armError(int httpStatus, const QByteArray &body)
{
    AzureError e;
    e.httpStatus = httpStatus;
    QJsonObject o;
    if (parseJsonObject(body, &o, nullptr)) {
        // Envelope {"error":{code,message,details}}; some services send the inner object bare.
        const QJsonObject inner =
            o.value("error"_L1).isObject() ? o.value("error"_L1).toObject() : o;
        e.code = str(inner, "code"_L1);
        e.serverMessage = str(inner, "message"_L1);
        // `details` is an array in ARM, a string in the management-groups spec: accept both.
        const QJsonValue details = inner.value("details"_L1);
        if (e.serverMessage.isEmpty() && details.isString())
            e.serverMessage = details.toString();
        if (details.isArray() && !details.toArray().isEmpty() &&
            e.code.compare(u"RateLimiting"_s, Qt::CaseInsensitive) == 0) {
            const QString m = details.toArray().first().toObject().value("message"_L1).toString();
            if (!m.isEmpty())
                e.serverMessage = m;
        }
    } else if (!body.isEmpty()) {
        e.serverMessage = QString::fromUtf8(body.left(200)).simplified();
    }

    const QString &c = e.code;
    if (c == "ExpiredAuthenticationToken"_L1) {
        e.kind = AzureErrorKind::ExpiredToken;
    } else if (c.startsWith(u"InvalidAuthenticationToken"_s) ||
               c.startsWith(u"AuthenticationFailed"_s) || httpStatus == 401) {
        e.kind = AzureErrorKind::InvalidToken;
    } else if (c == "SubscriptionNotFound"_L1) {
        e.kind = AzureErrorKind::SubscriptionNotFound;
        static const QRegularExpression re(u"'([0-9a-fA-F-]{36})'"_s);
        const auto m = re.match(e.serverMessage);
        if (m.hasMatch())
            e.scope = m.captured(1);
    } else if (c.contains(u"AuthorizationFailed"_s) || httpStatus == 403) {
        e.kind = AzureErrorKind::AuthorizationFailed;
        e.scope = scopeFromAuthorizationMessage(e.serverMessage);
    } else if (httpStatus == 429 || c.contains(u"Throttled"_s) || c == "RateLimiting"_L1) {
        e.kind = AzureErrorKind::Throttled;
    } else if (httpStatus >= 500) {
        e.kind = AzureErrorKind::ServerError;
    } else if (httpStatus == 404) {
        e.kind = AzureErrorKind::NotFound;
    } else {
        e.kind = AzureErrorKind::HttpError;
    }
    return e;
}

QString AzureParsers::nextLink(const QJsonObject &page)
{
    const QString a = page.value("nextLink"_L1).toString();
    if (!a.isEmpty())
        return a;
    return page.value("@nextLink"_L1).toString();
}

QString AzureParsers::lastSegment(const QString &id)
{
    QStringView v(id);
    while (v.endsWith(u'/'))
        v.chop(1);
    const qsizetype slash = v.lastIndexOf(u'/');
    return (slash < 0 ? v : v.mid(slash + 1)).toString();
}

void AzureParsers::splitResourceId(const QString &id, QString *subscriptionId,
                                   QString *resourceGroup)
{
    const QList<QStringView> parts = QStringView(id).split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        if (subscriptionId && subscriptionId->isEmpty() &&
            parts.at(i).compare(u"subscriptions", Qt::CaseInsensitive) == 0)
            *subscriptionId = parts.at(i + 1).toString();
        else if (resourceGroup && resourceGroup->isEmpty() &&
                 parts.at(i).compare(u"resourceGroups", Qt::CaseInsensitive) == 0)
            *resourceGroup = parts.at(i + 1).toString();
        else if (parts.at(i).compare(u"providers", Qt::CaseInsensitive) == 0)
            break;
    }
}

ManagementGroup AzureParsers::managementGroup(const QJsonObject &item)
{
    const QJsonObject props = item.value("properties"_L1).toObject();
    ManagementGroup g;
    g.id = str(item, "id"_L1);
    g.name = str(item, "name"_L1);
    if (g.name.isEmpty())
        g.name = lastSegment(g.id);
    g.displayName = str(props, "displayName"_L1);
    if (g.displayName.isEmpty())
        g.displayName = str(item, "displayName"_L1);
    g.parentName = parentNameOf(props);
    return g;
}

QList<ManagementGroup> AzureParsers::managementGroupList(const QJsonObject &page)
{
    QList<ManagementGroup> out;
    const QJsonArray a = page.value("value"_L1).toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(managementGroup(v.toObject()));
    return out;
}

GroupHierarchy AzureParsers::managementGroupTree(const QJsonObject &body)
{
    GroupHierarchy h;
    const ManagementGroup top = managementGroup(body);
    h.groups.append(top);
    walkChildren(body.value("properties"_L1).toObject().value("children"_L1), top.name, &h);
    return h;
}

GroupHierarchy AzureParsers::descendants(const QJsonObject &page)
{
    GroupHierarchy h;
    const QJsonArray a = page.value("value"_L1).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject item = v.toObject();
        const QJsonObject props = item.value("properties"_L1).toObject();
        if (isGroupEntry(item)) {
            h.groups.append(managementGroup(item));
        } else if (isSubscriptionEntry(item)) {
            QString name = str(item, "name"_L1);
            if (name.isEmpty())
                name = lastSegment(str(item, "id"_L1));
            h.subscriptions.append(SubscriptionPlacement{
                name, str(props, "displayName"_L1), parentNameOf(props), str(props, "state"_L1)});
        }
    }
    return h;
}

QList<SubscriptionPlacement> AzureParsers::managementGroupSubscriptions(const QJsonObject &page)
{
    QList<SubscriptionPlacement> out;
    const QJsonArray a = page.value("value"_L1).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject item = v.toObject();
        const QJsonObject props = item.value("properties"_L1).toObject();
        QString name = str(item, "name"_L1);
        if (name.isEmpty())
            name = lastSegment(str(item, "id"_L1));
        out.append(SubscriptionPlacement{name, str(props, "displayName"_L1), parentNameOf(props),
                                         str(props, "state"_L1)});
    }
    return out;
}

GroupHierarchy AzureParsers::entities(const QJsonObject &page)
{
    // Same item shape as descendants (type, name, properties.parent.id).
    return descendants(page);
}

Subscription AzureParsers::subscription(const QJsonObject &item)
{
    Subscription s;
    s.subscriptionId = str(item, "subscriptionId"_L1);
    if (s.subscriptionId.isEmpty())
        s.subscriptionId = lastSegment(str(item, "id"_L1));
    s.displayName = str(item, "displayName"_L1);
    s.tenantId = str(item, "tenantId"_L1);
    s.stateText = str(item, "state"_L1);
    s.state = subscriptionStateFromString(s.stateText);
    s.tags = tagsOf(item.value("tags"_L1));
    return s;
}

QList<Subscription> AzureParsers::subscriptionList(const QJsonObject &page)
{
    QList<Subscription> out;
    const QJsonArray a = page.value("value"_L1).toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(subscription(v.toObject()));
    return out;
}

QList<TenantInfo> AzureParsers::tenantList(const QJsonObject &page)
{
    QList<TenantInfo> out;
    const QJsonArray a = page.value("value"_L1).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        TenantInfo t;
        t.tenantId = str(o, "tenantId"_L1);
        if (t.tenantId.isEmpty())
            t.tenantId = lastSegment(str(o, "id"_L1));
        t.displayName = str(o, "displayName"_L1);
        t.defaultDomain = str(o, "defaultDomain"_L1);
        t.category = str(o, "tenantCategory"_L1);
        const QJsonArray d = o.value("domains"_L1).toArray();
        for (const QJsonValue &x : d)
            t.domains.append(capped(x.toString()));
        out.append(t);
    }
    return out;
}

AzureResource AzureParsers::resource(const QJsonObject &item, bool keepProperties)
{
    // Hot path (hundreds of thousands of rows): each key is looked up once.
    AzureResource r;
    r.id = str(item, "id"_L1);
    r.name = str(item, "name"_L1);
    r.type = str(item, "type"_L1);
    r.location = str(item, "location"_L1);
    r.kind = str(item, "kind"_L1);
    r.resourceGroup = str(item, "resourceGroup"_L1);
    r.subscriptionId = str(item, "subscriptionId"_L1);
    if (r.resourceGroup.isEmpty() || r.subscriptionId.isEmpty())
        splitResourceId(r.id, &r.subscriptionId, &r.resourceGroup);
    if (r.name.isEmpty())
        r.name = lastSegment(r.id);
    const QJsonValue tags = item.value("tags"_L1);
    if (tags.isObject())
        r.tags = tagsOf(tags);
    const QJsonValue props = item.value("properties"_L1);
    if (props.isObject()) {
        const QJsonObject p = props.toObject();
        extractEndpoints(r.type, p, &r);
        if (keepProperties)
            r.properties = p;
    } else {
        // Columns the Resource Graph query projected (ResourceDiscovery::resourceGraphQuery).
        const QJsonValue ip = item.value("ipAddress"_L1);
        if (ip.isString() && r.type.endsWith(u"/publicIPAddresses"_s, Qt::CaseInsensitive))
            addUnique(&r.publicIpAddresses, ip.toString());
        else if (ip.isObject())
            extractEndpoints(r.type, item, &r);
        const QJsonValue fqdn = item.value("fqdn"_L1);
        if (fqdn.isString())
            addUnique(&r.fqdns, fqdn.toString());
        const QJsonValue host = item.value("defaultHostName"_L1);
        if (host.isString())
            addUnique(&r.fqdns, host.toString());
    }
    return r;
}

QList<AzureResource> AzureParsers::resourceList(const QJsonObject &page, bool keepProperties)
{
    QList<AzureResource> out;
    const QJsonArray a = page.value("value"_L1).toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(resource(v.toObject(), keepProperties));
    return out;
}

bool AzureParsers::resourceGraphPage(const QJsonObject &body, ResourceGraphPage *out,
                                     AzureError *error)
{
    const QJsonValue data = body.value("data"_L1);
    if (!data.isArray() && !data.isObject()) {
        if (error)
            *error = AzureError::make(AzureErrorKind::MalformedResponse, u"no data"_s);
        return false;
    }
    out->totalRecords = body.value("totalRecords"_L1).toInteger();
    out->count = body.value("count"_L1).toInteger();
    const QJsonValue truncated = body.value("resultTruncated"_L1); // a string on the wire
    out->resultTruncated = truncated.isBool()
                               ? truncated.toBool()
                               : truncated.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
    out->skipToken = body.value("$skipToken"_L1).toString();
    if (data.isArray()) {
        out->rows = data.toArray();
        return true;
    }
    // Table format: {"columns":[{"name","type"}],"rows":[[…]]}.
    const QJsonObject table = data.toObject();
    const QJsonArray columns = table.value("columns"_L1).toArray();
    QStringList names;
    names.reserve(columns.size());
    for (const QJsonValue &c : columns)
        names.append(c.toObject().value("name"_L1).toString());
    const QJsonArray rows = table.value("rows"_L1).toArray();
    QJsonArray objects;
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toArray();
        QJsonObject o;
        for (qsizetype i = 0; i < names.size() && i < cells.size(); ++i)
            o.insert(names.at(i), cells.at(i));
        objects.append(o);
    }
    out->rows = objects;
    return true;
}

QList<PermissionSet> AzureParsers::permissions(const QJsonObject &page)
{
    QList<PermissionSet> out;
    const QJsonArray a = page.value("value"_L1).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        PermissionSet p;
        for (const QJsonValue &x : o.value("actions"_L1).toArray())
            p.actions.append(x.toString());
        for (const QJsonValue &x : o.value("notActions"_L1).toArray())
            p.notActions.append(x.toString());
        out.append(p);
    }
    return out;
}

bool AzureParsers::permits(const QList<PermissionSet> &sets, const QString &action)
{
    auto matches = [&action](const QString &pattern) {
        const QString re =
            u"\\A"_s + QRegularExpression::escape(pattern).replace(u"\\*"_s, u".*"_s) + u"\\z"_s;
        return QRegularExpression(re, QRegularExpression::CaseInsensitiveOption)
            .match(action)
            .hasMatch();
    };
    for (const PermissionSet &set : sets) {
        bool allowed = false;
        for (const QString &a : set.actions)
            allowed = allowed || matches(a);
        for (const QString &n : set.notActions)
            allowed = allowed && !matches(n);
        if (allowed)
            return true;
    }
    return false;
}

} // namespace atc
