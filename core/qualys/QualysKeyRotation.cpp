#include "QualysKeyRotation.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include "QualysSession.h"
#include "TenantConnectorPush.h"
#include "store/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

QualysError storeError(const SecretStore::Result &r)
{
    return QualysError::make(QualysErrorKind::StoredCredentialUnavailable,
                             QualysKeyRotation::tr("The new Azure key could not be stored: %1")
                                 .arg(r.errorMessage.isEmpty() ? r.key : r.errorMessage));
}

} // namespace

bool QualysKeyRotation::Result::ok() const
{
    return std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.ok(); });
}

struct QualysKeyRotation::Private
{
    QPointer<SecretStore> store;
    QList<Target> targets;
    QString newKey;
    bool started = false;
    bool done = false;
    Result result;
    QList<ConnectorProfile> profiles; ///< distinct, in order
    QHash<QString, QString> oldKeys;  ///< secretKey → previous value (memory only)
    int index = 0;
    QPointer<TenantConnectorPush> push;
};

QualysKeyRotation::QualysKeyRotation(SecretStore *store, QList<Target> targets, QString newAzureKey,
                                     QObject *parent)
    : QObject(parent), d(new Private)
{
    d->store = store;
    d->targets = std::move(targets);
    d->newKey = std::move(newAzureKey);
    QSet<QString> seen;
    for (const Target &t : std::as_const(d->targets)) {
        if (!seen.contains(t.profile.id)) {
            seen.insert(t.profile.id);
            d->profiles.append(t.profile);
        }
    }
}

QualysKeyRotation::~QualysKeyRotation()
{
    delete d->push;
    d->newKey.fill(u'\0');
    delete d;
}

void QualysKeyRotation::start()
{
    if (d->started)
        return;
    d->started = true;
    if (!d->store || d->newKey.isEmpty() || d->profiles.isEmpty()) {
        Outcome o;
        o.error = QualysError::make(QualysErrorKind::InvalidInput,
                                    tr("a new key and at least one connector are needed"));
        d->result.outcomes << o;
        d->done = true;
        QMetaObject::invokeMethod(
            this, [this] { emit finished(d->result); }, Qt::QueuedConnection);
        return;
    }
    emit progress(tr("Reading the current keys…"));
    readOld();
}

void QualysKeyRotation::readOld()
{
    if (d->done)
        return;
    if (d->index >= d->profiles.size()) {
        d->index = 0;
        emit progress(tr("Storing the new key on this computer…"));
        return writeNew();
    }
    const QString key = d->profiles.at(d->index).secretKey();
    d->store->read(key, this, [this, key](const SecretStore::Result &r) {
        if (r.ok())
            d->oldKeys.insert(key, r.secret); // kept only to undo a half-done rotation
        ++d->index;
        readOld();
    });
}

void QualysKeyRotation::writeNew()
{
    if (d->done)
        return;
    if (d->index >= d->profiles.size()) {
        for (const ConnectorProfile &p : std::as_const(d->profiles)) {
            Outcome o;
            o.profileName = p.name;
            d->result.outcomes << o;
        }
        d->oldKeys.clear(); // every write succeeded: the old keys are dropped
        d->index = 0;
        return pushNext();
    }
    const ConnectorProfile &p = d->profiles.at(d->index);
    d->store->write(p.secretKey(), d->newKey, this, [this](const SecretStore::Result &r) {
        if (d->done)
            return;
        if (!r.ok()) {
            Outcome o;
            o.profileName = d->profiles.at(d->index).name;
            o.error = storeError(r);
            d->result.outcomes << o;
            return rollBack(d->index - 1);
        }
        ++d->index;
        writeNew();
    });
}

void QualysKeyRotation::rollBack(int last)
{
    // Puts the previous key back where the new one was already written; then stops.
    if (last < 0) {
        d->oldKeys.clear();
        d->done = true;
        emit finished(d->result);
        return;
    }
    const QString key = d->profiles.at(last).secretKey();
    const auto old = d->oldKeys.constFind(key);
    if (old == d->oldKeys.constEnd())
        return rollBack(last - 1);
    d->store->write(key, *old, this,
                    [this, last](const SecretStore::Result &) { rollBack(last - 1); });
}

void QualysKeyRotation::pushNext()
{
    if (d->done)
        return;
    while (d->index < d->targets.size() && !d->targets.at(d->index).session)
        ++d->index;
    if (d->index >= d->targets.size()) {
        d->done = true;
        emit finished(d->result);
        return;
    }
    const Target &t = d->targets.at(d->index);
    const QString platformKey = t.session->platform().key();
    const QualysLink *link = t.profile.qualysLink(platformKey);
    if (!link || link->tenantConnectorId <= 0) {
        // Rotation only updates: it never creates a connector.
        Outcome o;
        o.profileName = t.profile.name;
        o.platformKey = platformKey;
        o.error = QualysError::make(
            QualysErrorKind::NotFound,
            tr("no tenant connector id is recorded for this platform; push the connector first"));
        d->result.outcomes << o;
        ++d->index;
        return pushNext();
    }
    emit progress(tr("Updating \"%1\" on Qualys %2…").arg(t.profile.name, platformKey));
    d->push = new TenantConnectorPush(t.session, t.profile, d->newKey, this);
    connect(d->push, &TenantConnectorPush::finished, this,
            [this, name = t.profile.name, platformKey](const TenantConnectorPush::Result &r) {
                Outcome o;
                o.profileName = name;
                o.platformKey = platformKey;
                o.error = r.error;
                o.link = r.link;
                d->result.outcomes << o;
                d->push->deleteLater();
                d->push = nullptr;
                ++d->index;
                pushNext();
            });
    d->push->start();
}

void QualysKeyRotation::cancel()
{
    if (d->done || !d->started)
        return;
    if (d->push) {
        d->push->disconnect(this);
        d->push->cancel();
    }
    d->done = true;
    Outcome o;
    o.error = QualysError::make(QualysErrorKind::Cancelled);
    d->result.outcomes << o;
    emit finished(d->result);
}

} // namespace atc
