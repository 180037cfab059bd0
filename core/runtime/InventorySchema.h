#pragma once

#include <QStringList>

namespace atc {

/**
 * The inventory's schema (docs/inventory.md) as forward-only migrations: migration(v) are the
 * statements that upgrade PRAGMA user_version v to v + 1. InventoryDatabase::open() applies
 * them, each in one transaction.
 */
class InventorySchema
{
public:
    /** The newest schema (InventoryDatabase::SchemaVersion). */
    static int version();
    /** The statements upgrading `fromVersion` to fromVersion + 1 (empty when none). */
    static QStringList migration(int fromVersion);
};

} // namespace atc
