// Issue 12 (helper 3): the desktop's Help menu (F1, About), Settings on Ctrl+, (X11 has no
// QKeySequence::Preferences), context menus on the connector tables with the window's own
// actions, the notification-area behaviour (close-event decision, the notification of a run
// that ended with errors), one rule for when settings apply, and an app icon that renders.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include "AtcResources.h"
#include "DesktopHarness.h"
#include "help/HelpWindow.h"
#include "main/ConnectorTableView.h"
#include "main/MainWindow.h"
#include "main/ProfileTableView.h"
#include "main/SettingsDialog.h"
#include "main/TrayController.h"
#include "runtime/ConnectorRuntime.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"
#include "widgets/MessageBar.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Desktop
{
    QTemporaryDir dir;
    ProfileStore store{dir.filePath(u"profiles"_s)};
    InMemorySecretStore secrets;
    QNetworkAccessManager nam;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    std::unique_ptr<ConnectorRuntime> runtime;
    std::unique_ptr<MainWindow> window;
    ConnectorProfile profile;

    explicit Desktop(bool keepRunningInTray = false)
    {
        profile = test::contosoProfile();
        QString error;
        EXPECT_TRUE(store.save(profile, &error)) << error.toStdString();
        settings.setKeepRunningInTray(keepRunningInTray);
        runtime = test::openTestRuntime(&nam, &secrets, dir.path());
        EXPECT_TRUE(test::addSubOneConnector(runtime.get(), profile.id,
                                             u"11111111-2222-3333-4444-555555555555"_s));
        window = std::make_unique<MainWindow>(
            store, test::desktopServices(&nam, &secrets, runtime.get(), &settings));
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        EXPECT_EQ(window->currentProfileId(), profile.id);
    }
    ~Desktop()
    {
        delete HelpWindow::instance();
        TrayController::forceTrayAvailableForTesting(-1);
        QGuiApplication::setQuitOnLastWindowClosed(true);
    }

    QAction *action(const QString &name) const
    {
        auto *a = window->findChild<QAction *>(name);
        EXPECT_NE(a, nullptr) << name.toStdString();
        return a;
    }
    QTableView *table(const QString &name) const
    {
        auto *t = window->findChild<QTableView *>(name);
        EXPECT_NE(t, nullptr) << name.toStdString();
        return t;
    }
};

QList<QAction *> realActions(const QMenu *menu)
{
    QList<QAction *> list;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            list << a;
    }
    return list;
}

} // namespace

TEST(DesktopPolish, AppIconRenders)
{
    atcInitResources();
    // Without the SVG image plugin (libqt6svg6) the icon is empty: no window icon, no tray icon.
    const QIcon icon(u":/icons/azure-tenant-connector.svg"_s);
    EXPECT_FALSE(icon.pixmap(64).isNull());
    Desktop d;
    EXPECT_FALSE(d.window->windowIcon().pixmap(64).isNull());
}

TEST(DesktopPolish, HelpMenuF1AndAbout)
{
    Desktop d;
    QAction *contents = d.action(u"helpContentsAction"_s);
    ASSERT_NE(contents, nullptr);
    EXPECT_TRUE(contents->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    ASSERT_EQ(HelpWindow::instance(), nullptr);
    QTest::keyClick(d.window.get(), Qt::Key_F1);
    ASSERT_NE(HelpWindow::instance(), nullptr);
    EXPECT_TRUE(HelpWindow::instance()->isVisible());
    EXPECT_EQ(HelpWindow::instance()->currentPage(), HelpWindow::topicUrl(QString()));
    EXPECT_FALSE(HelpWindow::instance()->browser()->toPlainText().isEmpty());

    QAction *about = d.action(u"aboutAction"_s);
    ASSERT_NE(about, nullptr);
    about->trigger();
    auto *box = d.window->findChild<QMessageBox *>(u"aboutBox"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QCoreApplication::applicationVersion()));
    EXPECT_TRUE(box->informativeText().contains(u"MIT"_s));
    EXPECT_TRUE(box->informativeText().contains(QString::fromLatin1(qVersion())));
    box->close();
}

TEST(DesktopPolish, CtrlCommaOpensSettings)
{
    Desktop d;
    QAction *settings = d.action(u"settingsAction"_s);
    ASSERT_NE(settings, nullptr);
    EXPECT_TRUE(settings->shortcuts().contains(QKeySequence(u"Ctrl+,"_s)));
    ASSERT_EQ(d.window->findChild<SettingsDialog *>(), nullptr);
    QTest::keyClick(d.window.get(), Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = d.window->findChild<SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}

TEST(DesktopPolish, ProfileTableContextMenuUsesTheWindowsActions)
{
    Desktop d;
    QTableView *profiles = d.table(u"profileTable"_s);
    ASSERT_NE(profiles, nullptr);
    const QRect cell = profiles->visualRect(profiles->model()->index(0, 0));
    // A real right-click: the event reaches the view, a menu pops up.
    QContextMenuEvent event(QContextMenuEvent::Mouse, cell.center(),
                            profiles->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(profiles->viewport(), &event);
    auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(popup, nullptr);
    const QList<QAction *> shown = realActions(popup);
    for (const QString &name :
         {u"runNowAction"_s, u"editConnectorAction"_s, u"duplicateConnectorAction"_s,
          u"deleteConnectorAction"_s, u"enableConnectorsAction"_s, u"disableConnectorsAction"_s,
          u"copyIdAction"_s})
        EXPECT_TRUE(shown.contains(d.action(name))) << name.toStdString();
    popup->close();

    // Copy ID copies the tenant connector's profile id.
    QApplication::clipboard()->clear();
    d.action(u"copyIdAction"_s)->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), d.profile.id);
}

TEST(DesktopPolish, ConnectorTableContextMenuActsOnTheRowClicked)
{
    Desktop d;
    auto *connectors = qobject_cast<ConnectorTableView *>(d.table(u"connectorTable"_s));
    ASSERT_NE(connectors, nullptr);
    ASSERT_EQ(connectors->model()->rowCount(), 1);
    ASSERT_TRUE(connectors->selectionModel()->selectedRows().isEmpty());
    const QRect cell = connectors->visualRect(connectors->model()->index(0, 0));
    std::unique_ptr<QMenu> menu(connectors->createContextMenu(cell.center()));
    // The row clicked is selected: Run and Enable/Disable name the subscription connectors.
    EXPECT_EQ(connectors->selectionModel()->selectedRows().size(), 1);
    const QList<QAction *> shown = realActions(menu.get());
    QAction *run = d.action(u"runNowAction"_s);
    EXPECT_TRUE(shown.contains(run));
    EXPECT_EQ(run->text(), u"&Run Selected Now"_s);
    EXPECT_TRUE(shown.contains(d.action(u"disableConnectorsAction"_s)));
    EXPECT_TRUE(d.action(u"disableConnectorsAction"_s)->text().contains(u"Subscription"_s));
    QApplication::clipboard()->clear();
    d.action(u"copyIdAction"_s)->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), u"11111111-2222-3333-4444-555555555555"_s);

    // Right-click on the tenant connector again: it is the tenant connector's menu.
    QTableView *profiles = d.table(u"profileTable"_s);
    const QRect row = profiles->visualRect(profiles->model()->index(0, 0));
    std::unique_ptr<QMenu> tenantMenu(
        static_cast<ProfileTableView *>(profiles)->createContextMenu(row.center()));
    EXPECT_TRUE(connectors->selectionModel()->selectedRows().isEmpty());
    EXPECT_EQ(run->text(), u"&Run Now"_s);
}

TEST(DesktopPolish, TrayDecisionsWithoutATray)
{
    EXPECT_TRUE(TrayController::hideOnClose(true, true));
    EXPECT_FALSE(TrayController::hideOnClose(true, false)); // could never come back
    EXPECT_FALSE(TrayController::hideOnClose(false, true)); // off by default: closing quits

    RunSummary ok;
    ok.state = ConnectorState::FinishedSuccessfully;
    EXPECT_TRUE(TrayController::runNotification(u"Contoso"_s, ok).isEmpty());
    RunSummary cancelled;
    cancelled.cancelled = true;
    cancelled.errors = {u"stopped"_s};
    EXPECT_TRUE(TrayController::runNotification(u"Contoso"_s, cancelled).isEmpty());
    RunSummary partial;
    partial.state = ConnectorState::FinishedWithErrors;
    partial.errors = {u"Subscription Sub Two: access denied."_s, u"Another."_s};
    const TrayController::Notification n = TrayController::runNotification(u"Contoso"_s, partial);
    EXPECT_EQ(n.title, u"Run of \"Contoso\" ended with errors"_s);
    EXPECT_TRUE(n.text.contains(u"access denied"_s));
    EXPECT_TRUE(n.text.contains(u"1 more error"_s)) << n.text.toStdString();
    RunSummary failed;
    failed.state = ConnectorState::Error;
    EXPECT_EQ(TrayController::runNotification(u"Contoso"_s, failed).title,
              u"Run of \"Contoso\" failed"_s);
}

TEST(DesktopPolish, ClosingHidesToTheTrayOnlyWhenAskedAndPossible)
{
    {
        // Off (the default): closing closes, as before.
        TrayController::forceTrayAvailableForTesting(1);
        Desktop d(false);
        EXPECT_FALSE(d.window->trayController()->isActive());
        EXPECT_TRUE(d.window->close());
    }
    {
        // On, but no tray on this desktop: closing closes.
        TrayController::forceTrayAvailableForTesting(0);
        Desktop d(true);
        EXPECT_FALSE(d.window->trayController()->isActive());
        EXPECT_TRUE(d.window->close());
    }
    {
        // On with a tray: the window hides, the application (and its runs) go on.
        TrayController::forceTrayAvailableForTesting(1);
        Desktop d(true);
        ASSERT_TRUE(d.window->trayController()->isActive());
        EXPECT_FALSE(d.window->close());
        EXPECT_FALSE(d.window->isVisible());
        EXPECT_FALSE(QGuiApplication::quitOnLastWindowClosed());
        d.window->showFromTray();
        EXPECT_TRUE(d.window->isVisible());
        EXPECT_TRUE(QGuiApplication::quitOnLastWindowClosed());

        // A run that ends with errors is notified; a good one is not.
        RunSummary failed;
        failed.profileId = d.profile.id;
        failed.state = ConnectorState::Error;
        failed.errors = {u"The tenant could not be read."_s};
        Q_EMIT d.runtime->runFinished(d.profile.id, failed);
        const TrayController::Notification n = d.window->trayController()->lastNotification();
        EXPECT_EQ(n.title, u"Run of \"Contoso\" failed"_s);
        EXPECT_EQ(n.text, u"The tenant could not be read."_s);
    }
}

TEST(DesktopPolish, OneRuleForWhenSettingsApply)
{
    Desktop d;
    const QString rule = SettingsDialog::whenChangesApply();
    ASSERT_FALSE(rule.isEmpty());
    d.action(u"settingsAction"_s)->trigger();
    auto *dialog = d.window->findChild<SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *label = dialog->findChild<QLabel *>(u"changesApplyLabel"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), rule);
    for (const QString &field : {u"proxyModeCombo"_s, u"caFileEdit"_s, u"languageCombo"_s,
                                 u"dataDirectoryEdit"_s, u"timeoutSpin"_s})
        EXPECT_EQ(dialog->findChild<QWidget *>(field)->toolTip(), rule) << field.toStdString();
    // No other words about when things apply in the dialog.
    for (const QLabel *l : dialog->findChildren<QLabel *>()) {
        if (l != label) {
            EXPECT_FALSE(l->text().contains(u"next start"_s)) << l->text().toStdString();
        }
    }

    // The tray option: off by default, saved with OK.
    auto *keep = dialog->findChild<QCheckBox *>(u"keepRunningInTrayCheck"_s);
    ASSERT_NE(keep, nullptr);
    EXPECT_FALSE(keep->isChecked());
    keep->setChecked(true);
    QSignalSpy saved(dialog, &SettingsDialog::saved);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(saved.count() == 1 || saved.wait(5000));
    EXPECT_TRUE(d.settings.keepRunningInTray());
    // The message after saving says the same rule.
    EXPECT_TRUE(d.window->messageBar()->text().contains(rule))
        << d.window->messageBar()->text().toStdString();

    // And so does the documentation.
    QFile doc(QStringLiteral(ATC_SOURCE_DIR) + u"/docs/desktop.md"_s);
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(doc.readAll()).contains(rule));
}

TEST(DesktopPolish, F1InTheWizardOpensItsPagesTopic)
{
    Desktop d;
    d.action(u"newConnectorAction"_s)->trigger();
    ConnectorWizard *wizard = d.window->wizard();
    ASSERT_NE(wizard, nullptr);
    wizard->activateWindow();
    QApplication::setActiveWindow(wizard);
    ASSERT_TRUE(QTest::qWaitForWindowActive(wizard));
    QTest::keyClick(wizard, Qt::Key_F1);
    ASSERT_NE(HelpWindow::instance(), nullptr);
    EXPECT_EQ(HelpWindow::instance()->currentPage(), HelpWindow::topicUrl(u"wizard"_s));
    wizard->close();
}
