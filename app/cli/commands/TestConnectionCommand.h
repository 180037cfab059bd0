#pragma once

#include "TenantCommand.h"

namespace atc::cli {

/** `atc test-connection` — docs/cli.md. */
class TestConnectionCommand : public TenantCommand
{
public:
    TestConnectionCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
};

} // namespace atc::cli
