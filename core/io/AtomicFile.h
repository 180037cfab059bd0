#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace atc {

/**
 * The one way the project writes a file: either the complete new content is in place, or the
 * old file is left byte-identical. Works around the Qt 6.4 QSaveFile bug (on a full disk a
 * small buffered write "succeeds", commit() returns true and an empty file replaces the
 * target) by doing each step itself and checking it:
 *
 *   temporary file beside the target (mode 0600)
 *     → write → flush (checked) → error() checked → size on disk == bytes written
 *     → fsync → close (checked) → rename over the target → fsync of the folder
 *
 * On any failure the temporary file is removed and the call returns false with words naming
 * the path and the reason (never an empty reason).
 *
 * The target:
 * - does not exist: created with mode 0600 (the folder must exist, see PrivatePaths);
 * - a regular file: replaced; its mode is kept unless Options::privateMode;
 * - a symbolic link: the file it points to is written (same rules), the link stays a link;
 * - a FIFO or a character device (a pipe, /dev/null, /dev/stdout): opened for writing and
 *   written directly, never replaced (no atomicity is possible there);
 * - a folder, a socket, a block device: refused with words.
 */
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(atc::AtomicFile)
public:
    struct Options
    {
        /** The result is 0600 even when an existing target had another mode (the project's
         *  own files: profiles, settings). Off: an existing target keeps its mode (exports). */
        bool privateMode = false;
        /** Off: a FIFO or character device target is refused instead of written. */
        bool allowDevices = true;
    };

    /**
     * Streams the content: write everything to `out` and return true; false stops the write
     * (the target is left as it was). `reason` may say why (else the device's error is used).
     */
    using Writer = std::function<bool(QIODevice *out, QString *reason)>;

    static bool write(const QString &path, const QByteArray &data, QString *error = nullptr);
    static bool write(const QString &path, const QByteArray &data, const Options &options,
                      QString *error = nullptr);
    static bool write(const QString &path, const Writer &writer, const Options &options,
                      QString *error = nullptr);
};

} // namespace atc
