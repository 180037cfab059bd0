#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc daemon` — docs/cli-runtime.md. */
class DaemonCommand : public Command
{
public:
    DaemonCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
};

} // namespace atc::cli
