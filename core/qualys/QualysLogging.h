#pragma once

#include <QLoggingCategory>

namespace atc {
Q_DECLARE_LOGGING_CATEGORY(lcQualys)
} // namespace atc
