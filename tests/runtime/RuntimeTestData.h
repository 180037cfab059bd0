#pragma once

#include <QList>
#include <QString>

#include "azure/AzureTypes.h"

namespace atc::test {

/** `count` synthetic resources of one subscription; `version` changes every row's tags. */
inline QList<AzureResource> makeResources(const QString &subscriptionId, int count,
                                          const QString &version, int firstIndex = 0)
{
    using namespace Qt::Literals::StringLiterals;
    QList<AzureResource> list;
    list.reserve(count);
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        AzureResource r;
        r.subscriptionId = subscriptionId;
        r.resourceGroup = u"rg-%1"_s.arg(i % 10);
        r.name = u"res-%1"_s.arg(i);
        r.type = (i % 3 == 0) ? u"Microsoft.Compute/virtualMachines"_s
                              : u"Microsoft.Storage/storageAccounts"_s;
        r.location = u"westeurope"_s;
        r.id = u"/subscriptions/%1/resourceGroups/%2/providers/%3/%4"_s.arg(
            subscriptionId, r.resourceGroup, r.type, r.name);
        r.tags.insert(u"version"_s, version);
        list.append(r);
    }
    return list;
}

} // namespace atc::test
