#include "StatePalette.h"

namespace atc::StatePalette {

bool isDarkWindow(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor issueColor(const QPalette &palette, bool error)
{
    const bool dark = isDarkWindow(palette);
    if (error)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
}

QColor successColor(const QPalette &palette)
{
    return isDarkWindow(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

} // namespace atc::StatePalette
