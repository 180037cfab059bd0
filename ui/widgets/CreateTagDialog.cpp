#include "CreateTagDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include "StatePalette.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

CreateTagDialog::CreateTagDialog(const QList<Tag> &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Create Tag"));
    setObjectName(u"createTagDialog"_s);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"tagNameEdit"_s);
    m_name->setAccessibleName(tr("Tag name"));
    m_name->setMaxLength(255);
    m_color = new QComboBox(this);
    m_color->setObjectName(u"tagColorCombo"_s);
    m_color->setAccessibleName(tr("Tag colour"));
    const int iconSize = m_color->fontMetrics().height();
    const QList<std::pair<QString, QString>> colors = {
        {tr("Blue"), u"#1e88e5"_s}, {tr("Green"), u"#43a047"_s},  {tr("Orange"), u"#fb8c00"_s},
        {tr("Red"), u"#e53935"_s},  {tr("Purple"), u"#8e24aa"_s}, {tr("Teal"), u"#00897b"_s},
        {tr("Grey"), u"#757575"_s},
    };
    for (const auto &[label, hex] : colors) {
        QPixmap swatch(iconSize, iconSize);
        swatch.fill(QColor::fromString(hex));
        m_color->addItem(QIcon(swatch), label, hex);
    }
    m_parent = new QComboBox(this);
    m_parent->setObjectName(u"tagParentCombo"_s);
    m_parent->setAccessibleName(tr("Parent tag"));
    m_parent->addItem(tr("(none: a top-level tag)"), QString());
    for (const Tag &t : catalog)
        m_parent->addItem(t.name, t.id);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"tagDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Tag description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_error = new QLabel(this);
    m_error->setObjectName(u"tagErrorLabel"_s);
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, issueColor(pal, true));
    m_error->setPalette(pal);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(tr("&Description:"), m_description);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create &Tag"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createTagOkButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateTagDialog::revalidate);
    revalidate();
}

void CreateTagDialog::revalidate()
{
    const QString name = m_name->text().trimmed();
    QString error;
    if (name.isEmpty()) {
        error = tr("Enter a name for the tag.");
    } else {
        for (const Tag &t : std::as_const(m_catalog)) {
            if (t.name.compare(name, Qt::CaseInsensitive) == 0)
                error = tr("A tag named \"%1\" already exists.").arg(t.name);
        }
    }
    // An empty name is not worth a message before anything was typed.
    m_error->setText(m_name->text().isEmpty() ? QString() : error);
    m_error->setVisible(!m_error->text().isEmpty());
    m_name->setAccessibleDescription(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

Tag CreateTagDialog::tag() const
{
    Tag t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.name = m_name->text().trimmed();
    t.color = m_color->currentData().toString();
    t.parentId = m_parent->currentData().toString();
    t.description = m_description->toPlainText().trimmed();
    return t;
}

} // namespace atc
