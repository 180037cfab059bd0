#pragma once

#include <QDialog>
#include <QList>

#include "model/ConnectorProfile.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace atc {
class ProfileStore;
}

namespace atc {

/**
 * The tag catalogue (ProfileStore::loadTags / saveTags): create (the wizard's CreateTagDialog),
 * rename, recolour, re-parent and delete. Delete first checks where the tag is used (asset
 * tags, tag rules and connector tags of every profile) and refuses while it is used; its
 * children move up to its parent. Every change is saved at once.
 */
class TagManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagManagerDialog(ProfileStore *store, QWidget *parent = nullptr);

    QList<Tag> tags() const { return m_tags; }
    /** Where `tagId` is used, in words (empty: nowhere). */
    QStringList usesOf(const QString &tagId) const;

public Q_SLOTS:
    void createTag();
    void applyChanges();
    void deleteTag();

private:
    void fillTree();
    void showCurrent();
    QString validate() const;
    bool save();
    QString currentId() const;
    bool isDescendant(const QString &id, const QString &ancestor) const;

    ProfileStore *m_store;
    QList<Tag> m_tags;
    QTreeWidget *m_tree;
    QLineEdit *m_name;
    QLineEdit *m_color;
    QComboBox *m_parent;
    QLineEdit *m_description;
    QLabel *m_message;
    QPushButton *m_apply;
    QPushButton *m_delete;
};

} // namespace atc
