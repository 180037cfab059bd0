#pragma once

#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>

namespace atc {

/**
 * A frameless, widget-resizable scroll area whose size hint is its content's (QScrollArea
 * caps its hint at 36 × 24 lines): a window sizes itself from the content, while the minimum
 * stays small, so content taller than the window (or the screen) scrolls instead of being
 * squeezed below its inputs' minimum sizes. docs/desktop.md, "Window and page sizes".
 */
class ContentScrollArea : public QScrollArea
{
public:
    explicit ContentScrollArea(QWidget *content, QWidget *parent = nullptr) : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setWidget(content);
    }

    QSize sizeHint() const override
    {
        const int frame = 2 * frameWidth();
        QSize hint = widget() ? widget()->sizeHint() : QSize(0, 0);
        if (widget() && widget()->hasHeightForWidth())
            hint.setHeight(qMax(hint.height(), widget()->heightForWidth(hint.width())));
        // Room for the vertical scroll bar, so a smaller window does not also need a
        // horizontal one.
        return hint + QSize(frame + verticalScrollBar()->sizeHint().width(), frame);
    }
};

/**
 * `size` bounded by the available area of `window`'s screen, less room for the window frame
 * (not known before the window is mapped): 95 % of the width, 90 % of the height.
 */
inline QSize boundedToScreen(const QWidget *window, QSize size)
{
    if (const QScreen *s = window->screen()) {
        const QSize available = s->availableGeometry().size();
        size = size.boundedTo(QSize(available.width() * 95 / 100, available.height() * 9 / 10));
    }
    return size;
}

} // namespace atc
