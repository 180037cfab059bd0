#include "QualysLogging.h"

namespace atc {
Q_LOGGING_CATEGORY(lcQualys, "atc.qualys")
} // namespace atc
