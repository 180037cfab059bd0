// atc connectors list — documented in docs/cli-runtime.md (exit codes: docs/cli.md).

#include "ConnectorsCommand.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "RuntimeSupport.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Runtime
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Runtime)
};

} // namespace

ConnectorsCommand::ConnectorsCommand()
    : Command("connectors",
              QT_TRANSLATE_NOOP("atc", "list subscription connectors and their state"))
{
    setDescription(Runtime::tr("Subscription connectors and their state."));
    addPositional(u"list"_s, Runtime::tr("List subscription connectors."));
    setArgumentCount(1, 1);
    addOption({u"profile"_s, Runtime::tr("Only this saved profile."), u"NAME"_s});
    setFormats({u"text"_s, u"json"_s}, Runtime::tr("Output format: text (default) or json."),
               u"FORMAT"_s, u"text"_s);
}

QString ConnectorsCommand::usageError(const QStringList &) const
{
    return Runtime::tr("usage: atc connectors list [--profile NAME] [--format text|json]");
}

int ConnectorsCommand::run(CliContext &ctx, const CommandArgs &args)
{
    if (args.positional.constFirst() != "list"_L1) {
        ctx.error(usageError(args.positional));
        return ExitBadInput;
    }
    const QCommandLineParser &parser = args.parser;
    const QString &format = args.format;
    const Paths p = paths();
    const QList<ConnectorProfile> profiles = loadProfiles(ctx, p);
    QString profileId;
    if (parser.isSet(u"profile"_s)) {
        const auto one = findProfile(ctx, profiles, parser.value(u"profile"_s));
        if (!one)
            return ExitBadInput;
        profileId = one->id;
    }
    InventoryDatabase db(p.database);
    QString error;
    if (!db.open(&error)) {
        ctx.error(error);
        return db.damaged() ? ExitInventoryDamaged : ExitFailure;
    }
    auto profileName = [&](const QString &id) {
        for (const ConnectorProfile &pr : profiles) {
            if (pr.id == id)
                return pr.name;
        }
        return QString();
    };
    auto profileDisabled = [&](const QString &id) {
        for (const ConnectorProfile &pr : profiles) {
            if (pr.id == id)
                return !pr.enabled;
        }
        return false;
    };
    const QList<SubscriptionConnector> list = db.connectors(profileId);
    if (!db.readError().isEmpty())
        return inventoryReadFailed(ctx, db);
    if (format == "json"_L1) {
        QJsonArray tenants;
        const QStringList ids = profileId.isEmpty() ? db.profileIds() : QStringList{profileId};
        if (!db.readError().isEmpty())
            return inventoryReadFailed(ctx, db);
        for (const QString &id : ids) {
            const auto t = db.tenantStatus(id);
            if (!db.readError().isEmpty())
                return inventoryReadFailed(ctx, db);
            if (!t)
                continue;
            tenants.append(QJsonObject{
                {u"profileId"_s, id},
                {u"profile"_s, profileName(id)},
                {u"state"_s,
                 connectorStateToString(profileDisabled(id) ? ConnectorState::Disabled : t->state)},
                {u"lastRun"_s, isoOrNull(t->lastRun)},
                {u"nextRun"_s, isoOrNull(t->nextRun)},
                {u"subscriptionsInScope"_s, t->subscriptionsInScope},
                {u"lastError"_s, t->lastError}});
        }
        QJsonArray connectors;
        for (const SubscriptionConnector &c : list) {
            connectors.append(QJsonObject{
                {u"id"_s, c.id},
                {u"profileId"_s, c.profileId},
                {u"profile"_s, profileName(c.profileId)},
                {u"name"_s, c.name},
                {u"subscriptionId"_s, c.subscriptionId},
                {u"subscriptionName"_s, c.subscriptionName},
                {u"managementGroupPath"_s, c.managementGroupPath.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(c.managementGroupPath)},
                {u"state"_s, connectorStateToString(c.state)},
                {u"attached"_s, c.attached},
                {u"disabled"_s, c.disabled},
                {u"flag"_s, flagReasonToString(c.flag)},
                {u"created"_s, isoOrNull(c.created)},
                {u"lastRun"_s, isoOrNull(c.lastRun)},
                {u"nextRun"_s, isoOrNull(c.nextRun)},
                {u"assets"_s, c.assetCount},
                {u"lastError"_s, c.lastError},
            });
        }
        ctx.printJson(QJsonObject{{u"tenantConnectors"_s, tenants},
                                  {u"subscriptionConnectors"_s, connectors}});
        return ExitOk;
    }
    ctx.out << Runtime::tr("ID") << '\t' << Runtime::tr("NAME") << '\t'
            << Runtime::tr("SUBSCRIPTION") << '\t' << Runtime::tr("STATE") << '\t'
            << Runtime::tr("ASSETS") << '\t' << Runtime::tr("LAST RUN") << '\t'
            << Runtime::tr("NEXT RUN") << '\t' << Runtime::tr("FLAG") << '\t'
            << Runtime::tr("LAST ERROR") << '\n';
    for (const SubscriptionConnector &c : list) {
        QString flag = c.disabled ? Runtime::tr("detached, disabled") : QString();
        if (c.flag != FlagReason::None)
            flag = (flag.isEmpty() ? QString() : flag + u"; "_s) + flagReasonDisplayName(c.flag);
        ctx.out << c.id << '\t' << printable(c.name) << '\t' << printable(c.subscriptionId) << '\t'
                << connectorStateDisplayName(c.state) << '\t' << c.assetCount << '\t'
                << iso(c.lastRun) << '\t' << iso(c.nextRun) << '\t' << flag << '\t'
                << printable(c.lastError) << '\n';
    }
    return ExitOk;
}

} // namespace atc::cli
