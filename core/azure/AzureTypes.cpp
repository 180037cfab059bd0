#include "AzureTypes.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

SubscriptionState subscriptionStateFromString(const QString &text)
{
    if (text.compare(u"Enabled"_s, Qt::CaseInsensitive) == 0)
        return SubscriptionState::Enabled;
    if (text.compare(u"Warned"_s, Qt::CaseInsensitive) == 0)
        return SubscriptionState::Warned;
    if (text.compare(u"PastDue"_s, Qt::CaseInsensitive) == 0)
        return SubscriptionState::PastDue;
    if (text.compare(u"Disabled"_s, Qt::CaseInsensitive) == 0)
        return SubscriptionState::Disabled;
    if (text.compare(u"Deleted"_s, Qt::CaseInsensitive) == 0)
        return SubscriptionState::Deleted;
    return SubscriptionState::Unknown;
}

QString subscriptionStateToString(SubscriptionState state)
{
    switch (state) {
    case SubscriptionState::Enabled:
        return u"Enabled"_s;
    case SubscriptionState::Warned:
        return u"Warned"_s;
    case SubscriptionState::PastDue:
        return u"PastDue"_s;
    case SubscriptionState::Disabled:
        return u"Disabled"_s;
    case SubscriptionState::Deleted:
        return u"Deleted"_s;
    case SubscriptionState::Unknown:
        break;
    }
    return u"Unknown"_s;
}

} // namespace atc
