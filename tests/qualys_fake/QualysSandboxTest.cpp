// "Try the sandbox" without a Qualys account: SandboxHost's fake Qualys signs the sandbox user
// in and, on its running clock, creates member connectors for the Contoso subscriptions.
#include "AzureEmulator.h"
#include "FakeQualys.h"
#include "FakeQualysSandbox.h"
#include "QualysTestClient.h"
#include "SandboxHost.h"

#include <QJsonArray>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::test;
namespace qsb = atc::emulator::qualys::sandbox;
namespace sb = atc::emulator::sandbox;

TEST(QualysSandboxTest, PushFromTheSandboxCreatesMembersWithinSeconds)
{
    atc::SandboxHost host;
    host.setQualysClockRate(600); // ten simulated minutes per real second keeps the test short
    const QUrl gateway = host.qualysGatewayUrl();
    ASSERT_TRUE(gateway.isValid());
    EXPECT_NE(gateway.port(), host.qualysApiServerUrl().port());
    atc::emulator::qualys::FakeQualys *fake = host.qualys();
    ASSERT_NE(fake, nullptr);

    QualysTestClient client(*fake);
    const QualysResult auth = client.auth(QString::fromLatin1(qsb::QualysUsername),
                                          QString::fromLatin1(qsb::QualysPassword));
    ASSERT_EQ(auth.status, 201);
    QJsonObject body = tenantBody(u"Contoso sandbox"_s);
    body.insert("applicationId"_L1, QString::fromLatin1(sb::ClientId));
    body.insert("secretValue"_L1, QString::fromLatin1(sb::ClientSecret));
    body.insert("tenantId"_L1, QString::fromLatin1(sb::TenantId));
    body.insert("includedMem"_L1, QJsonArray{u"contoso-corp"_s});
    const QualysResult created =
        client.v1("POST", "/connectors/v1.0/org/azure/",
                  QJsonDocument(body).toJson(QJsonDocument::Compact), auth.body);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();

    auto finishedMembers = [fake]() {
        int finished = 0;
        const QJsonArray members = fake->state().value("memberConnectors"_L1).toArray();
        for (const QJsonValue &m : members)
            finished += m.toObject().value("state"_L1).toString() == "FINISHED_SUCCESS"_L1;
        return finished > 0 && finished == members.size();
    };
    EXPECT_TRUE(QTest::qWaitFor(finishedMembers, 10000));
    const QJsonObject tenant =
        fake->state().value("tenantConnectors"_L1).toArray().first().toObject();
    EXPECT_TRUE(tenant.value("lastError"_L1).isNull())
        << tenant.value("lastError"_L1).toString().toStdString();
    EXPECT_FALSE(fake->state().value("memberConnectors"_L1).toArray().isEmpty());
}
