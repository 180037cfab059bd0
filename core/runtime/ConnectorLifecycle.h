#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

#include "model/ConnectorProfile.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

namespace atc {

/**
 * The connector transactions: saving a tenant connector (profile, then its key, with
 * rollback) and removing one (key FIRST, then profile, then inventory). The desktop, the
 * wizard and the CLI use it alike; widgets only show the result. Anchor: Nextcloud's
 * AccountManager::saveAccount / deleteAccount.
 *
 *   save():    profile ──► key (typed, or copied from the stored one) ──► afterSaved hook
 *                 │ fails         │ fails                                   │ fails
 *                 ▼               ▼                                         ▼
 *              nothing        profile rolled back (new: removed; edit: previous version)
 *
 *   remove():  key ──► profile ──► inventory (its own connection, on a worker thread)
 *               │ fails   │ fails      │ fails
 *               ▼         ▼            ▼
 *          profile kept  key already gone: no orphan;     profile and key gone; the
 *          (force: removed  the profile stays, Edit it    inventory stays, said in words
 *          anyway, said)    to enter the key again
 *
 * Every call ends with exactly one callback on the context's thread (none if the context
 * died first). The object lives on one thread; its destructor waits for an inventory removal
 * still running (runInBackground on the global pool).
 */
class ConnectorLifecycle : public QObject
{
    Q_OBJECT
public:
    /** `databasePath`: the inventory file remove() clears (empty: no inventory removal). */
    ConnectorLifecycle(ProfileStore store, SecretStore *secrets, QString databasePath = {},
                       QObject *parent = nullptr);
    ~ConnectorLifecycle() override;

    // --- save ----------------------------------------------------------------------------
    enum class SaveStep
    {
        SavingProfile,
        ReadingStoredKey,
        StoringKey,
        AfterSaved, ///< the afterSaved hook (the wizard: creating subscription connectors)
    };
    Q_ENUM(SaveStep)

    struct SaveRequest
    {
        ConnectorProfile profile; ///< normalized; an empty id gets one
        /** A key typed now; empty: keep (same identity) or copy the stored one. */
        QString secret;
        /** Where the key is stored now (Edit: this profile's; Duplicate: the source's). */
        QString storedSecretKey;
        /** Edit: a failure restores the previous version; an old key name is removed. */
        bool edit = false;
        /** After profile and key are saved; returns words for a failure (then rolled back). */
        std::function<QString(const ConnectorProfile &)> afterSaved;
        /** Optional: each step as it starts. */
        std::function<void(SaveStep)> progress;
    };

    struct SaveResult
    {
        enum class Status
        {
            Saved,
            ProfileNotSaved,      ///< nothing was written
            StoredKeyUnavailable, ///< the key to copy could not be read (rolled back)
            KeyNotStored,         ///< the keychain refused the key (rolled back)
            AfterSavedFailed,     ///< the afterSaved hook failed (rolled back)
        };
        Status status = Status::ProfileNotSaved;
        ConnectorProfile profile; ///< as saved (with its id) when ok()
        QString errorMessage;     ///< translated, empty when ok()
        bool ok() const { return status == Status::Saved; }
    };
    using SaveCallback = std::function<void(const SaveResult &)>;

    void save(const SaveRequest &request, QObject *context, SaveCallback done);

    // --- remove --------------------------------------------------------------------------
    struct RemoveOptions
    {
        bool inventory = false; ///< also the inventory and run history (needs a database path)
        /** Remove the profile even when its key cannot be removed (the CLI's --force). */
        bool force = false;
        /** Tests: called on the thread that removes the inventory, before it does. */
        std::function<void()> inventoryHook;
    };

    struct RemoveResult
    {
        bool secretRemoved = false;
        bool profileRemoved = false;
        bool inventoryRequested = false;
        bool inventoryRemoved = false;
        QString secretError;    ///< the keychain's words when the key stayed
        QString profileError;   ///< when the profile file stayed
        QString inventoryError; ///< when the inventory stayed
        bool ok() const
        {
            return secretRemoved && profileRemoved && (!inventoryRequested || inventoryRemoved);
        }
        /** Every failure, in words (empty when ok()). */
        QString errorMessage() const;
    };
    using RemoveCallback = std::function<void(const RemoveResult &)>;

    void remove(const ConnectorProfile &profile, const RemoveOptions &options, QObject *context,
                RemoveCallback done);

private:
    struct SaveState;
    void writeKey(const std::shared_ptr<SaveState> &s, const QString &secret);
    void finishSave(const std::shared_ptr<SaveState> &s);
    void failSave(const std::shared_ptr<SaveState> &s, SaveResult::Status status,
                  const QString &message);
    void removeInventory(const QString &profileId, const RemoveOptions &options,
                         RemoveResult result, QObject *context, RemoveCallback done);
    struct InventoryRemoval
    {
        bool removed = false;
        QString error;
    };

    ProfileStore m_store;
    SecretStore *m_secrets;
    QString m_databasePath;
    /** Inventory removals not delivered yet, for the destructor to wait for. */
    QHash<quint64, QFuture<InventoryRemoval>> m_removals;
    quint64 m_lastRemoval = 0;
};

} // namespace atc
