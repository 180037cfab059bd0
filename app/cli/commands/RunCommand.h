#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc run` — docs/cli-runtime.md. */
class RunCommand : public Command
{
public:
    RunCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
};

} // namespace atc::cli
