#pragma once

#include "Command.h"

namespace atc {
struct QualysError;
}

namespace atc::cli {

/**
 * Exit code of a Qualys platform that refused or could not complete the request (a validation
 * rejection, an unknown id, a lost create reply …); docs/cli.md. Kept next to ExitCode's
 * numbers (CliContext.h) and never reused for another meaning.
 */
constexpr int ExitQualysFailure = 10;

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
