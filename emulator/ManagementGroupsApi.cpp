#include "ManagementGroupsApi.h"

#include "EmulatorContext.h"
#include "JsonOut.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

bool ManagementGroupsApi::route(const HttpRequest &request, const Caller &caller,
                                const QString &path, const QStringList &seg, HttpReply *reply)
{
    if (!(seg.size() >= 3 && segmentIs(seg.at(0), "providers") &&
          segmentIs(seg.at(1), "Microsoft.Management") && segmentIs(seg.at(2), "managementGroups")))
        return false;
    const bool get = request.method == "GET"_ba;
    if (seg.size() == 3 && get) {
        *reply = listManagementGroups(request, caller);
        return true;
    }
    // Access is checked before the sub-route: an unreadable group is 403 whatever follows.
    const QString groupName = seg.value(3);
    const int group = m_ctx.model.groupIndex(groupName);
    const AppAccess &a = m_ctx.accessFor(caller.app);
    const QString scope = MgPrefix + groupName;
    const QString action = seg.size() == 4 ? u"Microsoft.Management/managementGroups/read"_s
                           : segmentIs(seg.value(4), "descendants")
                               ? u"Microsoft.Management/managementGroups/descendants/read"_s
                               : u"Microsoft.Management/managementGroups/subscriptions/read"_s;
    if (group < 0) {
        if (a.group.empty() || !(a.group[std::size_t(m_ctx.model.rootGroupIndex())] & GroupRead))
            *reply = m_ctx.authorizationFailed(caller, action, scope);
        else
            *reply = m_ctx.armError(404, u"NotFound"_s, u"'%1' not found"_s.arg(scope));
        return true;
    }
    if (!(a.group[std::size_t(group)] & GroupRead)) {
        *reply = m_ctx.authorizationFailed(caller, action, scope);
        return true;
    }
    if (seg.size() == 4 && get)
        *reply = getManagementGroup(request, caller, group);
    else if (seg.size() == 5 && segmentIs(seg.at(4), "descendants") && get)
        *reply = managementGroupDescendants(request, caller, group, path);
    else if (seg.size() == 5 && segmentIs(seg.at(4), "subscriptions") && get)
        *reply = managementGroupSubscriptions(request, caller, group, path);
    else
        return false;
    return true;
}

HttpReply ManagementGroupsApi::listManagementGroups(const HttpRequest &request,
                                                    const Caller &caller)
{
    const AppAccess &a = m_ctx.accessFor(caller.app);
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!m_ctx.pageWindow(request, &offset, &emptyServed, &error))
        return error;
    QList<int> visible;
    for (int g = 0; g < int(m_ctx.model.groups.size()); ++g) {
        if (a.group[std::size_t(g)] & GroupRead)
            visible.append(g);
    }
    const char *nextKey = m_ctx.faults.managementGroupListUsesAtNextLink ? "@nextLink" : "nextLink";
    const QByteArray apiVersion = formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    const QByteArray base = m_ctx.baseUrlFor(request) +
                            "/providers/Microsoft.Management/"
                            "managementGroups?api-version=" +
                            apiVersion + "&$skiptoken=";
    QByteArray out = "{\"value\":["_ba;
    qint64 end = offset;
    if (m_ctx.faults.emptyPagesWithNextLink && !emptyServed) {
        ++m_ctx.stats.emptyPages;
        out.append("],\"").append(nextKey).append("\":");
        json::appendString(out, base + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return m_ctx.jsonReply(out, false);
    }
    const qint64 size = m_ctx.pageSize(request);
    const QByteArray tid = m_ctx.model.tenantId.toUtf8();
    for (qint64 i = offset; i < visible.size() && i < offset + size; ++i) {
        const ManagementGroupNode &g = m_ctx.model.groups.at(std::size_t(visible.at(i)));
        if (i > offset)
            out.append(',');
        out.append("{\"id\":");
        json::appendString(out, MgPrefix + g.name);
        out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"name\":");
        json::appendString(out, g.name);
        out.append(",\"properties\":{\"tenantId\":");
        json::appendString(out, tid);
        out.append(",\"displayName\":");
        json::appendString(out, g.displayName);
        out.append("}}");
        end = i + 1;
    }
    out.append("],\"").append(nextKey).append("\":");
    if (end < visible.size())
        json::appendString(out, base + percentToken(encodeSkipToken(end, false)));
    else
        out.append("null");
    out.append('}');
    return m_ctx.jsonReply(out, false);
}

void ManagementGroupsApi::writeGroupChildren(QByteArray &out, int group, bool recurse,
                                             bool includeSubscriptions)
{
    const ManagementGroupNode &node = m_ctx.model.groups.at(std::size_t(group));
    out.append('[');
    bool first = true;
    for (const int child : node.childGroups) {
        const ManagementGroupNode &c = m_ctx.model.groups.at(std::size_t(child));
        if (!first)
            out.append(',');
        first = false;
        out.append("{\"id\":");
        json::appendString(out, MgPrefix + c.name);
        out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"name\":");
        json::appendString(out, c.name);
        out.append(",\"displayName\":");
        json::appendString(out, c.displayName);
        // A leaf has no "children" key at all, like the real service.
        const bool hasChildren =
            !c.childGroups.isEmpty() || (includeSubscriptions && !c.childSubscriptions.isEmpty());
        if (recurse && hasChildren) {
            out.append(",\"children\":");
            writeGroupChildren(out, child, true, includeSubscriptions);
        }
        out.append('}');
    }
    if (includeSubscriptions) {
        for (const int s : node.childSubscriptions) {
            const SubscriptionEntry &sub = m_ctx.model.subscriptions.at(std::size_t(s));
            if (!first)
                out.append(',');
            first = false;
            out.append("{\"id\":");
            json::appendString(out, u"/subscriptions/"_s + sub.subscriptionId);
            out.append(",\"type\":\"/subscriptions\",\"name\":");
            json::appendString(out, sub.subscriptionId);
            out.append(",\"displayName\":");
            json::appendString(out, sub.displayName);
            out.append('}');
        }
    }
    out.append(']');
}

HttpReply ManagementGroupsApi::getManagementGroup(const HttpRequest &request, const Caller &caller,
                                                  int group)
{
    Q_UNUSED(caller)
    const ManagementGroupNode &node = m_ctx.model.groups.at(std::size_t(group));
    const QString expand = request.queryValue(u"$expand"_s).toLower();
    const bool recurse = request.queryValue(u"$recurse"_s).toLower() == u"true"_s;
    const QString filter = request.queryValue(u"$filter"_s).toLower().simplified();
    const bool includeSubscriptions = !filter.contains(u"childtype ne subscription"_s) &&
                                      !filter.contains(u"childtype ne '/subscriptions'"_s);

    QJsonObject details{{"version"_L1, 1},
                        {"updatedTime"_L1, u"2024-01-01T00:00:00.0000000Z"_s},
                        {"updatedBy"_L1, u"00000000-0000-0000-0000-000000000000"_s}};
    if (node.parentIndex >= 0) {
        const ManagementGroupNode &parent = m_ctx.model.groups.at(std::size_t(node.parentIndex));
        details.insert("parent"_L1, QJsonObject{{"id"_L1, QString(MgPrefix + parent.name)},
                                                {"name"_L1, parent.name},
                                                {"displayName"_L1, parent.displayName}});
    }
    const QList<int> chain = m_ctx.model.groupAncestors(group);
    if (expand.contains(u"path"_s)) {
        QJsonArray path;
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            const ManagementGroupNode &n = m_ctx.model.groups.at(std::size_t(*it));
            path.append(QJsonObject{{"name"_L1, n.name}, {"displayName"_L1, n.displayName}});
        }
        details.insert("path"_L1, path);
    }
    if (expand.contains(u"ancestors"_s)) {
        QJsonArray names;
        for (const int g : chain)
            names.append(m_ctx.model.groups.at(std::size_t(g)).name);
        details.insert("managementGroupAncestors"_L1, names);
        details.insert("managementGroupAncestorsChain"_L1, m_ctx.ancestorsChain(chain));
    }

    QByteArray out = "{\"id\":"_ba;
    json::appendString(out, MgPrefix + node.name);
    out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"name\":");
    json::appendString(out, node.name);
    out.append(",\"properties\":{\"tenantId\":");
    json::appendString(out, m_ctx.model.tenantId);
    out.append(",\"displayName\":");
    json::appendString(out, node.displayName);
    out.append(",\"details\":");
    out.append(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (expand.contains(u"children"_s)) {
        out.append(",\"children\":");
        writeGroupChildren(out, group, recurse, includeSubscriptions);
    }
    out.append("}}");
    return m_ctx.jsonReply(out, false);
}

HttpReply ManagementGroupsApi::managementGroupDescendants(const HttpRequest &request,
                                                          const Caller &caller, int group,
                                                          const QString &path)
{
    Q_UNUSED(caller)
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!m_ctx.pageWindow(request, &offset, &emptyServed, &error))
        return error;
    // Groups (breadth first) then subscriptions, excluding the group itself.
    const QList<int> subtree = m_ctx.model.groupSubtree(group);
    struct Entry
    {
        bool subscription;
        int index;
        int parent;
    };
    std::vector<Entry> entries;
    for (int i = 1; i < subtree.size(); ++i) {
        const int g = subtree.at(i);
        entries.push_back({false, g, m_ctx.model.groups.at(std::size_t(g)).parentIndex});
    }
    for (const int g : subtree) {
        for (const int s : m_ctx.model.groups.at(std::size_t(g)).childSubscriptions)
            entries.push_back({true, s, g});
    }
    const QByteArray base = m_ctx.baseUrlFor(request) + path.toUtf8() + "?api-version=" +
                            formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    auto nextLinkFor = [&](qint64 at, bool empty) -> QByteArray {
        QByteArray link = base;
        bool hasTop = false;
        const QString top = request.queryValue(u"$top"_s, &hasTop);
        if (hasTop)
            link += "&$top=" + formEncodeLower(top.toUtf8());
        return link + "&$skiptoken=" + percentToken(encodeSkipToken(at, empty));
    };
    QByteArray out = "{\"value\":["_ba;
    if (m_ctx.faults.emptyPagesWithNextLink && !emptyServed) {
        ++m_ctx.stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out, nextLinkFor(offset, true));
        out.append('}');
        return m_ctx.jsonReply(out, false);
    }
    const qint64 size = m_ctx.pageSize(request);
    qint64 end = offset;
    for (qint64 i = offset; i < qint64(entries.size()) && i < offset + size; ++i) {
        const Entry &e = entries[std::size_t(i)];
        if (i > offset)
            out.append(',');
        if (e.subscription) {
            const SubscriptionEntry &s = m_ctx.model.subscriptions.at(std::size_t(e.index));
            out.append("{\"name\":");
            json::appendString(out, s.subscriptionId);
            out.append(",\"type\":\"Microsoft.Management/managementGroups/subscriptions\",\"id\":");
            json::appendString(out, u"/subscriptions/"_s + s.subscriptionId);
            out.append(",\"properties\":{\"displayName\":");
            json::appendString(out, s.displayName);
        } else {
            const ManagementGroupNode &g = m_ctx.model.groups.at(std::size_t(e.index));
            out.append("{\"name\":");
            json::appendString(out, g.name);
            out.append(",\"type\":\"Microsoft.Management/managementGroups\",\"id\":");
            json::appendString(out, MgPrefix + g.name);
            out.append(",\"properties\":{\"displayName\":");
            json::appendString(out, g.displayName);
        }
        out.append(",\"parent\":{\"id\":");
        json::appendString(out, MgPrefix + m_ctx.model.groups.at(std::size_t(e.parent)).name);
        out.append("}}}");
        end = i + 1;
    }
    out.append("],\"nextLink\":");
    if (end < qint64(entries.size()))
        json::appendString(out, nextLinkFor(end, false));
    else
        out.append("null");
    out.append('}');
    return m_ctx.jsonReply(out, false);
}

HttpReply ManagementGroupsApi::managementGroupSubscriptions(const HttpRequest &request,
                                                            const Caller &caller, int group,
                                                            const QString &path)
{
    Q_UNUSED(caller)
    qint64 offset = 0;
    bool emptyServed = false;
    HttpReply error;
    if (!m_ctx.pageWindow(request, &offset, &emptyServed, &error))
        return error;
    const ManagementGroupNode &node = m_ctx.model.groups.at(std::size_t(group));
    const QByteArray base = m_ctx.baseUrlFor(request) + path.toUtf8() + "?api-version=" +
                            formEncodeLower(request.queryValue(u"api-version"_s).toUtf8());
    QByteArray out = "{\"value\":["_ba;
    if (m_ctx.faults.emptyPagesWithNextLink && !emptyServed) {
        ++m_ctx.stats.emptyPages;
        out.append("],\"nextLink\":");
        json::appendString(out,
                           base + "&$skiptoken=" + percentToken(encodeSkipToken(offset, true)));
        out.append('}');
        return m_ctx.jsonReply(out, false);
    }
    const qint64 size = m_ctx.pageSize(request);
    qint64 end = offset;
    for (qint64 i = offset; i < node.childSubscriptions.size() && i < offset + size; ++i) {
        const SubscriptionEntry &s =
            m_ctx.model.subscriptions.at(std::size_t(node.childSubscriptions.at(i)));
        if (i > offset)
            out.append(',');
        out.append("{\"name\":");
        json::appendString(out, s.subscriptionId);
        out.append(",\"id\":");
        json::appendString(out, MgPrefix + node.name + u"/subscriptions/"_s + s.subscriptionId);
        out.append(",\"type\":\"Microsoft.Management/managementGroups/subscriptions\","
                   "\"properties\":{\"displayName\":");
        json::appendString(out, s.displayName);
        out.append(",\"parent\":{\"id\":");
        json::appendString(out, MgPrefix + node.name);
        out.append("},\"state\":");
        json::appendString(out, s.state == u"Enabled"_s ? u"Active"_s : s.state);
        out.append(",\"tenant\":");
        json::appendString(out, m_ctx.model.tenantId);
        out.append("}}");
        end = i + 1;
    }
    out.append("],\"nextLink\":");
    if (end < node.childSubscriptions.size())
        json::appendString(out, base + "&$skiptoken=" + percentToken(encodeSkipToken(end, false)));
    else
        out.append("null");
    out.append('}');
    return m_ctx.jsonReply(out, false);
}
} // namespace atc::emulator
