#pragma once

#include "ResourceGraphQuery.h"

#include <QByteArray>
#include <QJsonObject>

namespace atc::emulator {

struct EmulatorContext;

/**
 * The write step of a Resource Graph query: the answer body (objectArray or table format)
 * for a paged ResourceGraphQuery. Resource cells are written straight from the model's
 * stored bytes; other rows go through a QJsonObject built once per row.
 */
class ResourceGraphWriter
{
public:
    ResourceGraphWriter(EmulatorContext &context, const ResourceGraphQuery &query);

    /** `emptyServed`: the skip token says the injected empty page was already served. */
    QByteArray write(qint64 offset, bool table, bool emptyServed);

private:
    /** The value of one column of one row, as JSON. */
    void writeValue(QByteArray &out, const ResourceGraphQuery::Row &row,
                    const ArgQuery::Column &column, QJsonObject *rowCache) const;
    QJsonObject rowObject(const ResourceGraphQuery::Row &row) const;

    EmulatorContext &m_ctx;
    const ResourceGraphQuery &m_query;
    const QByteArray m_tenantId;
};

} // namespace atc::emulator
