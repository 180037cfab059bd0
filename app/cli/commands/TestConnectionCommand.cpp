// atc test-connection — documented in docs/cli.md.

#include "TestConnectionCommand.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include "AzureSupport.h"
#include "azure/AzureSession.h"

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Azure
{
    Q_DECLARE_TR_FUNCTIONS(atc::cli::Azure)
};

} // namespace

TestConnectionCommand::TestConnectionCommand()
    : TenantCommand("test-connection",
                    QT_TRANSLATE_NOOP("atc", "test a tenant's credentials and permissions"))
{
    setDescription(Azure::tr("Tests a tenant's credentials and permissions step by "
                             "step. The authentication key comes from "
                             "AZURE_CLIENT_SECRET or, for a profile, the keychain."));
    addOption({u"remediation"_s,
               Azure::tr("Also check the write permission remediation needs (default: the "
                         "profile's setting).")});
}

int TestConnectionCommand::run(CliContext &ctx, const CommandArgs &p)
{
    const bool json = p.json();
    Target t;
    if (int rc = targetFromOptions(ctx, p, &t); rc != ExitOk)
        return rc;
    if (int rc = resolveSecret(ctx, &t); rc != ExitOk)
        return rc;
    const bool write = p.isSet(u"remediation"_s) || (t.saved && t.profile.remediationEnabled);

    QNetworkAccessManager nam;
    configureProxy(ctx, &nam);
    const std::unique_ptr<AzureSession> session = t.createSession(&nam);
    const ConnectionTester::Result r = runTester(ctx, session.get(), write, !json);
    if (json)
        ctx.printJson(testResultJson(r));
    else
        printSteps(ctx, r);
    if (r.error.isError() && !json)
        ctx.error(r.error.fullText());
    return r.ok ? ExitOk : (r.error.isError() ? exitCodeFor(r.error) : ExitFailure);
}

} // namespace atc::cli
