// Issue 10, point 13, on the desktop: a hand-edited profile that breaks a rule is listed beside
// the others (never hides them), marked invalid, with the validator's words naming the field.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "main/MainWindow.h"
#include "main/ProfileListModel.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

TEST(InvalidProfileWindow, InvalidProfileIsListedMarkedAndExplained)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ProfileStore store(dir.path());
    ConnectorProfile good;
    good.name = u"Alpha"_s;
    good.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    good.directoryId = u"contoso.onmicrosoft.com"_s;
    ASSERT_TRUE(store.save(good));

    // Hand-edited: polling 0 (which used to schedule a run every minute).
    ConnectorProfile bad = good;
    bad.id = u"bad"_s;
    bad.name = u"Beta"_s;
    QJsonObject o = QJsonDocument::fromJson(ProfileStore::toJson(bad)).object();
    QJsonObject tenant = o.value(u"tenant"_s).toObject();
    tenant.insert(u"pollingMinutes"_s, 0);
    o.insert(u"tenant"_s, tenant);
    QFile f(store.pathFor(u"bad"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();

    MainWindow w(store);
    w.show();
    auto *table = w.findChild<QTableView *>(u"profileTable"_s);
    ASSERT_TRUE(table);
    QAbstractItemModel *m = table->model();
    ASSERT_EQ(m->rowCount(), 2);
    const QModelIndex alpha = m->index(0, ProfileListModel::NameColumn);
    const QModelIndex beta = m->index(1, ProfileListModel::NameColumn);
    EXPECT_EQ(alpha.data().toString(), u"Alpha"_s);
    EXPECT_TRUE(alpha.data(ProfileListModel::ProblemsRole).toString().isEmpty());
    EXPECT_EQ(beta.data().toString(), u"Beta (invalid)"_s);
    const QString problems = beta.data(ProfileListModel::ProblemsRole).toString();
    EXPECT_TRUE(problems.contains(u"\"tenant.pollingMinutes\""_s)) << problems.toStdString();
    EXPECT_TRUE(problems.contains(u"it is 0 minutes"_s)) << problems.toStdString();
    const QString tip = beta.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(u"does not run"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"\"tenant.pollingMinutes\""_s)) << tip.toStdString();
    // Nothing was moved aside or rewritten: the file is the admin's to correct.
    EXPECT_TRUE(QFile::exists(store.pathFor(u"bad"_s)));
}
