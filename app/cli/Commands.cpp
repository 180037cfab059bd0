#include "Commands.h"

#include "commands/ConnectorsCommand.h"
#include "commands/DaemonCommand.h"
#include "commands/DiscoverCommand.h"
#include "commands/EmulatorCommand.h"
#include "commands/InventoryCommand.h"
#include "commands/PerimeterTargetsCommand.h"
#include "commands/ProfilesCommand.h"
#include "commands/QualysCommand.h"
#include "commands/RunCommand.h"
#include "commands/SandboxCommand.h"
#include "commands/TestConnectionCommand.h"

namespace atc::cli {

const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> v;
        v.push_back(std::make_unique<ProfilesCommand>());
        v.push_back(std::make_unique<TestConnectionCommand>());
        v.push_back(std::make_unique<DiscoverCommand>());
        v.push_back(std::make_unique<EmulatorCommand>());
        v.push_back(std::make_unique<SandboxCommand>());
        v.push_back(std::make_unique<RunCommand>());
        v.push_back(std::make_unique<DaemonCommand>());
        v.push_back(std::make_unique<ConnectorsCommand>());
        v.push_back(std::make_unique<InventoryCommand>());
        v.push_back(std::make_unique<PerimeterTargetsCommand>());
        v.push_back(std::make_unique<QualysCommand>());
        return v;
    }();
    return all;
}

Command *findCommand(const QString &name)
{
    for (const auto &c : commands()) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

} // namespace atc::cli
