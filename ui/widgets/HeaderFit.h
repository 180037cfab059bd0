#pragma once

#include <QHeaderView>

namespace atc {

/**
 * Widens every visible Interactive or Fixed section of `header` to at least its title's size
 * hint (QHeaderView::sectionSizeHint(): the title in the header's font, its margins and room for
 * the sort arrow), so that no column title is clipped or elided in a longer language or at
 * another scale; wider sections keep their width. Call once the model and the widths are set.
 */
inline void fitHeaderTitles(QHeaderView *header)
{
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(c);
        if (mode == QHeaderView::Interactive || mode == QHeaderView::Fixed)
            header->resizeSection(c, qMax(header->sectionSize(c), header->sectionSizeHint(c)));
    }
}

/**
 * The width of a column that wants `want` and may give way down to `least` when the columns
 * together are `excess` pixels too wide and all of them may give `give`: its share of the cut,
 * in proportion, rounded up so that the shares add up to at least the excess.
 */
inline int giveWay(int want, int least, int excess, int give)
{
    if (excess <= 0 || give <= 0)
        return want;
    return want - int((qint64(want - least) * qMin(excess, give) + give - 1) / give);
}

} // namespace atc
