#pragma once

#include <QMessageBox>

class QCheckBox;

namespace atc {

/**
 * "Delete the tenant connector …?" (No by default), with "Also delete its inventory and run
 * history". Deletes itself when closed; open() it, never exec().
 */
class DeleteConnectorDialog : public QMessageBox
{
    Q_OBJECT
public:
    DeleteConnectorDialog(const QString &connectorName, QWidget *parent);

Q_SIGNALS:
    /** Yes was chosen; `alsoInventory`: the box was checked. */
    void confirmed(bool alsoInventory);

private:
    QCheckBox *m_inventory;
};

} // namespace atc
