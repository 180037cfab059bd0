#include "TenantConnectorStatusChange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include "QualysParsers.h"
#include "QualysSession.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

struct TenantConnectorStatusChange::Private
{
    QPointer<QualysSession> session;
    QList<qint64> ids;
    bool enable = true;
    bool started = false;
    bool done = false;
};

TenantConnectorStatusChange::TenantConnectorStatusChange(QualysSession *session, QList<qint64> ids,
                                                         bool enable, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->session = session;
    d->ids = std::move(ids);
    d->enable = enable;
}

TenantConnectorStatusChange::~TenantConnectorStatusChange()
{
    if (d->session)
        d->session->cancel(this);
    delete d;
}

void TenantConnectorStatusChange::start()
{
    if (d->started)
        return;
    d->started = true;
    auto finish = [this](Result r) {
        if (d->done)
            return;
        d->done = true;
        if (d->session)
            r.error = d->session->redacted(r.error);
        emit finished(r);
    };
    if (!d->session || d->ids.isEmpty()) {
        Result r;
        r.error = QualysError::make(QualysErrorKind::InvalidInput,
                                    tr("no tenant connector id is recorded for this platform"));
        return finish(r);
    }
    QJsonArray body;
    for (qint64 id : std::as_const(d->ids))
        body.append(double(id));
    // The curl sample uses PUT (the page title says POST); the body is a bare id array.
    const QString path =
        u"/connectors/v1.0/org/azure/status/?action="_s + (d->enable ? u"ENABLE"_s : u"DISABLE"_s);
    d->session->gateway(
        "PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        QualysSession::Repeat::Safe, this, [this, finish](const QualysSession::Reply &reply) {
            Result r;
            if (reply.error.isError()) {
                r.error = reply.error;
                return finish(r);
            }
            const QJsonArray content = reply.json.isArray()
                                           ? reply.json.array()
                                           : reply.json.object().value("content"_L1).toArray();
            QList<qint64> seen;
            for (const QJsonValue &v : content) {
                const QualysTenantConnector c = QualysParsers::tenantConnector(v.toObject());
                r.connectors << c;
                seen << c.id;
            }
            QStringList missing;
            for (qint64 id : std::as_const(d->ids)) {
                if (!seen.contains(id))
                    missing << QString::number(id);
            }
            if (!missing.isEmpty()) {
                r.error =
                    QualysError::make(QualysErrorKind::NotFound,
                                      tr("Qualys left out tenant connector(s) %1 of its answer.")
                                          .arg(missing.join(u", "_s)));
            }
            finish(r);
        });
}

void TenantConnectorStatusChange::cancel()
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
