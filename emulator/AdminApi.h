#pragma once

#include "EmulatorHttp.h"

namespace atc::emulator {

class AzureEmulator;
struct EmulatorContext;

/**
 * The loopback-only /_emulator/… endpoints: faults and stats (read and set), subscription and
 * resource changes, a new tenant, expiring tokens. Changes go through the AzureEmulator
 * facade, so that an endpoint and its C++ call are the same operation.
 */
class AdminApi
{
public:
    AdminApi(EmulatorContext &context, AzureEmulator &emulator)
        : m_ctx(context), m_emulator(emulator)
    {}

    HttpReply handle(const HttpRequest &request);

private:
    EmulatorContext &m_ctx;
    AzureEmulator &m_emulator;
};

} // namespace atc::emulator
