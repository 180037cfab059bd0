#pragma once

#include "QualysFakeState.h"

#include <QJsonObject>

namespace atc::emulator::qualys {

/**
 * The QPS AzureAssetDataConnector rules (reference §12.3, §4.6): applied to a create (all
 * mandatory parts) or to an update (only what is sent, checked against the merged result).
 * Unknown fields are refused. The message becomes an INVALID_REQUEST errorMessage.
 */
class QualysMemberValidator
{
public:
    explicit QualysMemberValidator(const QualysFakeState &state) : m_state(state) {}

    /** Applies `data` onto `m` (a fresh connector on create). False + `error` on the first
     *  broken rule; `m` is then unspecified. */
    bool apply(const QJsonObject &data, bool create, QualysMemberConnector *m,
               QString *error) const;

private:
    bool readActivation(const QJsonValue &value, QStringList *out, QString *error) const;
    bool readApps(const QJsonValue &value, QStringList *out, QString *error) const;
    bool readTags(const QJsonValue &value, QList<qint64> *out, QString *error) const;
    bool readScanConfig(const QJsonValue &value, QJsonObject *out, QString *error) const;

    const QualysFakeState &m_state;
};

} // namespace atc::emulator::qualys
