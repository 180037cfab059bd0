#include "RuntimeSupport.h"

#include <QJsonArray>

#include "model/ProfileValidator.h"
#include "store/AppSettings.h"
#include "store/ProfileStore.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Runtime
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Runtime)
};

} // namespace

Paths paths()
{
    const AppSettings settings;
    Paths p;
    p.dataDir = settings.effectiveDataDirectory();
    p.database = p.dataDir + "/inventory.sqlite"_L1;
    p.locks = p.dataDir + "/locks"_L1;
    p.profiles = p.dataDir + "/profiles"_L1;
    return p;
}

QList<ConnectorProfile> loadProfiles(const CliContext &ctx, const Paths &p)
{
    const ProfileStore store(p.profiles);
    const ProfileLoadReport report = store.loadAll();
    for (const ProfileLoadProblem &problem : report.problems)
        ctx.warn(Runtime::tr("warning: %1: %2").arg(problem.path, problem.reason));
    return report.profiles;
}

/** Empty when `p` may run; else the validator's words, naming each field of the file. */
QString problemsOf(const ConnectorProfile &p)
{
    return ProfileValidator::describe(ProfileValidator::validateSaved(p));
}

QString invalidProfileText(const ConnectorProfile &p, const QString &problems)
{
    return Runtime::tr("profile \"%1\" is not valid, so it does not run: %2 Correct it in the "
                       "application, or correct its file and import it again.")
        .arg(printable(p.name.left(80)), problems);
}

/** A profile by id or name (case-insensitive); reports and returns nullopt when unknown. */
std::optional<ConnectorProfile>
findProfile(const CliContext &ctx, const QList<ConnectorProfile> &profiles, const QString &wanted)
{
    for (const ConnectorProfile &p : profiles) {
        if (p.id == wanted || p.name.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    ctx.error(Runtime::tr("no saved profile named '%1'. See 'atc profiles list'.").arg(wanted));
    return std::nullopt;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

SecretResolver::Options cliSecretOptions()
{
    SecretResolver::Options o;
    o.environment = true;
    o.mentionEnvironment = true; // no keychain (or no key in it): the environment is the other way
    return o;
}

ConnectorRuntime::SecretProvider cliSecrets(SecretStore *keychain)
{
    return ConnectorRuntime::secretsFromStore(keychain, cliSecretOptions());
}

int exitCodeFor(const RunSummary &s)
{
    if (s.cancelled)
        return ExitCancelled;
    if (s.secretUnavailable)
        return ExitSecretUnavailable;
    if (s.state == ConnectorState::FinishedSuccessfully)
        return ExitOk;
    AzureError e;
    e.kind = s.errorKind;
    if (e.isAuthenticationError())
        return ExitAuthFailure;
    if (e.isPermissionError())
        return ExitPermissionFailure;
    if (e.isNetworkError())
        return ExitNetworkFailure;
    return ExitFailure;
}

QJsonObject summaryJson(const QString &profileName, const RunSummary &s)
{
    QJsonArray changes;
    for (const RunConnectorChange &c : s.connectorChanges) {
        QJsonObject o{{u"change"_s, RunConnectorChange::kindToString(c.kind)},
                      {u"name"_s, c.name},
                      {u"subscriptionId"_s, c.subscriptionId}};
        if (c.reason != FlagReason::None)
            o.insert(u"reason"_s, flagReasonToString(c.reason));
        changes.append(o);
    }
    return QJsonObject{
        {u"profileId"_s, s.profileId},
        {u"profile"_s, profileName},
        {u"runId"_s, s.runId},
        {u"state"_s, connectorStateToString(s.state)},
        {u"cancelled"_s, s.cancelled},
        {u"started"_s, isoOrNull(s.started)},
        {u"finished"_s, isoOrNull(s.finished)},
        {u"assetsCreated"_s, s.counts.assetsCreated},
        {u"assetsUpdated"_s, s.counts.assetsUpdated},
        {u"assetsRemoved"_s, s.counts.assetsRemoved},
        {u"assetsUnchanged"_s, s.counts.assetsUnchanged},
        {u"connectorsCreated"_s, s.counts.connectorsCreated},
        {u"connectorsDisabled"_s, s.counts.connectorsDisabled},
        {u"connectorsFlagged"_s, s.counts.connectorsFlagged},
        {u"connectorsReattached"_s, s.counts.connectorsReattached},
        {u"subscriptionsOk"_s, s.counts.subscriptionsOk},
        {u"subscriptionsFailed"_s, s.counts.subscriptionsFailed},
        {u"errors"_s, QJsonArray::fromStringList(s.errors)},
        {u"errorCodes"_s, QJsonArray::fromStringList(s.errorCodes)},
        {u"durationMs"_s, s.durationMs() >= 0 ? QJsonValue(s.durationMs()) : QJsonValue()},
        {u"connectorChanges"_s, changes},
    };
}

QString progressLine(const QString &profileName, const RunProgress &progress)
{
    return Runtime::tr("%1: %2% %3")
        .arg(printable(profileName))
        .arg(progress.percent)
        .arg(printable(progress.text()));
}

int inventoryReadFailed(CliContext &ctx, const InventoryDatabase &db)
{
    ctx.error(db.readError().isEmpty() ? db.lastError() : db.readError());
    return db.damaged() ? ExitInventoryDamaged : ExitFailure;
}

} // namespace atc::cli
