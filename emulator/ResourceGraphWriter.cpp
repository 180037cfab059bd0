#include "ResourceGraphWriter.h"

#include "EmulatorContext.h"
#include "JsonOut.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

/** Walks `path` (after the base column) inside a JSON value. */
QJsonValue walk(QJsonValue value, const QStringList &path, int from)
{
    for (int i = from; i < path.size(); ++i) {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            // Kusto property access is case-sensitive, but be lenient.
            QJsonValue next = o.value(path.at(i));
            if (next.isUndefined()) {
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (it.key().compare(path.at(i), Qt::CaseInsensitive) == 0)
                        next = it.value();
                }
            }
            value = next;
        } else if (value.isArray()) {
            bool ok = false;
            const int index = path.at(i).toInt(&ok);
            value = ok ? value.toArray().at(index) : QJsonValue();
        } else {
            return QJsonValue::Null;
        }
    }
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

void appendJsonValue(QByteArray &out, const QJsonValue &value, bool toLower)
{
    switch (value.type()) {
    case QJsonValue::String:
        json::appendString(out, toLower ? value.toString().toLower() : value.toString());
        break;
    case QJsonValue::Object:
        out.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        out.append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', 17));
        break;
    }
    default:
        out.append("null");
    }
}

const char *columnType(const QString &name)
{
    static const QStringList objects{u"tags"_s, u"properties"_s, u"sku"_s,
                                     u"plan"_s, u"identity"_s,   u"extendedLocation"_s};
    if (objects.contains(name))
        return "object";
    if (name == u"zones"_s)
        return "array";
    return "string";
}

} // namespace

ResourceGraphWriter::ResourceGraphWriter(EmulatorContext &context, const ResourceGraphQuery &query)
    : m_ctx(context), m_query(query), m_tenantId(context.model.tenantId.toUtf8())
{}

QByteArray ResourceGraphWriter::write(qint64 offset, bool table, bool emptyServed)
{
    const std::vector<ResourceGraphQuery::Row> &page = m_query.rows();
    const QList<ArgQuery::Column> &columns = m_query.columns();
    const qint64 total = m_query.total();
    QByteArray out;
    out.reserve(int(page.size()) * 400 + 256);
    const bool more = offset + qint64(page.size()) < total && m_query.query().hasIdColumn();
    const bool injectEmpty = m_ctx.faults.emptyPagesWithNextLink && !emptyServed;
    out.append("{\"totalRecords\":").append(QByteArray::number(total));
    out.append(",\"count\":").append(QByteArray::number(injectEmpty ? 0 : qint64(page.size())));
    out.append(",\"resultTruncated\":\"false\"");
    if (injectEmpty) {
        ++m_ctx.stats.emptyPages;
        out.append(",\"$skipToken\":");
        json::appendString(out, encodeSkipToken(offset, true));
    } else if (more) {
        out.append(",\"$skipToken\":");
        json::appendString(out, encodeSkipToken(offset + qint64(page.size()), false));
    }
    out.append(",\"facets\":[],\"data\":");
    if (table) {
        out.append("{\"columns\":[");
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out.append(',');
            out.append("{\"name\":");
            json::appendString(out, columns.at(c).name);
            out.append(",\"type\":\"").append(columnType(columns.at(c).name)).append("\"}");
        }
        out.append("],\"rows\":[");
    } else {
        out.append('[');
    }
    QList<QByteArray> keys;
    for (const ArgQuery::Column &column : columns) {
        QByteArray key;
        json::appendString(key, column.name);
        keys.append(key + ':');
    }
    if (!injectEmpty) {
        for (std::size_t r = 0; r < page.size(); ++r) {
            if (r > 0)
                out.append(',');
            QJsonObject cache;
            out.append(table ? '[' : '{');
            for (int c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    out.append(',');
                if (!table)
                    out.append(keys.at(c));
                writeValue(out, page[r], columns.at(c), &cache);
            }
            out.append(table ? ']' : '}');
        }
    }
    out.append(table ? "]}}" : "]}");
    return out;
}

void ResourceGraphWriter::writeValue(QByteArray &out, const ResourceGraphQuery::Row &row,
                                     const ArgQuery::Column &column, QJsonObject *rowCache) const
{
    const QString &base = column.path.first();
    if (row.kind == 0 && column.path.size() > 1 &&
        (column.fast == ArgQuery::Column::Fast::Properties ||
         column.fast == ArgQuery::Column::Fast::Tags)) {
        // properties.a.b / tags.x: read the member straight out of the stored blob.
        const ResourceEntry &r =
            m_ctx.model.subscriptions.at(std::size_t(row.sub)).resources[std::size_t(row.index)];
        const QByteArray value =
            json::findPath(column.fast == ArgQuery::Column::Fast::Tags ? r.tags : r.properties,
                           column.pathUtf8, 1);
        if (value.isEmpty())
            out.append("null");
        else
            out.append(column.toLower && value.startsWith('"') ? value.toLower() : value);
        return;
    }
    if (row.kind == 0 && column.path.size() == 1) {
        const SubscriptionEntry &sub = m_ctx.model.subscriptions.at(std::size_t(row.sub));
        const ResourceEntry &r = sub.resources[std::size_t(row.index)];
        switch (column.fast) {
        case ArgQuery::Column::Fast::Id:
            if (column.toLower) {
                json::appendString(out, m_ctx.model.resourceId(sub, r).toLower());
            } else {
                out.append("\"/subscriptions/");
                out.append(sub.idUtf8);
                out.append("/resourceGroups/");
                json::appendEscaped(out, r.resourceGroup, false);
                out.append("/providers/");
                out.append(m_ctx.model.typeName(r.type));
                out.append('/');
                json::appendEscaped(out, r.name, false);
                out.append('"');
            }
            return;
        case ArgQuery::Column::Fast::Name:
            out.append('"');
            json::appendEscaped(out, r.name, column.toLower);
            out.append('"');
            return;
        case ArgQuery::Column::Fast::Type:
            json::appendString(out, m_ctx.model.typeLower(r.type));
            return;
        case ArgQuery::Column::Fast::Location:
            json::appendString(out, m_ctx.model.locationName(r.location));
            return;
        case ArgQuery::Column::Fast::ResourceGroup:
            out.append('"');
            json::appendEscaped(out, r.resourceGroup, true);
            out.append('"');
            return;
        case ArgQuery::Column::Fast::SubscriptionId:
            json::appendString(out, sub.idUtf8);
            return;
        case ArgQuery::Column::Fast::TenantId:
            json::appendString(out, m_tenantId);
            return;
        case ArgQuery::Column::Fast::Tags:
            json::appendObject(out, r.tags);
            return;
        case ArgQuery::Column::Fast::Properties:
            json::appendObject(out, r.properties);
            return;
        case ArgQuery::Column::Fast::EmptyString:
            out.append("\"\"");
            return;
        case ArgQuery::Column::Fast::Other:
            out.append("null");
            return;
        }
    }
    if (rowCache->isEmpty())
        *rowCache = rowObject(row);
    QJsonValue v = rowCache->value(base);
    if (v.isUndefined())
        v = QJsonValue::Null;
    appendJsonValue(out, walk(v, column.path, 1), column.toLower);
}

QJsonObject ResourceGraphWriter::rowObject(const ResourceGraphQuery::Row &row) const
{
    QJsonObject o;
    if (row.kind == 0) {
        const SubscriptionEntry &sub = m_ctx.model.subscriptions.at(std::size_t(row.sub));
        const ResourceEntry &r = sub.resources[std::size_t(row.index)];
        o = {{"id"_L1, QString::fromUtf8(m_ctx.model.resourceId(sub, r))},
             {"name"_L1, QString::fromUtf8(r.name)},
             {"type"_L1, QString::fromUtf8(m_ctx.model.typeLower(r.type))},
             {"location"_L1, QString::fromUtf8(m_ctx.model.locationName(r.location))},
             {"resourceGroup"_L1, QString::fromUtf8(r.resourceGroup.toLower())},
             {"subscriptionId"_L1, sub.subscriptionId},
             {"tenantId"_L1, m_ctx.model.tenantId},
             {"kind"_L1, QString()},
             {"managedBy"_L1, QString()},
             {"tags"_L1, QJsonDocument::fromJson(r.tags).object()},
             {"properties"_L1, QJsonDocument::fromJson(r.properties).object()}};
    } else if (row.kind == 1) {
        const SubscriptionEntry &sub = m_ctx.model.subscriptions.at(std::size_t(row.index));
        const QJsonObject properties{
            {"subscriptionPolicies"_L1,
             QJsonObject{{"locationPlacementId"_L1, u"Public_2014-09-01"_s},
                         {"quotaId"_L1, u"PayAsYouGo_2014-09-01"_s},
                         {"spendingLimit"_L1, u"Off"_s}}},
            {"managementGroupAncestorsChain"_L1,
             m_ctx.ancestorsChain(m_ctx.model.subscriptionAncestors(row.index))},
            {"state"_L1, sub.state}};
        o = {{"id"_L1, QString(u"/subscriptions/"_s + sub.subscriptionId)},
             {"name"_L1, sub.displayName},
             {"type"_L1, u"microsoft.resources/subscriptions"_s},
             {"tenantId"_L1, m_ctx.model.tenantId},
             {"kind"_L1, QString()},
             {"location"_L1, QString()},
             {"resourceGroup"_L1, QString()},
             {"subscriptionId"_L1, sub.subscriptionId},
             {"managedBy"_L1, QString()},
             {"properties"_L1, properties},
             {"tags"_L1, QJsonDocument::fromJson(sub.tags).object()}};
    } else if (row.kind == 2) {
        const ManagementGroupNode &g = m_ctx.model.groups.at(std::size_t(row.index));
        QJsonObject details{{"managementGroupAncestorsChain"_L1,
                             m_ctx.ancestorsChain(m_ctx.model.groupAncestors(row.index))}};
        if (g.parentIndex >= 0)
            details.insert(
                "parent"_L1,
                QJsonObject{
                    {"id"_L1,
                     QString(MgPrefix + m_ctx.model.groups.at(std::size_t(g.parentIndex)).name)},
                    {"name"_L1, m_ctx.model.groups.at(std::size_t(g.parentIndex)).name}});
        o = {{"id"_L1, QString(MgPrefix + g.name)},
             {"name"_L1, g.name},
             {"type"_L1, u"microsoft.management/managementgroups"_s},
             {"tenantId"_L1, m_ctx.model.tenantId},
             {"kind"_L1, QString()},
             {"location"_L1, QString()},
             {"resourceGroup"_L1, QString()},
             {"subscriptionId"_L1, QString()},
             {"managedBy"_L1, QString()},
             {"properties"_L1, QJsonObject{{"displayName"_L1, g.displayName},
                                           {"tenantId"_L1, m_ctx.model.tenantId},
                                           {"details"_L1, details}}},
             {"tags"_L1, QJsonObject()}};
    } else {
        const SubscriptionEntry &sub = m_ctx.model.subscriptions.at(std::size_t(row.sub));
        const QString rg = QString::fromUtf8(row.resourceGroup);
        o = {{"id"_L1, u"/subscriptions/%1/resourceGroups/%2"_s.arg(sub.subscriptionId, rg)},
             {"name"_L1, rg},
             {"type"_L1, u"microsoft.resources/subscriptions/resourcegroups"_s},
             {"tenantId"_L1, m_ctx.model.tenantId},
             {"kind"_L1, QString()},
             {"location"_L1, QString::fromUtf8(m_ctx.model.locationName(row.index))},
             {"resourceGroup"_L1, rg.toLower()},
             {"subscriptionId"_L1, sub.subscriptionId},
             {"managedBy"_L1, QString()},
             {"properties"_L1, QJsonObject{{"provisioningState"_L1, u"Succeeded"_s}}},
             {"tags"_L1, QJsonObject()}};
    }
    return o;
}

} // namespace atc::emulator
