#pragma once

#include "appearance/deferrediconstyle.h"

namespace relaydesk::ui {

// Fusion with edges that show in a dark palette: Fusion draws the frames of
// text fields and the boxes of check boxes and radio buttons a shade darker
// than the window, which on a dark window is as dark as the field itself, so
// fields lost their borders and an unchecked box vanished. In a dark palette
// those edges are drawn in a light grey (the highlight while focused); a
// light palette keeps Fusion's own. Its standard icons are deferred like
// any the app draws (DeferredIconStyle).
class FrameStyle : public DeferredIconStyle
{
    Q_OBJECT

public:
    explicit FrameStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // Whether `palette` is a dark one (its window darker than middle grey).
    static bool isDark(const QPalette &palette);
    // The edge colour for fields and boxes in a dark palette.
    static QColor darkEdge(const QPalette &palette, bool focused);
};

} // namespace relaydesk::ui
