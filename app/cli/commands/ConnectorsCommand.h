#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc connectors list` — docs/cli-runtime.md. */
class ConnectorsCommand : public Command
{
public:
    ConnectorsCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
    QString usageError(const QStringList &positional) const override;
};

} // namespace atc::cli
