#pragma once

#include <optional>

#include "Command.h"
#include "azure/AzureClientConfig.h"
#include "model/ConnectorProfile.h"

namespace atc::cli {

/**
 * A verb that talks to one tenant (`test-connection`, `discover`): the options that choose it
 * (`--profile NAME`, or `--tenant-id`/`--client-id`/`--cloud`/custom endpoints), `--ca-cert`,
 * `--format text|json` and `--max-in-flight`; the checks of those options and the secret
 * (AZURE_CLIENT_SECRET, else the profile's key in the keychain — never an argument).
 */
class TenantCommand : public Command
{
protected:
    TenantCommand(const char *name, const char *summary);

    struct Target
    {
        AzureClientConfig config;
        std::optional<ConnectorProfile> profile;
    };
    /** The target from the options or a profile (without its secret); else an exit code. */
    int targetFromOptions(const CliContext &ctx, const CommandArgs &args, Target *t) const;
    /** Fills in the secret, waiting (runToEnd) for the keychain; else ExitSecretUnavailable. */
    int resolveSecret(const CliContext &ctx, Target *t) const;
};

} // namespace atc::cli
