#include "appearance/deferrediconstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <optional>

namespace relaydesk::ui {

namespace {

// Stands for one of a style's standard icons and asks the style for it the
// first time it is needed.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which, const QStyleOption *option, const QWidget *widget)
        : m_style(style)
        , m_which(which)
        , m_widget(widget)
        , m_hadWidget(widget != nullptr)
    {
        // What every style option holds (direction, palette, state): all that
        // Fusion reads to choose a standard icon.
        if (option)
            m_option = *option;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // At a device pixel ratio of 1 (QIcon asks scaledPixmap for others).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        // Before 6.8, QIcon passes the size in device pixels here.
        return icon().pixmap((QSizeF(size) / scale).toSize(), scale, mode, state);
#else
        return icon().pixmap(size, scale, mode, state);
#endif
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override
    {
        return icon().isNull();
    }
    QString iconName() override
    {
        return icon().name();
    }
    QString key() const override
    {
        return QStringLiteral("relaydesk-deferred");
    }
    QIconEngine *clone() const override
    {
        return new DeferredIconEngine(*this);
    }

private:
    const QIcon &icon()
    {
        if (!m_made) {
            // The style may have been replaced since (a theme chosen): then
            // the application's current one draws it. A widget it was asked
            // for and that is gone since is not asked about.
            QStyle *style = m_style ? m_style.data() : QApplication::style();
            const QWidget *widget = m_hadWidget ? m_widget.data() : nullptr;
            m_icon = style ? style->standardIcon(m_which, m_option ? &*m_option : nullptr, widget) : QIcon();
            m_made = true;
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    std::optional<QStyleOption> m_option;
    QPointer<const QWidget> m_widget;
    bool m_hadWidget = false;
    QIcon m_icon;
    bool m_made = false;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    return QIcon(new DeferredIconEngine(baseStyle(), icon, option, widget));
}

} // namespace relaydesk::ui
