#pragma once

#include "EmulatorHttp.h"

#include <QString>

namespace atc::emulator {

struct Caller;
struct EmulatorContext;

/** ARM {scope}/providers/Microsoft.Authorization/permissions: the caller's roles there. */
class PermissionsApi
{
public:
    explicit PermissionsApi(EmulatorContext &context) : m_ctx(context) {}

    HttpReply permissions(const Caller &caller, const QString &scope);

private:
    EmulatorContext &m_ctx;
};

} // namespace atc::emulator
