// In a dark palette, an unchecked check box in an item view must be visible: ContrastStyle
// outlines it, where Fusion's own outline nearly disappears into the background.
#include <QApplication>
#include <QImage>
#include <QListView>
#include <QStandardItemModel>
#include <QStyleFactory>

#include <gtest/gtest.h>

#include "widgets/ContrastStyle.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// Pixels of the first row's check-box area that stand out from the view's background.
int visiblePixels(QStyle *style, const QPalette &palette)
{
    QStandardItemModel model;
    auto *item = new QStandardItem(QString());
    item->setCheckable(true);
    item->setCheckState(Qt::Unchecked);
    model.appendRow(item);
    QListView view;
    view.setStyle(style);
    view.setPalette(palette);
    view.setModel(&model);
    view.resize(120, 60);
    view.show();
    const QImage image = view.viewport()->grab().toImage();
    const QRect row = view.visualRect(model.index(0, 0));
    const QColor base = palette.color(QPalette::Base);
    int count = 0;
    for (int y = row.top(); y <= row.bottom(); ++y) {
        for (int x = row.left(); x < row.left() + 30 && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.lightnessF() - base.lightnessF()) > 0.2)
                ++count;
        }
    }
    return count;
}

TEST(ContrastStyle, UncheckedBoxesAreVisibleInADarkPalette)
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    ContrastStyle mended(QStyleFactory::create(u"Fusion"_s));
    const int before = visiblePixels(fusion.get(), darkPalette());
    const int after = visiblePixels(&mended, darkPalette());
    RecordProperty("visibleBefore", before);
    RecordProperty("visibleAfter", after);
    // An outline of a 13-px box is about 48 pixels; Fusion's own is (nearly) invisible here.
    EXPECT_GE(after, 30) << "after " << after << ", before " << before;
    EXPECT_LT(before, after / 2) << "Fusion alone already shows it: " << before;
}

TEST(ContrastStyle, LightPalettesAreLeftAlone)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    EXPECT_FALSE(ContrastStyle::isDark(light));
    EXPECT_TRUE(ContrastStyle::isDark(darkPalette()));
}

} // namespace
