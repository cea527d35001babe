#include "widgets/announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

#include <utility>

namespace relaydesk::ui {

namespace {

// To assistive tools the announcer is an alert whose name is the words.
class AnnouncerAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncerAccessible(Announcer *announcer)
        : QAccessibleWidget(announcer, QAccessible::AlertMessage)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<Announcer *>(object())->lastAnnouncement();
        return QAccessibleWidget::text(t);
    }
    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.focusable = false;
        return state;
    }
};

QAccessibleInterface *announcerAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("relaydesk::ui::Announcer") && object && object->isWidgetType())
        return new AnnouncerAccessible(static_cast<Announcer *>(object));
    return nullptr;
}

} // namespace

QString joinSentences(const QStringList &parts)
{
    QString joined;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!joined.isEmpty()) {
            const QChar last = joined.back();
            const bool ended = last == QLatin1Char('.') || last == QLatin1Char('?') || last == QLatin1Char('!')
                               || last == QChar(0x0964); // the Devanagari full stop
            joined += ended ? QStringLiteral(" ") : QStringLiteral(". ");
        }
        joined += part;
    }
    return joined;
}

Announcer::Announcer(QWidget *parent)
    : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(&announcerAccessible);
        return true;
    }();
    Q_UNUSED(installed)
    // Nothing to see or click: a pixel in the corner, transparent to the mouse.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setFixedSize(1, 1);
    hide();
}

void Announcer::announce(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    if (m_pending.isEmpty())
        QMetaObject::invokeMethod(this, &Announcer::sayPending, Qt::QueuedConnection);
    m_pending.append(text.trimmed());
}

void Announcer::sayPending()
{
    if (m_pending.isEmpty())
        return;
    m_text = joinSentences(std::exchange(m_pending, {}));
    // Shown anew, the alert is read; the name changes for tools that follow it.
    hide();
    show();
    raise();
    if (QAccessible::isActive()) {
        QAccessibleEvent named(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&named);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QAccessibleAnnouncementEvent announcement(this, m_text);
        QAccessible::updateAccessibility(&announcement);
#endif
    }
}

} // namespace relaydesk::ui
