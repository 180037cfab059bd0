// The emulator refuses tenant files it cannot serve (issue 10, point 12): management groups
// forming a cycle, nested deeper than Azure allows, duplicate ids, parents that do not exist;
// and synthetic tenants beyond the caps. The library returns the words; the tool exits 2.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "AzureEmulator.h"
#include "TenantModel.h"

using namespace Qt::Literals::StringLiterals;
using atc::emulator::AzureEmulator;
using atc::emulator::SyntheticTenantSpec;
using atc::emulator::TenantModel;

namespace {

const QString Tenant = u"6a1b2c3d-0000-4000-8000-00000000aaaa"_s;
const QString Sub1 = u"6a1b2c3d-0000-4000-8000-000000000001"_s;

QJsonObject group(const QString &name, const QString &parent = {})
{
    QJsonObject o{{u"name"_s, name}, {u"displayName"_s, name.toUpper()}};
    if (!parent.isEmpty())
        o.insert(u"parent"_s, parent);
    return o;
}

QJsonObject subscription(const QString &id, const QString &parent = {})
{
    QJsonObject o{{u"subscriptionId"_s, id}, {u"displayName"_s, u"Sub"_s}};
    if (!parent.isEmpty())
        o.insert(u"parent"_s, parent);
    return o;
}

QByteArray tenant(const QJsonArray &groups, const QJsonArray &subscriptions = {},
                  const QJsonArray &apps = {})
{
    return QJsonDocument(QJsonObject{{u"tenantId"_s, Tenant},
                                     {u"displayName"_s, u"Validation"_s},
                                     {u"managementGroups"_s, groups},
                                     {u"subscriptions"_s, subscriptions},
                                     {u"resources"_s, QJsonArray()},
                                     {u"apps"_s, apps}})
        .toJson(QJsonDocument::Compact);
}

/** A chain root → g1 → … → g<levels>. */
QJsonArray chain(int levels)
{
    QJsonArray groups;
    QString parent;
    for (int i = 1; i <= levels; ++i) {
        const QString name = u"g%1"_s.arg(i);
        groups.append(group(name, parent));
        parent = name;
    }
    return groups;
}

QString refusal(const QByteArray &json)
{
    AzureEmulator emu;
    QString error;
    if (emu.loadTenantJson(json, &error))
        return u"<accepted>"_s;
    return error;
}

} // namespace

TEST(TenantValidation, ManagementGroupCycleIsRefusedNamingTheGroups)
{
    const QString error = refusal(tenant({group(u"mg-a"_s, u"mg-c"_s), group(u"mg-b"_s, u"mg-a"_s),
                                          group(u"mg-c"_s, u"mg-b"_s), group(u"mg-ok"_s)},
                                         {subscription(Sub1, u"mg-b"_s)}));
    EXPECT_TRUE(error.contains(u"cycle"_s)) << qPrintable(error);
    for (const QString &name : {u"mg-a"_s, u"mg-b"_s, u"mg-c"_s})
        EXPECT_TRUE(error.contains(name)) << qPrintable(error);
    EXPECT_FALSE(error.contains(u"mg-ok"_s)) << qPrintable(error);

    const QString self = refusal(tenant({group(u"mg-self"_s, u"MG-SELF"_s)}));
    EXPECT_TRUE(self.contains(u"cycle"_s)) << qPrintable(self);
}

TEST(TenantValidation, SixLevelsBelowTheRootAreServedSevenAreRefused)
{
    AzureEmulator emu;
    QString error;
    EXPECT_TRUE(emu.loadTenantJson(tenant(chain(6), {subscription(Sub1, u"g6"_s)}), &error))
        << qPrintable(error);
    EXPECT_EQ(emu.tenant().groups.size(), 7u); // with the root

    error = refusal(tenant(chain(7)));
    EXPECT_TRUE(error.contains(u"'g7'"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"7 levels"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"6"_s)) << qPrintable(error);
}

TEST(TenantValidation, DuplicateIdsAreRefused)
{
    QString error = refusal(tenant({group(u"mg-dup"_s), group(u"MG-Dup"_s)}));
    EXPECT_TRUE(error.contains(u"appears twice"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"MG-Dup"_s, Qt::CaseInsensitive)) << qPrintable(error);

    error = refusal(tenant({}, {subscription(Sub1), subscription(Sub1.toUpper())}));
    EXPECT_TRUE(error.contains(u"appears twice"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(Sub1)) << qPrintable(error);

    const QJsonObject app{{u"clientId"_s, u"0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"_s}};
    error = refusal(tenant({}, {}, {app, app}));
    EXPECT_TRUE(error.contains(u"appears twice"_s)) << qPrintable(error);
}

TEST(TenantValidation, ParentsThatDoNotExistAreRefused)
{
    QString error = refusal(tenant({group(u"mg-orphan"_s, u"mg-missing"_s)}));
    EXPECT_TRUE(error.contains(u"mg-orphan"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"mg-missing"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"does not exist"_s)) << qPrintable(error);

    error = refusal(tenant({group(u"mg-real"_s)}, {subscription(Sub1, u"mg-nowhere"_s)}));
    EXPECT_TRUE(error.contains(Sub1)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"mg-nowhere"_s)) << qPrintable(error);

    // The tenant id as parent names the root group.
    AzureEmulator emu;
    EXPECT_TRUE(emu.loadTenantJson(
        tenant({group(u"mg-top"_s, Tenant)}, {subscription(Sub1, Tenant)}), &error))
        << qPrintable(error);
}

TEST(TenantValidation, RefusedFileLeavesTheServedTenantAlone)
{
    AzureEmulator emu;
    QString error;
    ASSERT_TRUE(emu.loadTenantJson(AzureEmulator::sandboxTenantJson(), &error));
    const auto groups = emu.tenant().groups.size();
    EXPECT_FALSE(
        emu.loadTenantJson(tenant({group(u"x"_s, u"y"_s), group(u"y"_s, u"x"_s)}), &error));
    EXPECT_EQ(emu.tenant().groups.size(), groups);
    EXPECT_EQ(emu.tenant().tenantId, QString::fromLatin1(atc::emulator::sandbox::TenantId));
}

TEST(TenantValidation, SyntheticSizesAreCapped)
{
    SyntheticTenantSpec bench; // what scripts/bench.sh asks for
    bench.managementGroups = 200;
    bench.subscriptions = 2000;
    bench.resources = 200000;
    QString error;
    EXPECT_TRUE(bench.validate(&error)) << qPrintable(error);
    SyntheticTenantSpec atCaps;
    atCaps.managementGroups = SyntheticTenantSpec::MaxManagementGroups;
    atCaps.subscriptions = SyntheticTenantSpec::MaxSubscriptions;
    atCaps.resources = SyntheticTenantSpec::MaxResources;
    EXPECT_TRUE(atCaps.validate(&error)) << qPrintable(error);

    SyntheticTenantSpec huge;
    huge.resources = 1000000000;
    AzureEmulator emu;
    EXPECT_FALSE(emu.loadSyntheticTenant(huge, &error));
    EXPECT_TRUE(error.contains(u"resources"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"2000000"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"1000000000"_s)) << qPrintable(error);
    error.clear();
    EXPECT_TRUE(AzureEmulator::generateSyntheticTenant(huge, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());

    for (auto [groups, subs, disabled] : {std::tuple{1001, 10, 0}, std::tuple{10, 10001, 0},
                                          std::tuple{-1, 10, 0}, std::tuple{10, 10, 11}}) {
        SyntheticTenantSpec s;
        s.managementGroups = groups;
        s.subscriptions = subs;
        s.resources = 10;
        s.disabledSubscriptions = disabled;
        error.clear();
        TenantModel model;
        EXPECT_FALSE(model.generate(s, &error)) << groups << ' ' << subs << ' ' << disabled;
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(TenantValidation, EmulatorToolExitsWithWordsOnACycleAndOnAHugeSyntheticTenant)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"cycle.json"_s);
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(tenant({group(u"mg-a"_s, u"mg-b"_s), group(u"mg-b"_s, u"mg-a"_s)},
                       {subscription(Sub1, u"mg-a"_s)}));
    }
    auto runTool = [](const QStringList &args, QString *stderrText) {
        QProcess p;
        p.start(QStringLiteral(ATC_EMULATOR_EXE), args);
        EXPECT_TRUE(p.waitForStarted(10000));
        const bool ended = p.waitForFinished(30000);
        if (!ended) {
            p.kill(); // the defect: it would grow without bound
            p.waitForFinished(10000);
        }
        EXPECT_TRUE(ended) << qPrintable(args.join(u' '));
        *stderrText = QString::fromUtf8(p.readAllStandardError());
        EXPECT_TRUE(p.readAllStandardOutput().isEmpty()); // no base URL: not serving
        return ended && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString err;
    EXPECT_EQ(runTool({u"--tenant"_s, file}, &err), 2);
    EXPECT_TRUE(err.contains(u"cycle"_s)) << qPrintable(err);
    EXPECT_TRUE(err.contains(u"mg-a"_s)) << qPrintable(err);

    EXPECT_EQ(runTool({u"--synthetic"_s, u"10,10,1000000000"_s}, &err), 2);
    EXPECT_TRUE(err.contains(u"resources"_s)) << qPrintable(err);
    EXPECT_TRUE(err.contains(u"2000000"_s)) << qPrintable(err);

    EXPECT_EQ(runTool({u"--synthetic"_s, u"5000,10,10"_s, u"--dump-tenant"_s}, &err), 2);
    EXPECT_TRUE(err.contains(u"management groups"_s)) << qPrintable(err);
}
