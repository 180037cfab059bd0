#include "CliContext.h"

namespace atc::cli {

// Placeholder until its issue lands: says so and fails, never pretends to work.
int runProfilesCommand(CliContext &ctx)
{
    ctx.error(QStringLiteral("'%1' is not available in this build yet").arg(ctx.command));
    return ExitFailure;
}

} // namespace atc::cli
