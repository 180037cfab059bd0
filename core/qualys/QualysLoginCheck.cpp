#include "QualysLoginCheck.h"

#include <QPointer>

#include "QualysSession.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

struct QualysLoginCheck::Private
{
    QPointer<QualysSession> session;
    bool started = false;
    bool done = false;
    Result result;
};

QualysLoginCheck::QualysLoginCheck(QualysSession *session, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->session = session;
}

QualysLoginCheck::~QualysLoginCheck()
{
    if (d->session)
        d->session->cancel(this);
    delete d;
}

void QualysLoginCheck::start()
{
    if (d->started)
        return;
    d->started = true;
    auto finish = [this](const QualysError &error) {
        if (d->done)
            return;
        d->done = true;
        d->result.error = d->session ? d->session->redacted(error) : error;
        emit finished(d->result);
    };
    if (!d->session)
        return finish(QualysError::make(QualysErrorKind::InvalidInput));
    // 1. the gateway: a fresh JWT
    d->session->login(this, [this, finish](const QualysError &error) {
        if (d->done)
            return;
        if (error.isError())
            return finish(error);
        d->result.gatewayOk = true;
        // 2. the API server: one tag, which also proves API access (UNAUTHORIZED is HTTP 200)
        const QByteArray body = R"({"ServiceRequest":{"preferences":{"limitResults":1}}})";
        d->session->qps("POST", u"/qps/rest/2.0/search/am/tag"_s, body, QualysSession::Repeat::Safe,
                        this, [this, finish](const QualysSession::Reply &reply) {
                            if (!reply.error.isError())
                                d->result.apiServerOk = true;
                            finish(reply.error);
                        });
    });
}

void QualysLoginCheck::cancel()
{
    if (d->done || !d->started)
        return;
    if (d->session)
        d->session->cancel(this);
    d->done = true;
    d->result.error = QualysError::make(QualysErrorKind::Cancelled);
    emit finished(d->result);
}

} // namespace atc
