#include "AzureParsers.h"

#include <cstring>

#include <QHash>
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

namespace {

/**
 * Reads the usual Resource Graph page straight from its UTF-8 bytes (resourceGraphResources):
 * a top-level object whose "data" is an array of row objects with string (or null) columns and
 * string tags. Every read returns false at the first thing it does not handle or that is not
 * valid JSON; the caller then takes the general path (QJsonDocument) for the row or the page,
 * which decides as before. Validation is strict (UTF-8, control characters, escapes, number
 * grammar, nesting), so what this reader accepts, QJsonDocument accepts too.
 */
class FastPageReader
{
public:
    FastPageReader(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    const char *pos() const { return m_p; }
    void setPos(const char *p) { m_p = p; }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd()
    {
        ws();
        return m_p == m_end;
    }
    /** Consumes `c` (after whitespace) when it is next. */
    bool take(char c)
    {
        ws();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }

    /** A key without escapes, as its raw bytes (valid UTF-8, not copied). */
    bool rawKey(const char **begin, qsizetype *size)
    {
        if (!take('"'))
            return false;
        const char *const start = m_p;
        bool ascii = true;
        while (m_p < m_end && *m_p != '"') {
            const auto c = uchar(*m_p);
            if (c == '\\' || c < 0x20)
                return false;
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        if (m_p == m_end || (!ascii && !validUtf8(start, m_p - start)))
            return false;
        *begin = start;
        *size = m_p - start;
        ++m_p;
        return take(':');
    }

    /**
     * A string value (the opening quote next). `share`: a short value without escapes is
     * taken from (or put into) this reader's table, so that the types, locations, groups and
     * tags that repeat on every row of a page are one string each (less to allocate now and
     * to free later).
     */
    bool string(QString *out, bool share = false)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        bool ascii = true;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            const auto c = uchar(*m_p);
            if (c < 0x20)
                return false;
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        if (*m_p == '"') { // no escapes: the usual case
            const qsizetype n = m_p - start;
            if (share && n <= kMaxSharedChars) {
                const auto it = m_shared.constFind(QByteArray::fromRawData(start, n));
                if (it != m_shared.constEnd()) {
                    *out = it.value();
                    ++m_p;
                    return true;
                }
            }
            if (ascii)
                *out = QString::fromLatin1(start, n);
            else if (validUtf8(start, n))
                *out = QString::fromUtf8(start, n);
            else
                return false;
            if (share && n <= kMaxSharedChars && m_shared.size() < kMaxSharedStrings)
                m_shared.insert(QByteArray(start, n), *out);
            ++m_p;
            return true;
        }
        // With escapes: the runs between them are converted, the escapes appended.
        QString s;
        for (;;) {
            const qsizetype n = m_p - start;
            if (n > 0) {
                if (!validUtf8(start, n))
                    return false;
                s += QString::fromUtf8(start, n);
            }
            if (m_p == m_end)
                return false;
            if (*m_p == '"') {
                ++m_p;
                *out = s;
                return true;
            }
            ++m_p; // the backslash
            if (m_p == m_end)
                return false;
            switch (*m_p++) {
            case '"':
                s += u'"';
                break;
            case '\\':
                s += u'\\';
                break;
            case '/':
                s += u'/';
                break;
            case 'b':
                s += u'\b';
                break;
            case 'f':
                s += u'\f';
                break;
            case 'n':
                s += u'\n';
                break;
            case 'r':
                s += u'\r';
                break;
            case 't':
                s += u'\t';
                break;
            case 'u': {
                char16_t unit = 0;
                if (!hex4(&unit))
                    return false;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false; // a lone half: left to the general path
                    m_p += 2;
                    if (!hex4(&low) || !QChar::isLowSurrogate(low))
                        return false;
                    s += QChar(unit);
                    s += QChar(low);
                } else if (QChar::isSurrogate(unit)) {
                    return false;
                } else {
                    s += QChar(unit);
                }
                break;
            }
            default:
                return false;
            }
            start = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
                if (uchar(*m_p) < 0x20)
                    return false;
                ++m_p;
            }
        }
    }

    /** Any value, validated and skipped. */
    bool skipValue(int depth = 0)
    {
        if (depth > 512)
            return false;
        switch (peek()) {
        case '"': {
            QString ignored;
            return string(&ignored);
        }
        case '{': {
            ++m_p;
            if (take('}'))
                return true;
            do {
                const char *k = nullptr;
                qsizetype n = 0;
                if (peek() != '"')
                    return false;
                const char *const keyStart = m_p;
                if (!rawKey(&k, &n)) { // a key with escapes: read as a string
                    m_p = keyStart;
                    QString ignored;
                    if (!string(&ignored) || !take(':'))
                        return false;
                }
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        }
        case '[':
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default: {
            const char *b = nullptr;
            qsizetype n = 0;
            return number(&b, &n);
        }
        }
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    /** A number by JSON's grammar, as its bytes. */
    bool number(const char **begin, qsizetype *size)
    {
        ws();
        const char *const start = m_p;
        auto digits = [this] {
            const char *const from = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > from;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        *begin = start;
        *size = m_p - start;
        return true;
    }

    /** A string, or null (an empty string); false for any other value. */
    bool stringOrNull(QString *out, bool *isString, bool share = false)
    {
        *isString = false;
        if (peek() == 'n') {
            out->clear();
            return literal("null");
        }
        *isString = true;
        return string(out, share);
    }

    /** `s` as the equal string of the table, if it has one (else it joins the table). */
    void share(QString *s)
    {
        if (s->isEmpty() || s->size() > kMaxSharedChars)
            return;
        const QByteArray key = s->toUtf8();
        const auto it = m_shared.constFind(key);
        if (it != m_shared.constEnd())
            *s = it.value();
        else if (m_shared.size() < kMaxSharedStrings)
            m_shared.insert(key, *s);
    }

    static bool validUtf8(const char *s, qsizetype n)
    {
        const auto *p = reinterpret_cast<const uchar *>(s);
        const uchar *const end = p + n;
        while (p < end) {
            const uchar c = *p;
            if (c < 0x80) {
                ++p;
                continue;
            }
            int extra = 0;
            char32_t cp = 0;
            if (c >= 0xc2 && c <= 0xdf) {
                extra = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                extra = 2;
                cp = c & 0x0f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                extra = 3;
                cp = c & 0x07;
            } else {
                return false;
            }
            if (end - p <= extra)
                return false;
            for (int i = 1; i <= extra; ++i) {
                if ((p[i] & 0xc0) != 0x80)
                    return false;
                cp = (cp << 6) | (p[i] & 0x3f);
            }
            if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
                (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
                return false;
            p += extra + 1;
        }
        return true;
    }

private:
    bool hex4(char16_t *out)
    {
        if (m_end - m_p < 4)
            return false;
        char16_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v = char16_t(v << 4);
            if (c >= '0' && c <= '9')
                v = char16_t(v | (c - '0'));
            else if (c >= 'a' && c <= 'f')
                v = char16_t(v | (c - 'a' + 10));
            else if (c >= 'A' && c <= 'F')
                v = char16_t(v | (c - 'A' + 10));
            else
                return false;
        }
        *out = v;
        return true;
    }

    static constexpr qsizetype kMaxSharedChars = 64;
    static constexpr qsizetype kMaxSharedStrings = 4096; // a hostile page cannot grow it
    const char *m_p;
    const char *const m_end;
    QHash<QByteArray, QString> m_shared; ///< raw UTF-8 → its string (see string())
};

bool keyIs(const char *k, qsizetype n, QLatin1String name)
{
    return n == name.size() && memcmp(k, name.data(), size_t(n)) == 0;
}

/**
 * One row of projected columns (ResourceDiscovery::resourceGraphQuery), as
 * AzureParsers::resource() reads it; false for anything it leaves to that function (full
 * properties, an ipAddress object, a value of another type, a repeated key, unusual tags).
 */
bool fastRow(FastPageReader &in, AzureResource *r)
{
    if (!in.take('{'))
        return false;
    enum : unsigned
    {
        Id = 1u << 0,
        Name = 1u << 1,
        Type = 1u << 2,
        Location = 1u << 3,
        Kind = 1u << 4,
        Group = 1u << 5,
        Sub = 1u << 6,
        Tags = 1u << 7,
        Ip = 1u << 8,
        Fqdn = 1u << 9,
        Host = 1u << 10,
        Props = 1u << 11,
    };
    unsigned seen = 0;
    QString ip, fqdn, host;
    bool ipIsString = false, fqdnIsString = false, hostIsString = false;
    auto once = [&seen](unsigned bit) {
        if (seen & bit)
            return false;
        seen |= bit;
        return true;
    };
    auto field = [&](unsigned bit, QString *out, bool share = false) {
        bool isString = false;
        if (!once(bit) || !in.stringOrNull(out, &isString, share))
            return false;
        *out = capped(std::move(*out));
        return true;
    };
    if (!in.take('}')) {
        do {
            const char *k = nullptr;
            qsizetype n = 0;
            if (!in.rawKey(&k, &n))
                return false;
            bool ok = true;
            if (keyIs(k, n, "id"_L1))
                ok = field(Id, &r->id);
            else if (keyIs(k, n, "name"_L1))
                ok = field(Name, &r->name);
            else if (keyIs(k, n, "type"_L1))
                ok = field(Type, &r->type, true);
            else if (keyIs(k, n, "location"_L1))
                ok = field(Location, &r->location, true);
            else if (keyIs(k, n, "kind"_L1))
                ok = field(Kind, &r->kind, true);
            else if (keyIs(k, n, "resourceGroup"_L1))
                ok = field(Group, &r->resourceGroup, true);
            else if (keyIs(k, n, "subscriptionId"_L1))
                ok = field(Sub, &r->subscriptionId, true);
            else if (keyIs(k, n, "ipAddress"_L1))
                ok = once(Ip) && in.stringOrNull(&ip, &ipIsString);
            else if (keyIs(k, n, "fqdn"_L1))
                ok = once(Fqdn) && in.stringOrNull(&fqdn, &fqdnIsString);
            else if (keyIs(k, n, "defaultHostName"_L1))
                ok = once(Host) && in.stringOrNull(&host, &hostIsString);
            else if (keyIs(k, n, "properties"_L1))
                ok = once(Props) && in.literal("null"); // an object: the general path
            else if (keyIs(k, n, "tags"_L1)) {
                ok = once(Tags);
                if (ok && in.peek() == 'n') {
                    ok = in.literal("null");
                } else if (ok) {
                    // String values, keys and count within the limits: else tagsOf() decides.
                    ok = in.take('{');
                    if (ok && !in.take('}')) {
                        do {
                            QString key, value;
                            bool isString = false;
                            ok = in.peek() == '"' && in.string(&key, true) && in.take(':') &&
                                 key.size() <= MaxTagKeyChars && in.peek() == '"' &&
                                 in.stringOrNull(&value, &isString, true) &&
                                 r->tags.size() < MaxTags && !r->tags.contains(key);
                            if (ok)
                                r->tags.insert(key, capped(std::move(value), MaxTagValueChars));
                        } while (ok && in.take(','));
                        ok = ok && in.take('}');
                    }
                }
            } else {
                ok = in.skipValue();
            }
            if (!ok)
                return false;
        } while (in.take(','));
        if (!in.take('}'))
            return false;
    }
    // As AzureParsers::resource() with no properties object.
    if (r->resourceGroup.isEmpty() || r->subscriptionId.isEmpty()) {
        AzureParsers::splitResourceId(r->id, &r->subscriptionId, &r->resourceGroup);
        in.share(&r->subscriptionId); // an ARM list's rows: every row of a page has them
        in.share(&r->resourceGroup);
    }
    if (r->name.isEmpty())
        r->name = AzureParsers::lastSegment(r->id);
    if (ipIsString && r->type.endsWith(u"/publicIPAddresses"_s, Qt::CaseInsensitive))
        addUnique(&r->publicIpAddresses, ip);
    if (fqdnIsString)
        addUnique(&r->fqdns, fqdn);
    if (hostIsString)
        addUnique(&r->fqdns, host);
    return true;
}

/** An integer member as QJsonValue::toInteger() gives it (0 for anything else). */
bool integerMember(FastPageReader &in, qint64 *out)
{
    const char c = in.peek();
    if (c != '-' && (c < '0' || c > '9')) {
        *out = 0;
        return in.skipValue();
    }
    const char *b = nullptr;
    qsizetype n = 0;
    if (!in.number(&b, &n))
        return false;
    const QByteArray text = QByteArray::fromRawData(b, n);
    bool ok = false;
    *out = text.toLongLong(&ok);
    if (!ok)
        *out = QJsonValue(text.toDouble()).toInteger();
    return true;
}

/** One row of a page's array as fastRow() reads it, else as the general path does. */
bool fastOrGeneralRow(FastPageReader &in, QList<AzureResource> *out)
{
    const char *const rowStart = in.pos();
    AzureResource r;
    if (in.peek() == '{' && fastRow(in, &r)) {
        out->append(std::move(r));
        return true;
    }
    in.setPos(rowStart);
    if (in.peek() != '{' || !in.skipValue())
        return false;
    const QJsonDocument row =
        QJsonDocument::fromJson(QByteArray::fromRawData(rowStart, in.pos() - rowStart));
    if (!row.isObject())
        return false;
    out->append(AzureParsers::resource(row.object(), false));
    return true;
}

/** A page's array of rows (at most one per page: `seen`). */
bool fastRows(FastPageReader &in, bool *seen, QList<AzureResource> *out)
{
    const bool first = !*seen;
    *seen = true;
    if (!first || !in.take('['))
        return false;
    if (in.take(']'))
        return true;
    bool ok = true;
    do {
        ok = fastOrGeneralRow(in, out);
    } while (ok && in.take(','));
    return ok && in.take(']');
}

/** The fast path of resourceGraphResources(); false: take the general one. */
bool fastPage(const QByteArray &body, ResourceGraphResources *out)
{
    FastPageReader in(body.constData(), body.constData() + body.size());
    if (!in.take('{') || in.take('}'))
        return false;
    bool sawData = false, sawTotal = false, sawCount = false, sawTruncated = false,
         sawToken = false;
    do {
        const char *k = nullptr;
        qsizetype n = 0;
        if (!in.rawKey(&k, &n))
            return false;
        bool ok = true;
        if (keyIs(k, n, "data"_L1)) {
            // Rows: an array (objectArray); the table format takes the general path.
            ok = fastRows(in, &sawData, &out->resources);
        } else if (keyIs(k, n, "totalRecords"_L1)) {
            ok = !sawTotal && integerMember(in, &out->totalRecords);
            sawTotal = true;
        } else if (keyIs(k, n, "count"_L1)) {
            ok = !sawCount && integerMember(in, &out->count);
            sawCount = true;
        } else if (keyIs(k, n, "resultTruncated"_L1)) {
            ok = !sawTruncated;
            sawTruncated = true;
            const char c = in.peek();
            if (ok && c == 't') {
                ok = in.literal("true");
                out->resultTruncated = true;
            } else if (ok && c == 'f') {
                ok = in.literal("false");
            } else if (ok && c == '"') {
                QString text;
                ok = in.string(&text);
                out->resultTruncated = text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
            } else if (ok) {
                ok = in.skipValue();
            }
        } else if (keyIs(k, n, "$skipToken"_L1)) {
            ok = !sawToken;
            sawToken = true;
            bool isString = false;
            if (ok && (in.peek() == '"' || in.peek() == 'n'))
                ok = in.stringOrNull(&out->skipToken, &isString);
            else if (ok)
                ok = in.skipValue();
        } else {
            ok = in.skipValue();
        }
        if (!ok)
            return false;
    } while (in.take(','));
    return sawData && in.take('}') && in.atEnd();
}

/** The fast path of armResourcePage(); false: take the general one. */
bool fastArmPage(const QByteArray &body, ArmResourcePage *out)
{
    FastPageReader in(body.constData(), body.constData() + body.size());
    if (!in.take('{') || in.take('}'))
        return false;
    bool sawValue = false, sawNext = false, sawAtNext = false;
    QString next, atNext;
    do {
        const char *k = nullptr;
        qsizetype n = 0;
        if (!in.rawKey(&k, &n))
            return false;
        bool ok = true;
        if (keyIs(k, n, "value"_L1)) {
            ok = fastRows(in, &sawValue, &out->resources);
        } else if (keyIs(k, n, "nextLink"_L1) || keyIs(k, n, "@nextLink"_L1)) {
            // As QJsonValue::toString(): a string, else empty.
            const bool plain = n == 8;
            bool &saw = plain ? sawNext : sawAtNext;
            ok = !saw;
            saw = true;
            bool isString = false;
            if (ok && (in.peek() == '"' || in.peek() == 'n'))
                ok = in.stringOrNull(plain ? &next : &atNext, &isString);
            else if (ok)
                ok = in.skipValue();
        } else {
            ok = in.skipValue();
        }
        if (!ok)
            return false;
    } while (in.take(','));
    if (!in.take('}') || !in.atEnd())
        return false;
    out->nextLink = next.isEmpty() ? atNext : next; // as AzureParsers::nextLink()
    return true;
}

} // namespace

bool AzureParsers::armResourcePage(const QByteArray &body, bool keepProperties,
                                   ArmResourcePage *out, AzureError *error)
{
    if (!keepProperties) {
        ArmResourcePage fast;
        if (fastArmPage(body, &fast)) {
            *out = std::move(fast);
            return true;
        }
    }
    QJsonObject o;
    if (!parseJsonObject(body, &o, error))
        return false;
    out->nextLink = nextLink(o);
    out->resources = resourceList(o, keepProperties);
    return true;
}

bool AzureParsers::armEndpointPage(const QByteArray &body, ArmResourcePage *out, AzureError *error)
{
    QJsonObject o;
    if (!parseJsonObject(body, &o, error))
        return false;
    out->nextLink = nextLink(o);
    const QJsonArray items = o.value("value"_L1).toArray();
    out->resources.clear();
    out->resources.reserve(items.size());
    for (const QJsonValue &v : items) {
        // The row Resource Graph would give for ResourceDiscovery::resourceGraphQuery()'s
        // endpoint columns, read the same way (resource() on projected columns).
        const QJsonObject item = v.toObject();
        const QJsonObject props = item.value("properties"_L1).toObject();
        QJsonObject row{{"id"_L1, item.value("id"_L1)},
                        {"name"_L1, item.value("name"_L1)},
                        {"type"_L1, item.value("type"_L1)}};
        if (props.contains("ipAddress"_L1))
            row.insert("ipAddress"_L1, props.value("ipAddress"_L1));
        const QJsonValue fqdn = props.value("dnsSettings"_L1).toObject().value("fqdn"_L1);
        if (!fqdn.isUndefined())
            row.insert("fqdn"_L1, fqdn);
        if (props.contains("defaultHostName"_L1))
            row.insert("defaultHostName"_L1, props.value("defaultHostName"_L1));
        out->resources.append(resource(row, false));
    }
    return true;
}

bool AzureParsers::resourceGraphResources(const QByteArray &body, bool keepProperties,
                                          ResourceGraphResources *out, AzureError *error)
{
    if (!keepProperties) {
        ResourceGraphResources fast;
        if (fastPage(body, &fast)) {
            *out = std::move(fast);
            return true;
        }
    }
    QJsonObject o;
    ResourceGraphPage page;
    if (!parseJsonObject(body, &o, error) || !resourceGraphPage(o, &page, error))
        return false;
    ResourceGraphResources general;
    general.totalRecords = page.totalRecords;
    general.count = page.count;
    general.resultTruncated = page.resultTruncated;
    general.skipToken = page.skipToken;
    general.resources.reserve(page.rows.size());
    for (const QJsonValue &row : std::as_const(page.rows))
        general.resources.append(resource(row.toObject(), keepProperties));
    *out = std::move(general);
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
