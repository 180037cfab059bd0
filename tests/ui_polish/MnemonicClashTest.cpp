// Alt+letter must reach one control: no two visible mnemonics clash within one window (the main
// window in each of its states and tabs, each of its menus, every wizard page with the wizard's
// buttons, the settings dialog). Before issue 12, Alt+C was claimed by the Connector menu, the
// "Subscription connectors" tab and "Create Connector…"/"Cancel" buttons, and never opened the
// menu.
#include <QDialogButtonBox>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWizard>
#include <QWizardPage>

#include <gtest/gtest.h>

#include "DesktopHarness.h"
#include "Mnemonics.h"
#include "WizardHarness.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "qualys/QualysAccountStore.h"
#include "runtime/ConnectorRuntime.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"

using namespace atc;
using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

std::string joined(const QStringList &lines)
{
    return lines.join(u"; "_s).toStdString();
}

struct Desktop
{
    QTemporaryDir dir;
    ProfileStore store{dir.filePath(u"profiles"_s)};
    InMemorySecretStore secrets;
    QNetworkAccessManager nam;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    QualysAccountStore qualysAccounts{dir.filePath(u"qualys"_s)};
    std::unique_ptr<ConnectorRuntime> runtime;
    std::unique_ptr<MainWindow> window;

    explicit Desktop(bool withProfile)
    {
        if (withProfile) {
            ConnectorProfile p = test::contosoProfile();
            QString error;
            EXPECT_TRUE(store.save(p, &error)) << error.toStdString();
        }
        runtime = test::openTestRuntime(&nam, &secrets, dir.path());
        DesktopServices s = test::desktopServices(&nam, &secrets, runtime.get(), &settings);
        s.qualysAccounts = &qualysAccounts;
        window = std::make_unique<MainWindow>(store, s);
        window->resize(1280, 800);
        window->show();
    }
};

} // namespace

TEST(MnemonicClash, EmptyStateOfTheMainWindow)
{
    Desktop d(false);
    ASSERT_TRUE(d.window->isShowingEmptyState());
    const QStringList c = clashes(visibleMnemonics(d.window.get()));
    EXPECT_TRUE(c.isEmpty()) << joined(c);
}

TEST(MnemonicClash, EveryTabOfTheMainWindow)
{
    Desktop d(true);
    ASSERT_FALSE(d.window->isShowingEmptyState());
    auto *tabs = d.window->findChild<QTabWidget *>(u"detailTabs"_s);
    ASSERT_NE(tabs, nullptr);
    ASSERT_GE(tabs->count(), 4); // connectors, inventory, history, Qualys
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QMap<QChar, QStringList> m = visibleMnemonics(d.window.get());
        const QStringList c = clashes(m);
        EXPECT_TRUE(c.isEmpty()) << "tab " << tabs->tabText(i).toStdString() << ": " << joined(c);
    }
    // Alt+C is the Connector menu's alone (the complaint).
    tabs->setCurrentIndex(0);
    const QStringList c = visibleMnemonics(d.window.get()).value(u'c');
    EXPECT_EQ(c, QStringList{u"&Connector"_s});
}

TEST(MnemonicClash, EveryMenuOfTheMainWindow)
{
    Desktop d(true);
    const QList<QMenu *> menus = d.window->findChildren<QMenu *>();
    ASSERT_GE(menus.size(), 3);
    for (const QMenu *menu : menus) {
        const QStringList c = menuClashes(menu);
        EXPECT_TRUE(c.isEmpty()) << menu->title().toStdString() << ": " << joined(c);
    }
}

TEST(MnemonicClash, EveryWizardPage)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ConnectorWizard *wizard = h.open();
    const QList<int> ids = wizard->pageIds();
    ASSERT_GE(ids.size(), 7);
    for (int id : ids) {
        QWizardPage *page = wizard->page(id);
        QMap<QChar, QStringList> m = visibleMnemonics(page);
        // The wizard's buttons beside the page: Back and Cancel, then Commit, Finish (on the
        // last page) or Next.
        QList<QWizard::WizardButton> buttons{QWizard::BackButton, QWizard::CancelButton};
        if (page->isCommitPage())
            buttons << QWizard::CommitButton;
        else
            buttons << (id == ids.last() ? QWizard::FinishButton : QWizard::NextButton);
        for (QWizard::WizardButton b : buttons) {
            const QString text = page->buttonText(b);
            const QChar c = mnemonicOf(text);
            if (!c.isNull())
                m[c] << text;
        }
        const QStringList c = clashes(m);
        EXPECT_TRUE(c.isEmpty()) << "page " << id << ": " << joined(c);
    }
}

TEST(MnemonicClash, SettingsDialog)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    SettingsDialog dialog(&settings, nullptr);
    dialog.show();
    const QStringList c = clashes(visibleMnemonics(&dialog));
    EXPECT_TRUE(c.isEmpty()) << joined(c);
}
