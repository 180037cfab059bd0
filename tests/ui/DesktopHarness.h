#pragma once

// The parts a main-window test puts together: a real runtime (SQLite inventory and locks in
// the test's temporary directory), the window's services over them, the in-process sandbox
// emulator behind "Try the sandbox tenant", and the wizard driven through Create. Waits on
// signals only. Header-only (tests link atc_ui); SandboxDesktop.h adds the sandbox emulator.
#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include "main/DesktopServices.h"
#include "model/ConnectorProfile.h"
#include "runtime/ConnectorRuntime.h"
#include "store/SecretStore.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/TenantDetailsPage.h"

namespace atc::test {

using namespace Qt::Literals::StringLiterals;

/** The runtime of a test: its inventory and locks under `dir`; open, or a failed expectation. */
inline std::unique_ptr<ConnectorRuntime> openTestRuntime(QNetworkAccessManager *nam,
                                                         SecretStore *secrets, const QString &dir,
                                                         int progressIntervalMs = -1)
{
    ConnectorRuntime::Options o;
    o.databasePath = dir + u"/inventory.sqlite"_s;
    o.lockDirectory = dir + u"/locks"_s;
    if (progressIntervalMs >= 0)
        o.progressIntervalMs = progressIntervalMs;
    auto runtime =
        std::make_unique<ConnectorRuntime>(nam, ConnectorRuntime::secretsFromStore(secrets), o);
    QString error;
    EXPECT_TRUE(runtime->open(&error)) << error.toStdString();
    return runtime;
}

/** What the main window needs, over the test's parts (none owned). */
inline DesktopServices desktopServices(QNetworkAccessManager *nam, SecretStore *secrets,
                                       ConnectorRuntime *runtime, AppSettings *settings = nullptr)
{
    DesktopServices s;
    s.networkAccessManager = nam;
    s.secretStore = secrets;
    s.runtime = runtime;
    s.settings = settings;
    return s;
}

/** A saved profile of the Contoso tenant, as the window lists it. */
inline ConnectorProfile contosoProfile()
{
    ConnectorProfile p;
    p.name = u"Contoso"_s;
    p.tenantName = u"Contoso"_s;
    p.directoryId = u"8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b"_s;
    p.clientId = u"0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"_s;
    p.connectorNamePrefix = u"c"_s;
    return p;
}

/** One subscription connector ("c-Sub One") of `profileId` in the runtime's inventory. */
inline bool addSubOneConnector(ConnectorRuntime *runtime, const QString &profileId,
                               const QString &subscriptionId)
{
    QList<SubscriptionConnector> list(1);
    list[0].profileId = profileId;
    list[0].subscriptionId = subscriptionId;
    list[0].subscriptionName = u"Sub One"_s;
    list[0].name = u"c-Sub One"_s;
    return runtime->database()->saveConnectors(list);
}

/** Writes a secret and waits for the store's answer. */
inline bool writeSecret(SecretStore &secrets, const QString &key, const QString &value)
{
    bool written = false;
    secrets.write(key, value, &secrets, [&](const SecretStore::Result &r) { written = r.ok(); });
    return QTest::qWaitFor([&] { return written; }, 5000);
}

/** Next, when it is enabled; true when the wizard then shows `expected`. */
inline bool nextPage(ConnectorWizard *w, PageId expected)
{
    QAbstractButton *b = w->button(QWizard::NextButton);
    if (!b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return w->currentId() == int(expected);
}

/** The open wizard from Basic Details through Create: Test Connection, every page, Finish. */
inline bool finishWizard(ConnectorWizard *w)
{
    if (!w || !nextPage(w, PageId::TenantDetails))
        return false;
    QSignalSpy tested(w->tenantDetailsPage(), &TenantDetailsPage::testFinished);
    auto *test = w->findChild<QAbstractButton *>(u"testConnectionButton"_s);
    EXPECT_NE(test, nullptr);
    if (!test)
        return false;
    QTest::mouseClick(test, Qt::LeftButton);
    if (!tested.wait(20000))
        return false;
    if (!nextPage(w, PageId::SubscriptionDetails) || !nextPage(w, PageId::ConnectorDetails) ||
        !nextPage(w, PageId::TagsActivation) || !nextPage(w, PageId::AssignTags) ||
        !nextPage(w, PageId::Confirmation))
        return false;
    QSignalSpy saved(w, &ConnectorWizard::connectorSaved);
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    return saved.count() > 0 || saved.wait(20000);
}

} // namespace atc::test
