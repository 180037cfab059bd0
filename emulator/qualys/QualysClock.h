#pragma once

#include <QDateTime>
#include <QString>

namespace atc::emulator::qualys {

/** The fake's simulated time: starts at the real time, moves only when advanced. */
class QualysClock
{
public:
    QualysClock();

    QDateTime now() const { return m_now; }
    qint64 nowSecs() const { return m_now.toSecsSinceEpoch(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void reset();

    /** "YYYY-MM-DDThh:mm:ss.SSS+00:00", the v1.0 timestamp form. */
    static QString v1Timestamp(const QDateTime &when);
    /** "YYYY-MM-DDThh:mm:ssZ", the QPS form. */
    static QString qpsTimestamp(const QDateTime &when);

private:
    QDateTime m_now;
};

} // namespace atc::emulator::qualys
