// atc inventory export — documented in docs/cli-runtime.md (exit codes: docs/cli.md).

#include "InventoryCommand.h"

#include <QCoreApplication>
#include <QFile>

#include "RuntimeSupport.h"
#include "io/AtomicFile.h"
#include "runtime/InventoryExport.h"
#include "store/ProfileStore.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Runtime
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Runtime)
};

} // namespace

InventoryCommand::InventoryCommand()
    : Command("inventory", QT_TRANSLATE_NOOP("atc", "export the asset inventory (csv or json)"))
{
    setDescription(Runtime::tr("Export the asset inventory."));
    addPositional(u"export"_s, Runtime::tr("Export the asset inventory."));
    setArgumentCount(1, 1);
    setFormats({u"csv"_s, u"json"_s}, Runtime::tr("csv or json."), u"FORMAT"_s, QString());
    addOption({u"profile"_s, Runtime::tr("Only this saved profile."), u"NAME"_s});
    addOption({u"subscription"_s, Runtime::tr("Only this subscription (id or connector name)."),
               u"ID"_s});
    addOption({u"include-removed"_s, Runtime::tr("Also assets no longer seen.")});
    addOption({u"output"_s, Runtime::tr("Write to FILE instead of standard output."), u"FILE"_s});
}

QString InventoryCommand::usageError(const QStringList &) const
{
    return Runtime::tr("usage: atc inventory export --format csv|json [--profile NAME] "
                       "[--subscription ID] [--include-removed] [--output FILE]");
}

int InventoryCommand::run(CliContext &ctx, const CommandArgs &args)
{
    if (args.positional.constFirst() != "export"_L1 || args.format.isEmpty()) {
        ctx.error(usageError(args.positional));
        return ExitBadInput;
    }
    const QCommandLineParser &parser = args.parser;
    const QString &format = args.format;
    const Paths p = paths();
    InventoryDatabase::ExportFilter filter;
    if (parser.isSet(u"profile"_s)) {
        const auto one = findProfile(ctx, loadProfiles(ctx, p), parser.value(u"profile"_s));
        if (!one)
            return ExitBadInput;
        filter.profileId = one->id;
    }
    filter.subscription = parser.value(u"subscription"_s);
    filter.includeRemoved = parser.isSet(u"include-removed"_s);
    InventoryDatabase db(p.database);
    QString error;
    if (!db.open(&error)) {
        ctx.error(error);
        return db.damaged() ? ExitInventoryDamaged : ExitFailure;
    }
    // Tag names, not ids, as the desktop shows them; the catalogue beside the profiles.
    InventoryExport::Control control;
    for (const Tag &t : ProfileStore(p.profiles).loadTags())
        control.tagNames.insert(t.id, t.name);
    int rows = 0;
    // What stopped the export: the inventory (damaged), else the output.
    auto failed = [&](const QString &outputError) {
        if (!db.readError().isEmpty())
            return inventoryReadFailed(ctx, db);
        ctx.error(outputError.isEmpty() ? Runtime::tr("the export failed: the output could not "
                                                      "be written")
                                        : outputError);
        return int(ExitFailure);
    };
    const auto write = [&](QIODevice *out, QString *) {
        return format == "csv"_L1 ? InventoryExport::writeCsv(db, filter, out, &rows, control)
                                  : InventoryExport::writeJson(db, filter, out, &rows, control);
    };
    if (parser.isSet(u"output"_s)) {
        // AtomicFile: a failed export leaves an existing file as it was (a full disk too); a
        // FIFO or a device (/dev/stdout) is written in place, a folder refused.
        QString outputError;
        if (!AtomicFile::write(parser.value(u"output"_s), write, AtomicFile::Options(),
                               &outputError))
            return failed(outputError);
    } else {
        ctx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            ctx.error(Runtime::tr("cannot write to standard output"));
            return ExitFailure;
        }
        const bool ok = write(&out, nullptr);
        if (!out.flush() || !ok)
            return failed(
                out.error() != QFileDevice::NoError
                    ? Runtime::tr("cannot write to standard output: %1").arg(out.errorString())
                    : QString());
    }
    ctx.note(Runtime::tr("%n asset(s) exported", nullptr, rows));
    return ExitOk;
}

} // namespace atc::cli
