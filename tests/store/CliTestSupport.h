#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace atc::test {

/** Result of one run of the built `atc` binary. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/**
 * Runs `atc` in a child process whose HOME and XDG folders point into a temporary folder
 * (QStandardPaths test mode applies only in-process). By default the child gets a D-Bus
 * address that leads nowhere, so it can never reach a real keychain; keepSessionBus() lets it
 * use the test's private session (SECRET_SERVICE tests).
 */
class CliHarness
{
public:
    CliHarness()
    {
        EXPECT_TRUE(m_home.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    }

    void keepSessionBus()
    {
        const auto system = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     system.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")));
    }

    /** Overrides one variable of the child's environment (e.g. the locale). */
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }

    QString home() const { return m_home.path(); }
    /** Where the child's ProfileStore keeps its files (organisation/application of `atc`). */
    QString profilesDir() const
    {
        return m_home.filePath(
            QStringLiteral("data/AzureTenantConnector/azure-tenant-connector/profiles"));
    }

    CliRun run(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setProgram(QStringLiteral(ATC_CLI_PATH));
        p.setArguments(args);
        p.start();
        CliRun r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(60000)) {
            ADD_FAILURE() << "atc did not run: " << p.errorString().toStdString();
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace atc::test
