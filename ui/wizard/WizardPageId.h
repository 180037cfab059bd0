#pragma once

#include <QList>

#include "model/ProfileValidator.h"

namespace atc {

/** The wizard's pages, in order. */
enum class PageId
{
    BasicDetails,
    TenantDetails,
    SubscriptionDetails,
    ConnectorDetails,
    TagsActivation,
    AssignTags,
    Confirmation,
};

/** The page on which a validated field is edited. */
PageId pageOfField(ProfileField field);
/** Every field edited on `page`. */
QList<ProfileField> fieldsOfPage(PageId page);

} // namespace atc
