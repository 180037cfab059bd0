#pragma once

#include <memory>

#include "Command.h"
#include "model/ConnectorProfile.h"
#include "runtime/ConnectorRuntime.h"

class QNetworkAccessManager;

namespace atc {
class SandboxHost;
}

namespace atc::cli {

/**
 * A verb that talks to one tenant (`test-connection`, `discover`): the options that choose it
 * (`--profile NAME`, or `--tenant-id`/`--client-id`/`--cloud`/custom endpoints), `--ca-cert`,
 * `--format text|json` and `--max-in-flight`; the checks of those options and the secret
 * (AZURE_CLIENT_SECRET, else the profile's key in the keychain — never an argument).
 */
/**
 * The options naming a tenant without a saved profile (`--tenant-id`, `--client-id`,
 * `--cloud`, `--authority-host`, `--arm-endpoint`), for test-connection, discover and
 * `profiles create`.
 */
QList<QCommandLineOption> tenantOptions();
/**
 * Those options into `profile` (directory, client, cloud, endpoints); each falls back on the
 * environment variable the Azure SDKs and `az` read (AZURE_TENANT_ID, AZURE_CLIENT_ID,
 * AZURE_AUTHORITY_HOST), an option overriding it. ExitOk, else reported and ExitBadInput.
 */
int tenantFromOptions(const CliContext &ctx, const CommandArgs &p, ConnectorProfile *profile);

class TenantCommand : public Command
{
protected:
    TenantCommand(const char *name, const char *summary);

    struct Target
    {
        /** The saved profile, or one made of the options (never saved). */
        ConnectorProfile profile;
        bool saved = false;
        /** The settings' limits and CA file, and --max-in-flight. */
        ConnectorRuntimeOptions options;
        QString secret;
        /** A sandbox profile's sandbox, started here (docs/emulator.md, "Sandbox"). */
        std::shared_ptr<SandboxHost> sandbox;
        /** The one session factory the desktop and the runs use, too. */
        std::unique_ptr<AzureSession> createSession(QNetworkAccessManager *nam) const;
    };
    /** The target from the options or a profile (without its secret); else an exit code. */
    int targetFromOptions(const CliContext &ctx, const CommandArgs &args, Target *t) const;
    /** Fills in the secret, waiting (runToEnd) for the keychain; else ExitSecretUnavailable. */
    int resolveSecret(const CliContext &ctx, Target *t) const;
};

} // namespace atc::cli
