#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc perimeter-targets` — docs/cli-runtime.md. */
class PerimeterTargetsCommand : public Command
{
public:
    PerimeterTargetsCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
};

} // namespace atc::cli
