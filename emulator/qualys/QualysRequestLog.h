#pragma once

#include "EmulatorHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace atc::emulator::qualys {

/**
 * What clients sent (GET /__fake/requests), with every secret replaced by "***": the
 * Authorization, clientSecret and password headers, and password / secretValue /
 * authenticationKey / clientSecret / secretKey in form or JSON bodies. Keeps the newest
 * MaxEntries.
 */
class QualysRequestLog
{
public:
    static constexpr int MaxEntries = 5000;

    /** Returns the entry's sequence number, for finish(). */
    qint64 add(const QString &server, const HttpRequest &request);
    void finish(qint64 sequence, int status, const QStringList &unknownFields);
    QJsonArray toJson() const { return m_entries; }
    void clear() { m_entries = {}; }

    static QJsonValue redactJson(const QJsonValue &value);
    static QString redactForm(const QByteArray &body);

private:
    QJsonArray m_entries;
    qint64 m_next = 1;
};

} // namespace atc::emulator::qualys
