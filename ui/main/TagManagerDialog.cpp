#include "TagManagerDialog.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "store/ProfileStore.h"
#include "widgets/CreateTagDialog.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QIcon swatch(const QString &color)
{
    QPixmap pm(12, 12);
    pm.fill(QColor::fromString(color).isValid() ? QColor::fromString(color) : QColor(Qt::gray));
    return QIcon(pm);
}
} // namespace

TagManagerDialog::TagManagerDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_tree(new QTreeWidget(this)), m_name(new QLineEdit(this)),
      m_color(new QLineEdit(this)), m_parent(new QComboBox(this)),
      m_description(new QLineEdit(this)), m_message(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(u"tagManagerDialog"_s);
    setWindowTitle(tr("Tag Catalogue"));
    m_tree->setObjectName(u"tagTree"_s);
    m_tree->setAccessibleName(tr("Tags"));
    m_tree->setHeaderLabels({tr("Tag"), tr("Description")});
    m_name->setObjectName(u"tagNameEdit"_s);
    m_name->setAccessibleName(tr("Tag name"));
    m_color->setObjectName(u"tagColorEdit"_s);
    m_color->setAccessibleName(tr("Tag colour"));
    m_color->setPlaceholderText(u"#1f77b4"_s);
    m_parent->setObjectName(u"tagParentCombo"_s);
    m_parent->setAccessibleName(tr("Parent tag"));
    m_description->setObjectName(u"tagDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Tag description"));
    m_message->setObjectName(u"tagMessageLabel"_s);
    m_message->setWordWrap(true);
    m_apply->setObjectName(u"applyTagButton"_s);
    m_delete->setObjectName(u"deleteTagButton"_s);
    auto *create = new QPushButton(tr("&New Tag…"), this);
    create->setObjectName(u"newTagButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(tr("D&escription:"), m_description);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_apply);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, &TagManagerDialog::createTag);
    connect(m_apply, &QPushButton::clicked, this, &TagManagerDialog::applyChanges);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::deleteTag);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TagManagerDialog::showCurrent);
    for (QLineEdit *e : {m_name, m_color})
        connect(e, &QLineEdit::textChanged, this, [this] {
            const QString problem = validate();
            m_message->setText(problem);
            m_apply->setEnabled(!currentId().isEmpty() && problem.isEmpty());
        });

    m_tags = m_store->loadTags();
    fillTree();
    resize(520, 480);
}

QString TagManagerDialog::currentId() const
{
    const QTreeWidgetItem *i = m_tree->currentItem();
    return i ? i->data(0, IdRole).toString() : QString();
}

void TagManagerDialog::fillTree()
{
    const QString keep = currentId();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    for (const Tag &t : std::as_const(m_tags)) {
        auto *item = new QTreeWidgetItem({t.name, t.description});
        item->setIcon(0, swatch(t.color));
        item->setData(0, IdRole, t.id);
        items.insert(t.id, item);
    }
    for (const Tag &t : std::as_const(m_tags)) {
        QTreeWidgetItem *parentItem = items.value(t.parentId);
        if (parentItem && t.parentId != t.id)
            parentItem->addChild(items.value(t.id));
        else
            m_tree->addTopLevelItem(items.value(t.id));
    }
    m_tree->expandAll();
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_tree->resizeColumnToContents(0);
    if (QTreeWidgetItem *i = items.value(keep))
        m_tree->setCurrentItem(i);
    showCurrent();
}

void TagManagerDialog::showCurrent()
{
    const QString id = currentId();
    const Tag *tag = nullptr;
    for (const Tag &t : std::as_const(m_tags))
        if (t.id == id)
            tag = &t;
    m_parent->clear();
    m_parent->addItem(tr("(none: top level)"), QString());
    for (const Tag &t : std::as_const(m_tags))
        if (t.id != id && !isDescendant(t.id, id))
            m_parent->addItem(swatch(t.color), t.name, t.id);
    m_name->setText(tag ? tag->name : QString());
    m_color->setText(tag ? tag->color : QString());
    m_description->setText(tag ? tag->description : QString());
    m_parent->setCurrentIndex(tag ? qMax(0, m_parent->findData(tag->parentId)) : 0);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_name, m_color, m_parent, m_description, m_delete})
        w->setEnabled(tag != nullptr);
    m_apply->setEnabled(tag != nullptr && validate().isEmpty());
    m_message->clear();
}

bool TagManagerDialog::isDescendant(const QString &id, const QString &ancestor) const
{
    QString cursor = id;
    for (int guard = 0; guard < m_tags.size() && !cursor.isEmpty(); ++guard) {
        QString parentId;
        for (const Tag &t : m_tags)
            if (t.id == cursor)
                parentId = t.parentId;
        if (parentId == ancestor && !ancestor.isEmpty())
            return true;
        cursor = parentId;
    }
    return false;
}

QString TagManagerDialog::validate() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the tag.");
    for (const Tag &t : m_tags)
        if (t.id != currentId() && t.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A tag named \"%1\" exists already.").arg(t.name);
    const QString color = m_color->text().trimmed();
    if (!color.isEmpty() &&
        (color.size() != 7 || !color.startsWith(u'#') || !QColor::fromString(color).isValid()))
        return tr("Enter the colour as #rrggbb.");
    return {};
}

bool TagManagerDialog::save()
{
    QString error;
    if (!m_store->saveTags(m_tags, &error)) {
        m_message->setText(tr("The tag catalogue could not be saved: %1").arg(error));
        m_tags = m_store->loadTags();
        fillTree();
        return false;
    }
    fillTree();
    return true;
}

void TagManagerDialog::createTag()
{
    auto *dialog = new CreateTagDialog(m_tags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_tags.append(dialog->tag());
        save();
    });
    dialog->open();
}

void TagManagerDialog::applyChanges()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    for (Tag &t : m_tags) {
        if (t.id != currentId())
            continue;
        t.name = m_name->text().trimmed();
        t.color = m_color->text().trimmed();
        t.parentId = m_parent->currentData().toString();
        t.description = m_description->text().trimmed();
    }
    if (save())
        m_message->setText(tr("Saved."));
}

QStringList TagManagerDialog::usesOf(const QString &tagId) const
{
    QStringList uses;
    const QList<ConnectorProfile> profiles = m_store->loadAll().profiles;
    for (const ConnectorProfile &p : profiles) {
        if (p.assetTagIds.contains(tagId))
            uses << tr("asset tags of \"%1\"").arg(p.name);
        for (const TagRule &r : p.tagRules)
            if (r.tagId == tagId) {
                uses << tr("a tag rule of \"%1\"").arg(p.name);
                break;
            }
        if (p.connectorTagIds.contains(tagId))
            uses << tr("connector tags of \"%1\"").arg(p.name);
    }
    return uses;
}

void TagManagerDialog::deleteTag()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QStringList uses = usesOf(id);
    if (!uses.isEmpty()) {
        m_message->setText(tr("This tag is used by %1. Remove it there first (Edit the "
                              "connector), then delete it.")
                               .arg(uses.join(u", "_s)));
        return;
    }
    QString parentId;
    for (const Tag &t : std::as_const(m_tags))
        if (t.id == id)
            parentId = t.parentId;
    for (Tag &t : m_tags)
        if (t.parentId == id)
            t.parentId = parentId; // children move up
    m_tags.erase(
        std::remove_if(m_tags.begin(), m_tags.end(), [&](const Tag &t) { return t.id == id; }),
        m_tags.end());
    if (save())
        m_message->setText(tr("Deleted."));
}

} // namespace atc
