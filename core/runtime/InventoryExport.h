#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "InventoryDatabase.h"

class QIODevice;

namespace atc {

/** Optional: `cancel` stops an export (it then returns false); `progress` gets the rows
 *  written so far every InventoryExport::ProgressInterval rows. */
struct InventoryExportControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int rows)> progress;
    /** Tag id → name (the tag catalogue): assetTags are written as names; an id not in it
     *  (a deleted tag) stays as it is. Empty: ids. */
    QHash<QString, QString> tagNames;
};

/**
 * Inventory export in two formats (docs/cli-runtime.md), streamed row by row:
 * - CSV (RFC 4180: comma, CRLF, fields with comma/quote/CR/LF quoted, quotes doubled; list
 *   fields joined with ';'), a header line first;
 * - JSON: one array of objects, Azure tags and properties as JSON values.
 */
class InventoryExport
{
    Q_DECLARE_TR_FUNCTIONS(atc::InventoryExport)
public:
    static QStringList csvColumns();
    /** RFC 4180 quoting; a value starting with = + - @ tab or CR gets a leading ' (a
     *  spreadsheet would run it as a formula). */
    static QString csvField(const QString &value);

    static constexpr int ProgressInterval = 1000;
    using Control = InventoryExportControl;

    static bool writeCsv(const InventoryDatabase &db, const InventoryDatabase::ExportFilter &filter,
                         QIODevice *out, int *rows = nullptr, const Control &control = {});
    static bool writeJson(const InventoryDatabase &db,
                          const InventoryDatabase::ExportFilter &filter, QIODevice *out,
                          int *rows = nullptr, const Control &control = {});
};

} // namespace atc
