#pragma once

#include <QString>
#include <QUrl>

namespace atc {

/**
 * The built-in sandbox tenant's sign-in data, as SandboxHost hands it out (the emulator's
 * well-known ids: AzureEmulator.h, namespace emulator::sandbox). Plain data: the wizard and
 * the window take it through a std::function and never link the emulator.
 */
struct SandboxTenant
{
    QUrl baseUrl; ///< one base URL for both the authority and ARM (Custom cloud)
    QString tenantName;
    QString directoryId;
    QString clientId;
    QString clientSecret;
};

} // namespace atc
