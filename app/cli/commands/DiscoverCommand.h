#pragma once

#include "TenantCommand.h"

namespace atc::cli {

/** `atc discover` — docs/cli.md. */
class DiscoverCommand : public TenantCommand
{
public:
    DiscoverCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
};

} // namespace atc::cli
