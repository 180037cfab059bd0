#include "DeleteConnectorDialog.h"

#include <QAbstractButton>
#include <QCheckBox>

namespace atc {

using namespace Qt::Literals::StringLiterals;

DeleteConnectorDialog::DeleteConnectorDialog(const QString &connectorName, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Delete Connector"),
                  tr("Delete the tenant connector \"%1\"? Its profile and its authentication "
                     "key are removed.")
                      .arg(connectorName),
                  QMessageBox::Yes | QMessageBox::No, parent),
      m_inventory(new QCheckBox(tr("Also delete its &inventory and run history"), this))
{
    setObjectName(u"deleteConnectorDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    // Verbs, not Yes/No: the button says what it does (issue 12).
    button(QMessageBox::Yes)->setText(tr("&Delete"));
    button(QMessageBox::No)->setText(tr("Cancel"));
    setDefaultButton(QMessageBox::No);
    m_inventory->setObjectName(u"deleteInventoryCheck"_s);
    setCheckBox(m_inventory);
    connect(this, &QMessageBox::finished, this, [this](int result) {
        if (standardButton(clickedButton()) == QMessageBox::Yes || result == QMessageBox::Yes)
            Q_EMIT confirmed(m_inventory->isChecked());
    });
}

} // namespace atc
