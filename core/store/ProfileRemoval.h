#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "ProfileStore.h"
#include "SecretStore.h"

namespace atc {

struct ProfileRemovalResult
{
    bool profileRemoved = false;
    bool secretRemoved = false;
    QString errorMessage; ///< translated; empty when both were removed
    bool ok() const { return profileRemoved && secretRemoved; }
};

/**
 * Deletes a profile and its authentication key. The secret goes first: when the keychain
 * cannot remove it, the profile file is kept (so the secret is never orphaned out of sight)
 * unless `force` is set, which removes the file anyway and reports the keychain problem.
 * `done` is called exactly once, later, on the context's thread (not if context dies first).
 */
void removeProfileAndSecret(const ProfileStore &store, SecretStore &secrets,
                            const ConnectorProfile &profile, QObject *context,
                            std::function<void(const ProfileRemovalResult &)> done,
                            bool force = false);

} // namespace atc
