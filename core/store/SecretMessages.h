#pragma once

#include <QString>

#include "SecretStore.h"

namespace atc {

/**
 * The translated sentence for a secret-store status: what happened and what to do (install,
 * start or unlock a keychain). Empty for Ok. `detail` (a backend's own error text, never a
 * secret) is appended when given.
 */
QString secretStatusMessage(SecretStore::Status status, const QString &detail = {});

} // namespace atc
