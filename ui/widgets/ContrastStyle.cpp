#include "ContrastStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace atc {

bool ContrastStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    const bool radio = element == PE_IndicatorRadioButton;
    if ((!box && !radio) || !option || !(option->state & State_Off) || !isDark(option->palette))
        return;
    // Text colour at half strength (a quarter when disabled): clear, not louder than a tick.
    QColor outline = option->palette.color(
        element == PE_IndicatorItemViewItemCheck ? QPalette::Text : QPalette::WindowText);
    outline.setAlphaF(option->state & State_Enabled ? 0.5f : 0.25f);
    QPen pen(outline, 1);
    pen.setCosmetic(true); // one device pixel at any scale factor
    painter->save();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // One pixel inside the indicator: its edge rows can fall outside a row's clip at
    // fractional scale factors (1.5: the top line vanished).
    const QRect r = option->rect.adjusted(1, 1, -2, -2);
    if (radio) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->drawEllipse(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5));
    } else {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawRect(r);
    }
    painter->restore();
}

} // namespace atc
