// AtomicFile on a real, full file system: a tmpfs of 16 KiB mounted for the test (the tests
// run as root here and in CI). Without the right to mount (a developer's own account), the
// same tests run against a file-size limit (RLIMIT_FSIZE: every write to a regular file
// fails with EFBIG), so they never skip. Also: the target kinds (new file, existing file,
// symbolic link, FIFO, /dev/null, folder) and, through the real `atc`, that a full disk makes
// `atc profiles disable` and `atc profiles export --force` fail with words and keep the file.
#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <thread>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "CliTestSupport.h"
#include "io/AtomicFile.h"
#include "store/AppSettings.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &st), 0) << qPrintable(path);
    return st.st_mode & 07777;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writePlain(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(path);
    ASSERT_EQ(f.write(data), data.size());
}

/**
 * A small real file system at `path` that fill() makes full: a 16 KiB tmpfs, or, when this
 * user may not mount, RLIMIT_FSIZE 0 for this process and its children (a write to a regular
 * file then fails, as on a full disk; SIGXFSZ is ignored so that it is an error, not a kill).
 */
class TinyDisk
{
public:
    explicit TinyDisk(const QString &path) : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted = ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0,
                            "size=16k,mode=0755") == 0;
        if (!m_mounted)
            std::fprintf(stderr, "[ tinydisk ] cannot mount a tmpfs (%s): RLIMIT_FSIZE instead\n",
                         std::strerror(errno));
    }
    ~TinyDisk()
    {
        if (m_limited) {
            ::setrlimit(RLIMIT_FSIZE, &m_oldLimit);
            std::signal(SIGXFSZ, SIG_DFL);
        }
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString path() const { return m_path; }

    /** Fills the disk: afterwards no new file gets a byte. */
    void fill()
    {
        if (!m_mounted) {
            std::signal(SIGXFSZ, SIG_IGN);
            ::getrlimit(RLIMIT_FSIZE, &m_oldLimit);
            rlimit limit = m_oldLimit;
            limit.rlim_cur = 0;
            ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limit), 0);
            m_limited = true;
            return;
        }
        const QByteArray filler = QFile::encodeName(m_path + u"/filler"_s);
        const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ASSERT_GE(fd, 0);
        const QByteArray block(512, 'x');
        while (::write(fd, block.constData(), size_t(block.size())) > 0) {
        }
        char one = 'x';
        while (::write(fd, &one, 1) > 0) {
        }
        EXPECT_EQ(errno, ENOSPC);
        ::close(fd);
        // A new file of one byte no longer fits.
        QFile probe(m_path + u"/probe"_s);
        ASSERT_TRUE(probe.open(QIODevice::WriteOnly));
        EXPECT_TRUE(probe.write("x", 1) != 1 || !probe.flush());
        probe.close();
        probe.remove();
    }

    /** "No space left on device" on the tmpfs, "File too large" under the limit. */
    QString expectedReason() const
    {
        return QString::fromLocal8Bit(std::strerror(m_mounted ? ENOSPC : EFBIG));
    }

    /** The names in the folder (to see that no temporary file was left behind). */
    QStringList entries(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                      QDir::Name);
    }

private:
    QString m_path;
    bool m_mounted = false;
    bool m_limited = false;
    rlimit m_oldLimit = {};
};

class FullDisk : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_disk = std::make_unique<TinyDisk>(m_dir.filePath(u"disk"_s));
    }
    void TearDown() override { m_disk.reset(); }

    QTemporaryDir m_dir;
    std::unique_ptr<TinyDisk> m_disk;
};

ConnectorProfile validProfile()
{
    ConnectorProfile p;
    p.name = u"Full disk"_s;
    p.tenantName = u"Contoso"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    p.connectorNamePrefix = u"pfx"_s;
    return p;
}

} // namespace

// The Qt bug the helper works around, observed on this Qt: on a full disk a small write is
// buffered, commit() returns true and the target is replaced by an empty file.
TEST_F(FullDisk, PlainQSaveFileOnThisQt)
{
    const QString target = m_disk->path() + u"/old.txt"_s;
    writePlain(target, "the previous content\n");
    m_disk->fill();
    QSaveFile file(target);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("new content\n");
    const bool committed = file.commit();
    const QByteArray after = contentOf(target);
    std::fprintf(stderr,
                 "[ observed ] Qt %s, %s: QSaveFile::commit() returned %s, the target "
                 "now holds %lld byte(s)\n",
                 qVersion(), m_disk->mounted() ? "full tmpfs" : "RLIMIT_FSIZE",
                 committed ? "true" : "false", static_cast<long long>(after.size()));
    RecordProperty("qsavefile_commit_returned_true", committed ? "yes" : "no");
    RecordProperty("qsavefile_target_size_after", static_cast<int>(after.size()));
    if (committed) {
        EXPECT_NE(after, QByteArray("new content\n")) << "commit() true without the data";
    }
}

TEST_F(FullDisk, AtomicFileKeepsTheOldFileByteIdentical)
{
    const QString target = m_disk->path() + u"/old.txt"_s;
    const QByteArray previous = "the previous content\n";
    writePlain(target, previous);
    const QStringList before = m_disk->entries(m_disk->path());
    m_disk->fill();

    QString error;
    EXPECT_FALSE(AtomicFile::write(target, QByteArray("new content\n"), &error));
    EXPECT_EQ(contentOf(target), previous);
    EXPECT_TRUE(error.contains(target)) << qPrintable(error);
    EXPECT_TRUE(error.contains(m_disk->expectedReason())) << qPrintable(error);
    // No temporary file left behind (the filler and nothing else is new).
    QStringList after = m_disk->entries(m_disk->path());
    after.removeAll(u"filler"_s);
    EXPECT_EQ(after, before);

    // Streamed, as the exports write.
    const AtomicFile::Writer writer = [](QIODevice *out, QString *) {
        for (int i = 0; i < 100; ++i) {
            if (out->write("a line of an export\n") < 0)
                return false;
        }
        return true;
    };
    error.clear();
    EXPECT_FALSE(AtomicFile::write(target, writer, AtomicFile::Options(), &error));
    EXPECT_EQ(contentOf(target), previous);
    EXPECT_FALSE(error.trimmed().endsWith(u':')) << qPrintable(error);
    EXPECT_TRUE(error.contains(m_disk->expectedReason())) << qPrintable(error);
}

TEST_F(FullDisk, ProfileStoreSaveAndExportKeepTheOldFile)
{
    const ProfileStore store(m_disk->path() + u"/profiles"_s);
    ConnectorProfile p = validProfile();
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << qPrintable(error);
    const QString path = store.pathFor(p.id);
    const QByteArray previous = contentOf(path);
    const QString exported = m_disk->path() + u"/exported.json"_s;
    ASSERT_TRUE(store.exportProfile(p, exported, &error)) << qPrintable(error);
    const QByteArray previousExport = contentOf(exported);
    m_disk->fill();

    p.enabled = false;
    error.clear();
    EXPECT_FALSE(store.save(p, &error));
    EXPECT_EQ(contentOf(path), previous);
    EXPECT_TRUE(error.contains(path)) << qPrintable(error);
    const ProfileLoadReport loaded = store.loadAll();
    ASSERT_EQ(loaded.profiles.size(), 1);
    EXPECT_TRUE(loaded.profiles.first().enabled);

    error.clear();
    EXPECT_FALSE(store.exportProfile(p, exported, &error));
    EXPECT_EQ(contentOf(exported), previousExport);
    EXPECT_TRUE(error.contains(exported)) << qPrintable(error);
}

TEST_F(FullDisk, SettingsSyncKeepsTheOldFile)
{
    const QString path = m_disk->path() + u"/config/settings.ini"_s;
    {
        AppSettings s(path);
        ASSERT_TRUE(s.setRequestTimeoutSeconds(42));
        ASSERT_TRUE(s.setProxyHost(u"proxy.example.com"_s));
        QString error;
        ASSERT_TRUE(s.sync(&error)) << qPrintable(error);
    }
    const QByteArray previous = contentOf(path);
    ASSERT_FALSE(previous.isEmpty());
    m_disk->fill();
    {
        AppSettings s(path);
        EXPECT_EQ(s.requestTimeoutSeconds(), 42);
        ASSERT_TRUE(s.setRequestTimeoutSeconds(43));
        QString error;
        EXPECT_FALSE(s.sync(&error));
        EXPECT_TRUE(error.contains(path)) << qPrintable(error);
    } // the destructor's save fails the same way
    EXPECT_EQ(contentOf(path), previous);
    const AppSettings reread(path);
    EXPECT_EQ(reread.requestTimeoutSeconds(), 42);
    EXPECT_EQ(reread.proxyHost(), u"proxy.example.com"_s);
}

// The settings' working copy is in the system temporary folder: when that one is full, what
// QSettings wrote there (through QSaveFile) is checked before it replaces the settings file.
TEST_F(FullDisk, SettingsSyncWithAFullTemporaryFolder)
{
    QTemporaryDir configDir;
    const QString path = configDir.filePath(u"settings.ini"_s);
    {
        AppSettings s(path);
        ASSERT_TRUE(s.setRequestConcurrency(5));
        ASSERT_TRUE(s.sync());
    }
    const QByteArray previous = contentOf(path);
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(m_disk->path()));
    {
        AppSettings s(path); // its working copy is made before the disk is full
        m_disk->fill();
        ASSERT_TRUE(s.setRequestConcurrency(6));
        QString error;
        if (m_disk->mounted()) {
            EXPECT_FALSE(s.sync(&error));
            EXPECT_TRUE(error.contains(path)) << qPrintable(error);
        }
    }
    if (oldTmp.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", oldTmp);
    EXPECT_EQ(contentOf(path), previous);
}

// The real `atc`, its data folder on the full disk: non-zero, words, the profile intact.
TEST_F(FullDisk, CliDisableAndExportForceFailWithWords)
{
    test::CliHarness cli;
    TinyDisk disk(cli.home() + u"/data"_s);
    const ProfileStore store(cli.profilesDir());
    ConnectorProfile p = validProfile();
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << qPrintable(error);
    const QString path = store.pathFor(p.id);
    const QByteArray previous = contentOf(path);
    const QString exported = cli.home() + u"/data/exported.json"_s;
    ASSERT_TRUE(store.exportProfile(p, exported, &error)) << qPrintable(error);
    const QByteArray previousExport = contentOf(exported);
    disk.fill();

    const test::CliRun disable = cli.run({u"profiles"_s, u"disable"_s, p.name});
    EXPECT_NE(disable.exitCode, 0) << qPrintable(disable.err);
    EXPECT_TRUE(disable.err.contains(path)) << qPrintable(disable.err);
    EXPECT_TRUE(disable.err.contains(disk.expectedReason())) << qPrintable(disable.err);
    EXPECT_EQ(contentOf(path), previous);

    const test::CliRun exportRun =
        cli.run({u"profiles"_s, u"export"_s, p.name, exported, u"--force"_s});
    EXPECT_NE(exportRun.exitCode, 0) << qPrintable(exportRun.err);
    EXPECT_TRUE(exportRun.err.contains(exported)) << qPrintable(exportRun.err);
    EXPECT_EQ(contentOf(exported), previousExport);

    // The profile is still there and still enabled.
    const test::CliRun list = cli.run({u"profiles"_s, u"list"_s});
    EXPECT_EQ(list.exitCode, 0) << qPrintable(list.err);
    EXPECT_TRUE(list.out.contains(p.name)) << qPrintable(list.out);
}

// --- the target kinds --------------------------------------------------------------------

class AtomicFileTargets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_oldUmask = ::umask(022); // what the issue saw: files 0644 under umask 022
    }
    void TearDown() override { ::umask(m_oldUmask); }

    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;
};

TEST_F(AtomicFileTargets, NewFileIsPrivateAndAnExistingOneKeepsItsMode)
{
    const QString fresh = m_dir.filePath(u"new.txt"_s);
    ASSERT_TRUE(AtomicFile::write(fresh, QByteArray("one")));
    EXPECT_EQ(modeOf(fresh), 0600u);
    EXPECT_EQ(contentOf(fresh), QByteArray("one"));

    const QString shared = m_dir.filePath(u"shared.txt"_s);
    writePlain(shared, "old");
    ::chmod(QFile::encodeName(shared).constData(), 0640);
    ASSERT_TRUE(AtomicFile::write(shared, QByteArray("two")));
    EXPECT_EQ(modeOf(shared), 0640u);
    EXPECT_EQ(contentOf(shared), QByteArray("two"));

    AtomicFile::Options privateFile;
    privateFile.privateMode = true;
    ASSERT_TRUE(AtomicFile::write(shared, QByteArray("three"), privateFile));
    EXPECT_EQ(modeOf(shared), 0600u);
    EXPECT_EQ(contentOf(shared), QByteArray("three"));
}

TEST_F(AtomicFileTargets, AWriterThatFailsLeavesTheOldFile)
{
    const QString path = m_dir.filePath(u"keep.txt"_s);
    writePlain(path, "keep me");
    QString error;
    const AtomicFile::Writer writer = [](QIODevice *out, QString *reason) {
        out->write("half of it");
        *reason = u"the inventory is damaged"_s;
        return false;
    };
    EXPECT_FALSE(AtomicFile::write(path, writer, AtomicFile::Options(), &error));
    EXPECT_EQ(contentOf(path), QByteArray("keep me"));
    EXPECT_EQ(error, u"Cannot write %1: the inventory is damaged"_s.arg(path));
    EXPECT_EQ(m_dir.path().isEmpty(), false);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"keep.txt"_s});
}

TEST_F(AtomicFileTargets, SymbolicLinkStaysALinkAndItsTargetIsWritten)
{
    const QString real = m_dir.filePath(u"real.txt"_s);
    const QString link = m_dir.filePath(u"link.txt"_s);
    writePlain(real, "old");
    ASSERT_TRUE(QFile::link(real, link));
    ASSERT_TRUE(AtomicFile::write(link, QByteArray("new")));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contentOf(real), QByteArray("new"));

    // A dangling link: the file it names is created.
    const QString missing = m_dir.filePath(u"missing.txt"_s);
    const QString dangling = m_dir.filePath(u"dangling.txt"_s);
    ASSERT_TRUE(QFile::link(missing, dangling));
    ASSERT_TRUE(AtomicFile::write(dangling, QByteArray("made")));
    EXPECT_TRUE(QFileInfo(dangling).isSymLink());
    EXPECT_EQ(contentOf(missing), QByteArray("made"));
}

TEST_F(AtomicFileTargets, FifoIsWrittenInPlace)
{
    const QString fifo = m_dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] {
        QFile f(fifo);
        if (f.open(QIODevice::ReadOnly))
            received = f.readAll();
    });
    QString error;
    const bool ok = AtomicFile::write(fifo, QByteArray("through the pipe\n"), &error);
    // A reader still blocked in open() (the write never came) gets EOF instead of a hang.
    const int release = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    if (release >= 0)
        ::close(release);
    reader.join();
    EXPECT_TRUE(ok) << qPrintable(error);
    EXPECT_EQ(received, QByteArray("through the pipe\n"));
    struct stat st = {};
    ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST_F(AtomicFileTargets, DevNullStaysACharacterDevice)
{
    QString error;
    EXPECT_TRUE(AtomicFile::write(u"/dev/null"_s, QByteArray("discarded"), &error))
        << qPrintable(error);
    struct stat st = {};
    ASSERT_EQ(::lstat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));

    AtomicFile::Options noDevices;
    noDevices.allowDevices = false;
    EXPECT_FALSE(AtomicFile::write(u"/dev/null"_s, QByteArray("x"), noDevices, &error));
    EXPECT_TRUE(error.contains(u"/dev/null"_s)) << qPrintable(error);
    ASSERT_EQ(::lstat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST_F(AtomicFileTargets, FolderIsRefusedWithWords)
{
    const QString folder = m_dir.filePath(u"folder"_s);
    ASSERT_TRUE(QDir().mkdir(folder));
    QString error;
    EXPECT_FALSE(AtomicFile::write(folder, QByteArray("x"), &error));
    EXPECT_EQ(error, u"Cannot write %1: it is a folder"_s.arg(folder));
    EXPECT_TRUE(QFileInfo(folder).isDir());

    // A missing parent folder: words, not an empty reason.
    error.clear();
    EXPECT_FALSE(AtomicFile::write(m_dir.filePath(u"no/such/file"_s), QByteArray("x"), &error));
    EXPECT_TRUE(error.contains(u"No such file or directory"_s)) << qPrintable(error);
}
