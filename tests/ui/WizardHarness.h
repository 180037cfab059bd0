#pragma once

// Drives the Create Connector wizard by objectName against the loopback emulator's sandbox
// tenant. Waits on signals only.
#include <memory>

#include <QAbstractButton>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "AzureEmulator.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"
#include "wizard/ConfirmationPage.h"
#include "wizard/ConnectorDetailsPage.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/TenantDetailsPage.h"

namespace atc::test {

using namespace Qt::Literals::StringLiterals;

inline SandboxTenant sandboxOf(const emulator::AzureEmulator &emu)
{
    namespace sb = emulator::sandbox;
    return {emu.baseUrl(), QString::fromLatin1(sb::TenantName), QString::fromLatin1(sb::TenantId),
            QString::fromLatin1(sb::ClientId), QString::fromLatin1(sb::ClientSecret)};
}

inline QString sandboxSecret()
{
    return QString::fromLatin1(emulator::sandbox::ClientSecret);
}

class WizardHarness
{
public:
    explicit WizardHarness(SecretStore *secrets) : m_secrets(secrets)
    {
        store = std::make_unique<ProfileStore>(dir.path() + u"/profiles"_s);
    }

    bool startEmulator()
    {
        QString error;
        if (!emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
            !emu.listen(0, &error)) {
            ADD_FAILURE() << "emulator: " << error.toStdString();
            return false;
        }
        return true;
    }

    WizardServices services()
    {
        WizardServices s;
        s.networkAccessManager = &nam;
        s.profileStore = store.get();
        s.secretStore = m_secrets;
        s.startSandbox = [this] { return sandboxOf(emu); };
        return s;
    }

    ConnectorWizard *open(ConnectorWizard::Mode mode = ConnectorWizard::Mode::Create,
                          const ConnectorProfile &initial = {})
    {
        wizard = std::make_unique<ConnectorWizard>(services(), mode, initial);
        wizard->show();
        return wizard.get();
    }

    template <typename T> T *find(const QString &name) const
    {
        T *w = wizard->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << "no widget " << name.toStdString();
        return w;
    }

    /** Replaces the text like a user: select all, type (textEdited fires). */
    void type(const QString &edit, const QString &text)
    {
        QLineEdit *line = find<QLineEdit>(edit);
        ASSERT_NE(line, nullptr);
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Backspace);
        else
            QTest::keyClicks(line, text);
    }

    void click(const QString &button)
    {
        auto *b = find<QAbstractButton>(button);
        ASSERT_NE(b, nullptr);
        ASSERT_TRUE(b->isEnabled()) << button.toStdString() << " is disabled";
        QTest::mouseClick(b, Qt::LeftButton);
    }

    bool nextEnabled() const { return wizard->button(QWizard::NextButton)->isEnabled(); }

    /** Clicks Next; true when the wizard moved to `expected`. */
    bool next(PageId expected)
    {
        QAbstractButton *b = wizard->button(QWizard::NextButton);
        if (!b->isEnabled() || !b->isVisible())
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return wizard->currentId() == int(expected);
    }

    /** Clicks Test Connection and waits for the result. */
    ConnectionTester::Result runTest()
    {
        TenantDetailsPage *page = wizard->tenantDetailsPage();
        QSignalSpy done(page, &TenantDetailsPage::testFinished);
        click(u"testConnectionButton"_s);
        EXPECT_TRUE(done.count() > 0 || done.wait(20000)) << "Test Connection never finished";
        if (done.isEmpty())
            return {};
        return done.takeFirst().at(0).value<ConnectionTester::Result>();
    }

    /** Basic details and a tested sandbox tenant; ends on Subscription Details. */
    void throughTenant(const QString &name)
    {
        type(u"nameEdit"_s, name);
        ASSERT_TRUE(next(PageId::TenantDetails));
        click(u"useSandboxButton"_s);
        const ConnectionTester::Result r = runTest();
        ASSERT_TRUE(r.ok) << r.error.fullText().toStdString();
        ASSERT_TRUE(next(PageId::SubscriptionDetails));
    }

    /** From Subscription Details to Confirmation with defaults and a prefix. */
    void toConfirmation()
    {
        type(u"prefixEdit"_s, u"Contoso"_s);
        ASSERT_TRUE(next(PageId::ConnectorDetails));
        ASSERT_TRUE(next(PageId::TagsActivation));
        ASSERT_TRUE(next(PageId::AssignTags));
        ASSERT_TRUE(next(PageId::Confirmation));
    }

    /** Clicks Create Connector and waits until it succeeded or failed. */
    bool create()
    {
        ConfirmationPage *page = wizard->confirmationPage();
        QSignalSpy ok(page, &ConfirmationPage::created);
        QSignalSpy failed(page, &ConfirmationPage::createFailed);
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        EXPECT_TRUE(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20000));
        return !ok.isEmpty();
    }

    /** Every file below `root` that contains `needle` (as UTF-8 or UTF-16). */
    static QStringList filesContaining(const QString &root, const QString &needle)
    {
        QStringList hits;
        const QByteArray utf8 = needle.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            if (data.contains(utf8) || data.contains(utf16))
                hits.append(path);
        }
        return hits;
    }

    /** Replies of `nam` still alive (a running or not yet deleted request). */
    int repliesInFlight(QStringList *urls = nullptr) const
    {
        int n = 0;
        for (QNetworkReply *r : nam.findChildren<QNetworkReply *>()) {
            if (r->isRunning()) {
                ++n;
                if (urls)
                    urls->append(r->url().path());
            }
        }
        return n;
    }

    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QNetworkAccessManager nam;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<ConnectorWizard> wizard;

private:
    SecretStore *m_secrets;
};

/** A saved sandbox profile ("Existing") with its key in `secrets`, as Edit opens it. */
inline ConnectorProfile saveSandboxProfile(WizardHarness &h, SecretStore &secrets)
{
    ConnectorProfile p;
    p.name = u"Existing"_s;
    p.description = u"Before"_s;
    p.cloud = CloudType::Custom;
    p.customEndpoints = {h.emu.baseUrl(), h.emu.baseUrl()};
    p.directoryId = QString::fromLatin1(emulator::sandbox::TenantId);
    p.clientId = QString::fromLatin1(emulator::sandbox::ClientId);
    p.connectorNamePrefix = u"Old"_s;
    EXPECT_TRUE(h.store->save(p));
    bool written = false;
    secrets.write(p.secretKey(), sandboxSecret(), &secrets,
                  [&](const SecretStore::Result &r) { written = r.ok(); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    return p;
}

} // namespace atc::test
