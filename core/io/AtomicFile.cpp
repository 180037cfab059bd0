#include "AtomicFile.h"
#include "PrivatePaths.h"

#include <cerrno>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace atc {

namespace {

QString systemReason(int code)
{
    return PrivatePaths::systemReason(code);
}

bool fail(QString *error, const QString &path, QString reason)
{
    if (reason.trimmed().isEmpty())
        reason = AtomicFile::tr("the data could not be written");
    if (error)
        *error = AtomicFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

/** What the writer or the device says went wrong, never empty. */
QString writeReason(const QFile &file, const QString &writerReason)
{
    if (!writerReason.isEmpty())
        return writerReason;
    if (file.error() != QFileDevice::NoError && !file.errorString().isEmpty())
        return file.errorString();
    return AtomicFile::tr("the data could not be written");
}

} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &data, QString *error)
{
    return write(path, data, Options(), error);
}

bool AtomicFile::write(const QString &path, const QByteArray &data, const Options &options,
                       QString *error)
{
    return write(
        path, [&data](QIODevice *out, QString *) { return out->write(data) == data.size(); },
        options, error);
}

#ifdef Q_OS_UNIX

namespace {

// Streams into an already open descriptor through a QFile; flushes and checks.
bool writeToDescriptor(int fd, const AtomicFile::Writer &writer, qint64 *written, QString *reason)
{
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
        *reason = file.errorString();
        return false;
    }
    QString writerReason;
    const bool produced = writer(&file, &writerReason);
    // flush() first: a full disk shows up here, when the buffer reaches the file.
    const bool flushed = file.flush();
    if (!produced || !flushed || file.error() != QFileDevice::NoError) {
        *reason = writeReason(file, writerReason);
        return false;
    }
    *written = file.pos();
    file.close();
    return true;
}

} // namespace

bool AtomicFile::write(const QString &path, const Writer &writer, const Options &options,
                       QString *error)
{
    // A symbolic link: write the file it points to and keep the link.
    QString target = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(target);
    if (info.isSymLink()) {
        const QString canonical = info.canonicalFilePath();
        target = canonical.isEmpty() ? info.symLinkTarget() : canonical;
    }
    const QByteArray nativeTarget = QFile::encodeName(target);

    struct stat st = {};
    const bool exists = ::stat(nativeTarget.constData(), &st) == 0;
    if (!exists && errno != ENOENT)
        return fail(error, path, systemReason(errno));

    if (exists && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            return fail(error, path, tr("it is a folder"));
        if (!(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) || !options.allowDevices)
            return fail(error, path, tr("it is not a regular file"));
        // A pipe or a device: written in place (a reader may be waiting on it), never replaced.
        const int fd = ::open(nativeTarget.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            return fail(error, path, systemReason(errno));
        qint64 written = 0;
        QString reason;
        const bool ok = writeToDescriptor(fd, writer, &written, &reason);
        const bool closed = ::close(fd) == 0;
        if (!ok)
            return fail(error, path, reason);
        if (!closed)
            return fail(error, path, systemReason(errno));
        return true;
    }

    // A temporary file beside the target, so that the rename stays on one file system.
    const QString folder = QFileInfo(target).absolutePath();
    QByteArray pattern =
        QFile::encodeName(folder + u"/." + QFileInfo(target).fileName() + u".tmp-XXXXXX");
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return fail(error, path, systemReason(errno));
    const QByteArray temp = pattern;
    auto discard = [&](const QString &reason) {
        ::unlink(temp.constData());
        return fail(error, path, reason);
    };

    const mode_t mode =
        exists && !options.privateMode ? (st.st_mode & 07777) : mode_t(S_IRUSR | S_IWUSR);
    if (::fchmod(fd, mode) != 0) {
        const int code = errno;
        ::close(fd);
        return discard(systemReason(code));
    }
    qint64 written = 0;
    QString reason;
    if (!writeToDescriptor(fd, writer, &written, &reason)) {
        ::close(fd);
        return discard(reason);
    }
    // The size on disk must be what was written (a short write that went unnoticed).
    struct stat tempStat = {};
    if (::fstat(fd, &tempStat) != 0 || qint64(tempStat.st_size) != written) {
        ::close(fd);
        return discard(tr("only part of the data reached the disk"));
    }
    if (::fsync(fd) != 0) {
        const int code = errno;
        ::close(fd);
        return discard(systemReason(code));
    }
    if (::close(fd) != 0)
        return discard(systemReason(errno));
    if (::rename(temp.constData(), nativeTarget.constData()) != 0)
        return discard(systemReason(errno));
    // The rename itself reaches the disk with the folder's entry.
    const int dirFd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd); // best effort: the new content is complete and in place already
        ::close(dirFd);
    }
    return true;
}

#else // not Unix: QSaveFile, with every step checked

bool AtomicFile::write(const QString &path, const Writer &writer, const Options &options,
                       QString *error)
{
    Q_UNUSED(options);
    if (QFileInfo(path).isDir())
        return fail(error, path, tr("it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    QString writerReason;
    const bool produced = writer(&file, &writerReason);
    const bool flushed = file.flush();
    if (!produced || !flushed || file.error() != QFileDevice::NoError) {
        const QString reason = writerReason.isEmpty() ? file.errorString() : writerReason;
        file.cancelWriting();
        file.commit();
        return fail(error, path, reason);
    }
    const qint64 written = file.pos();
    if (file.size() != written) {
        file.cancelWriting();
        file.commit();
        return fail(error, path, tr("only part of the data reached the disk"));
    }
    if (!file.commit() || file.error() != QFileDevice::NoError)
        return fail(error, path, file.errorString());
    return true;
}

#endif

} // namespace atc
