// atc emulator — documented in docs/cli.md.

#include "EmulatorCommand.h"

#include <QCoreApplication>

#include "AzureEmulator.h"
#include "TenantModel.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
};

/** Options shared by `emulator` and `sandbox` to pick the tenant. */
bool loadEmulatorTenant(const CliContext &ctx, const CommandArgs &p, emulator::AzureEmulator *emu)
{
    QString error;
    if (p.isSet(u"tenant"_s)) {
        if (!emu->loadTenantFile(p.value(u"tenant"_s), &error)) {
            ctx.error(error);
            return false;
        }
        return true;
    }
    if (p.isSet(u"synthetic"_s)) {
        // The same spelling as atc-azure-emulator: groups,subscriptions,resources[,seed].
        const QStringList parts = p.value(u"synthetic"_s).split(u',');
        QList<int> n;
        for (const QString &part : parts) {
            bool ok = false;
            n.append(part.trimmed().toInt(&ok));
            if (!ok || n.last() < 0)
                n.clear();
            if (n.isEmpty())
                break;
        }
        if (n.size() < 3 || n.size() > 4) {
            ctx.error(Azure::tr("--synthetic expects groups,subscriptions,resources[,seed]"));
            return false;
        }
        emulator::SyntheticTenantSpec spec;
        spec.managementGroups = n[0];
        spec.subscriptions = n[1];
        spec.resources = n[2];
        if (n.size() == 4)
            spec.seed = quint32(n[3]);
        if (!emu->loadSyntheticTenant(spec, &error)) { // beyond the caps (docs/emulator.md)
            ctx.error(error);
            return false;
        }
        return true;
    }
    if (!emu->loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error)) {
        ctx.error(error);
        return false;
    }
    return true;
}

} // namespace

EmulatorCommand::EmulatorCommand()
    : Command("emulator",
              QT_TRANSLATE_NOOP("atc", "run the loopback Azure emulator (sandbox tenant)"))
{
    setDescription(Azure::tr("Runs the loopback Azure emulator until interrupted "
                             "and prints its base URL (authority and ARM)."));
    addOption({u"sandbox"_s, Azure::tr("Serve the sandbox tenant \"Contoso\" (default).")});
    addOption({u"tenant"_s, Azure::tr("Serve the tenant described in FILE (docs/emulator.md)."),
               u"FILE"_s});
    addOption({u"synthetic"_s,
               Azure::tr("Serve a generated tenant: groups,subscriptions,resources[,seed]."),
               u"SPEC"_s});
    addOption({u"latency-ms"_s, Azure::tr("Added latency per request."), u"MS"_s});
    addOption({u"port"_s, Azure::tr("Port on 127.0.0.1 (default: a free one)."), u"N"_s});
}

int EmulatorCommand::run(CliContext &ctx, const CommandArgs &p)
{
    if (int(p.isSet(u"sandbox"_s)) + int(p.isSet(u"tenant"_s)) + int(p.isSet(u"synthetic"_s)) > 1) {
        ctx.error(Azure::tr("choose one of --sandbox, --tenant and --synthetic"));
        return ExitBadInput;
    }
    bool ok = true;
    const int port = p.isSet(u"port"_s) ? p.value(u"port"_s).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535) {
        ctx.error(Azure::tr("--port takes a number from 0 to 65535"));
        return ExitBadInput;
    }
    const int latency = p.isSet(u"latency-ms"_s) ? p.value(u"latency-ms"_s).toInt(&ok) : 0;
    if (!ok || latency < 0) {
        ctx.error(Azure::tr("--latency-ms takes a number"));
        return ExitBadInput;
    }
    emulator::AzureEmulator emu;
    if (!loadEmulatorTenant(ctx, p, &emu))
        return ExitBadInput;
    emu.faults().latencyMs = latency;
    QString error;
    if (!emu.listen(quint16(port), &error)) {
        ctx.error(error);
        return ExitFailure;
    }
    ctx.out << emu.baseUrl().toString() << Qt::endl;
    ctx.note(Azure::tr("Tenant %1 (%2)").arg(emu.tenant().tenantId, emu.tenant().displayName));
    if (!p.isSet(u"tenant"_s) && !p.isSet(u"synthetic"_s)) {
        // The sandbox key is public and fake (docs/emulator.md): show the value itself.
        ctx.note(Azure::tr("Sandbox tenant %1, app %2; its authentication key (valid only "
                           "here) is %3")
                     .arg(QLatin1String(emulator::sandbox::TenantId),
                          QLatin1String(emulator::sandbox::ClientId),
                          QLatin1String(emulator::sandbox::ClientSecret)));
        ctx.note(Azure::tr("Try: AZURE_CLIENT_SECRET=… atc discover --tenant-id %1 "
                           "--client-id %2 --authority-host %3 --arm-endpoint %3")
                     .arg(QLatin1String(emulator::sandbox::TenantId),
                          QLatin1String(emulator::sandbox::ClientId), emu.baseUrl().toString()));
    }
    ctx.note(Azure::tr("Press Ctrl+C to stop."));
    // Serves until interrupted: the program's main loop, not a wait for a job (RunToEnd.h).
    return QCoreApplication::exec();
}

} // namespace atc::cli
