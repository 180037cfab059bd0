// What the window says about runs, offscreen, against the in-process sandbox emulator: the
// progress bar moves with the work, the status is said once, the connector list's State,
// Assets and Last error columns, and the run history's details and "Copy details".
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include "SandboxDesktop.h"
#include "main/MainWindow.h"
#include "main/ProfileListModel.h"
#include "main/RunHistoryView.h"
#include "runtime/ConnectorRuntime.h"
#include "store/InMemorySecretStore.h"
#include "widgets/MessageBar.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/TenantDetailsPage.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

class Desktop : public test::SandboxDesktop
{
public:
    Desktop() : SandboxDesktop(0) {} // every progress change reaches the window (default 100 ms)

    template <typename T> T *find(const QString &name)
    {
        T *w = window->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << "no " << name.toStdString();
        return w;
    }

    /** "Try the sandbox tenant", then the wizard through Create (which starts the first run). */
    bool createSandboxConnector()
    {
        QTest::mouseClick(find<QPushButton>(u"trySandboxButton"_s), Qt::LeftButton);
        return test::finishWizard(window->wizard());
    }

    int profileRow(const QString &id) const
    {
        const ProfileListModel *m = window->profileModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(ProfileListModel::ProfileIdRole).toString() == id)
                return r;
        }
        return -1;
    }
};

int count(const QString &text, const QString &word)
{
    return int(text.count(QRegularExpression(QRegularExpression::escape(word),
                                             QRegularExpression::CaseInsensitiveOption)));
}

TEST(RunInfo, TheFirstRunMovesTheBarSaysItsStateOnceAndRecordsWhatItCreated)
{
    Desktop d;
    auto *bar = d.find<QProgressBar>(u"runProgressBar"_s);
    auto *label = d.find<QLabel>(u"runProgressLabel"_s);
    auto *header = d.find<QLabel>(u"tenantStatusLabel"_s);
    QList<int> values;
    QStringList labels;
    int headerRunningMax = 0;
    QObject::connect(bar, &QProgressBar::valueChanged, bar, [&](int v) {
        values << v;
        labels << label->text();
        headerRunningMax = qMax(headerRunningMax, count(header->text(), u"running"_s));
    });
    QSignalSpy finished(d.runtime.get(), &ConnectorRuntime::runFinished);
    ASSERT_TRUE(d.createSandboxConnector());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000)) << "the first run never finished";
    const auto summary = finished.first().at(1).value<RunSummary>();
    ASSERT_EQ(summary.state, ConnectorState::FinishedSuccessfully)
        << summary.errors.join(u"; "_s).toStdString();
    const QString id = d.window->currentProfileId();
    ASSERT_FALSE(id.isEmpty());

    // The bar moved with the work: up only, through intermediate values, to 100.
    ASSERT_FALSE(values.isEmpty());
    for (int i = 1; i < values.size(); ++i)
        EXPECT_GE(values.at(i), values.at(i - 1));
    QSet<int> between;
    for (int v : values) {
        if (v > 0 && v < 100)
            between.insert(v);
    }
    EXPECT_GE(between.size(), 3);
    EXPECT_EQ(values.constLast(), 100);
    EXPECT_TRUE(labels.filter(u"Reading resources: "_s).size() > 0)
        << labels.join(u" | "_s).toStdString();
    // "Running" once at most in the tenant header while it ran; not at all once it ended.
    EXPECT_LE(headerRunningMax, 1);
    EXPECT_EQ(count(header->text(), u"running"_s), 0) << header->text().toStdString();
    EXPECT_TRUE(bar->isHidden());
    EXPECT_EQ(count(label->text(), u"ended"_s), 1) << label->text().toStdString();
    EXPECT_FALSE(d.window->messageBar()->isVisible()) << "a clean run has nothing to repeat";

    // The list: State, Assets (the inventory's count), no Last error.
    const ProfileListModel *m = d.window->profileModel();
    const int row = d.profileRow(id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m->index(row, ProfileListModel::StateColumn).data().toString(), u"Last run OK"_s);
    qint64 assets = 0;
    const QList<SubscriptionConnector> connectors = d.runtime->connectors(id);
    for (const SubscriptionConnector &c : connectors)
        assets += c.assetCount;
    ASSERT_GT(assets, 0);
    EXPECT_EQ(m->index(row, ProfileListModel::AssetsColumn).data(ProfileListModel::SortRole),
              QVariant(assets));
    EXPECT_TRUE(m->index(row, ProfileListModel::LastErrorColumn).data().toString().isEmpty());

    // The history: one run, with its duration and the connectors the wizard made.
    auto *history = d.find<RunHistoryView>(u"runHistoryView"_s);
    ASSERT_EQ(history->table()->model()->rowCount(), 1);
    EXPECT_FALSE(history->table()->model()->index(0, 1).data().toString().isEmpty());
    EXPECT_EQ(summary.counts.connectorsCreated, connectors.size());
    const QString details = history->detailsText();
    EXPECT_TRUE(details.contains(u"Connectors: %1 created"_s.arg(connectors.size())))
        << details.toStdString();
    EXPECT_TRUE(details.contains(u"created: "_s + connectors.first().name))
        << details.toStdString();
    EXPECT_EQ(d.find<QPlainTextEdit>(u"runDetailsText"_s)->toPlainText(), details);

    // Copy details: the button and the table's context menu put the same plain text there.
    QApplication::clipboard()->clear();
    QTest::mouseClick(d.find<QPushButton>(u"copyRunDetailsButton"_s), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), details);
    EXPECT_FALSE(QApplication::clipboard()->text().contains(
        QString::fromLatin1(emulator::sandbox::ClientSecret)));
    QApplication::clipboard()->clear();
    QAction *copy = nullptr;
    for (QAction *a : history->table()->actions()) {
        if (a->objectName() == "copyRunDetailsAction"_L1)
            copy = a;
    }
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(history->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    copy->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), details);
}

TEST(RunInfo, ACancelledRunIsSaidCancelledOnce)
{
    Desktop d;
    QSignalSpy finished(d.runtime.get(), &ConnectorRuntime::runFinished);
    ASSERT_TRUE(d.createSandboxConnector());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
    const QString id = d.window->currentProfileId();
    QAction *run = d.find<QAction>(u"runNowAction"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isEnabled(); }, 30000));

    d.emu.faults().latencyMs = 300; // time to cancel
    QSignalSpy progress(d.runtime.get(), &ConnectorRuntime::progress);
    finished.clear();
    run->trigger();
    ASSERT_TRUE(progress.count() > 0 || progress.wait(20000));
    auto *header = d.find<QLabel>(u"tenantStatusLabel"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return count(header->text(), u"running"_s) > 0; }, 5000));
    EXPECT_EQ(count(header->text(), u"running"_s), 1) << header->text().toStdString();
    EXPECT_EQ(d.window->profileModel()
                  ->index(d.profileRow(id), ProfileListModel::StateColumn)
                  .data()
                  .toString(),
              u"Running"_s);
    QTest::mouseClick(d.find<QToolButton>(u"cancelRunButton"_s), Qt::LeftButton);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
    ASSERT_TRUE(finished.first().at(1).value<RunSummary>().cancelled);

    QString everything = d.find<QLabel>(u"runProgressLabel"_s)->text() + u'\n' + header->text();
    if (d.window->messageBar()->isVisible())
        everything += u'\n' + d.window->messageBar()->text();
    EXPECT_EQ(count(everything, u"cancelled"_s), 1) << everything.toStdString();
    EXPECT_EQ(count(header->text(), u"running"_s), 0) << header->text().toStdString();
    // The history row says it, as a state.
    auto *history = d.find<RunHistoryView>(u"runHistoryView"_s);
    EXPECT_EQ(history->table()->model()->index(0, 2).data().toString(), u"Cancelled"_s);
}

TEST(RunInfo, TheStateColumnSaysOneWordForEachCase)
{
    ProfileListModel m;
    auto profile = [](const QString &id, bool enabled) {
        ConnectorProfile p;
        p.id = id;
        p.name = id;
        p.enabled = enabled;
        return p;
    };
    // "invalid" has no tenant, client or endpoints: the validator refuses it.
    m.setProfiles({profile(u"fresh"_s, true), profile(u"off"_s, false)});
    auto state = [&m](const QString &id) {
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, 0).data(ProfileListModel::ProfileIdRole).toString() == id)
                return m.index(r, ProfileListModel::StateColumn).data().toString();
        }
        return QString();
    };
    const bool invalid = !m.problems(u"fresh"_s).isEmpty();
    EXPECT_EQ(state(u"fresh"_s), invalid ? u"Invalid"_s : u"Enabled"_s);

    ProfileListModel valid;
    ConnectorProfile ok;
    ok.id = u"ok"_s;
    ok.name = u"OK"_s;
    ok.directoryId = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
    ok.clientId = u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s;
    ConnectorProfile off = ok;
    off.id = u"off"_s;
    off.enabled = false;
    valid.setProfiles({ok, off});
    auto cell = [&valid](const QString &id, int column, int role = Qt::DisplayRole) {
        for (int r = 0; r < valid.rowCount(); ++r) {
            if (valid.index(r, 0).data(ProfileListModel::ProfileIdRole).toString() == id)
                return valid.index(r, column).data(role);
        }
        return QVariant();
    };
    if (!valid.problems(u"ok"_s).isEmpty())
        GTEST_SKIP() << "the sample profile is not valid: "
                     << valid.problems(u"ok"_s).toStdString();
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::StateColumn).toString(), u"Enabled"_s);
    EXPECT_EQ(cell(u"off"_s, ProfileListModel::StateColumn).toString(), u"Disabled"_s);
    EXPECT_TRUE(cell(u"ok"_s, ProfileListModel::AssetsColumn).toString().isEmpty());

    ProfileRunInfo info;
    info.hasStatus = true;
    info.running = true;
    valid.setRunInfo(u"ok"_s, info);
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::StateColumn).toString(), u"Running"_s);
    info.running = false;
    info.everRun = true;
    info.state = ConnectorState::FinishedSuccessfully;
    info.assets = 12345;
    valid.setRunInfo(u"ok"_s, info);
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::StateColumn).toString(), u"Last run OK"_s);
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::AssetsColumn).toString(), QLocale().toString(12345));
    info.state = ConnectorState::FinishedWithErrors;
    info.lastError = u"pg-One: AuthorizationFailed\nsecond line"_s;
    valid.setRunInfo(u"ok"_s, info);
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::StateColumn).toString(), u"Last run with errors"_s);
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::LastErrorColumn).toString(),
              u"pg-One: AuthorizationFailed"_s);
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::LastErrorColumn, Qt::ToolTipRole).toString(),
              info.lastError);
    info.state = ConnectorState::Error;
    valid.setRunInfo(u"ok"_s, info);
    EXPECT_EQ(cell(u"ok"_s, ProfileListModel::StateColumn).toString(), u"Last run failed"_s);
    EXPECT_EQ(valid.headerData(ProfileListModel::StateColumn, Qt::Horizontal).toString(),
              u"State"_s);
}

TEST(RunInfo, AssetsAndLastErrorAreVisibleAtTheDefaultWindowSize)
{
    Desktop d;
    QSignalSpy finished(d.runtime.get(), &ConnectorRuntime::runFinished);
    ASSERT_TRUE(d.createSandboxConnector());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
    const QString id = d.window->currentProfileId();
    ProfileRunInfo info = d.window->profileModel()->runInfo(id);
    info.lastError = QString(400, u'x'); // a long error is elided, not pushing columns out
    d.window->profileModel()->setRunInfo(id, info);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(d.window.get()));
    auto *table = d.find<QTableView>(u"profileTable"_s);
    QHeaderView *h = table->horizontalHeader();
    const int width = table->viewport()->width();
    ASSERT_GT(width, 0);
    for (int c : {int(ProfileListModel::StateColumn), int(ProfileListModel::AssetsColumn),
                  int(ProfileListModel::LastErrorColumn), int(ProfileListModel::ModifiedColumn)}) {
        EXPECT_FALSE(h->isSectionHidden(c));
        EXPECT_GE(h->sectionViewportPosition(c), 0) << c;
        EXPECT_LE(h->sectionViewportPosition(c) + h->sectionSize(c), width)
            << "column " << c << " ends at " << h->sectionViewportPosition(c) + h->sectionSize(c)
            << " of " << width;
        EXPECT_GE(h->sectionSize(c), 40) << c;
    }
}

} // namespace
