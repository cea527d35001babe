#pragma once

#include "protocol/types.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace relaydesk::server::demo {

// One customer of the demo workspace and what their conversation holds: the
// lines alternate customer, agent, customer, agent (one to four of them).
struct Customer
{
    int index = 0;
    protocol::Channel channel = protocol::Channel::WebChat;
    QString language;  // en, id, hi, es or pt_BR: the five the app ships
    QString name;      // as the channel gives it; empty for a web visitor who gave none
    QString email;     // what a web chat visitor typed; else empty
    QString channelId; // the wa_id, the page-scoped id, or the web visitor's id
    QStringList lines;
    int script = 0;        // which of its language's six conversations it is (0 stock, 1 late order, 2 address,
                           // 3 bulk or size, 4 payment or return, 5 opening hours)
    qint64 minutesAgo = 0; // when the customer first wrote
};

// The demo's customers, the same on every run: `count` of them spread over
// WhatsApp, Messenger and web chat and over the five languages, each with a
// name of their language (a few web visitors gave none), newest first, the
// older ones days back (their WhatsApp and Messenger windows are closed).
QVector<Customer> customers(int count);

// A realistic WhatsApp profile name for the simulator's customer `index`.
QString profileName(int index);

} // namespace relaydesk::server::demo
