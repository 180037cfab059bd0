#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

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

AppSettings::AppSettings(const QString &iniPath)
{
    const QString path = iniPath.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                   u"/settings.ini"_s
                             : iniPath;
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

bool AppSettings::sync(QString *error)
{
    QDir().mkpath(QFileInfo(fileName()).absolutePath());
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(error, tr("Cannot save the settings to %1.").arg(fileName()));
    return true;
}

bool AppSettings::pcAgentEnabled() const
{
    return readBool(*m_settings, Key::PcAgentEnabled);
}

void AppSettings::setPcAgentEnabled(bool on)
{
    m_settings->setValue(keyName(Key::PcAgentEnabled), on);
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
