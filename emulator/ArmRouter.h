#pragma once

#include "EmulatorHttp.h"
#include "ManagementGroupsApi.h"
#include "PermissionsApi.h"
#include "ResourceGraphApi.h"
#include "ResourcesApi.h"
#include "SubscriptionsApi.h"

namespace atc::emulator {

struct EmulatorContext;

/**
 * ARM's front door: checks the bearer token and api-version the way ARM does (before the
 * path is even looked at), then routes by path to the API family that serves it. Unknown
 * paths answer ARM's 404.
 */
class ArmRouter
{
public:
    explicit ArmRouter(EmulatorContext &context);

    HttpReply handle(const HttpRequest &request);

private:
    EmulatorContext &m_ctx;
    ManagementGroupsApi m_managementGroups;
    SubscriptionsApi m_subscriptions;
    ResourcesApi m_resources;
    PermissionsApi m_permissions;
    ResourceGraphApi m_resourceGraph;
};

} // namespace atc::emulator
