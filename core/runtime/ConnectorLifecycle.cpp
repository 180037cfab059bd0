#include "ConnectorLifecycle.h"

#include <QPointer>

#include <memory>

#include "InventoryDatabase.h"
#include "io/Background.h"
#include "store/SecretResolver.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

struct ConnectorLifecycle::SaveState
{
    SaveRequest request;
    QPointer<QObject> context;
    SaveCallback done;
    ConnectorProfile saved;
    std::optional<ConnectorProfile> previous; ///< Edit: the version before this save
};

ConnectorLifecycle::ConnectorLifecycle(ProfileStore store, SecretStore *secrets,
                                       QString databasePath, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_secrets(secrets),
      m_databasePath(std::move(databasePath))
{}

ConnectorLifecycle::~ConnectorLifecycle()
{
    // An inventory removal still running finishes (its transaction commits or rolls back).
    // Only undelivered ones are left: a delivered future is reset (Background.h).
    for (QFuture<InventoryRemoval> &removal : m_removals)
        removal.waitForFinished();
}

// --- save --------------------------------------------------------------------------------

void ConnectorLifecycle::save(const SaveRequest &request, QObject *context, SaveCallback done)
{
    auto s = std::make_shared<SaveState>();
    s->request = request;
    s->context = context;
    s->done = std::move(done);
    if (request.progress)
        request.progress(SaveStep::SavingProfile);

    ConnectorProfile profile = request.profile;
    if (request.edit && !profile.id.isEmpty())
        s->previous = m_store.load(profile.id);
    QString error;
    if (!m_store.save(profile, &error)) {
        // Nothing was written: no key is stored for a profile that does not exist.
        failSave(s, SaveResult::Status::ProfileNotSaved,
                 tr("The profile could not be saved, so nothing was created: %1").arg(error));
        return;
    }
    s->saved = profile;

    if (!request.secret.isEmpty()) {
        writeKey(s, request.secret);
        return;
    }
    if (request.storedSecretKey == profile.secretKey()) {
        finishSave(s); // Edit with unchanged identity: the stored key stays as it is
        return;
    }
    // The stored key of another profile (Duplicate) or another identity: copy it over.
    if (request.progress)
        request.progress(SaveStep::ReadingStoredKey);
    SecretResolver::resolve(
        m_secrets, request.storedSecretKey, this, [this, s](const ResolvedSecret &r) {
            if (!r.ok()) {
                failSave(s, SaveResult::Status::StoredKeyUnavailable,
                         r.errorMessage + u' ' + tr("Type the authentication key again."));
                return;
            }
            writeKey(s, r.secret);
        });
}

void ConnectorLifecycle::writeKey(const std::shared_ptr<SaveState> &s, const QString &secret)
{
    if (s->request.progress)
        s->request.progress(SaveStep::StoringKey);
    m_secrets->write(s->saved.secretKey(), secret, this, [this, s](const SecretStore::Result &r) {
        if (!r.ok()) {
            failSave(s, SaveResult::Status::KeyNotStored,
                     tr("The authentication key could not be stored in the keychain, so the "
                        "connector was not created: %1")
                         .arg(r.errorMessage));
            return;
        }
        // Edit with a new identity: the key under the old name is no longer used.
        const QString old = s->request.storedSecretKey;
        if (s->request.edit && !old.isEmpty() && old != s->saved.secretKey())
            m_secrets->remove(old, this, [](const SecretStore::Result &) {});
        finishSave(s);
    });
}

void ConnectorLifecycle::finishSave(const std::shared_ptr<SaveState> &s)
{
    if (s->request.afterSaved) {
        if (s->request.progress)
            s->request.progress(SaveStep::AfterSaved);
        const QString error = s->request.afterSaved(s->saved);
        if (!error.isEmpty()) {
            failSave(s, SaveResult::Status::AfterSavedFailed,
                     tr("The subscription connectors could not be created: %1").arg(error));
            return;
        }
    }
    SaveResult result;
    result.status = SaveResult::Status::Saved;
    result.profile = s->saved;
    if (s->context)
        s->done(result);
}

void ConnectorLifecycle::failSave(const std::shared_ptr<SaveState> &s, SaveResult::Status status,
                                  const QString &message)
{
    if (status != SaveResult::Status::ProfileNotSaved && !s->saved.id.isEmpty()) {
        QString ignored;
        if (s->previous) {
            m_store.save(*s->previous, &ignored);
        } else if (!s->request.edit) {
            m_store.remove(s->saved.id, &ignored);
            // A new profile's key, if it got written before a later step failed.
            if (s->saved.secretKey() != s->request.storedSecretKey)
                m_secrets->remove(s->saved.secretKey(), this, [](const SecretStore::Result &) {});
        }
    }
    SaveResult result;
    result.status = status;
    result.errorMessage = message;
    if (s->context)
        s->done(result);
}

// --- remove ------------------------------------------------------------------------------

QString ConnectorLifecycle::RemoveResult::errorMessage() const
{
    QStringList parts;
    if (!secretRemoved)
        parts << (profileRemoved
                      ? ConnectorLifecycle::tr(
                            "The authentication key could not be removed from the keychain: %1")
                            .arg(secretError)
                      : ConnectorLifecycle::tr(
                            "The connector was kept because its authentication key could not be "
                            "removed from the keychain: %1")
                            .arg(secretError));
    if (secretRemoved && !profileRemoved)
        parts << ConnectorLifecycle::tr("The connector could not be deleted: %1").arg(profileError);
    if (inventoryRequested && !inventoryRemoved && profileRemoved)
        parts << ConnectorLifecycle::tr("The inventory of the connector could not be deleted: %1")
                     .arg(inventoryError);
    return parts.join(u' ');
}

void ConnectorLifecycle::remove(const ConnectorProfile &profile, const RemoveOptions &options,
                                QObject *context, RemoveCallback done)
{
    const QString id = profile.id;
    QPointer<QObject> guard(context);
    auto afterKey = [this, id, options, guard, done](const SecretStore::Result &r) {
        if (!guard)
            return;
        RemoveResult result;
        result.inventoryRequested = options.inventory;
        result.secretRemoved = r.ok();
        if (!r.ok()) {
            result.secretError = r.errorMessage;
            if (!options.force) {
                done(result); // the profile is kept: the key is never orphaned out of sight
                return;
            }
        }
        QString error;
        result.profileRemoved = m_store.remove(id, &error);
        if (!result.profileRemoved) {
            // The key is already gone: nothing is orphaned; the profile stays, and Edit
            // stores a key for it again.
            result.profileError = error;
            done(result);
            return;
        }
        if (!options.inventory) {
            done(result);
            return;
        }
        removeInventory(id, options, result, guard, done);
    };
    if (!m_secrets) {
        SecretStore::Result ok;
        ok.status = SecretStore::Status::Ok;
        QMetaObject::invokeMethod(
            this, [afterKey, ok] { afterKey(ok); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->remove(profile.secretKey(), this, afterKey);
}

void ConnectorLifecycle::removeInventory(const QString &profileId, const RemoveOptions &options,
                                         RemoveResult result, QObject *context, RemoveCallback done)
{
    if (m_databasePath.isEmpty()) {
        result.inventoryError = tr("No inventory is open.");
        done(result);
        return;
    }
    // Six DELETEs over a large inventory: its own connection on a pool thread, so the
    // window never waits for them (WAL: readers go on meanwhile).
    QPointer<QObject> guard(context);
    const quint64 id = ++m_lastRemoval;
    QFuture<InventoryRemoval> removal = runInBackground(
        this,
        [path = m_databasePath, profileId, options] {
            if (options.inventoryHook)
                options.inventoryHook();
            InventoryDatabase db(path);
            InventoryRemoval outcome;
            if (db.open(&outcome.error))
                outcome.removed = db.removeProfileData(profileId, &outcome.error);
            return outcome;
        },
        [this, id, result, guard, done](InventoryRemoval outcome) mutable {
            m_removals.remove(id);
            result.inventoryRemoved = outcome.removed;
            result.inventoryError = outcome.error;
            if (guard)
                done(result);
        });
    m_removals.insert(id, removal); // delivered later, through the event loop
}

} // namespace atc
