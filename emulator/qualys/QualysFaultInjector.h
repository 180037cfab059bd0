#pragma once

#include "EmulatorHttp.h"
#include "FakeQualysTypes.h"

#include <QList>
#include <QRegularExpression>

#include <optional>

namespace atc::emulator::qualys {

/** The fault rules of POST /__fake/faults; each counts its own matching calls. */
class QualysFaultInjector
{
public:
    static constexpr int MaxRules = 200;

    /** False when the rule is malformed (bad regex) or there are too many rules. */
    bool add(const FakeQualysFault &fault);
    void clear() { m_rules.clear(); }
    /** The first rule that fires for this call on `server` ("gateway" / "api"). */
    std::optional<FakeQualysFault> match(const QString &server, const HttpRequest &request);

private:
    struct Rule
    {
        FakeQualysFault fault;
        QRegularExpression path;
        int calls = 0;
    };
    QList<Rule> m_rules;
};

} // namespace atc::emulator::qualys
