// atc profiles list|show|import|export|delete|enable|disable — documented in
// docs/cli-profiles.md.

#include "ProfilesCommand.h"

#include <cstdio>
#include <limits>

#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "RunToEnd.h"
#include "TenantCommand.h"
#include "model/ProfileValidator.h"
#include "runtime/ConnectorLifecycle.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"
#include "store/SecretResolver.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Profiles
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Profiles)
};

QString scopeSummary(const ConnectorProfile &p)
{
    if (p.scopeMode == ScopeMode::SelectedManagementGroups) {
        const int n = int(p.selectedManagementGroups.size());
        return n == 1 ? Profiles::tr("1 selected management group")
                      : Profiles::tr("%1 selected management groups").arg(n);
    }
    const int excluded = int(p.excludedManagementGroups.size());
    if (excluded == 0)
        return Profiles::tr("all management groups");
    return Profiles::tr("all management groups, %1 excluded").arg(excluded);
}

/** Empty when the profile meets the rules of a saved profile; else the words, naming fields. */
QString problemsOf(const ConnectorProfile &p)
{
    return ProfileValidator::describe(ProfileValidator::validateSaved(p));
}

QString stateOf(const ConnectorProfile &p)
{
    if (!problemsOf(p).isEmpty())
        return Profiles::tr("invalid");
    return p.enabled ? Profiles::tr("enabled") : Profiles::tr("disabled");
}

QString tenantOf(const ConnectorProfile &p)
{
    return printable(p.tenantName.isEmpty() ? p.directoryId : p.tenantName);
}

/** "profile "name" (id) is not valid: …" for stderr; the name shortened and terminal-safe. */
QString invalidText(const ConnectorProfile &p, const QString &problems)
{
    return Profiles::tr("profile \"%1\" (%2) is not valid: %3 Correct the profile in the "
                        "application, or correct its file and import it again.")
        .arg(printable(p.name.left(80)), p.id, problems);
}

QJsonObject summaryJson(const ConnectorProfile &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"name"_s, p.name},
        {u"tenantName"_s, p.tenantName},
        {u"directoryId"_s, p.directoryId},
        {u"clientId"_s, p.clientId},
        {u"cloud"_s, cloudTypeToString(p.cloud)},
        {u"scope"_s, p.scopeMode == ScopeMode::AllManagementGroups ? u"all"_s : u"selected"_s},
        {u"scopeSummary"_s, scopeSummary(p)},
        {u"enabled"_s, p.enabled},
        {u"valid"_s, problemsOf(p).isEmpty()},
        {u"modified"_s, p.modified.toUTC().toString(Qt::ISODate)},
    };
}

void reportProblems(const CliContext &ctx, const QList<ProfileLoadProblem> &problems)
{
    for (const ProfileLoadProblem &pr : problems) {
        QString line = Profiles::tr("atc: warning: cannot load %1: %2").arg(pr.path, pr.reason);
        line = printableLines(line);
        if (!pr.movedTo.isEmpty())
            line += u' ' + Profiles::tr("It was moved to %1.").arg(pr.movedTo);
        ctx.err << line << Qt::endl;
    }
}

/** Finds a profile by exact id, else by name (case-insensitive, trimmed). */
std::optional<ConnectorProfile> find(const CliContext &ctx, const ProfileStore &store,
                                     const QString &idOrName)
{
    const ProfileLoadReport report = store.loadAll();
    reportProblems(ctx, report.problems);
    for (const ConnectorProfile &p : report.profiles) {
        if (p.id == idOrName)
            return p;
    }
    for (const ConnectorProfile &p : report.profiles) {
        if (p.name.trimmed().compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    ctx.error(Profiles::tr("no profile with the id or name \"%1\". Run 'atc profiles list'.")
                  .arg(idOrName));
    return std::nullopt;
}

/** Tag names for `ids` (the catalogue, tags.json); an id not in it (a deleted tag) stays. */
QString tagNamesOf(const QStringList &ids, const QHash<QString, QString> &names)
{
    QStringList out;
    for (const QString &id : ids)
        out.append(names.value(id, id));
    return printable(out.join(u", "_s));
}

void printText(const CliContext &ctx, const ConnectorProfile &p, const QList<Tag> &catalog)
{
    QHash<QString, QString> tagNames;
    for (const Tag &t : catalog)
        tagNames.insert(t.id, t.name);
    const auto yesNo = [](bool b) { return b ? Profiles::tr("yes") : Profiles::tr("no"); };
    const auto line = [&ctx](const QString &label, const QString &value) {
        ctx.out << QString(label + u':').leftJustified(36) << value << '\n';
    };
    QStringList days;
    for (int d : p.perimeterSchedule.daysOfWeek)
        days << QLocale().dayName(d, QLocale::ShortFormat);
    line(Profiles::tr("Id"), p.id);
    line(Profiles::tr("Name"), printable(p.name));
    line(Profiles::tr("State"), stateOf(p));
    if (const QString problems = problemsOf(p); !problems.isEmpty())
        line(Profiles::tr("Problems"), printable(problems));
    line(Profiles::tr("Description"), printable(p.description));
    line(Profiles::tr("CSPM"), yesNo(p.cspmEnabled));
    line(Profiles::tr("Remediation"), yesNo(p.remediationEnabled));
    line(Profiles::tr("Cloud"), cloudTypeToString(p.cloud));
    if (p.cloud == CloudType::Custom) {
        line(Profiles::tr("Authority host"), printable(p.customEndpoints.authorityHost.toString()));
        line(Profiles::tr("Resource Manager"), printable(p.customEndpoints.armEndpoint.toString()));
    }
    line(Profiles::tr("CA certificate file"), printable(p.caCertificateFile));
    line(Profiles::tr("Tenant name"), printable(p.tenantName));
    line(Profiles::tr("Directory (tenant) ID"), printable(p.directoryId));
    line(Profiles::tr("Application (client) ID"), printable(p.clientId));
    const auto every = [](int minutes) {
        if (!ProfileValidator::isValidPollingMinutes(minutes))
            return Profiles::tr("%1 minutes (not valid)").arg(minutes);
        return minutes == 60 ? Profiles::tr("every hour")
                             : Profiles::tr("every %1 hours").arg(minutes / 60);
    };
    line(Profiles::tr("Tenant polling"), every(p.tenantPollingMinutes));
    line(Profiles::tr("Subscription polling"), every(p.subscriptionPollingMinutes));
    line(Profiles::tr("Connector name prefix"), printable(p.connectorNamePrefix));
    line(Profiles::tr("Scope"), scopeSummary(p));
    if (!p.selectedManagementGroups.isEmpty())
        line(Profiles::tr("Selected groups"), printable(p.selectedManagementGroups.join(u", "_s)));
    if (!p.excludedManagementGroups.isEmpty())
        line(Profiles::tr("Excluded groups"), printable(p.excludedManagementGroups.join(u", "_s)));
    line(Profiles::tr("Create for new subscriptions"), yesNo(p.autoCreateForNewSubscriptions));
    line(Profiles::tr("Disable for deleted subscriptions"),
         yesNo(p.detachDisableForDeletedSubscriptions));
    line(Profiles::tr("VM scanning"), yesNo(p.activateVmScanning));
    line(Profiles::tr("Cloud perimeter scan"), yesNo(p.activateCloudPerimeterScan));
    if (p.activateCloudPerimeterScan) {
        line(Profiles::tr("Perimeter schedule"),
             p.perimeterSchedule.useGlobalConfiguration
                 ? Profiles::tr("global scan configuration")
                 : Profiles::tr("%1 at %2 (%3)")
                       .arg(days.join(u", "_s), p.perimeterSchedule.startTime.toString(u"HH:mm"_s),
                            printable(p.perimeterSchedule.timeZone)));
    }
    line(Profiles::tr("Policy compliance"), yesNo(p.activatePolicyCompliance));
    line(Profiles::tr("SCA"), yesNo(p.activateSca));
    line(Profiles::tr("CertView"), yesNo(p.activateCertView));
    line(Profiles::tr("Asset tags"), tagNamesOf(p.assetTagIds, tagNames));
    line(Profiles::tr("Tag rules"), QString::number(p.tagRules.size()));
    line(Profiles::tr("Connector tags"), tagNamesOf(p.connectorTagIds, tagNames));
    line(Profiles::tr("Created"),
         QLocale().toString(p.created.toLocalTime(), QLocale::ShortFormat));
    line(Profiles::tr("Modified"),
         QLocale().toString(p.modified.toLocalTime(), QLocale::ShortFormat));
    line(Profiles::tr("Authentication key"), Profiles::tr("in the keychain (never shown)"));
    ctx.out.flush();
}

int list(CliContext &ctx, const ProfileStore &store, bool json)
{
    const ProfileLoadReport report = store.loadAll();
    reportProblems(ctx, report.problems);
    // An invalid profile is listed (and marked) like the others, never hides them.
    for (const ConnectorProfile &p : report.profiles) {
        if (const QString problems = problemsOf(p); !problems.isEmpty())
            ctx.warn(Profiles::tr("atc: warning: %1").arg(invalidText(p, problems)));
    }
    if (json) {
        QJsonArray array;
        for (const ConnectorProfile &p : report.profiles)
            array.append(summaryJson(p));
        ctx.printJson(array);
        return ExitOk;
    }
    if (report.profiles.isEmpty()) {
        ctx.err << Profiles::tr("No saved profiles. Create one in the application, or import a "
                                "profile file with 'atc profiles import <file>'.")
                << Qt::endl;
        return ExitOk;
    }
    int nameWidth = 4, tenantWidth = 6;
    const QString stateHeader = Profiles::tr("STATE");
    int stateWidth = int(stateHeader.size());
    for (const ConnectorProfile &p : report.profiles) {
        nameWidth = std::max(nameWidth, int(std::min<qsizetype>(printable(p.name).size(), 40)));
        tenantWidth = std::max(tenantWidth, int(std::min<qsizetype>(tenantOf(p).size(), 40)));
        stateWidth = std::max(stateWidth, int(stateOf(p).size()));
    }
    ctx.out << Profiles::tr("ID").leftJustified(37)
            << Profiles::tr("NAME").leftJustified(nameWidth + 1)
            << Profiles::tr("TENANT").leftJustified(tenantWidth + 1)
            << stateHeader.leftJustified(stateWidth + 1) << Profiles::tr("SCOPE").leftJustified(36)
            << Profiles::tr("MODIFIED") << '\n';
    for (const ConnectorProfile &p : report.profiles) {
        ctx.out << p.id.leftJustified(37) << printable(p.name).left(40).leftJustified(nameWidth + 1)
                << tenantOf(p).left(40).leftJustified(tenantWidth + 1)
                << stateOf(p).leftJustified(stateWidth + 1) << scopeSummary(p).leftJustified(36)
                << p.modified.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int remove(CliContext &ctx, const ProfileStore &store, const ConnectorProfile &p, bool force)
{
    KeychainSecretStore secrets;
    // The desktop's transaction: the key first, then the profile (the inventory stays, as it
    // always did for the CLI); --force removes the profile even when the key stays.
    ConnectorLifecycle lifecycle(store, &secrets);
    ConnectorLifecycle::RemoveOptions options;
    options.force = force;
    QObject context;
    using Result = ConnectorLifecycle::RemoveResult;
    const Result r = runToEnd<Result>([&](const std::function<void(Result)> &finish) {
        lifecycle.remove(p, options, &context, finish);
    });
    if (r.ok()) {
        ctx.out << Profiles::tr("Deleted profile \"%1\" (%2) and its authentication key.")
                       .arg(printable(p.name), p.id)
                << Qt::endl;
        return ExitOk;
    }
    if (r.profileRemoved) {
        ctx.err << printableLines(Profiles::tr("atc: warning: deleted profile \"%1\", but its "
                                               "authentication key could not be removed from the "
                                               "keychain: %2")
                                      .arg(p.name, r.secretError))
                << Qt::endl;
        return ExitOk;
    }
    if (!r.secretRemoved) {
        QString why = r.secretError;
        if (!r.profileError.isEmpty()) // --force, and the file could not be removed either
            why += u' ' + r.profileError;
        ctx.error(Profiles::tr("the profile was kept because its authentication key "
                               "could not be removed from the keychain: %1 Use --force "
                               "to delete the profile anyway.")
                      .arg(why));
        return ExitSecretUnavailable;
    }
    ctx.error(r.errorMessage());
    return ExitFailure;
}

/**
 * One line of standard input, without its line break; echo off on a terminal (the key must
 * not show). Read with read(2), not a buffered stream, so that nothing else of stdin is eaten.
 */
QString readSecretLine(const CliContext &ctx)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        ctx.err << Profiles::tr("Authentication key: ") << Qt::flush;
    }
    QByteArray line;
    char c = 0;
    while (line.size() < 4096 && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        ctx.err << Qt::endl;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    QString secret = QString::fromUtf8(line);
    line.fill('\0'); // no copy of the key left behind in this buffer
    return secret;
}

/**
 * `atc profiles create`: a profile of the options (or the environment), validated like the
 * wizard's, then saved with its key by ConnectorLifecycle (profile, key, rollback): the
 * headless way to set up a connector. The key comes from stdin (--secret-stdin) or
 * AZURE_CLIENT_SECRET, never from an argument (it would show in ps and the shell history).
 */
int create(CliContext &ctx, const CommandArgs &args, const ProfileStore &store, bool json)
{
    ConnectorProfile p;
    p.name = args.value(u"name"_s).trimmed();
    if (p.name.isEmpty()) {
        ctx.error(Profiles::tr("give the new profile's name: --name NAME"));
        return ExitBadInput;
    }
    if (int rc = tenantFromOptions(ctx, args, &p); rc != ExitOk)
        return rc;
    p.tenantName = args.value(u"tenant-name"_s).trimmed();
    p.description = args.value(u"description"_s);
    p.connectorNamePrefix = args.value(u"prefix"_s).trimmed();
    if (args.isSet(u"ca-cert"_s))
        p.caCertificateFile = args.value(u"ca-cert"_s);
    p.enabled = !args.isSet(u"disabled"_s);

    QString secret;
    if (args.isSet(u"secret-stdin"_s))
        secret = readSecretLine(ctx);
    else
        secret = SecretResolver::environmentSecret();
    if (secret.isEmpty()) {
        ctx.error(Profiles::tr("no authentication key: give it on standard input with "
                               "--secret-stdin, or in AZURE_CLIENT_SECRET (never as an argument)"));
        return ExitSecretUnavailable;
    }

    // The wizard's rules (the key, the tag catalogue, unique names), not only a saved file's.
    ValidationContext context;
    const ProfileLoadReport existing = store.loadAll();
    for (const ConnectorProfile &other : existing.profiles)
        context.otherProfileNames.append(other.name);
    context.tagCatalog = store.loadTags();
    context.authenticationKey = secret;
    QList<ValidationIssue> errors;
    for (const ValidationIssue &issue : ProfileValidator::validate(p, context)) {
        if (issue.severity == Severity::Error)
            errors.append(issue);
    }
    if (!errors.isEmpty()) {
        ctx.error(Profiles::tr("the profile was not created: %1")
                      .arg(ProfileValidator::describe(errors)));
        return ExitBadInput;
    }

    KeychainSecretStore keychain;
    ConnectorLifecycle lifecycle(store, &keychain);
    ConnectorLifecycle::SaveRequest request;
    request.profile = p;
    request.secret = secret;
    secret.fill(QChar(0));
    QObject receiver;
    using Result = ConnectorLifecycle::SaveResult;
    const Result r = runToEnd<Result>([&](const std::function<void(Result)> &finish) {
        lifecycle.save(request, &receiver, finish);
    });
    request.secret.fill(QChar(0));
    if (!r.ok()) {
        ctx.error(Profiles::tr("the profile was not created: %1").arg(r.errorMessage));
        return r.status == Result::Status::KeyNotStored ? ExitSecretUnavailable : ExitFailure;
    }
    if (json) {
        ctx.printJson(summaryJson(r.profile));
        return ExitOk;
    }
    ctx.out << Profiles::tr("Created profile \"%1\" (%2); its authentication key is in the "
                            "keychain.")
                   .arg(printable(r.profile.name), r.profile.id)
            << Qt::endl;
    return ExitOk;
}

} // namespace

ProfilesCommand::ProfilesCommand()
    : Command("profiles",
              QT_TRANSLATE_NOOP("atc", "list|show|create|import|export|delete saved profiles"))
{
    setDescription(
        Profiles::tr("Saved tenant connector profiles.\n\n"
                     "  list                      list the saved profiles\n"
                     "  create --name NAME …      create a profile and store its key (from\n"
                     "                            --secret-stdin or AZURE_CLIENT_SECRET)\n"
                     "  show <id|name>            show every setting of one profile\n"
                     "  import <file>             import a profile file under a fresh id\n"
                     "  export <id|name> <file>   write one profile to a file (no secret)\n"
                     "  delete <id|name>          delete a profile and its authentication key\n"
                     "  enable <id|name>          enable a tenant connector: it runs again\n"
                     "  disable <id|name>         disable a tenant connector: it never runs "
                     "(neither on its schedule nor with 'atc run') until enabled again"));
    addPositional(u"action"_s,
                  Profiles::tr("list, show, create, import, export, delete, enable or disable"));
    setArgumentCount(1, std::numeric_limits<int>::max()); // each action checks its own
    setFormats({u"text"_s, u"json"_s},
               Profiles::tr("Output format of list and show: text or json."), u"format"_s,
               u"text"_s);
    addOption({u"name"_s,
               Profiles::tr("import: save the profile under this name. create: its name."),
               u"name"_s});
    // create: the tenant as for test-connection and discover (AZURE_* variables included).
    for (const QCommandLineOption &o : tenantOptions())
        addOption(o);
    addOption({u"tenant-name"_s, Profiles::tr("create: the tenant's display name."), u"NAME"_s});
    addOption({u"description"_s, Profiles::tr("create: a description."), u"TEXT"_s});
    addOption({u"prefix"_s, Profiles::tr("create: the subscription connectors' name prefix."),
               u"PREFIX"_s});
    addOption({u"ca-cert"_s,
               Profiles::tr("create: also trust the CA certificate(s) in this PEM "
                            "file."),
               u"PEM"_s});
    addOption({u"disabled"_s, Profiles::tr("create: the tenant connector starts disabled.")});
    addOption({u"secret-stdin"_s,
               Profiles::tr("create: read the authentication key from the first line of "
                            "standard input (else AZURE_CLIENT_SECRET).")});
    addOption({u"force"_s, Profiles::tr("export: overwrite the file. delete: delete the profile "
                                        "even when the keychain cannot remove its key.")});
    setHelpUsage(Profiles::tr("Usage: atc profiles [options] "
                              "list|show|create|import|export|delete|enable|disable [arguments]"));
}

QString ProfilesCommand::usageError(const QStringList &) const
{
    return Profiles::tr("missing action. Run 'atc profiles --help'.");
}

int ProfilesCommand::run(CliContext &ctx, const CommandArgs &args)
{
    const QStringList &pos = args.positional;
    const QString action = pos.first();
    const auto expectArgs = [&](int n, const QString &usage) {
        if (pos.size() == n + 1)
            return true;
        ctx.error(Profiles::tr("usage: atc profiles %1").arg(usage));
        return false;
    };
    const QCommandLineParser &parser = args.parser;
    const bool json = args.json();

    const AppSettings settings;
    const ProfileStore store(settings.profilesDirectory());

    if (action == u"list"_s) {
        if (!expectArgs(0, u"list [--format text|json]"_s))
            return ExitBadInput;
        return list(ctx, store, json);
    }
    if (action == u"show"_s) {
        if (!expectArgs(1, u"show <id|name> [--format text|json]"_s))
            return ExitBadInput;
        const auto p = find(ctx, store, pos.at(1));
        if (!p)
            return ExitBadInput;
        if (json)
            ctx.out << QString::fromUtf8(ProfileStore::toJson(*p));
        else
            printText(ctx, *p, store.loadTags());
        ctx.out.flush();
        return ExitOk;
    }
    if (action == u"create"_s) {
        if (!expectArgs(0, u"create --name NAME [--tenant-id ID --client-id ID] "
                           "[--secret-stdin] [options]"_s))
            return ExitBadInput;
        return create(ctx, args, store, json);
    }
    if (action == u"import"_s) {
        if (!expectArgs(1, u"import <file> [--name <name>]"_s))
            return ExitBadInput;
        QString error;
        const auto p = store.importProfile(pos.at(1), parser.value(u"name"_s), &error);
        if (!p) {
            ctx.error(error);
            return ExitBadInput;
        }
        ctx.out << Profiles::tr("Imported profile \"%1\" as %2.").arg(printable(p->name), p->id)
                << Qt::endl;
        ctx.note(Profiles::tr("The authentication key is not part of a profile file: enter "
                              "it in the application before the first run."));
        return ExitOk;
    }
    if (action == u"export"_s) {
        if (!expectArgs(2, u"export <id|name> <file> [--force]"_s))
            return ExitBadInput;
        const auto p = find(ctx, store, pos.at(1));
        if (!p)
            return ExitBadInput;
        const QString file = pos.at(2);
        if (QFileInfo::exists(file) && !parser.isSet(u"force"_s)) {
            ctx.error(Profiles::tr("%1 already exists. Use --force to overwrite it.").arg(file));
            return ExitBadInput;
        }
        QString error;
        if (!store.exportProfile(*p, file, &error)) {
            ctx.error(error);
            return ExitFailure;
        }
        ctx.out << Profiles::tr("Exported profile \"%1\" to %2 (without its authentication key).")
                       .arg(printable(p->name), printable(file))
                << Qt::endl;
        return ExitOk;
    }
    if (action == u"delete"_s) {
        if (!expectArgs(1, u"delete <id|name> [--force]"_s))
            return ExitBadInput;
        const auto p = find(ctx, store, pos.at(1));
        if (!p)
            return ExitBadInput;
        return remove(ctx, store, *p, parser.isSet(u"force"_s));
    }
    if (action == u"enable"_s || action == u"disable"_s) {
        const bool enable = action == u"enable"_s;
        if (!expectArgs(1, action + u" <id|name>"_s))
            return ExitBadInput;
        auto p = find(ctx, store, pos.at(1));
        if (!p)
            return ExitBadInput;
        if (p->enabled == enable) {
            ctx.out << (enable ? Profiles::tr("Tenant connector \"%1\" is already enabled.")
                               : Profiles::tr("Tenant connector \"%1\" is already disabled."))
                           .arg(printable(p->name))
                    << Qt::endl;
            return ExitOk;
        }
        p->enabled = enable;
        if (const QString problems = problemsOf(*p); !problems.isEmpty()) {
            ctx.error(invalidText(*p, problems)); // every save is validated: nothing changed
            return ExitBadInput;
        }
        QString error;
        if (!store.save(*p, &error)) { // atomic: the old file stays intact on failure
            ctx.error(error);
            return ExitFailure;
        }
        ctx.out << (enable ? Profiles::tr("Enabled tenant connector \"%1\" (%2): it runs on its "
                                          "schedule again.")
                           : Profiles::tr("Disabled tenant connector \"%1\" (%2): it does not run "
                                          "until it is enabled again ('atc profiles enable')."))
                       .arg(printable(p->name), p->id)
                << Qt::endl;
        return ExitOk;
    }
    ctx.error(Profiles::tr("unknown action \"%1\". Run 'atc profiles --help'.").arg(action));
    return ExitBadInput;
}

} // namespace atc::cli
