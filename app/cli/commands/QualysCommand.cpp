// atc qualys push|status|enable|disable|login — documented in docs/cli.md ("atc qualys").
// The words of every failure come from core (QualysError::fullText()); this file chooses the
// platform, the account and the secrets, runs one core operation to its end and prints it.

#include "QualysCommand.h"

#include <cstdio>
#include <memory>
#include <optional>

#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include "RunToEnd.h"
#include "RuntimeSupport.h"
#include "SignalWatcher.h"
#include "qualys/QualysAccountStore.h"
#include "qualys/QualysConnectorStatus.h"
#include "qualys/QualysCredentialResolver.h"
#include "qualys/QualysLoginCheck.h"
#include "qualys/QualysMapping.h"
#include "qualys/QualysSession.h"
#include "qualys/TenantConnectorPush.h"
#include "qualys/TenantConnectorStatusChange.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"
#include "store/SecretResolver.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Qualys
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Qualys)
};

const QStringList &actions()
{
    static const QStringList all = {u"push"_s, u"status"_s, u"enable"_s, u"disable"_s, u"login"_s};
    return all;
}

/** The options each action takes besides --format (and --help). */
QStringList optionsOf(const QString &action)
{
    const QStringList platform = {u"qualys-platform"_s, u"qualys-gateway"_s, u"qualys-api-server"_s,
                                  u"ca-cert"_s};
    if (action == u"login"_s)
        return platform + QStringList{u"user"_s, u"client-id"_s};
    if (action == u"push"_s)
        return platform + QStringList{u"profile"_s, u"existing-id"_s, u"create-anew"_s};
    return platform + QStringList{u"profile"_s};
}

/** "US1", or the gateway's origin for custom URLs: how a platform is named in messages. */
QString platformName(const QualysPlatform &p)
{
    if (!p.isCustom())
        return p.id;
    return p.gateway
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

QString accountsFolder()
{
    // QualysAccountStore lives beside the profiles folder (ProfileStore's parent).
    return AppSettings().effectiveDataDirectory();
}

/** One core operation to its end; SIGINT/SIGTERM cancel it (it then finishes Cancelled). */
template <typename Op, typename Result>
Result runOperation(const CliContext &ctx, Op &op, void (Op::*finished)(const Result &),
                    bool *signalled)
{
    SignalWatcher watcher([&ctx, &op] {
        ctx.note(Qualys::tr("Cancelling …"));
        op.cancel();
    });
    Result r = runToEnd<Result>([&](const std::function<void(Result)> &finish) {
        QObject::connect(&op, finished, &op, [finish](const Result &res) { finish(res); });
        op.start();
    });
    *signalled = watcher.signalled();
    return r;
}

/** Prints a failure's words and returns its exit code (ExitCancelled after a signal). */
int fail(const CliContext &ctx, const QualysError &error, bool signalled)
{
    ctx.error(error.fullText());
    return signalled ? int(ExitCancelled) : qualysExitCode(error);
}

/** The platform of the options; else words and an exit code. */
int platformFromOptions(const CliContext &ctx, const CommandArgs &args, QualysPlatform *out)
{
    const bool pod = args.isSet(u"qualys-platform"_s);
    const bool gateway = args.isSet(u"qualys-gateway"_s);
    const bool api = args.isSet(u"qualys-api-server"_s);
    if (pod && (gateway || api)) {
        ctx.error(Qualys::tr("give --qualys-platform POD, or --qualys-gateway URL and "
                             "--qualys-api-server URL, not both"));
        return ExitBadInput;
    }
    if (pod) {
        *out = QualysPlatform::find(args.value(u"qualys-platform"_s).trimmed());
        if (!out->isValid()) {
            QStringList ids;
            for (const QualysPlatform &known : QualysPlatform::knownPlatforms())
                ids << known.id;
            ctx.error(Qualys::tr("unknown Qualys platform \"%1\": use one of %2, or "
                                 "--qualys-gateway URL with --qualys-api-server URL")
                          .arg(printable(args.value(u"qualys-platform"_s)), ids.join(u", "_s)));
            return ExitBadInput;
        }
    } else if (gateway || api) {
        if (!gateway || !api) {
            ctx.error(Qualys::tr("--qualys-gateway and --qualys-api-server go together: the two "
                                 "hosts of a Qualys platform are never derived from each other"));
            return ExitBadInput;
        }
        *out = QualysPlatform::custom(QUrl(args.value(u"qualys-gateway"_s), QUrl::StrictMode),
                                      QUrl(args.value(u"qualys-api-server"_s), QUrl::StrictMode));
    } else {
        // Without options: the one account 'atc qualys login' stored, if there is exactly one.
        QString error;
        const QList<QualysAccount> accounts = QualysAccountStore(accountsFolder()).load(&error);
        if (!error.isEmpty())
            ctx.warn(Qualys::tr("atc: warning: %1").arg(error));
        if (accounts.size() != 1) {
            ctx.error(Qualys::tr("give the Qualys platform: --qualys-platform POD (US1, EU1, …), "
                                 "or --qualys-gateway URL and --qualys-api-server URL"));
            return ExitBadInput;
        }
        *out = accounts.constFirst().platform;
    }
    if (const QString why = out->validate(); !why.isEmpty()) {
        ctx.error(why);
        return ExitBadInput;
    }
    return ExitOk;
}

/** --ca-cert, else the application's CA file (a TLS-inspecting proxy applies to Qualys too). */
QualysClientConfig clientConfig(const CommandArgs &args)
{
    QualysClientConfig config;
    config.caCertificateFile =
        args.isSet(u"ca-cert"_s) ? args.value(u"ca-cert"_s) : AppSettings().caCertificateFile();
    return config;
}

/**
 * The Qualys account and its secret: the environment (QUALYS_USERNAME + QUALYS_PASSWORD or
 * QUALYS_CLIENT_ID + QUALYS_CLIENT_SECRET), else the account stored for the platform with its
 * secret from the keychain. Never an argument.
 */
int resolveCredentials(const CliContext &ctx, const QualysPlatform &platform,
                       QualysCredentials *out)
{
    std::optional<QualysAccount> account = QualysCredentialResolver::environmentAccount(platform);
    if (!account) {
        account = QualysAccountStore(accountsFolder()).forPlatform(platform.key());
        if (account)
            account->platform = platform; // the URLs given now (same key)
    }
    if (!account) {
        ctx.error(Qualys::tr("no Qualys account for %1: set QUALYS_USERNAME and QUALYS_PASSWORD "
                             "(or QUALYS_CLIENT_ID and QUALYS_CLIENT_SECRET), or store one with "
                             "'atc qualys login'. A secret is never taken from an argument.")
                      .arg(platformName(platform)));
        return ExitSecretUnavailable;
    }
    KeychainSecretStore keychain;
    QObject context;
    using Resolved = QualysCredentialResolver::Resolved;
    const Resolved r = runToEnd<Resolved>([&](const std::function<void(Resolved)> &finish) {
        QualysCredentialResolver::resolve(&keychain, *account, true, &context, finish);
    });
    if (!r.ok()) {
        ctx.error(r.error.fullText());
        return qualysExitCode(r.error);
    }
    *out = r.credentials;
    return ExitOk;
}

/** The Azure authentication key of a saved profile: AZURE_CLIENT_SECRET, else the keychain. */
int resolveAzureKey(const CliContext &ctx, const ConnectorProfile &profile, QString *out)
{
    KeychainSecretStore keychain;
    QObject context;
    SecretResolver::Options options;
    options.environment = true;
    options.mentionEnvironment = true;
    const ResolvedSecret r =
        runToEnd<ResolvedSecret>([&](const std::function<void(ResolvedSecret)> &finish) {
            SecretResolver::resolve(&keychain, profile.secretKey(), &context, finish, options);
        });
    if (!r.ok()) {
        ctx.error(Qualys::tr("profile \"%1\": %2").arg(printable(profile.name), r.errorMessage));
        return ExitSecretUnavailable;
    }
    *out = r.secret;
    return ExitOk;
}

int profileFromOptions(const CliContext &ctx, const CommandArgs &args, ConnectorProfile *out)
{
    if (!args.isSet(u"profile"_s)) {
        ctx.error(Qualys::tr("give --profile NAME (a saved profile's name or id)"));
        return ExitBadInput;
    }
    const auto found =
        findProfile(ctx, loadProfiles(ctx, paths()), args.value(u"profile"_s).trimmed());
    if (!found)
        return ExitBadInput;
    *out = *found;
    return ExitOk;
}

/**
 * Records `link` in the saved profile (replacing the platform's previous one), re-read first so
 * that a change made meanwhile (the desktop) is kept. ProfileStore writes atomically.
 */
bool recordLink(const ConnectorProfile &pushed, const QualysLink &link, QString *error)
{
    const ProfileStore store(paths().profiles);
    std::optional<ConnectorProfile> current = store.load(pushed.id, error);
    if (!current)
        return false;
    if (QualysLink *existing = current->qualysLink(link.platformKey))
        *existing = link;
    else
        current->qualysLinks.append(link);
    return store.save(*current, error);
}

/** The id the profile records for the platform; else words telling to push first. */
int linkedId(const CliContext &ctx, const ConnectorProfile &profile, const QualysPlatform &platform,
             const QString &action, qint64 *id)
{
    const QualysLink *link = profile.qualysLink(platform.key());
    if (link && link->tenantConnectorId > 0) {
        *id = link->tenantConnectorId;
        return ExitOk;
    }
    if (link && link->createUncertain)
        ctx.error(Qualys::tr("profile \"%1\" has no tenant connector id for Qualys %2: the answer "
                             "to its create was lost. Run 'atc qualys push --profile \"%1\"' "
                             "again: it looks the connector up before creating anything. Then "
                             "run 'atc qualys %3'.")
                      .arg(printable(profile.name), platformName(platform), action));
    else
        ctx.error(Qualys::tr("profile \"%1\" has not been pushed to Qualys %2 (no tenant "
                             "connector id recorded for it). Run 'atc qualys push --profile "
                             "\"%1\"' first.")
                      .arg(printable(profile.name), platformName(platform)));
    return ExitBadInput;
}

/** A platform session; a configuration problem (unreadable CA file) is exit 2 with words. */
int checkSession(const CliContext &ctx, const QualysSession &session)
{
    if (!session.configurationError().isError())
        return ExitOk;
    ctx.error(session.configurationError().fullText());
    return qualysExitCode(session.configurationError());
}

/** The manager and the session of one command (the session must die first: declared last). */
struct OpenSession
{
    QNetworkAccessManager nam;
    std::unique_ptr<QualysSession> session;
};

/** A session over the settings' proxy and the options' CA file, refused when unusable. */
int openSession(const CliContext &ctx, const CommandArgs &args, QualysCredentials credentials,
                OpenSession *out)
{
    configureProxy(ctx, &out->nam);
    out->session =
        std::make_unique<QualysSession>(&out->nam, std::move(credentials), clientConfig(args));
    return checkSession(ctx, *out->session);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject tenantJson(const QualysTenantConnector &c)
{
    return QJsonObject{
        {u"id"_s, idOrNull(c.id)},
        {u"name"_s, c.name},
        {u"tenantId"_s, c.tenantId},
        {u"description"_s, c.description},
        {u"runFrequencyMinutes"_s, c.runFrequencyMinutes},
        {u"connectorRunFrequencyMinutes"_s, c.connectorRunFrequencyMinutes},
        {u"lastSynced"_s, isoOrNull(c.lastSynced)},
        {u"lastError"_s, c.lastError.isEmpty() ? QJsonValue() : QJsonValue(c.lastError)},
        {u"disabled"_s, c.disabled},
        {u"source"_s, u"platform"_s},
    };
}

QJsonObject memberJson(const QualysMemberConnector &m)
{
    return QJsonObject{
        {u"id"_s, idOrNull(m.id)},
        {u"uuid"_s, m.uuid},
        {u"name"_s, m.name},
        {u"subscriptionId"_s, m.subscriptionId},
        {u"state"_s, QualysMemberConnector::stateName(m.state)},
        {u"platformState"_s, m.platformState},
        {u"disabled"_s, m.disabled},
        {u"activatedModules"_s, QJsonArray::fromStringList(m.activatedModules)},
        {u"runFrequencyMinutes"_s, m.runFrequencyMinutes},
        {u"lastSync"_s, isoOrNull(m.lastSync)},
        {u"lastError"_s, m.lastError.isEmpty() ? QJsonValue() : QJsonValue(m.lastError)},
    };
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

// ---- push ---------------------------------------------------------------------------------

int push(CliContext &ctx, const CommandArgs &args)
{
    ConnectorProfile profile;
    if (const int rc = profileFromOptions(ctx, args, &profile); rc != ExitOk)
        return rc;
    // What is sent must be a valid profile and meet the platform's known rules: checked before
    // any secret is read or anything is sent.
    if (const QString problems = problemsOf(profile); !problems.isEmpty()) {
        ctx.error(Qualys::tr("profile \"%1\" is not valid, so it is not pushed: %2 Correct it in "
                             "the application, or correct its file and import it again.")
                      .arg(printable(profile.name.left(80)), problems));
        return ExitBadInput;
    }
    if (const QStringList rules = QualysMapping::problems(profile); !rules.isEmpty()) {
        ctx.error(Qualys::tr("profile \"%1\" cannot be pushed to Qualys: %2")
                      .arg(printable(profile.name.left(80)), rules.join(u' ')));
        return ExitBadInput;
    }
    QualysPlatform platform;
    if (const int rc = platformFromOptions(ctx, args, &platform); rc != ExitOk)
        return rc;
    // After a lost create reply, only the user can tell what the platform holds when it offers
    // no lookup: the id seen in the portal (update that one), or "not there" (create anew).
    const bool createAnew = args.isSet(u"create-anew"_s);
    if (args.isSet(u"existing-id"_s)) {
        bool ok = false;
        const qint64 existing = args.value(u"existing-id"_s).trimmed().toLongLong(&ok);
        if (!ok || existing <= 0 || createAnew) {
            ctx.error(Qualys::tr("--existing-id takes the tenant connector's id shown in the "
                                 "Qualys portal (a positive number), and not with --create-anew"));
            return ExitBadInput;
        }
        QualysLink *link = profile.qualysLink(platform.key());
        if (!link) {
            profile.qualysLinks.append(QualysLink{});
            link = &profile.qualysLinks.last();
            link->platformKey = platform.key();
        }
        link->tenantConnectorId = existing;
        link->createUncertain = false;
    }
    QualysCredentials credentials;
    if (const int rc = resolveCredentials(ctx, platform, &credentials); rc != ExitOk)
        return rc;
    QString azureKey;
    if (const int rc = resolveAzureKey(ctx, profile, &azureKey); rc != ExitOk)
        return rc;

    OpenSession open;
    if (const int rc = openSession(ctx, args, credentials, &open); rc != ExitOk)
        return rc;
    QualysSession &session = *open.session;
    session.addKnownSecret(azureKey); // the body carries it: never in an error's words

    for (const QString &note : QualysMapping::notes(profile))
        ctx.note(Qualys::tr("atc: note: %1").arg(note));
    TenantConnectorPush op(&session, profile, azureKey);
    op.setForceCreate(createAnew);
    QObject::connect(&op, &TenantConnectorPush::progress, &op,
                     [&ctx](const QString &step) { ctx.progress(step); });
    bool signalled = false;
    const TenantConnectorPush::Result r =
        runOperation(ctx, op, &TenantConnectorPush::finished, &signalled);

    // Recorded on success AND when the create's answer was lost, so that the next push looks
    // the connector up instead of creating a second one.
    if (r.link) {
        QString error;
        if (!recordLink(profile, *r.link, &error)) {
            if (r.ok())
                ctx.error(Qualys::tr("the tenant connector was %1 on Qualys %2 (id %3), but the "
                                     "profile could not record it: %4 A later push would create "
                                     "a second connector; correct the problem and push again "
                                     "only after checking the platform.")
                              .arg(TenantConnectorPush::Result::actionName(r.action),
                                   platformName(platform),
                                   r.tenantConnectorId ? QString::number(*r.tenantConnectorId)
                                                       : Qualys::tr("unknown"),
                                   error));
            else
                ctx.error(error);
            if (!r.ok())
                ctx.error(r.error.fullText());
            return r.ok() ? int(ExitFailure) : qualysExitCode(r.error);
        }
    }
    if (!r.ok()) {
        const int rc = fail(ctx, r.error, signalled);
        if (r.error.kind == QualysErrorKind::ReplyLost)
            ctx.warn(Qualys::tr("atc: once you have looked in the Qualys portal: push again with "
                                "--existing-id ID when the tenant connector is there, or with "
                                "--create-anew when it is not."));
        return rc;
    }

    if (!r.tenantConnectorId)
        ctx.warn(Qualys::tr("atc: warning: Qualys did not return the new tenant connector's "
                            "id; 'atc qualys status', 'enable' and 'disable' need it. The "
                            "next push looks the connector up before creating anything."));
    const QString action = TenantConnectorPush::Result::actionName(r.action);
    if (args.json()) {
        ctx.printJson(QJsonObject{
            {u"tenantConnectorId"_s,
             r.tenantConnectorId ? QJsonValue(*r.tenantConnectorId) : QJsonValue(QJsonValue::Null)},
            {u"action"_s, action},
            {u"platform"_s, platform.key()},
            {u"account"_s, credentials.account.user},
            {u"profileId"_s, profile.id},
            {u"profile"_s, profile.name},
            {u"notes"_s, QJsonArray::fromStringList(r.notes)},
        });
        return ExitOk;
    }
    const QString id =
        r.tenantConnectorId ? QString::number(*r.tenantConnectorId) : Qualys::tr("(id unknown)");
    ctx.out << (r.action == TenantConnectorPush::Action::Created
                    ? Qualys::tr("Created tenant connector %1 on Qualys %2 from profile \"%3\".")
                    : Qualys::tr("Updated tenant connector %1 on Qualys %2 from profile \"%3\"."))
                   .arg(id, platformName(platform), printable(profile.name))
            << Qt::endl;
    return ExitOk;
}

// ---- status -------------------------------------------------------------------------------

void printStatus(const CliContext &ctx, const ConnectorProfile &profile,
                 const QualysPlatform &platform, qint64 id, const QualysConnectorStatus::Result &r)
{
    const auto line = [&ctx](const QString &label, const QString &value) {
        ctx.out << QString(label + u':').leftJustified(24) << value << '\n';
    };
    line(Qualys::tr("Profile"), printable(profile.name));
    line(Qualys::tr("Qualys platform"), printable(platformName(platform)));
    line(Qualys::tr("Tenant connector id"), QString::number(id));
    if (r.tenantConnector) {
        const QualysTenantConnector &c = *r.tenantConnector;
        line(Qualys::tr("Name"), printable(c.name));
        line(Qualys::tr("State"), c.disabled ? Qualys::tr("disabled") : Qualys::tr("enabled"));
        line(Qualys::tr("Last synced"), timeText(c.lastSynced));
        if (!c.lastError.isEmpty())
            line(Qualys::tr("Last error"), printable(c.lastError));
    } else {
        line(Qualys::tr("State"), Qualys::tr("not readable (this platform offers no way to read "
                                             "a tenant connector)"));
        if (const QualysLink *link = profile.qualysLink(platform.key()))
            line(Qualys::tr("Last pushed"),
                 Qualys::tr("%1 by %2").arg(timeText(link->lastPushed), printable(link->account)));
    }
    ctx.out << '\n';
    if (r.subscriptionConnectors.isEmpty()) {
        ctx.out << Qualys::tr("No subscription connectors yet: Qualys creates them when the "
                              "tenant connector syncs.")
                << '\n';
        ctx.out.flush();
        return;
    }
    const QString hId = Qualys::tr("ID"), hName = Qualys::tr("NAME"),
                  hSub = Qualys::tr("SUBSCRIPTION"), hState = Qualys::tr("STATE"),
                  hSync = Qualys::tr("LAST SYNC");
    int wId = int(hId.size()), wName = int(hName.size()), wState = int(hState.size());
    for (const QualysMemberConnector &m : r.subscriptionConnectors) {
        wId = std::max(wId, int(QString::number(m.id).size()));
        wName = std::max(wName, int(std::min<qsizetype>(printable(m.name).size(), 40)));
        wState = std::max(wState, int(QualysMemberConnector::stateTitle(m.state).size()));
    }
    ctx.out << hId.leftJustified(wId + 2) << hName.leftJustified(wName + 2)
            << hSub.leftJustified(38) << hState.leftJustified(wState + 2) << hSync << '\n';
    for (const QualysMemberConnector &m : r.subscriptionConnectors) {
        ctx.out << QString::number(m.id).leftJustified(wId + 2)
                << printable(m.name).left(40).leftJustified(wName + 2)
                << printable(m.subscriptionId).leftJustified(38)
                << QualysMemberConnector::stateTitle(m.state).leftJustified(wState + 2)
                << timeText(m.lastSync) << '\n';
        if (!m.lastError.isEmpty())
            ctx.out << u"    "_s << printable(m.lastError) << '\n';
    }
    ctx.out.flush();
}

int status(CliContext &ctx, const CommandArgs &args)
{
    ConnectorProfile profile;
    if (const int rc = profileFromOptions(ctx, args, &profile); rc != ExitOk)
        return rc;
    QualysPlatform platform;
    if (const int rc = platformFromOptions(ctx, args, &platform); rc != ExitOk)
        return rc;
    qint64 id = 0;
    if (const int rc = linkedId(ctx, profile, platform, u"status"_s, &id); rc != ExitOk)
        return rc;
    QualysCredentials credentials;
    if (const int rc = resolveCredentials(ctx, platform, &credentials); rc != ExitOk)
        return rc;

    OpenSession open;
    if (const int rc = openSession(ctx, args, credentials, &open); rc != ExitOk)
        return rc;
    QualysSession &session = *open.session;
    QualysConnectorStatus op(&session, id, profile.directoryId);
    QObject::connect(&op, &QualysConnectorStatus::progress, &op, [&ctx](int members) {
        ctx.progress(Qualys::tr("%n subscription connector(s) read …", nullptr, members));
    });
    bool signalled = false;
    const QualysConnectorStatus::Result r =
        runOperation(ctx, op, &QualysConnectorStatus::finished, &signalled);
    if (!r.ok())
        return fail(ctx, r.error, signalled);

    if (args.json()) {
        QJsonObject tenant;
        if (r.tenantConnector) {
            tenant = tenantJson(*r.tenantConnector);
        } else {
            // The platform offers no documented GET: what this computer recorded at the push.
            const QualysLink *link = profile.qualysLink(platform.key());
            tenant = QJsonObject{
                {u"id"_s, id},
                {u"name"_s, profile.name},
                {u"tenantId"_s, profile.directoryId},
                {u"account"_s, link ? link->account : QString()},
                {u"lastPushed"_s, isoOrNull(link ? link->lastPushed : QDateTime())},
                {u"source"_s, u"profile"_s},
            };
        }
        QJsonArray members;
        for (const QualysMemberConnector &m : r.subscriptionConnectors)
            members.append(memberJson(m));
        ctx.printJson(QJsonObject{
            {u"platform"_s, platform.key()},
            {u"profileId"_s, profile.id},
            {u"tenantConnector"_s, tenant},
            {u"tenantConnectorReadable"_s, r.tenantConnectorReadable},
            {u"subscriptionConnectors"_s, members},
        });
        return ExitOk;
    }
    printStatus(ctx, profile, platform, id, r);
    return ExitOk;
}

// ---- enable / disable ---------------------------------------------------------------------

int setEnabled(CliContext &ctx, const CommandArgs &args, bool enable)
{
    const QString action = enable ? u"enable"_s : u"disable"_s;
    ConnectorProfile profile;
    if (const int rc = profileFromOptions(ctx, args, &profile); rc != ExitOk)
        return rc;
    QualysPlatform platform;
    if (const int rc = platformFromOptions(ctx, args, &platform); rc != ExitOk)
        return rc;
    qint64 id = 0;
    if (const int rc = linkedId(ctx, profile, platform, action, &id); rc != ExitOk)
        return rc;
    QualysCredentials credentials;
    if (const int rc = resolveCredentials(ctx, platform, &credentials); rc != ExitOk)
        return rc;

    OpenSession open;
    if (const int rc = openSession(ctx, args, credentials, &open); rc != ExitOk)
        return rc;
    QualysSession &session = *open.session;
    TenantConnectorStatusChange op(&session, {id}, enable);
    bool signalled = false;
    const TenantConnectorStatusChange::Result r =
        runOperation(ctx, op, &TenantConnectorStatusChange::finished, &signalled);
    if (!r.ok())
        return fail(ctx, r.error, signalled);

    if (args.json()) {
        QJsonArray connectors;
        for (const QualysTenantConnector &c : r.connectors)
            connectors.append(tenantJson(c));
        ctx.printJson(QJsonObject{
            {u"tenantConnectorId"_s, id},
            {u"action"_s, enable ? u"enabled"_s : u"disabled"_s},
            {u"platform"_s, platform.key()},
            {u"connectors"_s, connectors},
        });
        return ExitOk;
    }
    ctx.out << (enable ? Qualys::tr("Enabled tenant connector %1 (profile \"%2\") on Qualys %3.")
                       : Qualys::tr("Disabled tenant connector %1 (profile \"%2\") on Qualys %3: "
                                    "it does not sync until it is enabled again."))
                   .arg(QString::number(id), printable(profile.name), platformName(platform))
            << Qt::endl;
    return ExitOk;
}

// ---- login --------------------------------------------------------------------------------

/** One line of standard input, without its line break (empty at end of input). */
QString readSecretLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int login(CliContext &ctx, const CommandArgs &args)
{
    QualysPlatform platform;
    if (const int rc = platformFromOptions(ctx, args, &platform); rc != ExitOk)
        return rc;
    if (args.isSet(u"user"_s) && args.isSet(u"client-id"_s)) {
        ctx.error(Qualys::tr("give --user NAME or --client-id ID, not both"));
        return ExitBadInput;
    }
    QualysAccount account;
    account.platform = platform;
    if (args.isSet(u"user"_s) || args.isSet(u"client-id"_s)) {
        const bool client = args.isSet(u"client-id"_s);
        account.authKind =
            client ? QualysAccount::AuthKind::Client : QualysAccount::AuthKind::Password;
        account.user = args.value(client ? u"client-id"_s : u"user"_s).trimmed();
    } else if (const auto env = QualysCredentialResolver::environmentAccount(platform)) {
        account = *env;
    }
    if (account.user.isEmpty()) {
        ctx.error(Qualys::tr("give the Qualys user name (--user NAME or QUALYS_USERNAME) or the "
                             "client id (--client-id ID or QUALYS_CLIENT_ID)"));
        return ExitBadInput;
    }
    const bool client = account.authKind == QualysAccount::AuthKind::Client;
    // The secret: its environment variable, else one line of a non-terminal stdin (a pipe, a
    // file). Never an argument: arguments are visible to every user of the machine.
    QString secret = QualysCredentialResolver::environmentSecret(account.authKind);
    if (secret.isEmpty()) {
        if (isatty(STDIN_FILENO)) {
            ctx.error(client ? Qualys::tr("set the client secret in QUALYS_CLIENT_SECRET, or pipe "
                                          "it on standard input (it is never taken from an "
                                          "argument)")
                             : Qualys::tr("set the password in QUALYS_PASSWORD, or pipe it on "
                                          "standard input (it is never taken from an "
                                          "argument)"));
            return ExitBadInput;
        }
        secret = readSecretLine();
        if (secret.isEmpty()) {
            ctx.error(client ? Qualys::tr("no client secret on standard input")
                             : Qualys::tr("no password on standard input"));
            return ExitBadInput;
        }
    }

    OpenSession open;
    if (const int rc = openSession(ctx, args, QualysCredentials{account, secret}, &open);
        rc != ExitOk)
        return rc;
    QualysSession &session = *open.session;
    ctx.progress(Qualys::tr("Testing the login of %1 …").arg(printable(account.displayName())));
    QualysLoginCheck check(&session);
    bool signalled = false;
    const QualysLoginCheck::Result r =
        runOperation(ctx, check, &QualysLoginCheck::finished, &signalled);
    if (!r.ok())
        return fail(ctx, r.error, signalled); // nothing stored

    KeychainSecretStore keychain;
    QObject context;
    const SecretStore::Result written =
        runToEnd<SecretStore::Result>([&](const std::function<void(SecretStore::Result)> &finish) {
            keychain.write(account.secretKey(), secret, &context, finish);
        });
    if (!written.ok()) {
        ctx.error(Qualys::tr("the login works, but the keychain could not store the secret: %1")
                      .arg(written.errorMessage));
        return ExitSecretUnavailable;
    }
    if (QString error; !QualysAccountStore(accountsFolder()).upsert(account, &error)) {
        ctx.error(error);
        return ExitFailure;
    }
    if (args.json()) {
        ctx.printJson(QJsonObject{
            {u"platform"_s, platform.key()},
            {u"account"_s, account.user},
            {u"authKind"_s, client ? u"client"_s : u"password"_s},
            {u"stored"_s, true},
        });
        return ExitOk;
    }
    ctx.out << (client ? Qualys::tr("Signed in to Qualys %1 with client id %2; the client secret "
                                    "is stored in the keychain.")
                       : Qualys::tr("Signed in to Qualys %1 as %2; the password is stored in the "
                                    "keychain."))
                   .arg(platformName(platform), printable(account.user))
            << Qt::endl;
    return ExitOk;
}

} // namespace

int qualysExitCode(const QualysError &error)
{
    switch (error.kind) {
    case QualysErrorKind::None:
        return ExitOk;
    case QualysErrorKind::Cancelled:
        return ExitCancelled;
    case QualysErrorKind::InvalidInput:
    case QualysErrorKind::NotPushable:
        return ExitBadInput;
    case QualysErrorKind::LoginFailed:
    case QualysErrorKind::ClientLoginFailed:
    case QualysErrorKind::TokenRejected:
        return ExitAuthFailure;
    case QualysErrorKind::NoApiAccess:
    case QualysErrorKind::PermissionDenied:
        return ExitPermissionFailure;
    case QualysErrorKind::StoredCredentialUnavailable:
        return ExitSecretUnavailable;
    case QualysErrorKind::Throttled:
    case QualysErrorKind::ServerError:
    case QualysErrorKind::MalformedResponse:
    case QualysErrorKind::HostNotFound:
    case QualysErrorKind::ConnectionRefused:
    case QualysErrorKind::Network:
    case QualysErrorKind::Tls:
    case QualysErrorKind::Timeout:
    case QualysErrorKind::RedirectRefused:
        return ExitNetworkFailure;
    case QualysErrorKind::Rejected:
    case QualysErrorKind::NotFound:
    case QualysErrorKind::Conflict:
    case QualysErrorKind::HttpError:
    case QualysErrorKind::QpsFailure:
    case QualysErrorKind::ReplyLost:
    case QualysErrorKind::Unsupported:
        return ExitQualysFailure;
    }
    return ExitFailure;
}

QualysCommand::QualysCommand()
    : Command("qualys",
              QT_TRANSLATE_NOOP("atc", "push|status|enable|disable the tenant connector on Qualys"))
{
    setDescription(Qualys::tr(
        "The tenant connector on a Qualys platform.\n\n"
        "  push --profile NAME       create it from the saved profile, or update it when the\n"
        "                            profile records its id on that platform\n"
        "  status --profile NAME     the tenant connector and its subscription connectors\n"
        "  enable --profile NAME     enable it on the platform\n"
        "  disable --profile NAME    disable it on the platform (it stops syncing)\n"
        "  login                     test a Qualys login and store it in the keychain\n\n"
        "The Qualys secret comes from QUALYS_USERNAME + QUALYS_PASSWORD, or QUALYS_CLIENT_ID +\n"
        "QUALYS_CLIENT_SECRET, else from the keychain ('atc qualys login'); the Azure key from\n"
        "AZURE_CLIENT_SECRET or the keychain. Never from an argument. Exit codes: docs/cli.md."));
    addPositional(u"action"_s, Qualys::tr("push, status, enable, disable or login"));
    setArgumentCount(1, 1);
    addOption({u"profile"_s, Qualys::tr("The saved profile NAME (or id)."), u"NAME"_s});
    addOption({u"qualys-platform"_s,
               Qualys::tr("The Qualys platform (pod): US1, US2, …, EU1, …, KSA1."), u"POD"_s});
    addOption({u"qualys-gateway"_s,
               Qualys::tr("A custom platform's gateway URL (with --qualys-api-server)."),
               u"URL"_s});
    addOption({u"qualys-api-server"_s,
               Qualys::tr("A custom platform's API server URL (with --qualys-gateway)."),
               u"URL"_s});
    addOption({u"ca-cert"_s,
               Qualys::tr("Also trust the CA certificate(s) in this PEM file for the Qualys "
                          "hosts."),
               u"PEM"_s});
    addOption({u"existing-id"_s,
               Qualys::tr("push: the tenant connector already exists on the platform with this "
                          "id (after a lost create reply): update it."),
               u"ID"_s});
    addOption({u"create-anew"_s,
               Qualys::tr("push: create a new tenant connector even though an earlier create "
                          "may have succeeded (you checked the portal: it is not there).")});
    addOption({u"user"_s, Qualys::tr("login: the Qualys user name."), u"NAME"_s});
    addOption({u"client-id"_s, Qualys::tr("login: a Qualys client id (instead of a user name)."),
               u"ID"_s});
    setFormats({u"text"_s, u"json"_s}, Qualys::tr("Output format: text (default) or json."),
               u"FORMAT"_s, u"text"_s);
    setHelpUsage(Qualys::tr("Usage: atc qualys [options] push|status|enable|disable|login"));
}

QString QualysCommand::usageError(const QStringList &positional) const
{
    if (positional.isEmpty())
        return Qualys::tr("missing action. Run 'atc qualys --help'.");
    return Command::usageError(positional);
}

int QualysCommand::run(CliContext &ctx, const CommandArgs &args)
{
    const QString action = args.positional.constFirst();
    if (!actions().contains(action)) {
        ctx.error(
            Qualys::tr("unknown action \"%1\". Run 'atc qualys --help'.").arg(printable(action)));
        return ExitBadInput;
    }
    const QStringList allowed = optionsOf(action);
    for (const QString &name : args.parser.optionNames()) {
        if (name != u"format"_s && name != u"help"_s && !allowed.contains(name)) {
            ctx.error(Qualys::tr("--%1 is not an option of 'atc qualys %2'").arg(name, action));
            return ExitBadInput;
        }
    }
    if (action == u"push"_s)
        return push(ctx, args);
    if (action == u"status"_s)
        return status(ctx, args);
    if (action == u"enable"_s || action == u"disable"_s)
        return setEnabled(ctx, args, action == u"enable"_s);
    return login(ctx, args);
}

} // namespace atc::cli
