#pragma once

#include <QDialog>
#include <QList>

#include "model/ConnectorProfile.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace atc {

/** "Create tag": name, colour, parent and description of a new catalogue tag. */
class CreateTagDialog : public QDialog
{
    Q_OBJECT
public:
    CreateTagDialog(const QList<Tag> &catalog, QWidget *parent = nullptr);

    /** The new tag, with a fresh id; valid after the dialog was accepted. */
    Tag tag() const;

private:
    void revalidate();

    QList<Tag> m_catalog;
    QLineEdit *m_name;
    QComboBox *m_color;
    QComboBox *m_parent;
    QPlainTextEdit *m_description;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace atc
