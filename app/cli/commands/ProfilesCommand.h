#pragma once

#include "Command.h"

namespace atc::cli {

/** `atc profiles list|show|import|export|delete|enable|disable` — docs/cli-profiles.md. */
class ProfilesCommand : public Command
{
public:
    ProfilesCommand();

protected:
    int run(CliContext &ctx, const CommandArgs &args) override;
    QString usageError(const QStringList &positional) const override;
};

} // namespace atc::cli
