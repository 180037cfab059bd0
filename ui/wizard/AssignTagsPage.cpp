#include "AssignTagsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "store/ProfileStore.h"
#include "widgets/CreateTagDialog.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

AssignTagsPage::AssignTagsPage(ConnectorDraft *draft, ProfileStore *store, QWidget *parent)
    : DraftPage(PageId::AssignTags, draft, parent), m_store(store)
{
    setTitle(tr("Assign Tags"));
    setSubTitle(tr("Tags for the tenant connector itself, to find and group it later."));

    m_model = new QStandardItemModel(this);
    m_list = new QTreeView(this);
    m_list->setObjectName(u"connectorTagsList"_s);
    m_list->setAccessibleName(tr("Connector tags"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    auto *listLabel = new QLabel(tr("Connector &tags:"), this);
    listLabel->setBuddy(m_list);

    m_create = new QPushButton(tr("&Create tag…"), this);
    m_create->setObjectName(u"createTagButton"_s);
    m_create->setAutoDefault(false);
    m_error = new QLabel(this);
    m_error->setObjectName(u"assignTagsErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, issueColor(pal, true));
    m_error->setPalette(pal);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(issueLabel(m_list, ProfileField::ConnectorTags));
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(makeHint(tr("New tags join the catalogue shared by every connector, and "
                                  "can also be used as asset tags."),
                               this));

    connect(m_create, &QPushButton::clicked, this, &AssignTagsPage::openCreateTagDialog);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_updating)
            return;
        QStringList ids;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->item(r)->checkState() == Qt::Checked)
                ids.append(m_model->item(r)->data(Qt::UserRole).toString());
        }
        this->draft()->update([&](auto &p) { p.connectorTagIds = ids; });
    });
    connect(draft, &ConnectorDraft::tagCatalogChanged, this, &AssignTagsPage::rebuild);
    rebuild();
}

void AssignTagsPage::initializePage()
{
    rebuild();
}

void AssignTagsPage::rebuild()
{
    m_updating = true;
    m_model->clear();
    QHash<QString, QString> names;
    for (const Tag &tag : draft()->tagCatalog())
        names.insert(tag.id, tag.name);
    m_model->setHorizontalHeaderLabels({tr("Tag"), tr("Parent"), tr("Description")});
    for (const Tag &tag : draft()->tagCatalog()) {
        auto *item = new QStandardItem(tag.name);
        item->setData(tag.id, Qt::UserRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(draft()->profile().connectorTagIds.contains(tag.id) ? Qt::Checked
                                                                                : Qt::Unchecked);
        if (QColor::isValidColorName(tag.color))
            item->setData(QColor::fromString(tag.color), Qt::DecorationRole);
        auto *parent = new QStandardItem(names.value(tag.parentId));
        parent->setEditable(false);
        auto *description = new QStandardItem(tag.description);
        description->setEditable(false);
        description->setToolTip(tag.description);
        m_model->appendRow({item, parent, description});
    }
    const int ch = m_list->fontMetrics().averageCharWidth();
    m_list->setColumnWidth(0, ch * 30);
    m_list->setColumnWidth(1, ch * 20);
    m_updating = false;
}

void AssignTagsPage::openCreateTagDialog()
{
    if (m_dialog)
        return;
    m_dialog = new CreateTagDialog(draft()->tagCatalog(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            addTag(m_dialog->tag());
    });
    m_dialog->open();
}

bool AssignTagsPage::addTag(const Tag &tag)
{
    QList<Tag> catalog = draft()->tagCatalog();
    catalog.append(tag);
    QString error;
    if (!m_store || !m_store->saveTags(catalog, &error)) {
        m_error->setText(tr("The tag could not be saved: %1").arg(error));
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    draft()->setTagCatalog(catalog);
    draft()->update([&](auto &p) {
        if (!p.connectorTagIds.contains(tag.id))
            p.connectorTagIds.append(tag.id);
    });
    rebuild();
    return true;
}

} // namespace atc
