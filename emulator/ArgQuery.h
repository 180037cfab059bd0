#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace atc::emulator {

/**
 * The part of a Kusto query that the emulator understands: the table, `where` filters on
 * type / subscriptionId, the projected (or extended) columns and `limit`/`take`.
 * Anything else (order by, summarize, …) is ignored on purpose: the emulator serves the
 * queries a discovery client sends, it is not a Kusto engine.
 */
struct ArgQuery
{
    enum class Table
    {
        Resources,
        ResourceContainers,
        Unknown,
    };
    struct Column
    {
        QString name;     ///< output column name
        QStringList path; ///< base column then property path, e.g. {properties, state}
        bool toLower = false;
        /** The base column as an enum, so that serving 1000 rows needs no string compares. */
        enum class Fast
        {
            Other,
            Id,
            Name,
            Type,
            Location,
            ResourceGroup,
            SubscriptionId,
            TenantId,
            Tags,
            Properties,
            EmptyString,
        };
        Fast fast = Fast::Other;
        QList<QByteArray> pathUtf8; ///< `path` as UTF-8, for json::findPath()
        void resolveFast();
    };

    Table table = Table::Resources;
    QString tableName;
    /** Each entry: the set of lower-case types a row must be in (ANDed). */
    QList<QSet<QString>> typeFilters;
    QList<QSet<QString>> subscriptionFilters;
    bool projected = false;
    QList<Column> columns;  ///< when projected
    QList<Column> extended; ///< `extend` columns, appended when not projected
    qint64 limit = -1;

    /** True when `id` is in the output (needed for $skipToken paging). */
    bool hasIdColumn() const;

    static ArgQuery parse(const QString &query);
};

} // namespace atc::emulator
