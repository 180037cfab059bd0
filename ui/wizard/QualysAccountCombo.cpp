#include "QualysAccountCombo.h"

#include "ConnectorDraft.h"

namespace atc {

QualysAccountCombo::QualysAccountCombo(ConnectorDraft *draft, bool withNone, QWidget *parent)
    : QComboBox(parent), m_draft(draft), m_withNone(withNone)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(draft, &ConnectorDraft::qualysChanged, this, &QualysAccountCombo::rebuild);
    connect(this, &QComboBox::currentIndexChanged, this, &QualysAccountCombo::pick);
    rebuild();
}

int QualysAccountCombo::accountIndex() const
{
    const QVariant v = currentData();
    return v.isValid() ? v.toInt() : -1;
}

void QualysAccountCombo::rebuild()
{
    m_updating = true;
    clear();
    if (m_withNone)
        addItem(tr("Not on Qualys"));
    const QList<QualysAccount> &accounts = m_draft->qualysAccounts();
    int current = m_withNone ? 0 : -1;
    for (int i = 0; i < accounts.size(); ++i) {
        addItem(accounts.at(i).displayName(), i);
        if (m_draft->qualysAccount() && *m_draft->qualysAccount() == accounts.at(i))
            current = count() - 1;
    }
    // Without "Not on Qualys" the combo shows the first account while none is chosen: the
    // Confirmation page's check box says whether it is used.
    if (current < 0 && count() > 0)
        current = 0;
    setCurrentIndex(current);
    setEnabled(!accounts.isEmpty());
    m_updating = false;
}

void QualysAccountCombo::pick(int row)
{
    if (m_updating || row < 0)
        return;
    const int i = accountIndex();
    const QList<QualysAccount> &accounts = m_draft->qualysAccounts();
    if (i < 0 || i >= accounts.size()) {
        m_draft->setQualysAccount(std::nullopt);
        return;
    }
    // Without "Not on Qualys" picking only changes which account; the check box turns it on.
    if (!m_withNone && !m_draft->qualysAccount())
        return;
    m_draft->setQualysAccount(accounts.at(i));
}

} // namespace atc
