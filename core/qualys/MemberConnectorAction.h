#pragma once

#include <QObject>

#include "QualysError.h"

namespace atc {

class QualysSession;

/**
 * Run, enable or disable one member (subscription) connector on the API server:
 * run → POST /qps/rest/3.0/run/am/azureassetdataconnector/{id};
 * enable/disable → POST …/update/am/azureassetdataconnector/{id} with {"disabled": bool}.
 * A platform that refuses to edit a member governed by its tenant connector answers
 * INVALID_REQUEST: its words are shown. Emits finished() once.
 */
class MemberConnectorAction : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Run,
        Enable,
        Disable,
    };
    struct Result
    {
        QualysError error;
        bool ok() const { return !error.isError(); }
    };

    MemberConnectorAction(QualysSession *session, qint64 memberId, Action action,
                          QObject *parent = nullptr);
    ~MemberConnectorAction() override;
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const atc::MemberConnectorAction::Result &result);

private:
    struct Private;
    Private *d;
};

} // namespace atc
