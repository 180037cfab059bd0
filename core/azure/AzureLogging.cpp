#include "AzureLogging.h"

namespace atc {
Q_LOGGING_CATEGORY(lcAzure, "atc.azure")
} // namespace atc
