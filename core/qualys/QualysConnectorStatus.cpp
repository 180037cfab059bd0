#include "QualysConnectorStatus.h"

#include <QPointer>

#include "QpsSearch.h"
#include "QualysParsers.h"
#include "QualysSession.h"
#include "QualysSpeculative.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

struct QualysConnectorStatus::Private
{
    QPointer<QualysSession> session;
    qint64 tenantConnectorId = 0;
    QString tenantId;
    bool started = false;
    bool done = false;
    Result result;
};

QualysConnectorStatus::QualysConnectorStatus(QualysSession *session, qint64 tenantConnectorId,
                                             QString tenantId, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->session = session;
    d->tenantConnectorId = tenantConnectorId;
    d->tenantId = std::move(tenantId);
}

QualysConnectorStatus::~QualysConnectorStatus()
{
    if (d->session)
        d->session->cancel(this);
    delete d;
}

void QualysConnectorStatus::start()
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

    auto members = [this, finish] {
        // The documented Criteria fields (id, name, authRecord.subscriptionId) cannot select a
        // tenant's members: every connector is read and filtered here.
        QpsSearch::run(
            d->session, this, u"/qps/rest/3.0/search/am/azureassetdataconnector"_s,
            u"AzureAssetDataConnector"_s, {}, 100, [this](int soFar) { emit progress(soFar); },
            [this, finish](const QpsSearch::Outcome &outcome) {
                d->result.pages = outcome.pages;
                if (outcome.error.isError())
                    return finish(outcome.error);
                for (const QJsonObject &o : outcome.objects) {
                    const QualysMemberConnector m = QualysParsers::memberConnector(o);
                    if (!m.attachedToTenantConnector)
                        continue;
                    if (!m.tenantId.isEmpty() && !d->tenantId.isEmpty() &&
                        m.tenantId.compare(d->tenantId, Qt::CaseInsensitive) != 0)
                        continue;
                    d->result.subscriptionConnectors.append(m);
                }
                finish({});
            });
    };
    if (d->tenantConnectorId <= 0)
        return members();
    QualysSpeculative::get(d->session, this, d->tenantConnectorId,
                           [this, finish, members](const QualysSpeculative::Lookup &lookup) {
                               if (lookup.error.isError())
                                   return finish(lookup.error);
                               d->result.tenantConnectorReadable = lookup.available;
                               d->result.tenantConnector = lookup.connector;
                               members();
                           });
}

void QualysConnectorStatus::cancel()
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
