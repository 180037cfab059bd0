#include "TenantConnectorPush.h"

#include <QJsonDocument>
#include <QPointer>

#include "QualysLogging.h"
#include "QualysMapping.h"
#include "QualysParsers.h"
#include "QualysSession.h"
#include "QualysSpeculative.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

const QString kCreatePath = u"/connectors/v1.0/org/azure/"_s; // trailing slash as documented

/** Whether a create that ended this way may have been carried out by the platform. */
bool mayHaveCreated(const QualysError &e)
{
    switch (e.kind) {
    case QualysErrorKind::Timeout:
    case QualysErrorKind::Network:
    case QualysErrorKind::MalformedResponse: // a truncated 2xx
    case QualysErrorKind::ServerError:       // a 502/504 from a proxy after the platform acted
    case QualysErrorKind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

struct TenantConnectorPush::Private
{
    TenantConnectorPush *q = nullptr;
    QPointer<QualysSession> session;
    ConnectorProfile profile;
    QString azureKey;
    bool forceCreate = false;
    bool started = false;
    bool done = false;
    bool createInFlight = false;
    QualysLink link;
    Result result;

    void finish(const QualysError &error = {});
    void create();
    void update(qint64 id);
    void lookupThen(std::function<void(const QualysSpeculative::Lookup &)> next);
    QByteArray body() const
    {
        return QJsonDocument(
                   QualysMapping::tenantConnectorBody(profile, azureKey, link.connectorTagIds))
            .toJson(QJsonDocument::Compact);
    }
    void stamp()
    {
        link.account = session ? session->account().user : QString();
        link.lastPushed = QDateTime::currentDateTimeUtc();
    }
};

void TenantConnectorPush::Private::finish(const QualysError &error)
{
    if (done)
        return;
    done = true;
    result.error = session ? session->redacted(error) : error;
    emit q->finished(result);
}

void TenantConnectorPush::Private::lookupThen(
    std::function<void(const QualysSpeculative::Lookup &)> next)
{
    emit q->progress(tr("Looking for \"%1\" on Qualys…").arg(profile.name));
    QualysSpeculative::findByName(session, q, profile.name, profile.directoryId, std::move(next));
}

void TenantConnectorPush::Private::update(qint64 id)
{
    emit q->progress(tr("Updating tenant connector %1 on Qualys…").arg(id));
    result.action = Action::Updated;
    // An update is a full replacement of the same object: safe to repeat.
    session->gateway("POST", kCreatePath + QString::number(id), body(), QualysSession::Repeat::Safe,
                     q, [this, id](const QualysSession::Reply &r) {
                         if (done)
                             return;
                         if (r.error.isError())
                             return finish(r.error);
                         result.tenantConnectorId = QualysParsers::idFromBody(r.body).value_or(id);
                         if (r.json.isObject())
                             result.connector = QualysParsers::tenantConnector(r.json.object());
                         if (result.connector.id == 0)
                             result.connector.id = *result.tenantConnectorId;
                         link.tenantConnectorId = *result.tenantConnectorId;
                         link.createUncertain = false;
                         stamp();
                         result.link = link;
                         finish();
                     });
}

void TenantConnectorPush::Private::create()
{
    emit q->progress(tr("Creating the tenant connector on Qualys…"));
    result.action = Action::Created;
    createInFlight = true;
    // Never repeated: a second POST after a lost answer would make a second connector.
    session->gateway(
        "POST", kCreatePath, body(), QualysSession::Repeat::Never, q,
        [this](const QualysSession::Reply &r) {
            createInFlight = false;
            if (done)
                return;
            if (r.error.isError()) {
                if (!mayHaveCreated(r.error))
                    return finish(r.error);
                qCInfo(lcQualys) << "create answer lost; looking the connector up by name";
                const QualysError lost = r.error;
                return lookupThen([this, lost](const QualysSpeculative::Lookup &found) {
                    if (done)
                        return;
                    if (found.connector && found.connector->id > 0) {
                        result.connector = *found.connector;
                        result.tenantConnectorId = found.connector->id;
                        link.tenantConnectorId = found.connector->id;
                        link.createUncertain = false;
                        stamp();
                        result.link = link;
                        return finish();
                    }
                    // Unknown outcome: record it so that the next push looks first.
                    link.tenantConnectorId = 0;
                    link.createUncertain = true;
                    stamp();
                    result.link = link;
                    QualysError e = QualysError::make(QualysErrorKind::ReplyLost, lost.message());
                    e.url = lost.url;
                    finish(e);
                });
            }
            const std::optional<qint64> id = QualysParsers::idFromBody(r.body);
            if (r.json.isObject())
                result.connector = QualysParsers::tenantConnector(r.json.object());
            if (id) {
                result.tenantConnectorId = id;
                result.connector.id = *id;
                link.tenantConnectorId = *id;
                link.createUncertain = false;
                stamp();
                result.link = link;
                return finish();
            }
            // Created, but the answer names no id: find it, else say so (never guess).
            lookupThen([this](const QualysSpeculative::Lookup &found) {
                if (done)
                    return;
                if (found.connector && found.connector->id > 0) {
                    result.tenantConnectorId = found.connector->id;
                    result.connector = *found.connector;
                    link.tenantConnectorId = found.connector->id;
                    link.createUncertain = false;
                } else {
                    // It exists with an unknown id: the next push must look before creating.
                    link.tenantConnectorId = 0;
                    link.createUncertain = true;
                    result.notes << tr("Qualys created the tenant connector but did not say "
                                       "its id; the next push looks it up by name first.");
                }
                stamp();
                result.link = link;
                finish();
            });
        });
}

TenantConnectorPush::TenantConnectorPush(QualysSession *session, ConnectorProfile profile,
                                         QString azureKey, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->q = this;
    d->session = session;
    d->profile = std::move(profile);
    d->azureKey = std::move(azureKey);
}

TenantConnectorPush::~TenantConnectorPush()
{
    if (d->session)
        d->session->cancel(this);
    delete d;
}

QString TenantConnectorPush::Result::actionName(Action action)
{
    return action == Action::Updated ? u"updated"_s : u"created"_s;
}

void TenantConnectorPush::setForceCreate(bool force)
{
    d->forceCreate = force;
}

void TenantConnectorPush::start()
{
    if (d->started)
        return;
    d->started = true;
    d->result.notes = QualysMapping::notes(d->profile);
    if (!d->session)
        return d->finish(QualysError::make(QualysErrorKind::InvalidInput));
    const QStringList problems = QualysMapping::problems(d->profile);
    if (!problems.isEmpty())
        return d->finish(QualysError::make(QualysErrorKind::NotPushable, problems.join(u' ')));
    if (d->session->configurationError().isError())
        return d->finish(d->session->configurationError());
    if (d->azureKey.isEmpty()) {
        return d->finish(QualysError::make(
            QualysErrorKind::InvalidInput,
            tr("the connector's Azure authentication key is needed (Qualys stores it)")));
    }
    d->session->addKnownSecret(d->azureKey);
    const QString key = d->session->platform().key();
    if (const QualysLink *existing = d->profile.qualysLink(key))
        d->link = *existing;
    d->link.platformKey = key;
    emit progress(tr("Signing in to Qualys %1…")
                      .arg(d->session->platform().isCustom() ? d->session->platform().gateway.host()
                                                             : d->session->platform().id));
    if (d->forceCreate)
        return d->create();
    if (d->link.tenantConnectorId > 0)
        return d->update(d->link.tenantConnectorId);
    if (!d->link.createUncertain)
        return d->create();
    // A previous create may have succeeded: never create blindly.
    d->lookupThen([this](const QualysSpeculative::Lookup &found) {
        if (d->done)
            return;
        if (found.connector && found.connector->id > 0)
            return d->update(found.connector->id);
        if (found.available && !found.error.isError())
            return d->create(); // the platform's own list says it is not there
        if (found.error.isError())
            return d->finish(found.error);
        d->result.action = Action::Created;
        d->result.link = d->link;
        QualysError e = QualysError::make(
            QualysErrorKind::ReplyLost,
            tr("An earlier create may have succeeded, and this platform offers no list to "
               "check. Look for \"%1\" in the Qualys portal; if it is not there, push again "
               "choosing to create it anew.")
                .arg(d->profile.name));
        d->finish(e);
    });
}

void TenantConnectorPush::cancel()
{
    if (d->done || !d->started)
        return;
    if (d->createInFlight) {
        // The request may already be on the platform: the next push must look first.
        d->link.createUncertain = true;
        d->link.tenantConnectorId = 0;
        d->result.link = d->link;
    }
    if (d->session)
        d->session->cancel(this);
    d->finish(QualysError::make(QualysErrorKind::Cancelled));
}

} // namespace atc
