#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace atc::emulator::qualys {

/** A Qualys account of the fake. Tokens of a deactivated user stop working (user-level). */
struct FakeQualysUser
{
    QString login;
    QString password;
    QString clientId; ///< Auth ID client (/auth/oidc, /auth/oauth); empty = none
    QString clientSecret;
    bool apiAccess = true;            ///< false: QPS answers HTTP 200 + UNAUTHORIZED
    bool connectorsPermission = true; ///< false: 403 on v1.0 mutations, UNAUTHORIZED on QPS
    bool deactivated = false;

    static FakeQualysUser fromJson(const QJsonObject &json);
};

struct FakeQualysManagementGroup
{
    QString id; ///< the ARM name ("contoso-corp"); the root group's id is the tenant id
    QString parentId;
    QString displayName;
};

struct FakeQualysSubscription
{
    QString id;
    QString displayName;
    QString state = QStringLiteral("Enabled");
    QString parentId; ///< management group id; empty = the root group
};

/** What the fake "sees" in Azure when a connector syncs. */
struct FakeQualysAzureTenant
{
    QString tenantId;
    QList<FakeQualysManagementGroup> managementGroups;
    QList<FakeQualysSubscription> subscriptions;
    QHash<QString, QString> appSecrets; ///< valid app credentials: clientId -> secret

    /**
     * Reads either the fake's own form ({"tenantId", "managementGroups":[{id,parentId,
     * displayName}], "subscriptions":[{id,displayName,state,parentId}], "appSecrets":{}}) or
     * the Azure emulator's tenant JSON (docs/emulator.md; apps with an unexpired secret become
     * valid credentials). False with words in `error` when it is neither.
     */
    static bool fromJson(const QByteArray &json, FakeQualysAzureTenant *out, QString *error);
    /** The fake's own form, secrets left out. */
    QJsonObject toJson() const;
    bool isEmpty() const { return tenantId.isEmpty(); }
};

/** One fault rule (POST /__fake/faults). A rule with nthCall 0 and firstN 0 fires every time. */
struct FakeQualysFault
{
    QString method;    ///< empty = any
    QString pathRegex; ///< matched against the decoded path; empty = any
    QString server;    ///< "gateway", "api" or empty = both public ports
    int nthCall = 0;   ///< only the nth matching call (1-based)
    int firstN = 0;    ///< the first N matching calls
    int status = 0;    ///< canned reply status; 0 = let the request through
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool hang = false;            ///< never answer (the socket is closed after a bounded time)
    bool closeConnection = false; ///< close without an answer
    bool lostReply = false;       ///< perform the request, then hang or close (no reply)

    static FakeQualysFault fromJson(const QJsonObject &json, bool *ok = nullptr);
};

} // namespace atc::emulator::qualys
