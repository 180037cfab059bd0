#pragma once

#include <optional>

#include <QList>
#include <QObject>

#include "QualysError.h"
#include "model/ConnectorProfile.h"

namespace atc {

class QualysSession;
class SecretStore;

/**
 * "Rotate Azure key": one action for every connector of one app registration.
 *   1. the new key goes into the keychain of every profile with that tenant + client id
 *      (the old one is kept in memory until all writes succeeded, then dropped);
 *   2. every Qualys link of those profiles is pushed again (an update carries secretValue),
 *      one platform session per link's platform, one call at a time.
 * Each step's outcome is reported; a failed platform update leaves the others done and says
 * which to retry. Emits finished() once.
 */
class QualysKeyRotation : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        ConnectorProfile profile;
        QualysSession *session = nullptr; ///< per link platform; nullptr: keychain only
    };
    struct Outcome
    {
        QString profileName;
        QString platformKey; ///< empty for the keychain step
        QualysError error;
        /** The link after a platform update (to store in the profile); nullopt otherwise. */
        std::optional<QualysLink> link;
        bool ok() const { return !error.isError(); }
    };
    struct Result
    {
        QList<Outcome> outcomes;
        bool ok() const;
    };

    QualysKeyRotation(SecretStore *store, QList<Target> targets, QString newAzureKey,
                      QObject *parent = nullptr);
    ~QualysKeyRotation() override;
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const atc::QualysKeyRotation::Result &result);

private:
    void readOld();
    void writeNew();
    void rollBack(int last);
    void pushNext();
    struct Private;
    Private *d;
};

} // namespace atc
