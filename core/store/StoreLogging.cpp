#include "StoreLogging.h"

namespace atc {
Q_LOGGING_CATEGORY(lcStore, "atc.store")
} // namespace atc
