#include "PermissionsApi.h"

#include "EmulatorContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

HttpReply PermissionsApi::permissions(const Caller &caller, const QString &scope)
{
    const QString s = normalizeScope(scope);
    const QString mgPrefixLower = MgPrefix.toLower();
    // Groups whose assignments apply: the scope's own group (or the subscription's parent)
    // and everything above it.
    QList<int> groupsAbove;
    QString subscriptionScope;
    if (s.startsWith(mgPrefixLower)) {
        const int g = m_ctx.model.groupIndex(s.mid(mgPrefixLower.size()).section(u'/', 0, 0));
        if (g >= 0) {
            groupsAbove.append(g);
            groupsAbove.append(m_ctx.model.groupAncestors(g));
        }
    } else if (s.startsWith(u"/subscriptions/"_s)) {
        const int si = m_ctx.model.subscriptionIndex(s.section(u'/', 2, 2));
        if (si < 0)
            return m_ctx.armError(
                404, u"SubscriptionNotFound"_s,
                u"The subscription '%1' could not be found."_s.arg(s.section(u'/', 2, 2)));
        subscriptionScope =
            u"/subscriptions/"_s + m_ctx.model.subscriptions.at(std::size_t(si)).subscriptionId;
        groupsAbove = m_ctx.model.subscriptionAncestors(si);
    } else if (s == u"/"_s) {
        groupsAbove.append(m_ctx.model.rootGroupIndex());
    }
    QList<RoleKind> kinds;
    for (const RoleAssignment &role : m_ctx.model.apps.at(caller.app).roles) {
        bool applies = false;
        if (role.scope == u"/"_s) {
            applies = true;
        } else if (role.scope.startsWith(mgPrefixLower)) {
            const int g = m_ctx.model.groupIndex(role.scope.mid(mgPrefixLower.size()));
            applies = g >= 0 && groupsAbove.contains(g);
        } else if (!subscriptionScope.isEmpty()) {
            applies = s.startsWith(role.scope) &&
                      (s.size() == role.scope.size() || s.at(role.scope.size()) == u'/');
        }
        if (applies && !kinds.contains(role.role))
            kinds.append(role.role);
    }
    QJsonArray value;
    for (const RoleKind kind : std::as_const(kinds)) {
        QJsonArray actions;
        QJsonArray notActions;
        switch (kind) {
        case RoleKind::Reader:
            actions.append(u"*/read"_s);
            break;
        case RoleKind::Contributor:
            actions.append(u"*"_s);
            for (const char *na :
                 {"Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write",
                  "Microsoft.Authorization/elevateAccess/Action",
                  "Microsoft.Blueprint/blueprintAssignments/write",
                  "Microsoft.Blueprint/blueprintAssignments/delete"})
                notActions.append(QLatin1String(na));
            break;
        case RoleKind::ManagementGroupReader:
            actions.append(u"Microsoft.Management/managementGroups/read"_s);
            actions.append(u"Microsoft.Management/managementGroups/subscriptions/read"_s);
            break;
        }
        value.append(QJsonObject{{"actions"_L1, actions},
                                 {"notActions"_L1, notActions},
                                 {"dataActions"_L1, QJsonArray()},
                                 {"notDataActions"_L1, QJsonArray()}});
    }
    return m_ctx.jsonReply(
        QJsonDocument(QJsonObject{{"value"_L1, value}}).toJson(QJsonDocument::Compact),
        !subscriptionScope.isEmpty());
}
} // namespace atc::emulator
