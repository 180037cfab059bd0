#include "SubscriptionDetailsPage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ConnectorPreview.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

SubscriptionDetailsPage::SubscriptionDetailsPage(ConnectorDraft *draft, QWidget *parent)
    : DraftPage(PageId::SubscriptionDetails, draft, parent)
{
    setTitle(tr("Subscription Details"));
    setSubTitle(tr("Every subscription in scope gets its own connector. Choose how often they "
                   "are polled and how they are named."));

    m_polling = new QSpinBox(this);
    m_polling->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_polling->setObjectName(u"subscriptionPollingSpin"_s);
    m_polling->setAccessibleName(tr("Subscription polling frequency in hours"));
    m_polling->setRange(1, 23);
    m_polling->setSuffix(tr(" hours"));

    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(u"prefixEdit"_s);
    m_prefix->setAccessibleName(tr("Connector name prefix"));
    m_prefix->setMaxLength(ProfileValidator::MaxPrefixLength + 1);
    m_prefix->setPlaceholderText(tr("e.g. Contoso"));

    m_example = new QLabel(this);
    m_example->setObjectName(u"prefixExampleLabel"_s);
    m_example->setWordWrap(true);
    m_example->setTextFormat(Qt::PlainText);

    // Short enough for one line: a wrapped label in a wizard's form gets a too-tall row.
    auto *pollingRow = new QHBoxLayout;
    pollingRow->addWidget(m_polling);
    pollingRow->addWidget(
        makeHint(tr("any whole number of hours under 24; the default is 4"), this, false), 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Subscription &polling frequency:"), pollingRow);
    static_cast<QLabel *>(form->labelForField(pollingRow))->setBuddy(m_polling);
    form->addRow(NoLabel, issueLabel(m_polling, ProfileField::SubscriptionPollingFrequency));
    form->addRow(tr("Connector name p&refix:"), m_prefix);
    form->addRow(NoLabel, issueLabel(m_prefix, ProfileField::ConnectorNamePrefix));
    form->addRow(tr("Example:"), m_example);
    auto *layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addWidget(makeHint(tr("Letters, digits, spaces, '-', '_' and '.'; at most %1 "
                                  "characters. When two subscriptions would get the same name, "
                                  "the later one gets \" (2)\", \" (3)\" and so on.")
                                   .arg(ProfileValidator::MaxPrefixLength),
                               this));
    layout->addStretch(1);

    connect(m_polling, &QSpinBox::valueChanged, this, [this](int hours) {
        this->draft()->update([&](auto &p) { p.subscriptionPollingMinutes = hours * 60; });
    });
    connect(m_prefix, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.connectorNamePrefix = text; });
    });
    connect(draft, &ConnectorDraft::changed, this, &SubscriptionDetailsPage::refresh);
    refresh();
}

void SubscriptionDetailsPage::initializePage()
{
    refresh();
}

void SubscriptionDetailsPage::refresh()
{
    const ConnectorProfile &p = draft()->profile();
    {
        const QSignalBlocker block(m_polling);
        m_polling->setValue(qBound(1, p.subscriptionPollingMinutes / 60, 23));
    }
    if (m_prefix->text() != p.connectorNamePrefix)
        m_prefix->setText(p.connectorNamePrefix);
    // A real subscription of the tested tenant when there is one.
    QString sample = tr("Production");
    for (const Subscription &s : draft()->snapshot().subscriptions) {
        if (s.isConnectable() && !s.displayName.isEmpty()) {
            sample = s.displayName;
            break;
        }
    }
    m_example->setText(
        tr("Subscription \"%1\" → connector \"%2\"")
            .arg(sample, ConnectorPreview::connectorName(p.connectorNamePrefix, sample)));
}

} // namespace atc
