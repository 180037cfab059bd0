#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace atc {

/**
 * Writes CSV rows to a device as they come (RFC 4180: CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break), through a small buffer. Every field passes
 * InventoryExport::csvField(), so a cell a spreadsheet would evaluate as a formula (starting
 * with = + - @ tab or CR) gets a leading apostrophe — the same guard as the inventory export.
 */
class CsvWriter
{
public:
    /** `device` must be open for writing and outlive the writer. */
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter(); ///< flushes

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QStringList &fields);
    /** False once any write failed. */
    bool flush();
    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace atc
