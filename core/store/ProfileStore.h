#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include "model/ConnectorProfile.h"

namespace atc {

/** A profile file that could not be loaded, with its path and the reason in words. */
struct ProfileLoadProblem
{
    QString path;
    QString reason;  ///< translated
    QString movedTo; ///< where a corrupt file was moved aside; empty when left in place
};

struct ProfileLoadReport
{
    QList<ConnectorProfile> profiles; ///< sorted by name, case-insensitively
    QList<ProfileLoadProblem> problems;
};

/**
 * Saved connector profiles: one schema-versioned JSON document per profile in a folder
 * (by default <AppDataLocation>/profiles), plus the shared tag catalogue (tags.json).
 * Writes are atomic (AtomicFile: a failed write leaves the old file as it was); files are
 * 0600 in a 0700 folder (PrivatePaths). Never holds or writes a secret. Not thread-safe; small
 * files only, so calling it from the GUI thread is fine.
 */
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(atc::ProfileStore)
public:
    static constexpr int SchemaVersion = 1;

    /** `directory` empty: <AppDataLocation>/profiles. */
    explicit ProfileStore(QString directory = {});

    QString directory() const { return m_directory; }

    /**
     * Loads every <id>.json; a broken (corrupt or unreadable) file is reported and moved aside
     * to <file>.corrupt-<timestamp>, never deleted, never fatal. A file of a newer schema
     * version is reported and left untouched. The file name is the profile's id.
     */
    ProfileLoadReport loadAll() const;
    std::optional<ConnectorProfile> load(const QString &id, QString *error = nullptr) const;

    /**
     * Where this process serves the sandbox tenant (SandboxHost): load() and loadAll() point
     * every profile marked `sandbox` there, in memory, so that a port saved in another session
     * is never used and the file is never rewritten for it. Called on each such load (it may
     * start the emulator); an invalid URL leaves the saved endpoints. Unset: nothing changes.
     */
    void setSandboxEndpoint(std::function<QUrl()> endpoint);

    /**
     * Assigns id/created on first save and sets modified. Returns false with a reason. A
     * `sandbox` marker on a profile whose tenant is no longer the sandbox's is dropped.
     */
    bool save(ConnectorProfile &profile, QString *error = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr) const;

    /** Export a single profile (no secret) to any path; import assigns a fresh id. */
    bool exportProfile(const ConnectorProfile &profile, const QString &path,
                       QString *error = nullptr) const;
    std::optional<ConnectorProfile> importProfile(const QString &path,
                                                  QString *error = nullptr) const;
    /**
     * Imports the profile file at `path` and saves it under a fresh id (created/modified reset).
     * `renameTo` (when not blank) replaces its name. A name that clashes with a saved profile
     * (case-insensitively, trimmed) is refused; a newer schema version is refused. Returns the
     * saved profile.
     */
    std::optional<ConnectorProfile> importProfile(const QString &path, const QString &renameTo,
                                                  QString *error) const;

    QList<Tag> loadTags(QString *error = nullptr) const;
    bool saveTags(const QList<Tag> &tags, QString *error = nullptr) const;

    QString pathFor(const QString &id) const;
    /** The tag catalogue: tags.json in directory(). */
    QString tagsPath() const;

    /** JSON (de)serialisation, exposed for tests and export. */
    static QByteArray toJson(const ConnectorProfile &profile);
    static std::optional<ConnectorProfile> fromJson(const QByteArray &json, QString *error);

private:
    void applySandboxEndpoint(ConnectorProfile &p) const;

    QString m_directory;
    std::function<QUrl()> m_sandboxEndpoint;
};

} // namespace atc
