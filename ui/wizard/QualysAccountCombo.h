#pragma once

#include <QComboBox>

namespace atc {

class ConnectorDraft;

/**
 * The draft's Qualys account as a combo box (Assign Tags, Confirmation): the accounts of
 * ConnectorDraft::qualysAccounts(), with "Not on Qualys" first when `withNone`. Reads and
 * writes only the draft; follows it when another page changes the account.
 */
class QualysAccountCombo : public QComboBox
{
    Q_OBJECT
public:
    QualysAccountCombo(ConnectorDraft *draft, bool withNone, QWidget *parent = nullptr);

    /** The account index of the current item (-1: "Not on Qualys"). */
    int accountIndex() const;

private:
    void rebuild();
    void pick(int row);

    ConnectorDraft *m_draft;
    bool m_withNone;
    bool m_updating = false;
};

} // namespace atc
