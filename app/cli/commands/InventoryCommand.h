#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc inventory export` — docs/cli-runtime.md. */
class InventoryCommand : public Command
{
public:
    InventoryCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
    QString usageError(const QStringList &positional) const override;
};

} // namespace atc::cli
