#include "AssignTagsPage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "QualysAccountCombo.h"
#include "QualysSessionPool.h"
#include "qualys/QualysSession.h"
#include "qualys/QualysTagCatalog.h"
#include "store/ProfileStore.h"
#include "widgets/CreateTagDialog.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

AssignTagsPage::AssignTagsPage(ConnectorDraft *draft, ProfileStore *store, QualysSessionPool *pool,
                               QWidget *parent)
    : DraftPage(PageId::AssignTags, draft, parent), m_store(store), m_pool(pool)
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

    auto *layout = new QVBoxLayout(content());
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(issueLabel(m_list, ProfileField::ConnectorTags));
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(makeHint(tr("New tags join the catalogue shared by every connector, and "
                                  "can also be used as asset tags."),
                               this));

    if (m_pool) {
        // The platform's own tags: only with a Qualys account (Settings ▸ Qualys accounts).
        auto *box = new QGroupBox(tr("Tags on the Qualys platform"), this);
        box->setObjectName(u"qualysTagsBox"_s);
        m_qualysBox = box;
        m_qualysAccount = new QualysAccountCombo(draft, true, box);
        m_qualysAccount->setObjectName(u"qualysTagsAccountCombo"_s);
        m_qualysAccount->setAccessibleName(tr("Qualys account"));
        auto *accountLabel = new QLabel(tr("Qualys &account:"), box);
        accountLabel->setBuddy(m_qualysAccount);
        m_qualysReload = new QPushButton(tr("&Reload"), box);
        m_qualysReload->setObjectName(u"reloadQualysTagsButton"_s);
        m_qualysReload->setAutoDefault(false);
        m_qualysList = new QListWidget(box);
        m_qualysList->setObjectName(u"qualysTagsList"_s);
        m_qualysList->setAccessibleName(tr("Tags on the Qualys platform"));
        m_qualysList->setMinimumHeight(m_qualysList->fontMetrics().height() * 5);
        m_qualysCreate = new QPushButton(tr("Create tag on &Qualys…"), box);
        m_qualysCreate->setObjectName(u"createQualysTagButton"_s);
        m_qualysCreate->setAutoDefault(false);
        m_qualysProgress = new QProgressBar(box);
        m_qualysProgress->setObjectName(u"qualysTagsProgress"_s);
        m_qualysProgress->setRange(0, 0); // busy: moves while the platform answers
        m_qualysProgress->setMaximumHeight(m_qualysProgress->fontMetrics().height());
        m_qualysProgress->setTextVisible(false);
        m_qualysProgress->setVisible(false);
        m_qualysStatus = new WrapLabel(QString(), box);
        m_qualysStatus->setObjectName(u"qualysTagsStatusLabel"_s);
        m_qualysStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_qualysStatus->setVisible(false);

        auto *top = new QHBoxLayout;
        top->addWidget(accountLabel);
        top->addWidget(m_qualysAccount, 1);
        top->addWidget(m_qualysReload);
        auto *bottom = new QHBoxLayout;
        bottom->addWidget(m_qualysCreate);
        bottom->addWidget(m_qualysProgress, 1);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addLayout(top);
        boxLayout->addWidget(m_qualysList, 1);
        boxLayout->addLayout(bottom);
        boxLayout->addWidget(m_qualysStatus);
        layout->addWidget(box, 1);

        connect(m_qualysReload, &QPushButton::clicked, this, &AssignTagsPage::loadQualysTags);
        connect(m_qualysCreate, &QPushButton::clicked, this, [this] {
            QList<Tag> existing;
            for (const QualysTag &t : m_platformTags) {
                Tag tag;
                tag.id = QString::number(t.id);
                tag.name = t.name;
                tag.color = t.color;
                existing.append(tag);
            }
            auto *dialog = new CreateTagDialog(existing, this);
            dialog->setObjectName(u"createQualysTagDialog"_s);
            dialog->setWindowTitle(tr("Create Tag on Qualys"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                const Tag t = dialog->tag();
                createQualysTag(t.name, t.color, t.parentId.toLongLong());
            });
            dialog->open();
        });
        connect(m_qualysList, &QListWidget::itemChanged, this, [this] {
            if (m_updating)
                return;
            QList<qint64> ids;
            for (int r = 0; r < m_qualysList->count(); ++r) {
                if (m_qualysList->item(r)->checkState() == Qt::Checked)
                    ids.append(m_qualysList->item(r)->data(Qt::UserRole).toLongLong());
            }
            // The draft's echo must not rebuild the list inside its own itemChanged.
            m_updating = true;
            this->draft()->setQualysTagIds(ids);
            m_updating = false;
        });
        connect(draft, &ConnectorDraft::qualysChanged, this, &AssignTagsPage::onQualysChanged);
        onQualysChanged();
    }

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

AssignTagsPage::~AssignTagsPage()
{
    if (m_catalog) {
        m_catalog->disconnect(this);
        m_catalog->cancel();
        delete m_catalog.data();
    }
}

void AssignTagsPage::initializePage()
{
    rebuild();
    if (m_pool && draft()->qualysAccount() && m_loadedFor.isEmpty())
        loadQualysTags();
}

void AssignTagsPage::cleanupPage()
{
    // Back: keep the choices (QWizard would reset the fields), only stop talking.
    stopCatalog();
    DraftPage::cleanupPage();
}

void AssignTagsPage::stopCatalog()
{
    ++m_generation; // a session still being opened is not used
    if (m_catalog) {
        // Its answer (Cancelled) is for a question nobody asks any more.
        m_catalog->disconnect(this);
        m_catalog->cancel();
        m_catalog->deleteLater();
        m_catalog = nullptr;
    }
    if (m_qualysProgress) {
        m_qualysProgress->setVisible(false);
        m_qualysReload->setEnabled(draft()->qualysAccount().has_value());
    }
}

bool AssignTagsPage::isLoadingQualysTags() const
{
    return m_qualysProgress && !m_qualysProgress->isHidden();
}

void AssignTagsPage::setQualysStatus(const QString &text, bool error)
{
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, issueColor(pal, true));
    m_qualysStatus->setPalette(pal);
    m_qualysStatus->setText(text);
    m_qualysStatus->setVisible(!text.isEmpty());
}

void AssignTagsPage::onQualysChanged()
{
    if (m_updating)
        return;
    const std::optional<QualysAccount> &account = draft()->qualysAccount();
    const bool on = account.has_value();
    m_qualysList->setEnabled(on);
    m_qualysReload->setEnabled(on && !isLoadingQualysTags());
    m_qualysCreate->setEnabled(on && !isLoadingQualysTags() && !m_loadedFor.isEmpty());
    if (draft()->qualysAccounts().isEmpty()) {
        setQualysStatus(tr("Add a Qualys account in Settings ▸ Qualys accounts to use the "
                           "platform's tags."),
                        false);
    }
    const QString key = on ? account->secretKey() : QString();
    if (key == m_loadedFor) {
        rebuildQualysTags(); // the checked ids may have changed elsewhere
        return;
    }
    // Another account: the listed tags are another platform's.
    stopCatalog();
    m_platformTags.clear();
    m_loadedFor.clear();
    rebuildQualysTags();
    if (!on) {
        if (!draft()->qualysAccounts().isEmpty())
            setQualysStatus({}, false);
        return;
    }
    if (isVisible())
        loadQualysTags();
}

void AssignTagsPage::rebuildQualysTags()
{
    m_updating = true;
    m_qualysList->clear();
    const QList<qint64> &checked = draft()->qualysTagIds();
    for (const QualysTag &t : m_platformTags) {
        auto *item = new QListWidgetItem(t.name, m_qualysList);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(t.id) ? Qt::Checked : Qt::Unchecked);
        if (QColor::isValidColorName(t.color))
            item->setData(Qt::DecorationRole, QColor::fromString(t.color));
        item->setToolTip(tr("Tag id %1 on the platform").arg(t.id));
    }
    m_updating = false;
}

void AssignTagsPage::runCatalog(const std::function<void(QualysTagCatalog *)> &operation)
{
    const std::optional<QualysAccount> account = draft()->qualysAccount();
    if (!m_pool || !account)
        return;
    stopCatalog();
    const quint64 generation = ++m_generation;
    m_qualysProgress->setVisible(true);
    m_qualysReload->setEnabled(false);
    m_qualysCreate->setEnabled(false);
    m_pool->acquire(*account, this,
                    [this, generation, operation](QualysSession *session, const QualysError &e) {
                        if (generation != m_generation)
                            return;
                        if (!session) {
                            m_qualysProgress->setVisible(false);
                            m_qualysReload->setEnabled(true);
                            setQualysStatus(e.fullText(), true);
                            Q_EMIT qualysTagsFinished(false);
                            return;
                        }
                        auto *catalog = new QualysTagCatalog(session, this);
                        m_catalog = catalog;
                        operation(catalog);
                    });
}

void AssignTagsPage::loadQualysTags()
{
    const std::optional<QualysAccount> account = draft()->qualysAccount();
    if (!account)
        return;
    setQualysStatus(tr("Reading the tags of %1…").arg(account->displayName()), false);
    const QString key = account->secretKey();
    runCatalog([this, key](QualysTagCatalog *catalog) {
        connect(catalog, &QualysTagCatalog::finished, this,
                [this, catalog, key](const QualysTagCatalog::Result &r) {
                    catalog->deleteLater();
                    m_qualysProgress->setVisible(false);
                    m_qualysReload->setEnabled(true);
                    if (!r.ok()) {
                        if (const std::optional<QualysAccount> a = draft()->qualysAccount())
                            m_pool->forgetAfter(*a, r.error);
                        setQualysStatus(
                            tr("The platform's tags could not be read: %1").arg(r.error.fullText()),
                            true);
                        Q_EMIT qualysTagsFinished(false);
                        return;
                    }
                    m_platformTags = r.tags;
                    m_loadedFor = key;
                    m_qualysCreate->setEnabled(true);
                    // Ids the platform no longer has are dropped: they would be refused.
                    QList<qint64> kept;
                    for (const QualysTag &t : m_platformTags) {
                        if (draft()->qualysTagIds().contains(t.id))
                            kept.append(t.id);
                    }
                    draft()->setQualysTagIds(kept);
                    rebuildQualysTags();
                    setQualysStatus(
                        tr("%n tag(s) on the platform.", nullptr, int(m_platformTags.size())),
                        false);
                    Q_EMIT qualysTagsFinished(true);
                });
        catalog->list();
    });
}

void AssignTagsPage::createQualysTag(const QString &name, const QString &color, qint64 parentId)
{
    if (name.trimmed().isEmpty())
        return;
    setQualysStatus(tr("Creating the tag \"%1\" on the platform…").arg(name), false);
    runCatalog([this, name, color, parentId](QualysTagCatalog *catalog) {
        connect(
            catalog, &QualysTagCatalog::finished, this,
            [this, catalog](const QualysTagCatalog::Result &r) {
                catalog->deleteLater();
                m_qualysProgress->setVisible(false);
                m_qualysReload->setEnabled(true);
                m_qualysCreate->setEnabled(true);
                if (!r.ok() || r.tags.isEmpty()) {
                    setQualysStatus(tr("The tag could not be created on the platform: %1")
                                        .arg(r.error.fullText()),
                                    true);
                    Q_EMIT qualysTagsFinished(false);
                    return;
                }
                const QualysTag tag = r.tags.first();
                bool known = false;
                for (const QualysTag &t : m_platformTags)
                    known = known || t.id == tag.id;
                if (!known)
                    m_platformTags.append(tag);
                QList<qint64> ids = draft()->qualysTagIds();
                if (!ids.contains(tag.id))
                    ids.append(tag.id);
                draft()->setQualysTagIds(ids);
                rebuildQualysTags();
                setQualysStatus(
                    r.created
                        ? tr("Created \"%1\" (id %2) on the platform.").arg(tag.name).arg(tag.id)
                        : tr("\"%1\" already exists on the platform (id %2); "
                             "it is assigned.")
                              .arg(tag.name)
                              .arg(tag.id),
                    false);
                Q_EMIT qualysTagsFinished(true);
            });
        catalog->create(name, color, parentId);
    });
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
    showCreateTagDialog(&m_dialog, [this](const Tag &tag) { addTag(tag); });
}

bool AssignTagsPage::addTag(const Tag &tag)
{
    QString message;
    if (!saveNewTag(m_store, tag, &message)) {
        m_error->setText(message);
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    draft()->update([&](auto &p) {
        if (!p.connectorTagIds.contains(tag.id))
            p.connectorTagIds.append(tag.id);
    });
    rebuild();
    return true;
}

} // namespace atc
