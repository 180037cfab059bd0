#pragma once

// Shared by the desktop tests of the Qualys parts: an in-process FakeQualys with one API user
// who sees the sandbox tenant, and the account of that user as the desktop stores it.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include "AzureEmulator.h"
#include "FakeQualys.h"
#include "qualys/QualysAccount.h"
#include "qualys/QualysClientConfig.h"
#include "store/SecretStore.h"

namespace atc::test {

using namespace Qt::Literals::StringLiterals;

inline const QString QualysUser = u"atc_ui_user"_s;
inline const QString QualysPassword = u"fake-qualys-password-for-ui-tests"_s;

class FakePlatform
{
public:
    bool start()
    {
        if (!fake.start()) {
            ADD_FAILURE() << "FakeQualys: " << fake.errorString().toStdString();
            return false;
        }
        emulator::qualys::FakeQualysUser user;
        user.login = QualysUser;
        user.password = QualysPassword;
        fake.addUser(user);
        QString error;
        // The sandbox tenant: the wizard's sandbox profile syncs against it.
        if (!fake.setAzureTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error)) {
            ADD_FAILURE() << "Azure tenant: " << error.toStdString();
            return false;
        }
        return true;
    }

    QualysAccount account() const
    {
        QualysAccount a;
        a.platform = QualysPlatform::custom(fake.gatewayUrl(), fake.apiServerUrl());
        a.authKind = QualysAccount::AuthKind::Password;
        a.user = QualysUser;
        return a;
    }

    /** Pacing for tests: the real spacing of QPS calls would only make them slow. */
    static QualysClientConfig config()
    {
        QualysClientConfig c;
        c.qpsSpacingMs = 0;
        c.maxBackoffSeconds = 1;
        return c;
    }

    QJsonArray tenantConnectors() const
    {
        return fake.state().value(u"tenantConnectors"_s).toArray();
    }
    QJsonArray memberConnectors() const
    {
        return fake.state().value(u"memberConnectors"_s).toArray();
    }
    QJsonObject tenantConnector(qint64 id) const
    {
        for (const QJsonValue &v : tenantConnectors()) {
            if (v.toObject().value(u"id"_s).toInteger() == id)
                return v.toObject();
        }
        return {};
    }
    QJsonObject member(qint64 id) const
    {
        for (const QJsonValue &v : memberConnectors()) {
            if (v.toObject().value(u"id"_s).toInteger() == id)
                return v.toObject();
        }
        return {};
    }

    emulator::qualys::FakeQualys fake;
};

/** Writes a secret and waits for the store's answer. */
inline bool writeSecret(SecretStore &store, const QString &key, const QString &secret)
{
    bool done = false;
    bool ok = false;
    QObject context;
    store.write(key, secret, &context, [&](const SecretStore::Result &r) {
        done = true;
        ok = r.ok();
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    return ok;
}

} // namespace atc::test
