#include "appearance/framestyle.h"

#include <QPainter>
#include <QStyleOption>

namespace relaydesk::ui {

FrameStyle::FrameStyle(QStyle *base)
    : DeferredIconStyle(base)
{
}

bool FrameStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor FrameStyle::darkEdge(const QPalette &palette, bool focused)
{
    if (focused)
        return palette.color(QPalette::Highlight);
    // Between the window and the text: plainly there, never louder than the words.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    return QColor((window.red() * 6 + text.red() * 4) / 10, (window.green() * 6 + text.green() * 4) / 10,
                  (window.blue() * 6 + text.blue() * 4) / 10);
}

void FrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (!option || !isDark(option->palette)) {
        DeferredIconStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const bool focused = option->state & State_HasFocus;
    switch (element) {
    case PE_FrameLineEdit:
    case PE_Frame: {
        // Text fields, and the frames of text boxes and lists.
        DeferredIconStyle::drawPrimitive(element, option, painter, widget);
        if (element == PE_Frame && !(option->state & (State_Sunken | State_Raised)) && !focused)
            break; // a plain frame (no panel) stays as Fusion draws it
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(darkEdge(option->palette, focused), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
        break;
    }
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
    case PE_IndicatorRadioButton: {
        DeferredIconStyle::drawPrimitive(element, option, painter, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(darkEdge(option->palette, focused), 1.2));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 2, 2);
        painter->restore();
        break;
    }
    default:
        DeferredIconStyle::drawPrimitive(element, option, painter, widget);
    }
}

} // namespace relaydesk::ui
