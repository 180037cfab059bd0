#include "MemberConnectorAction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include "QualysSession.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

struct MemberConnectorAction::Private
{
    QPointer<QualysSession> session;
    qint64 memberId = 0;
    Action action = Action::Run;
    bool started = false;
    bool done = false;
};

MemberConnectorAction::MemberConnectorAction(QualysSession *session, qint64 memberId, Action action,
                                             QObject *parent)
    : QObject(parent), d(new Private)
{
    d->session = session;
    d->memberId = memberId;
    d->action = action;
}

MemberConnectorAction::~MemberConnectorAction()
{
    if (d->session)
        d->session->cancel(this);
    delete d;
}

void MemberConnectorAction::start()
{
    if (d->started)
        return;
    d->started = true;
    auto finish = [this](QualysError error) {
        if (d->done)
            return;
        d->done = true;
        Result r;
        r.error = d->session ? d->session->redacted(error) : error;
        emit finished(r);
    };
    if (!d->session || d->memberId <= 0) {
        return finish(QualysError::make(QualysErrorKind::InvalidInput,
                                        tr("no subscription connector id was given")));
    }
    const QString id = QString::number(d->memberId);
    auto done = [finish](const QualysSession::Reply &reply) { finish(reply.error); };
    if (d->action == Action::Run) {
        // Running twice only queues the same sync again: safe to repeat.
        d->session->qps("POST", u"/qps/rest/3.0/run/am/azureassetdataconnector/"_s + id, {},
                        QualysSession::Repeat::Safe, this, done);
        return;
    }
    const QJsonObject body{
        {u"ServiceRequest"_s,
         QJsonObject{{u"data"_s,
                      QJsonObject{{u"AzureAssetDataConnector"_s,
                                   QJsonObject{{u"disabled"_s, d->action == Action::Disable}}}}}}}};
    d->session->qps("POST", u"/qps/rest/3.0/update/am/azureassetdataconnector/"_s + id,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), QualysSession::Repeat::Safe,
                    this, done);
}

void MemberConnectorAction::cancel()
{
    if (d->done || !d->started)
        return;
    if (d->session)
        d->session->cancel(this);
    d->done = true;
    Result r;
    r.error = QualysError::make(QualysErrorKind::Cancelled);
    emit finished(r);
}

} // namespace atc
