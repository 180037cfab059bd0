#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "InventoryDatabase.h"

struct sqlite3;

namespace atc {

/**
 * The inventory's hot write loop (InventoryDatabase::writeInventories): the sqlite3 C API on
 * the QSQLITE driver's own handle, so on the same connection and inside the caller's
 * transaction. Statements prepared once per write, constant values bound once; unchanged rows
 * (content hash) are not touched. The caller begins, commits or rolls back.
 */
class InventoryWriteBatch
{
public:
    /** Why a write stopped: what was being done and SQLite's words. */
    struct Failure
    {
        QString what;
        QString detail;
    };

    /** Writes; `sum` gets the counts of all, `perConnector` (optional) each one's. */
    static bool write(sqlite3 *handle,
                      const QList<InventoryDatabase::SubscriptionInventory> &inventories,
                      const InventoryDatabase::AssetRules &rules, const QDateTime &now,
                      RunCounts *sum, QHash<qint64, RunCounts> *perConnector, Failure *failure);
};

} // namespace atc
