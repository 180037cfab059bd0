#pragma once

#include "DraftPage.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace atc {

/** Page 3: subscription polling frequency and the connector name prefix. */
class SubscriptionDetailsPage : public DraftPage
{
    Q_OBJECT
public:
    explicit SubscriptionDetailsPage(ConnectorDraft *draft, QWidget *parent = nullptr);
    void initializePage() override;

private:
    void refresh();

    QSpinBox *m_polling;
    QLineEdit *m_prefix;
    QLabel *m_example;
};

} // namespace atc
