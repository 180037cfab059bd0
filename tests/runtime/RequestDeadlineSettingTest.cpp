// The total request deadline (issue 10, point 10) is an application setting: settings.ini ->
// AppSettings -> ConnectorRuntimeOptions -> AzureClientConfig::requestDeadlineMs.

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "azure/AzureClientConfig.h"
#include "runtime/ConnectorRuntime.h"
#include "store/AppSettings.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

TEST(RequestDeadlineSettingTest, DefaultRangeAndWiring)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ini = dir.filePath(u"settings.ini"_s);
    {
        AppSettings s(ini);
        EXPECT_EQ(s.requestDeadlineSeconds(), 300);
        EXPECT_EQ(AzureClientConfig().requestDeadlineMs, 300000); // the same default
        QString error;
        EXPECT_FALSE(s.setRequestDeadlineSeconds(9, &error));
        EXPECT_TRUE(error.contains(u"deadline"_s)) << error.toStdString();
        EXPECT_FALSE(s.setRequestDeadlineSeconds(3601));
        EXPECT_EQ(s.requestDeadlineSeconds(), 300);
        ASSERT_TRUE(s.setRequestDeadlineSeconds(45));
        ASSERT_TRUE(s.sync());
    }
    AppSettings s(ini);
    EXPECT_EQ(s.requestDeadlineSeconds(), 45);
    ConnectorRuntimeOptions options;
    options.applySettings(s);
    EXPECT_EQ(options.requestDeadlineMs, 45000);
    EXPECT_EQ(options.transferTimeoutMs, s.requestTimeoutSeconds() * 1000);

    // Edited by hand into nonsense: the default.
    QFile f(ini);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("[network]\nrequestDeadlineSeconds=0\n");
    f.close();
    EXPECT_EQ(AppSettings(ini).requestDeadlineSeconds(), 300);
}
