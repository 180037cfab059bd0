#pragma once

#include <QPointer>

#include "DraftPage.h"
#include "widgets/CreateTagDialog.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;
class QTimeEdit;

namespace atc {

class ProfileStore;

/** Page 5: activation of scanning modules, asset tags and the Azure-metadata tag rules. */
class TagsActivationPage : public DraftPage
{
    Q_OBJECT
public:
    /** `store` saves tags made with "Create tag…" into the catalogue (may be null: no button). */
    explicit TagsActivationPage(ConnectorDraft *draft, ProfileStore *store = nullptr,
                                QWidget *parent = nullptr);
    void initializePage() override;

    /** The open "Create tag" dialog, or null. */
    CreateTagDialog *createTagDialog() const { return m_dialog; }

    /** Adds a rule from the editor row (what "Add rule" does). */
    void addRuleFromEditor();

private:
    void refresh();
    void rebuildTagLists();
    void rebuildRules();
    void setDay(int day, bool on);
    void openCreateTagDialog();
    bool addTag(const Tag &tag);

    QCheckBox *m_vm;
    QGroupBox *m_perimeterBox;
    QCheckBox *m_perimeter;
    QRadioButton *m_globalSchedule;
    QRadioButton *m_customSchedule;
    QWidget *m_customPanel;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_startTime;
    QComboBox *m_timeZone;
    QCheckBox *m_pc;
    QLabel *m_pcHint;
    QCheckBox *m_sca;
    QLabel *m_pcScaHint;
    QCheckBox *m_certView;
    QListView *m_assetTags;
    QStandardItemModel *m_assetTagModel;
    QComboBox *m_ruleField;
    QLineEdit *m_ruleKey;
    QComboBox *m_ruleOperator;
    QLineEdit *m_ruleValue;
    QComboBox *m_ruleTag;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QTableView *m_rules;
    QStandardItemModel *m_ruleModel;
    bool m_updatingTags = false;
    ProfileStore *m_store;
    QPushButton *m_createTag = nullptr;
    QLabel *m_tagError = nullptr;
    QPointer<CreateTagDialog> m_dialog;
};

/** Words for the rule editor, shared with the confirmation summary. */
QString tagRuleFieldLabel(TagRuleField field);
QString tagRuleOperatorLabel(TagRuleOperator op);

} // namespace atc
