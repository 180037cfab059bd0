#include "QualysClock.h"

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

QualysClock::QualysClock()
{
    reset();
}

void QualysClock::reset()
{
    // Whole seconds, so that JWT iat/exp compare exactly with the clock.
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

QString QualysClock::v1Timestamp(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+00:00"_s;
}

QString QualysClock::qpsTimestamp(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"Z"_s;
}

} // namespace atc::emulator::qualys
