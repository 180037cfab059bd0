#pragma once

#include "AzureEmulator.h"
#include "EmulatorHttp.h"

#include <QRandomGenerator>

namespace atc::emulator {

struct EmulatorContext;

/**
 * Applies FaultOptions to one request before any API sees it: answers 429 or 5xx in the
 * shape of the API the request was for (Entra, Resource Graph or ARM), or marks the reply's
 * delivery as truncated / closed mid-body. "First N" counters restart when their setting or
 * the route filter changes, so a test can arm a fault while the server runs.
 */
class FaultInjector
{
public:
    explicit FaultInjector(EmulatorContext &context) : m_ctx(context) {}

    /** True when `reply` is the whole answer; otherwise the API runs and `delivery` applies. */
    bool faultFor(const HttpRequest &request, HttpReply *reply, Delivery *delivery);

private:
    EmulatorContext &m_ctx;
    FaultOptions m_lastFaults; // to notice changed "first N" settings and restart their counters
    int m_throttledSoFar = 0;
    int m_serverErrorsSoFar = 0;
    int m_truncatedSoFar = 0;
    int m_closedSoFar = 0;
    QRandomGenerator m_random{0x5eed};
};

} // namespace atc::emulator
