#pragma once

#include "Command.h"

namespace atc {
struct QualysError;
}

namespace atc::cli {

/** The exit code (docs/cli.md) for a Qualys error; ExitOk for none. */
int qualysExitCode(const QualysError &error);

/**
 * `atc qualys push|status|enable|disable|login` — the tenant connector on a Qualys platform
 * (docs/cli.md, "atc qualys"). One verb with an action word, like `atc profiles`.
 */
class QualysCommand : public Command
{
public:
    QualysCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
    QString usageError(const QStringList &positional) const override;
};

} // namespace atc::cli
