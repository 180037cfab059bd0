// Offscreen GUI test of the main window's profile list and empty state (ui/main). It lives
// with the store tests because the list is the store's view at this stage.

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "main/MainWindow.h"
#include "main/ProfileListModel.h"
#include "widgets/MessageBar.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

ConnectorProfile profile(const QString &name)
{
    ConnectorProfile p;
    p.name = name;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    return p;
}

// With ATC_SCREENSHOT_DIR set, saves what the window looks like (for docs and reviews).
void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ATC_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(w.grab().save(dir + u'/' + name + u".png"_s));
    }
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QTemporaryDir m_dir;
    ProfileStore m_store{m_dir.path()};
};

} // namespace

TEST_F(MainWindowTest, EmptyStateSaysWhatToDoAndOffersBothStarts)
{
    MainWindow w(m_store);
    w.show();
    EXPECT_TRUE(w.isShowingEmptyState());
    auto *empty = w.findChild<QWidget *>(u"emptyState"_s);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isVisible());
    auto *text = w.findChild<QLabel *>(u"emptyStateText"_s);
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->text().contains(u"Azure tenant"_s));
    EXPECT_FALSE(w.messageBar()->isVisible());
    EXPECT_FALSE(w.findChild<QTableView *>(u"profileTable"_s)->isVisible());

    QSignalSpy create(&w, &MainWindow::createConnectorRequested);
    QSignalSpy sandbox(&w, &MainWindow::trySandboxRequested);
    auto *createButton = w.findChild<QPushButton *>(u"createConnectorButton"_s);
    auto *sandboxButton = w.findChild<QPushButton *>(u"trySandboxButton"_s);
    ASSERT_TRUE(createButton && sandboxButton);
    createButton->click();
    sandboxButton->click();
    EXPECT_EQ(create.count(), 1);
    EXPECT_EQ(sandbox.count(), 1);
    EXPECT_TRUE(QFile::exists(u":/icons/azure-tenant-connector.svg"_s));
    screenshot(w, u"main-window-empty"_s);
}

TEST_F(MainWindowTest, ListsProfilesAndReportsBrokenFilesWithoutAModal)
{
    ConnectorProfile b = profile(u"beta"_s);
    b.tenantName = u"Beta Corp"_s;
    b.scopeMode = ScopeMode::SelectedManagementGroups;
    b.selectedManagementGroups = {u"mg1"_s, u"mg2"_s};
    ConnectorProfile a = profile(u"Alpha"_s);
    a.excludedManagementGroups = {u"mg3"_s};
    ASSERT_TRUE(m_store.save(b));
    ASSERT_TRUE(m_store.save(a));
    QFile bad(m_store.pathFor(u"broken"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("not json");
    bad.close();

    MainWindow w(m_store);
    w.show();
    EXPECT_FALSE(w.isShowingEmptyState());
    auto *table = w.findChild<QTableView *>(u"profileTable"_s);
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->isVisible());
    QAbstractItemModel *m = table->model();
    ASSERT_EQ(m->rowCount(), 2);
    EXPECT_EQ(m->columnCount(), int(ProfileListModel::ColumnCount));
    EXPECT_EQ(m->index(0, ProfileListModel::NameColumn).data().toString(), u"Alpha"_s);
    EXPECT_EQ(m->index(0, ProfileListModel::TenantColumn).data().toString(),
              u"contoso.onmicrosoft.com"_s)
        << "without a tenant name the directory id shows";
    EXPECT_EQ(m->index(0, ProfileListModel::ScopeColumn).data().toString(),
              u"All management groups, 1 excluded"_s);
    EXPECT_EQ(m->index(1, ProfileListModel::TenantColumn).data().toString(), u"Beta Corp"_s);
    EXPECT_EQ(m->index(1, ProfileListModel::ScopeColumn).data().toString(),
              u"2 selected management groups"_s);
    EXPECT_FALSE(m->index(1, ProfileListModel::ModifiedColumn).data().toString().isEmpty());
    EXPECT_EQ(m->index(1, 0).data(ProfileListModel::ProfileIdRole).toString(), b.id);
    EXPECT_EQ(m->headerData(ProfileListModel::ModifiedColumn, Qt::Horizontal).toString(),
              u"Last modified"_s);

    ASSERT_TRUE(w.messageBar()->isVisible());
    EXPECT_EQ(w.messageBar()->kind(), MessageBar::Kind::Warning);
    EXPECT_TRUE(w.messageBar()->text().contains(m_store.pathFor(u"broken"_s)));
    EXPECT_TRUE(w.messageBar()->text().contains(u".corrupt-"_s));

    screenshot(w, u"main-window-list"_s);

    QSignalSpy activated(&w, &MainWindow::profileActivated);
    Q_EMIT table->activated(m->index(1, 0));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), b.id);

    // Deleting every profile and reloading brings the empty state back; the problem is gone.
    ASSERT_TRUE(m_store.remove(a.id));
    ASSERT_TRUE(m_store.remove(b.id));
    w.reload();
    EXPECT_TRUE(w.isShowingEmptyState());
    EXPECT_FALSE(w.messageBar()->isVisible());
}

TEST_F(MainWindowTest, MessageBarClosesOnClick)
{
    MainWindow w(m_store);
    w.show();
    w.messageBar()->showMessage(u"hello"_s, MessageBar::Kind::Error);
    EXPECT_TRUE(w.messageBar()->isVisible());
    auto *close = w.messageBar()->findChild<QAbstractButton *>(u"messageBarClose"_s);
    ASSERT_TRUE(close);
    close->click();
    EXPECT_FALSE(w.messageBar()->isVisible());
}
