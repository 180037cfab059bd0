#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QWizardPage>

#include "ConnectorDraft.h"
#include "WizardPageId.h"

namespace atc {

/**
 * A word-wrapped label whose size hint is its height at its current width. QWizard and
 * QFormLayout otherwise size a wrapped label's row for a guessed, narrower width, which leaves
 * a gap under short text.
 */
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(const QString &text = {}, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

/**
 * Shows the validation messages of one or more fields under the input: errors and warnings
 * in words (never colour alone), and as the input's accessible description. Hidden when
 * the fields are fine.
 */
class IssueLabel : public WrapLabel
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
    bool m_forceLayout = false;
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

/**
 * A secondary explanation under a control. Use wrap = false for one-liners inside a
 * QFormLayout: QWizard sizes a wrapped label's form row too tall.
 */
QLabel *makeHint(const QString &text, QWidget *parent, bool wrap = true);
/** The severity colour for text, readable in light and dark palettes. */
QColor issueColor(const QPalette &palette, bool error);

} // namespace atc
