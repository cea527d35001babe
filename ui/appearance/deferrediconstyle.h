#pragma once

#include <QProxyStyle>

namespace relaydesk::ui {

// A style whose standard icons are made when first drawn, not when asked
// for. Widgets ask for them as they are built (QMenuBar for its overflow
// button, dialogs for their buttons), Qt's styles answer with PNG files, and
// with Qt 6.4 the first PNG read loads every image format plug-in installed
// (ten, with libtiff, libwebp, libmng and more): some 10 ms of every start,
// before the first frame, for icons seldom shown. The icons are the base
// style's own, as it would have made them for the same widget and option
// (the option's common part: direction, palette, state).
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes `base`; null means the platform's own style.
    explicit DeferredIconStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace relaydesk::ui
