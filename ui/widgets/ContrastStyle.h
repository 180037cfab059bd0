#pragma once

#include <QProxyStyle>

namespace atc {

/**
 * The platform's style, with one mend: in a dark palette, Fusion outlines unchecked check boxes
 * and radio buttons with the window colour darkened — almost their own background — so in item
 * views (group trees, tag lists) they cannot be seen at all. This adds an outline in the text
 * colour at half strength. Light palettes, checked indicators and everything else are the base
 * style's.
 */
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    /** Whether `palette` is dark (the view background darker than its text). */
    static bool isDark(const QPalette &palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace atc
