#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AzureTenantConnector"));
    QCoreApplication::setApplicationName(QStringLiteral("azure-tenant-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATC_VERSION_STRING));
    QLabel placeholder(QStringLiteral("Azure Tenant Connector"));
    placeholder.show();
    return app.exec();
}
