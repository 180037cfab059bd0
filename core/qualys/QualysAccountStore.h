#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "QualysAccount.h"

namespace atc {

/**
 * The Qualys accounts known on this computer (platform, URLs, kind, user name or client id;
 * never a secret): one JSON file, qualys-accounts.json, in the data folder (beside profiles/),
 * written atomically (AtomicFile) with private permissions. A damaged file loads as empty with
 * words and is never overwritten until the user saves again.
 */
class QualysAccountStore
{
    Q_DECLARE_TR_FUNCTIONS(atc::QualysAccountStore)
public:
    /** `directory`: the data folder (AppSettings::effectiveDataDirectory(), profiles/ is in it). */
    explicit QualysAccountStore(QString directory);

    QList<QualysAccount> load(QString *error = nullptr) const;
    bool save(const QList<QualysAccount> &accounts, QString *error = nullptr) const;
    /** Adds or replaces (same platform key and user). */
    bool upsert(const QualysAccount &account, QString *error = nullptr) const;
    bool remove(const QualysAccount &account, QString *error = nullptr) const;
    /** The account for a platform key: the only one, or the most recently saved. */
    std::optional<QualysAccount> forPlatform(const QString &platformKey) const;
    QString filePath() const;

private:
    QString m_directory;
};

} // namespace atc
