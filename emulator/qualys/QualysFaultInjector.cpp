#include "QualysFaultInjector.h"

namespace atc::emulator::qualys {

bool QualysFaultInjector::add(const FakeQualysFault &fault)
{
    QRegularExpression path(fault.pathRegex);
    if (!path.isValid() || m_rules.size() >= MaxRules)
        return false;
    m_rules.append({fault, path, 0});
    return true;
}

std::optional<FakeQualysFault> QualysFaultInjector::match(const QString &server,
                                                          const HttpRequest &request)
{
    std::optional<FakeQualysFault> fired;
    for (Rule &rule : m_rules) {
        const FakeQualysFault &f = rule.fault;
        if (!f.server.isEmpty() && f.server != server)
            continue;
        if (!f.method.isEmpty() && f.method.toLatin1() != request.method)
            continue;
        if (!f.pathRegex.isEmpty() && !rule.path.match(request.path).hasMatch())
            continue;
        ++rule.calls;
        const bool fires = (f.nthCall == 0 && f.firstN == 0) ||
                           (f.nthCall > 0 && rule.calls == f.nthCall) ||
                           (f.firstN > 0 && rule.calls <= f.firstN);
        if (fires && !fired)
            fired = f;
    }
    return fired;
}

} // namespace atc::emulator::qualys
