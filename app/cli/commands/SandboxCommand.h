#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc sandbox` — docs/cli.md. */
class SandboxCommand : public Command
{
public:
    SandboxCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
};

} // namespace atc::cli
