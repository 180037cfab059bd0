#pragma once

#include <QString>

#include "ConnectorProfile.h"

namespace atc {

/**
 * The built-in sandbox tenant's well-known identity, as the code knows it without the emulator
 * (the emulator's copy is emulator::sandbox in AzureEmulator.h; tests/sandbox checks they are
 * equal). The sandbox app's key is public and fake: it is valid only against the in-process
 * emulator, so it never needs (and never gets) a keychain entry. docs/emulator.md, "Sandbox".
 */
namespace sandbox {
inline constexpr char TenantId[] = "8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b";
inline constexpr char ClientId[] = "0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
inline constexpr char ClientSecret[] = "sandbox-secret-value-not-for-production";
/** ConnectorProfile::secretKey() of a sandbox profile starts with this ("sandbox:<id>"). */
inline constexpr char SecretKeyPrefix[] = "sandbox:";

/** The sandbox tenant and its app: what a profile marked "sandbox" must name. */
bool hasSandboxIdentity(const ConnectorProfile &profile);
/** A key of ConnectorProfile::secretKey() that belongs to a sandbox profile. */
bool isSandboxSecretKey(const QString &key);
/** The well-known key of the sandbox app. */
QString clientSecret();
} // namespace sandbox

} // namespace atc
