#include "ProfileRemoval.h"

namespace atc {

void removeProfileAndSecret(const ProfileStore &store, SecretStore &secrets,
                            const ConnectorProfile &profile, QObject *context,
                            std::function<void(const ProfileRemovalResult &)> done, bool force)
{
    const QString id = profile.id;
    // The store is a small value object: a copy outlives the caller's.
    secrets.remove(profile.secretKey(), context,
                   [store, id, force, done = std::move(done)](const SecretStore::Result &r) {
                       ProfileRemovalResult result;
                       result.secretRemoved = r.ok();
                       if (!r.ok()) {
                           result.errorMessage = r.errorMessage;
                           if (!force) {
                               done(result);
                               return;
                           }
                       }
                       QString error;
                       result.profileRemoved = store.remove(id, &error);
                       if (!result.profileRemoved) {
                           result.errorMessage = result.errorMessage.isEmpty()
                                                     ? error
                                                     : result.errorMessage + u' ' + error;
                       }
                       done(result);
                   });
}

} // namespace atc
