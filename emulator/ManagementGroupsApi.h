#pragma once

#include "EmulatorHttp.h"

#include <QString>
#include <QStringList>

namespace atc::emulator {

struct Caller;
struct EmulatorContext;

/**
 * ARM management groups (Microsoft.Management/managementGroups): the list, one group with
 * $expand/$recurse, its descendants and its direct subscriptions, each paged like ARM.
 */
class ManagementGroupsApi
{
public:
    explicit ManagementGroupsApi(EmulatorContext &context) : m_ctx(context) {}

    /**
     * Serves /providers/Microsoft.Management/managementGroups[/{group}[/…]]: false when the
     * path is not one of its routes. `seg` are the path's segments, `path` without a trailing '/'.
     */
    bool route(const HttpRequest &request, const Caller &caller, const QString &path,
               const QStringList &seg, HttpReply *reply);

private:
    HttpReply listManagementGroups(const HttpRequest &request, const Caller &caller);
    HttpReply getManagementGroup(const HttpRequest &request, const Caller &caller, int group);
    HttpReply managementGroupDescendants(const HttpRequest &request, const Caller &caller,
                                         int group, const QString &path);
    HttpReply managementGroupSubscriptions(const HttpRequest &request, const Caller &caller,
                                           int group, const QString &path);
    void writeGroupChildren(QByteArray &out, int group, bool recurse, bool includeSubscriptions);

    EmulatorContext &m_ctx;
};

} // namespace atc::emulator
