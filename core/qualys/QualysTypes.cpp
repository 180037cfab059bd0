#include "QualysTypes.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace atc {

QualysMemberConnector::State QualysMemberConnector::stateFromPlatform(const QString &platformState,
                                                                      bool disabled)
{
    const QString s = platformState.trimmed().toUpper();
    if (disabled || s == "DISABLED"_L1)
        return State::Disabled;
    if (s == "QUEUED"_L1 || s == "PENDING"_L1)
        return State::Queued;
    if (s == "RUNNING"_L1 || s == "PROCESSING"_L1 || s == "REGIONS_DISCOVERED"_L1)
        return State::Running;
    if (s == "SUCCESS"_L1 || s == "FINISHED_SUCCESS"_L1)
        return State::Succeeded;
    if (s == "ERROR"_L1 || s == "FINISHED_ERRORS"_L1 || s == "INCOMPLETE"_L1)
        return State::Failed;
    return State::Unknown;
}

QString QualysMemberConnector::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return u"queued"_s;
    case State::Running:
        return u"running"_s;
    case State::Succeeded:
        return u"succeeded"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Disabled:
        return u"disabled"_s;
    case State::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString QualysMemberConnector::stateTitle(State state)
{
    // Literal contexts: lupdate does not follow a context held in a variable.
    switch (state) {
    case State::Queued:
        return QCoreApplication::translate("atc::QualysMemberConnector", "Queued");
    case State::Running:
        return QCoreApplication::translate("atc::QualysMemberConnector", "Running");
    case State::Succeeded:
        return QCoreApplication::translate("atc::QualysMemberConnector", "Succeeded");
    case State::Failed:
        return QCoreApplication::translate("atc::QualysMemberConnector", "Failed");
    case State::Disabled:
        return QCoreApplication::translate("atc::QualysMemberConnector", "Disabled");
    case State::Unknown:
        break;
    }
    return QCoreApplication::translate("atc::QualysMemberConnector", "Unknown");
}

} // namespace atc
