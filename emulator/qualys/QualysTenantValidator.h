#pragma once

#include "EmulatorHttp.h"
#include "QualysFakeState.h"

#include <QStringList>

namespace atc::emulator::qualys {

/**
 * The create/update rules of reference §12.3 for tenant connectors, in their order: the first
 * failure wins. Unknown fields are accepted and reported (for the request log).
 */
class QualysTenantValidator
{
public:
    struct Result
    {
        int status = 0; ///< 0 = valid; else 400 / 409 / 415
        QString message;
        QStringList unknownFields;
    };

    explicit QualysTenantValidator(const QualysFakeState &state) : m_state(state) {}

    /** `existing` is null on create. On success `out` holds the new stored connector. */
    Result validate(const HttpRequest &request, const QualysTenantConnector *existing,
                    QualysTenantConnector *out) const;

    static bool isGuid(const QString &text);
    /** A JSON number that is a whole integer. */
    static bool isInteger(const QJsonValue &value);

private:
    bool readMem(const QJsonValue &value, const QString &field, QStringList *out,
                 QString *error) const;

    const QualysFakeState &m_state;
};

} // namespace atc::emulator::qualys
