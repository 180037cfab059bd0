#include "CsvWriter.h"

#include <QIODevice>

#include "InventoryExport.h"

namespace atc {

namespace {
constexpr qsizetype kFlushAt = 64 * 1024;
} // namespace

CsvWriter::CsvWriter(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        m_buffer.append(InventoryExport::csvField(fields.at(i)).toUtf8());
    }
    m_buffer.append("\r\n"); // RFC 4180, as the inventory export
    if (m_buffer.size() >= kFlushAt)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_ok && (!m_device || m_device->write(m_buffer) != m_buffer.size()))
            m_ok = false;
        m_buffer.resize(0); // keeps the capacity (clear() would free it)
    }
    return m_ok;
}

} // namespace atc
