#include "EmptyStatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atc {

using namespace Qt::Literals::StringLiterals;

EmptyStatePage::EmptyStatePage(QWidget *parent) : QWidget(parent)
{
    QWidget *page = this;
    setObjectName(u"emptyState"_s);
    auto *title = new QLabel(tr("No tenant connectors yet"), page);
    title->setObjectName(u"emptyStateTitle"_s);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(
        tr("Azure Tenant Connector connects a whole Azure tenant (Entra directory) to your asset "
           "inventory. It discovers the tenant's management groups and subscriptions, keeps one "
           "subscription connector per subscription up to date, and tags what it finds.\n\n"
           "To begin, create a connector for your tenant: you need an app registration with a "
           "client secret and Reader access. No Azure account at hand? Try the built-in sandbox "
           "tenant."),
        page);
    text->setObjectName(u"emptyStateText"_s);
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("C&reate Connector…"), page);
    create->setObjectName(u"createConnectorButton"_s);
    create->setDefault(true);
    auto *sandbox = new QPushButton(tr("Try the &Sandbox Tenant"), page);
    sandbox->setObjectName(u"trySandboxButton"_s);
    connect(create, &QPushButton::clicked, this, &EmptyStatePage::createRequested);
    connect(sandbox, &QPushButton::clicked, this, &EmptyStatePage::sandboxRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(create);
    buttons->addWidget(sandbox);
    buttons->addStretch();

    // A column of bounded width, centred: wrapped labels then get their full height.
    auto *column = new QWidget(page);
    column->setMaximumWidth(620);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 3);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace atc
