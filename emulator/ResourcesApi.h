#pragma once

#include "EmulatorHttp.h"

#include <QString>

namespace atc::emulator {

struct Caller;
struct EmulatorContext;

/** ARM GET /subscriptions/{id}/resources: paged, with the resourceType/location $filter. */
class ResourcesApi
{
public:
    explicit ResourcesApi(EmulatorContext &context) : m_ctx(context) {}

    HttpReply listResources(const HttpRequest &request, const Caller &caller,
                            const QString &subscriptionId, const QString &path);

private:
    EmulatorContext &m_ctx;
};

} // namespace atc::emulator
