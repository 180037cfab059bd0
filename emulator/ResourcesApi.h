#pragma once

#include "EmulatorHttp.h"

#include <QString>

namespace atc::emulator {

struct Caller;
struct EmulatorContext;

/**
 * ARM GET /subscriptions/{id}/resources: paged, with the resourceType/location $filter; and a
 * provider's own list, GET /subscriptions/{id}/providers/{namespace}/{type} (public IP
 * addresses, web apps, container groups …): the resources of that type with their properties.
 * Both draw on the subscription's read bucket.
 */
class ResourcesApi
{
public:
    explicit ResourcesApi(EmulatorContext &context) : m_ctx(context) {}

    HttpReply listResources(const HttpRequest &request, const Caller &caller,
                            const QString &subscriptionId, const QString &path);
    HttpReply listProviderResources(const HttpRequest &request, const Caller &caller,
                                    const QString &subscriptionId, const QString &type,
                                    const QString &path);

private:
    HttpReply list(const HttpRequest &request, const Caller &caller, const QString &subscriptionId,
                   const QString &path, const QString *providerType);
    EmulatorContext &m_ctx;
};

} // namespace atc::emulator
