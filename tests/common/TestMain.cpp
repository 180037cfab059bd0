#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// One main for every test executable: a QApplication on the offscreen platform (so widget
// tests need no display) and QStandardPaths in test mode (so no test touches user data).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AzureTenantConnectorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("atc-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
