#pragma once

#include "EmulatorHttp.h"

#include <QByteArray>
#include <QString>

namespace atc::emulator {

struct Caller;
struct EmulatorContext;
struct SubscriptionEntry;

/** ARM Microsoft.Resources: GET /subscriptions (paged), /subscriptions/{id} and /tenants. */
class SubscriptionsApi
{
public:
    explicit SubscriptionsApi(EmulatorContext &context) : m_ctx(context) {}

    HttpReply listSubscriptions(const HttpRequest &request, const Caller &caller);
    HttpReply getSubscription(const Caller &caller, const QString &subscriptionId);
    HttpReply listTenants(const HttpRequest &request);

private:
    void writeSubscription(QByteArray &out, const SubscriptionEntry &s);

    EmulatorContext &m_ctx;
};

} // namespace atc::emulator
