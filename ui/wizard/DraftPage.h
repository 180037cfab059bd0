#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QWizardPage>

#include "ConnectorDraft.h"
#include "WizardPageId.h"

namespace atc {

/**
 * Shows the validation messages of one or more fields under the input: errors and warnings
 * in words (never colour alone), and as the input's accessible description. Hidden when
 * the fields are fine.
 */
class IssueLabel : public QLabel
{
    Q_OBJECT
public:
    IssueLabel(ConnectorDraft *draft, QList<ProfileField> fields, QWidget *input,
               QWidget *parent = nullptr);

    void refresh();

private:
    ConnectorDraft *m_draft;
    QList<ProfileField> m_fields;
    QPointer<QWidget> m_input;
    QString m_baseDescription;
};

/** Base of the seven pages: holds the draft; complete when the page's fields have no error. */
class DraftPage : public QWizardPage
{
    Q_OBJECT
public:
    DraftPage(PageId id, ConnectorDraft *draft, QWidget *parent = nullptr);

    PageId pageId() const { return m_id; }
    ConnectorDraft *draft() const { return m_draft; }
    bool isComplete() const override;

protected:
    /** An IssueLabel for `fields`, described as the accessible description of `input`. */
    IssueLabel *issueLabel(QWidget *input, QList<ProfileField> fields);
    IssueLabel *issueLabel(QWidget *input, ProfileField field)
    {
        return issueLabel(input, QList<ProfileField>{field});
    }

private:
    PageId m_id;
    ConnectorDraft *m_draft;
};

/** For QFormLayout::addRow(NoLabel, note): no label widget, so a hidden note takes no space. */
inline constexpr QWidget *NoLabel = nullptr;

/** A secondary, word-wrapped explanation under a control. */
QLabel *makeHint(const QString &text, QWidget *parent);
/** The severity colour for text, readable in light and dark palettes. */
QColor issueColor(const QPalette &palette, bool error);

} // namespace atc
