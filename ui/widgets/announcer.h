#pragma once

// Says something to screen readers without moving the focus: a new message,
// a send that failed, the link going offline or coming back. An invisible
// alert in the window: each announcement shows it anew with the words as its
// name (Orca and NVDA read an alert when it appears); on Qt 6.8 and later
// the words also go out as an accessibility announcement.

#include <QString>
#include <QStringList>
#include <QWidget>

namespace relaydesk::ui {

// Parts read one after another, as a screen reader should say them: a full
// stop between them unless a part already ends a sentence ("Is it in L?").
QString joinSentences(const QStringList &parts);

class Announcer : public QWidget
{
    Q_OBJECT

public:
    explicit Announcer(QWidget *parent);

    // Several in one turn of the event loop are said together, in order.
    void announce(const QString &text);
    // The words last announced (tests).
    QString lastAnnouncement() const { return m_text; }

private:
    void sayPending();

    QString m_text;
    QStringList m_pending;
};

} // namespace relaydesk::ui
