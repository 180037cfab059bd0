// atc perimeter-targets — documented in docs/cli-runtime.md (exit codes: docs/cli.md).

#include "PerimeterTargetsCommand.h"

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

PerimeterTargetsCommand::PerimeterTargetsCommand()
    : Command("perimeter-targets",
              QT_TRANSLATE_NOOP("atc", "list public IPs and DNS names to scan"))
{
    setDescription(Runtime::tr("Public IP addresses and DNS names of the assets "
                               "activated for the cloud perimeter scan."));
    addOption({u"profile"_s, Runtime::tr("Only this saved profile."), u"NAME"_s});
    setFormats({u"text"_s, u"json"_s},
               Runtime::tr("Output format: text (default, one per line) or "
                           "json."),
               u"FORMAT"_s, u"text"_s);
}

int PerimeterTargetsCommand::run(CliContext &ctx, const CommandArgs &args)
{
    const QCommandLineParser &parser = args.parser;
    const QString &format = args.format;
    const Paths p = paths();
    QString profileId;
    if (parser.isSet(u"profile"_s)) {
        const auto one = findProfile(ctx, loadProfiles(ctx, p), parser.value(u"profile"_s));
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
    const auto targets = db.perimeterTargets(profileId);
    if (!db.readError().isEmpty())
        return inventoryReadFailed(ctx, db);
    if (format == "json"_L1) {
        QJsonArray a;
        for (const auto &t : targets) {
            a.append(QJsonObject{{u"target"_s, t.target},
                                 {u"kind"_s, t.kind},
                                 {u"resourceId"_s, t.resourceId},
                                 {u"profileId"_s, t.profileId}});
        }
        ctx.printJson(a);
    } else {
        for (const auto &t : targets)
            ctx.out << printable(t.target) << '\n';
    }
    return ExitOk;
}

} // namespace atc::cli
