#pragma once

#include "EmulatorHttp.h"

#include <QString>

namespace atc::emulator {

struct Caller;
struct EmulatorContext;

/**
 * POST /providers/Microsoft.ResourceGraph/resources: the request's checks (body, the
 * denyResourceGraph fault, the per-app quota window (QuotaModel), the query's table, paging
 * options), then the query's steps (ResourceGraphQuery, ResourceGraphWriter).
 */
class ResourceGraphApi
{
public:
    explicit ResourceGraphApi(EmulatorContext &context) : m_ctx(context) {}

    HttpReply query(const HttpRequest &request, const Caller &caller);

private:
    HttpReply badRequest(const QString &code, const QString &message);

    EmulatorContext &m_ctx;
};

} // namespace atc::emulator
