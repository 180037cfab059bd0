#include "ResourceGraphQuery.h"

#include "EmulatorContext.h"

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

const QStringList &defaultResourceColumns()
{
    static const QStringList columns{
        u"id"_s,        u"name"_s,     u"type"_s,          u"tenantId"_s,
        u"kind"_s,      u"location"_s, u"resourceGroup"_s, u"subscriptionId"_s,
        u"managedBy"_s, u"sku"_s,      u"plan"_s,          u"properties"_s,
        u"tags"_s,      u"identity"_s, u"zones"_s,         u"extendedLocation"_s};
    return columns;
}

} // namespace

ResourceGraphQuery::ResourceGraphQuery(EmulatorContext &context, const ArgQuery &query, int app)
    : m_ctx(context), m_query(query), m_app(app)
{}

bool ResourceGraphQuery::typeAllowed(const QString &lowerType) const
{
    for (const QSet<QString> &allowed : m_query.typeFilters) {
        if (!allowed.contains(lowerType))
            return false;
    }
    return true;
}

void ResourceGraphQuery::scope(const QJsonArray &requestedSubs, const QJsonArray &requestedGroups)
{
    const AppAccess &a = m_ctx.accessFor(m_app);
    std::vector<char> seen(m_ctx.model.subscriptions.size(), 0);
    auto addSub = [&](int s) {
        if (s >= 0 && !seen[std::size_t(s)] && (a.subscription[std::size_t(s)] & FullRead)) {
            seen[std::size_t(s)] = 1;
            m_scopeSubs.append(s);
        }
    };
    if (requestedSubs.isEmpty() && requestedGroups.isEmpty()) {
        for (int s = 0; s < int(m_ctx.model.subscriptions.size()); ++s)
            addSub(s);
        for (int g = 0; g < int(m_ctx.model.groups.size()); ++g) {
            if (a.group[std::size_t(g)] & GroupRead)
                m_scopeGroups.append(g);
        }
    } else {
        for (const QJsonValue &v : requestedSubs)
            addSub(m_ctx.model.subscriptionIndex(v.toString()));
        for (const QJsonValue &v : requestedGroups) {
            const int g = m_ctx.model.groupIndex(v.toString());
            if (g < 0)
                continue;
            for (const int sg : m_ctx.model.groupSubtree(g)) {
                if (a.group[std::size_t(sg)] & GroupRead)
                    m_scopeGroups.append(sg);
                for (const int s : m_ctx.model.groups.at(std::size_t(sg)).childSubscriptions)
                    addSub(s);
            }
        }
    }
    if (!m_query.subscriptionFilters.isEmpty()) {
        QList<int> filtered;
        for (const int s : std::as_const(m_scopeSubs)) {
            bool keep = true;
            for (const QSet<QString> &allowed : m_query.subscriptionFilters)
                keep = keep && allowed.contains(
                                   m_ctx.model.subscriptions.at(std::size_t(s)).subscriptionId);
            if (keep)
                filtered.append(s);
        }
        m_scopeSubs = filtered;
    }
}

void ResourceGraphQuery::select()
{
    m_columns = m_query.columns;
    if (!m_query.projected) {
        for (const QString &name : defaultResourceColumns()) {
            ArgQuery::Column column;
            column.name = name;
            column.path = QStringList{name};
            m_columns.append(column);
        }
        m_columns.append(m_query.extended);
    }
    for (ArgQuery::Column &column : m_columns)
        column.resolveFast();
}

void ResourceGraphQuery::page(qint64 offset, int top)
{
    const qint64 pageEnd = offset + top;

    if (m_query.table == ArgQuery::Table::Resources) {
        std::vector<char> typeOk(std::size_t(m_ctx.model.typeCount()), 1);
        const bool filtered = !m_query.typeFilters.isEmpty();
        if (filtered) {
            for (int t = 0; t < m_ctx.model.typeCount(); ++t)
                typeOk[std::size_t(t)] = typeAllowed(QString::fromUtf8(m_ctx.model.typeLower(t)));
        }
        const int omitted =
            m_ctx.faults.resourceGraphOmitsSubscription.isEmpty()
                ? -1
                : m_ctx.model.subscriptionIndex(m_ctx.faults.resourceGraphOmitsSubscription);
        for (const int s : std::as_const(m_scopeSubs)) {
            if (s == omitted)
                continue; // fault: this subscription's rows are left out
            const auto &resources = m_ctx.model.subscriptions.at(std::size_t(s)).resources;
            const qint64 n = qint64(resources.size());
            if (!filtered && (m_total + n <= offset || m_total >= pageEnd)) {
                m_total += n; // whole subscription outside the page
                continue;
            }
            for (qint64 i = 0; i < n; ++i) {
                if (filtered && !typeOk[std::size_t(resources[std::size_t(i)].type)])
                    continue;
                if (m_total >= offset && m_total < pageEnd)
                    m_page.push_back({0, int(i), s, {}});
                ++m_total;
            }
        }
    } else {
        auto consider = [&](Row row, const QString &lowerType) {
            if (!typeAllowed(lowerType))
                return;
            if (m_total >= offset && m_total < pageEnd)
                m_page.push_back(std::move(row));
            ++m_total;
        };
        for (const int s : std::as_const(m_scopeSubs))
            consider({1, s, s, {}}, u"microsoft.resources/subscriptions"_s);
        for (const int g : std::as_const(m_scopeGroups))
            consider({2, g, -1, {}}, u"microsoft.management/managementgroups"_s);
        if (typeAllowed(u"microsoft.resources/subscriptions/resourcegroups"_s)) {
            for (const int s : std::as_const(m_scopeSubs)) {
                QList<QByteArray> groupsSeen;
                for (const ResourceEntry &r :
                     m_ctx.model.subscriptions.at(std::size_t(s)).resources) {
                    if (!groupsSeen.contains(r.resourceGroup)) {
                        groupsSeen.append(r.resourceGroup);
                        consider({3, r.location, s, r.resourceGroup},
                                 u"microsoft.resources/subscriptions/resourcegroups"_s);
                    }
                }
            }
        }
    }
    if (m_query.limit >= 0 && m_total > m_query.limit) {
        m_total = m_query.limit;
        while (!m_page.empty() && offset + qint64(m_page.size()) > m_total)
            m_page.pop_back();
    }
}

} // namespace atc::emulator
