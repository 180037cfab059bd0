#pragma once

#include "ArgQuery.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

#include <vector>

namespace atc::emulator {

struct EmulatorContext;

/**
 * One Resource Graph query after its request checks (ResourceGraphApi), worked through in
 * steps that each read the previous one's result:
 *
 *   scope()  requested subscriptions / groups ∩ what the app reads ∩ subscriptionId filters
 *     │
 *   select() the output columns: projected ones, or the defaults plus `extend`s
 *     │
 *   page()   rows [offset, offset + top) of every matching row, and their total
 *     │
 *   ResourceGraphWriter::write()  the answer's bytes
 *
 * Rows are references into the tenant model; nothing is materialised outside the page.
 */
class ResourceGraphQuery
{
public:
    struct Row
    {
        int kind; // 0 resource, 1 subscription, 2 group, 3 resource group
        int index;
        int sub;
        QByteArray resourceGroup;
    };

    ResourceGraphQuery(EmulatorContext &context, const ArgQuery &query, int app);

    void scope(const QJsonArray &requestedSubs, const QJsonArray &requestedGroups);
    void select();
    void page(qint64 offset, int top);

    const ArgQuery &query() const { return m_query; }
    const QList<ArgQuery::Column> &columns() const { return m_columns; }
    const std::vector<Row> &rows() const { return m_page; }
    /** Matching rows in all pages (after `limit`). */
    qint64 total() const { return m_total; }

private:
    bool typeAllowed(const QString &lowerType) const;

    EmulatorContext &m_ctx;
    const ArgQuery &m_query;
    int m_app;
    QList<int> m_scopeSubs;
    QList<int> m_scopeGroups;
    QList<ArgQuery::Column> m_columns;
    std::vector<Row> m_page;
    qint64 m_total = 0;
};

} // namespace atc::emulator
