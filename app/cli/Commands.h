#pragma once

#include <memory>
#include <vector>

#include <QString>

#include "Command.h"

namespace atc::cli {

/** Every verb of `atc`, in the order `atc --help` lists them. A new verb is added here. */
const std::vector<std::unique_ptr<Command>> &commands();
/** The verb called `name`, or nullptr. */
Command *findCommand(const QString &name);

} // namespace atc::cli
