#pragma once

#include "EmulatorHttp.h"

namespace atc::emulator::qualys {

class FakeQualys;

/**
 * The test-only control port (/__fake/...), served on its own loopback port and never on the
 * fake's public ones. Each route calls the matching FakeQualys method:
 *   POST /__fake/reset                        POST /__fake/clock/advance?seconds=N
 *   POST /__fake/users      (object or array) POST /__fake/azure (fixture JSON)
 *   POST /__fake/faults     (object or array) DELETE /__fake/faults
 *   POST /__fake/variant    {"seed":n} and/or explicit choices; GET /__fake/variant
 *   POST /__fake/speculative {"on":bool}      POST /__fake/tokens/expire
 *   POST /__fake/ratelimits {"gateway":{limit,windowSec},"qps":{limit,windowSec,concurrency}}
 *   GET  /__fake/requests                     GET /__fake/state
 */
class QualysControlApi
{
public:
    explicit QualysControlApi(FakeQualys &fake) : m_fake(fake) {}

    HttpReply handle(const HttpRequest &request);

private:
    FakeQualys &m_fake;
};

} // namespace atc::emulator::qualys
