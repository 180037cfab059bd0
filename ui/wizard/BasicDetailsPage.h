#pragma once

#include "DraftPage.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace atc {

/** Page 1: name, description, applications, remediation. */
class BasicDetailsPage : public DraftPage
{
    Q_OBJECT
public:
    explicit BasicDetailsPage(ConnectorDraft *draft, QWidget *parent = nullptr);
    void initializePage() override;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_assetInventory;
    QCheckBox *m_cspm;
    QCheckBox *m_remediation;
};

} // namespace atc
