#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>

#include "model/ProfileValidator.h"

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
 * Shows validation messages under an input: errors and warnings in words (never colour
 * alone), and as the input's accessible description. Hidden (with its form row) when there
 * are none. The owner feeds it with setIssues() (the wizard: DraftPage::issueLabel()).
 */
class IssueLabel : public WrapLabel
{
    Q_OBJECT
public:
    explicit IssueLabel(QWidget *input, QWidget *parent = nullptr);

    void setIssues(const QList<ValidationIssue> &issues);
    /**
     * Whether errors are shown (default: yes). The wizard hides a field's errors until the
     * field was touched or Next was tried (docs/wizard.md); warnings are always shown.
     */
    void setErrorsShown(bool shown);
    bool errorsShown() const { return m_errorsShown; }

private:
    void refresh();

    QList<ValidationIssue> m_issues;
    bool m_errorsShown = true;
    QPointer<QWidget> m_input;
    QString m_baseDescription;
    bool m_forceLayout = false;
};

/** For QFormLayout::addRow(NoLabel, note): no label widget, so a hidden note takes no space. */
inline constexpr QWidget *NoLabel = nullptr;

/**
 * A secondary explanation under a control. Use wrap = false for one-liners inside a
 * QFormLayout: QWizard sizes a wrapped label's form row too tall.
 */
QLabel *makeHint(const QString &text, QWidget *parent, bool wrap = true);

} // namespace atc
