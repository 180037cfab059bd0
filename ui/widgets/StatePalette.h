#pragma once

#include <QColor>
#include <QPalette>

namespace atc {

/**
 * The colours of states (error, warning, success) for text, readable in light and dark
 * palettes. Colour is never the only sign: every state is also said in words.
 */
namespace StatePalette {

/** Whether the window background of `palette` is dark (lightness below half). */
bool isDarkWindow(const QPalette &palette);
/** The severity colour for text: an error (`error` true) or a warning. */
QColor issueColor(const QPalette &palette, bool error);
/** The colour for text that says something passed. */
QColor successColor(const QPalette &palette);

} // namespace StatePalette

/** The severity colour for text, readable in light and dark palettes. */
inline QColor issueColor(const QPalette &palette, bool error)
{
    return StatePalette::issueColor(palette, error);
}

} // namespace atc
