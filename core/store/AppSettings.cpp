#include "AppSettings.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include "io/AtomicFile.h"
#include "io/PrivatePaths.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// The typed key table: one place for every name in the file.
enum class Key
{
    PcAgentEnabled,
    ComplianceManagerEnabled,
    ProxyMode,
    ProxyHost,
    ProxyPort,
    ProxyUser,
    CaCertificateFile,
    RequestConcurrency,
    RequestTimeoutSeconds,
    RequestDeadlineSeconds,
    Language,
    DataDirectory,
    KeepRunningInTray,
};

QString keyName(Key key)
{
    switch (key) {
    case Key::PcAgentEnabled:
        return u"entitlements/pcAgentEnabled"_s;
    case Key::ComplianceManagerEnabled:
        return u"entitlements/complianceManagerEnabled"_s;
    case Key::ProxyMode:
        return u"proxy/mode"_s;
    case Key::ProxyHost:
        return u"proxy/host"_s;
    case Key::ProxyPort:
        return u"proxy/port"_s;
    case Key::ProxyUser:
        return u"proxy/user"_s;
    case Key::CaCertificateFile:
        return u"network/caCertificateFile"_s;
    case Key::RequestConcurrency:
        return u"network/requestConcurrency"_s;
    case Key::RequestTimeoutSeconds:
        return u"network/requestTimeoutSeconds"_s;
    case Key::RequestDeadlineSeconds:
        return u"network/requestDeadlineSeconds"_s;
    case Key::Language:
        return u"ui/language"_s;
    case Key::DataDirectory:
        return u"storage/dataDirectory"_s;
    case Key::KeepRunningInTray:
        return u"ui/keepRunningInTray"_s;
    }
    return {};
}

constexpr int DefaultProxyPort = 8080;

bool readBool(const QSettings &s, Key key)
{
    const QVariant v = s.value(keyName(key));
    const QString text = v.toString().toLower();
    return text == u"true"_s || text == u"1"_s;
}

int readInt(const QSettings &s, Key key, int min, int max, int fallback)
{
    bool ok = false;
    const int v = s.value(keyName(key)).toString().toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool hasWhitespace(const QString &text)
{
    for (QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

namespace {
// QSettings saves on its own when the event loop runs; here only sync() saves, so that pending
// changes are still pending when sync() hands it the file's current content to merge with.
class NoAutoSave : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return event->type() == QEvent::UpdateRequest || QObject::eventFilter(watched, event);
    }
};

QByteArray readAll(const QString &path, bool *exists = nullptr)
{
    QFile f(path);
    if (exists)
        *exists = f.exists();
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

AppSettings::AppSettings(const QString &iniPath)
    : m_path(iniPath.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                       u"/settings.ini"_s
                 : iniPath)
{
    // The working copy lives in a private temporary folder (system temp, else beside the file).
    // When it cannot be made (a full disk), sync() fails with words instead of saving.
    const bool exists = QFileInfo::exists(m_path);
    auto prepare = [&](std::unique_ptr<QTemporaryDir> dir) {
        m_work = std::move(dir);
        const QString copy = m_work->filePath(u"settings.ini"_s);
        return m_work->isValid() && (!exists || QFile::copy(m_path, copy));
    };
    const bool copied = prepare(std::make_unique<QTemporaryDir>()) ||
                        prepare(std::make_unique<QTemporaryDir>(m_path + u".work-XXXXXX"_s));
    const QString working = m_work->filePath(u"settings.ini"_s);
    QFile::setPermissions(working, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_settings = std::make_unique<QSettings>(working, QSettings::IniFormat);
    m_settings->installEventFilter(new NoAutoSave(m_settings.get()));
    if (!copied && exists) {
        // No working copy (the disks are full): the values are still read, from the file
        // itself through a QSettings that is never changed, so never writes.
        const QSettings source(m_path, QSettings::IniFormat);
        const QStringList keys = source.allKeys();
        for (const QString &key : keys)
            m_settings->setValue(key, source.value(key));
    }
}

AppSettings::~AppSettings()
{
    sync();
}

QString AppSettings::fileName() const
{
    return m_path;
}

bool AppSettings::sync(QString *error)
{
    const QString working = m_settings->fileName();
    // What another process saved meanwhile: QSettings re-reads a changed file and applies
    // this object's pending changes on top.
    bool fileExists = false;
    const QByteArray onDisk = readAll(m_path, &fileExists);
    bool workingExists = false;
    if (fileExists && readAll(working, &workingExists) != onDisk) {
        QFile w(working);
        if (!w.open(QIODevice::WriteOnly) || w.write(onDisk) != onDisk.size() || !w.flush())
            return fail(error, tr("Cannot save the settings to %1: the working copy %2 cannot "
                                  "be written (%3).")
                                   .arg(m_path, working, w.errorString()));
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(error, tr("Cannot save the settings to %1.").arg(m_path));
    const QByteArray content = readAll(working, &workingExists);
    if (!workingExists && !fileExists)
        return true; // nothing was ever set
    if (fileExists && content == onDisk)
        return true; // nothing changed
    // QSettings wrote the working copy through QSaveFile: check that it holds every value
    // before it replaces the file (a full disk leaves it empty while reporting success).
    QTemporaryFile check(m_work->filePath(u"check-XXXXXX.ini"_s));
    if (!check.open() || check.write(content) != content.size() || !check.flush())
        return fail(error,
                    tr("Cannot save the settings to %1: %2").arg(m_path, check.errorString()));
    check.close();
    {
        const QSettings reread(check.fileName(), QSettings::IniFormat);
        const QStringList keys = m_settings->allKeys();
        for (const QString &key : keys) {
            if (reread.value(key).toString() != m_settings->value(key).toString())
                return fail(error, tr("Cannot save the settings to %1: the new content could "
                                      "not be written completely (is the disk full?).")
                                       .arg(m_path));
        }
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!PrivatePaths::makeFolder(folder, error))
        return false;
    AtomicFile::Options options;
    options.privateMode = true;
    return AtomicFile::write(m_path, content, options, error);
}

bool AppSettings::pcAgentEnabled() const
{
    return readBool(*m_settings, Key::PcAgentEnabled);
}

void AppSettings::setPcAgentEnabled(bool on)
{
    m_settings->setValue(keyName(Key::PcAgentEnabled), on);
}

bool AppSettings::keepRunningInTray() const
{
    return readBool(*m_settings, Key::KeepRunningInTray);
}

void AppSettings::setKeepRunningInTray(bool on)
{
    m_settings->setValue(keyName(Key::KeepRunningInTray), on);
}

bool AppSettings::complianceManagerEnabled() const
{
    return readBool(*m_settings, Key::ComplianceManagerEnabled);
}

void AppSettings::setComplianceManagerEnabled(bool on)
{
    m_settings->setValue(keyName(Key::ComplianceManagerEnabled), on);
}

QString AppSettings::proxyModeToString(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return u"system"_s;
    case ProxyMode::None:
        return u"none"_s;
    case ProxyMode::Manual:
        return u"manual"_s;
    }
    return {};
}

bool AppSettings::proxyModeFromString(const QString &text, ProxyMode *mode)
{
    for (ProxyMode m : {ProxyMode::System, ProxyMode::None, ProxyMode::Manual}) {
        if (text.compare(proxyModeToString(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    ProxyMode mode = ProxyMode::System;
    proxyModeFromString(m_settings->value(keyName(Key::ProxyMode)).toString(), &mode);
    return mode;
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    m_settings->setValue(keyName(Key::ProxyMode), proxyModeToString(mode));
}

QString AppSettings::proxyHost() const
{
    return m_settings->value(keyName(Key::ProxyHost)).toString();
}

bool AppSettings::setProxyHost(const QString &host, QString *error)
{
    if (hasWhitespace(host) || host.contains(u'/') || host.contains(u'@') || host.size() > 253) {
        return fail(error, tr("Enter the proxy host name or address alone, without spaces, "
                              "scheme, user or port (for example proxy.example.com)."));
    }
    m_settings->setValue(keyName(Key::ProxyHost), host);
    return true;
}

int AppSettings::proxyPort() const
{
    return readInt(*m_settings, Key::ProxyPort, 1, 65535, DefaultProxyPort);
}

bool AppSettings::setProxyPort(int port, QString *error)
{
    if (port < 1 || port > 65535)
        return fail(error, tr("Enter a proxy port from 1 to 65535."));
    m_settings->setValue(keyName(Key::ProxyPort), port);
    return true;
}

QString AppSettings::proxyUser() const
{
    return m_settings->value(keyName(Key::ProxyUser)).toString();
}

bool AppSettings::setProxyUser(const QString &user, QString *error)
{
    if (user.size() > 255 || user.contains(u'\n') || user.contains(u'\r'))
        return fail(error, tr("Enter a proxy user name of at most 255 characters on one line."));
    m_settings->setValue(keyName(Key::ProxyUser), user);
    return true;
}

QString AppSettings::proxyProblem() const
{
    if (proxyMode() == ProxyMode::Manual && proxyHost().isEmpty())
        return tr("Enter the proxy host, or choose the system proxy or no proxy.");
    return {};
}

QString AppSettings::caCertificateFile() const
{
    const QString path = m_settings->value(keyName(Key::CaCertificateFile)).toString();
    return QDir::isAbsolutePath(path) ? path : QString();
}

bool AppSettings::setCaCertificateFile(const QString &path, QString *error)
{
    // Only the shape: whether the file exists and is PEM is checked where it is loaded.
    if (!path.isEmpty() && !QDir::isAbsolutePath(path))
        return fail(error, tr("Choose the CA certificate file by its full path, or leave it "
                              "empty to trust the system certificates only."));
    m_settings->setValue(keyName(Key::CaCertificateFile), path);
    return true;
}

int AppSettings::requestConcurrency() const
{
    return readInt(*m_settings, Key::RequestConcurrency, MinConcurrency, MaxConcurrency,
                   DefaultConcurrency);
}

bool AppSettings::setRequestConcurrency(int value, QString *error)
{
    if (value < MinConcurrency || value > MaxConcurrency) {
        return fail(
            error,
            tr("Choose from %1 to %2 requests at a time.").arg(MinConcurrency).arg(MaxConcurrency));
    }
    m_settings->setValue(keyName(Key::RequestConcurrency), value);
    return true;
}

int AppSettings::requestTimeoutSeconds() const
{
    return readInt(*m_settings, Key::RequestTimeoutSeconds, MinTimeoutSeconds, MaxTimeoutSeconds,
                   DefaultTimeoutSeconds);
}

bool AppSettings::setRequestTimeoutSeconds(int value, QString *error)
{
    if (value < MinTimeoutSeconds || value > MaxTimeoutSeconds) {
        return fail(error, tr("Choose a request timeout from %1 to %2 seconds.")
                               .arg(MinTimeoutSeconds)
                               .arg(MaxTimeoutSeconds));
    }
    m_settings->setValue(keyName(Key::RequestTimeoutSeconds), value);
    return true;
}

int AppSettings::requestDeadlineSeconds() const
{
    return readInt(*m_settings, Key::RequestDeadlineSeconds, MinDeadlineSeconds, MaxDeadlineSeconds,
                   DefaultDeadlineSeconds);
}

bool AppSettings::setRequestDeadlineSeconds(int value, QString *error)
{
    if (value < MinDeadlineSeconds || value > MaxDeadlineSeconds) {
        return fail(error, tr("Choose a request deadline from %1 to %2 seconds.")
                               .arg(MinDeadlineSeconds)
                               .arg(MaxDeadlineSeconds));
    }
    m_settings->setValue(keyName(Key::RequestDeadlineSeconds), value);
    return true;
}

QString AppSettings::language() const
{
    return m_settings->value(keyName(Key::Language)).toString();
}

bool AppSettings::setLanguage(const QString &name, QString *error)
{
    // QLocale falls back to "C" for a name it does not know.
    if (!name.isEmpty() && (hasWhitespace(name) || QLocale(name).language() == QLocale::C ||
                            QLocale(name).language() == QLocale::AnyLanguage)) {
        return fail(error, tr("\"%1\" is not a known language. Use a code such as de or fr, or "
                              "leave it empty for the system language.")
                               .arg(name));
    }
    m_settings->setValue(keyName(Key::Language), name);
    return true;
}

QString AppSettings::dataDirectory() const
{
    const QString path = m_settings->value(keyName(Key::DataDirectory)).toString();
    return QDir::isAbsolutePath(path) ? path : QString();
}

bool AppSettings::setDataDirectory(const QString &path, QString *error)
{
    if (!path.isEmpty() && !QDir::isAbsolutePath(path))
        return fail(error, tr("Choose the data folder by its full path, or leave it empty for "
                              "the default."));
    m_settings->setValue(keyName(Key::DataDirectory), QDir::cleanPath(path));
    return true;
}

QString AppSettings::effectiveDataDirectory() const
{
    const QString dir = dataDirectory();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

QString AppSettings::profilesDirectory() const
{
    return effectiveDataDirectory() + u"/profiles"_s;
}

} // namespace atc
