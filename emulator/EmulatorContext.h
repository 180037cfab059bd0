#pragma once

#include "AzureEmulator.h"
#include "EmulatorHttp.h"
#include "QuotaModel.h"
#include "TenantModel.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <vector>

namespace atc::emulator {

/*
 * What every API family of the emulator shares: the tenant, the faults and counters, the
 * issued tokens, per-app access, and the ARM/Entra reply builders that give every family the
 * same headers and error shapes. The families (EntraApi, ArmRouter and the ARM APIs behind it,
 * AdminApi) keep no copy of it: a change through the public AzureEmulator facade is seen by the
 * next request.
 *
 *   socket ─▶ AzureEmulator (HttpRequest, latency, delivery faults)
 *               ├─ /_emulator/…          AdminApi
 *               ├─ FaultInjector         429 / 5xx / body faults
 *               ├─ /{tenant}/oauth2/…    EntraApi
 *               └─ everything else       ArmRouter (token, api-version, route)
 *                    ├─ ManagementGroupsApi   ├─ SubscriptionsApi (+ /tenants)
 *                    ├─ ResourcesApi          ├─ PermissionsApi
 *                    └─ ResourceGraphApi ─▶ ResourceGraphQuery (scope, select, page)
 *                                          ─▶ ResourceGraphWriter (write)
 */

inline constexpr int DefaultPageSize = 1000;
inline const QString MgPrefix = QStringLiteral("/providers/Microsoft.Management/managementGroups/");

QByteArray newGuid();
/** ARM skip tokens: base64 of a small JSON marker, percent-encoded as real ARM does (%3d). */
QByteArray encodeSkipToken(qint64 offset, bool emptyServed);
bool decodeSkipToken(const QString &token, qint64 *offset, bool *emptyServed);
QByteArray percentToken(const QByteArray &base64);
/** Case-insensitive compare of a path segment with an ASCII name. */
inline bool segmentIs(const QString &segment, const char *name)
{
    return segment.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

/** Access flags of one app, per group and per subscription. */
enum AccessFlag : quint8
{
    GroupRead = 1, ///< the management group itself is readable
    FullRead = 2,  ///< subscriptions and resources below are readable
    Write = 4,
};

struct AppAccess
{
    quint64 generation = 0;
    std::vector<quint8> group;
    std::vector<quint8> subscription;
};

struct TokenInfo
{
    QString clientId;
    qint64 expiresAtMs = 0;
    QDateTime expiresAt;
};

/** The app behind a valid bearer token. */
struct Caller
{
    int app = -1;
    QString clientId;
    QString objectId;
};

struct EmulatorContext
{
    TenantModel model;
    FaultOptions faults;
    EmulatorStats stats;
    QuotaModel quotas; ///< Resource Graph windows and ARM read buckets, per app
    QHash<QByteArray, TokenInfo> tokens;
    QHash<QString, AppAccess> access; ///< per client id, rebuilt when the tenant changes
    bool tls = false;
    QString tlsHost = QStringLiteral("localhost");
    quint16 port = 0;
    qint64 readsRemaining = 12000;

    QUrl baseUrl() const;
    /** The scheme and Host the client used, so that nextLinks come back to the same origin. */
    QByteArray baseUrlFor(const HttpRequest &request) const;

    /** An ARM JSON answer with ARM's headers (request ids, rate-limit counter). */
    HttpReply jsonReply(QByteArray body, bool subscriptionScoped);
    HttpReply armError(int status, const QString &code, const QString &message);
    HttpReply authorizationFailed(const Caller &caller, const QString &action,
                                  const QString &scope);
    /** An Entra ID (AADSTS) error answer. */
    HttpReply aadError(int status, const char *error, int code, const QString &description);

    /** What `app` may read and write, cached per tenant generation. */
    const AppAccess &accessFor(int app);
    /** ARM list page size: the fault setting or the default, lowered by $top. */
    int pageSize(const HttpRequest &request) const;
    /** The offset of an ARM list page from its $skiptoken; false with a 400 in `error`. */
    bool pageWindow(const HttpRequest &request, qint64 *offset, bool *emptyServed,
                    HttpReply *error);
    QJsonArray ancestorsChain(const QList<int> &chain) const;
};

} // namespace atc::emulator
