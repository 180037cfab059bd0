#pragma once

#include <QUrl>

#include "model/ConnectorProfile.h"

namespace atc::ui {

/**
 * The sandbox convention (docs/desktop.md): a profile is a sandbox profile when it uses the
 * Custom cloud with a loopback endpoint (127.0.0.1 or localhost) and the sandbox tenant's
 * directory id. The in-process emulator listens on a new port at every start, so at start
 * the application re-points such profiles to the emulator it just started.
 */
bool isSandboxProfile(const ConnectorProfile &profile, const QString &sandboxDirectoryId);

/** Points both endpoints at `baseUrl`; true when something changed. */
bool repointSandboxProfile(ConnectorProfile &profile, const QUrl &baseUrl);

} // namespace atc::ui
