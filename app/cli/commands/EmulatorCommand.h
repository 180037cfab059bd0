#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc emulator` — docs/cli.md and docs/emulator.md. */
class EmulatorCommand : public Command
{
public:
    EmulatorCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
};

} // namespace atc::cli
