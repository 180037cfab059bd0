#pragma once

namespace atc::emulator::qualys {

/** The sandbox's Qualys account on the fake (all fake, valid only against it). */
namespace sandbox {
inline constexpr char QualysUsername[] = "contoso_sb1";
inline constexpr char QualysPassword[] = "sandbox-qualys-password-not-for-production";
inline constexpr char QualysClientId[] = "6e2d4c1b-8a3f-4e5d-9c7b-2a1f0e9d8c7b";
inline constexpr char QualysClientSecret[] = "sandbox-qualys-client-secret-not-for-production";
/** Simulated seconds per real second in the sandbox: member connectors appear in seconds. */
inline constexpr double ClockRate = 60.0;
} // namespace sandbox

} // namespace atc::emulator::qualys
