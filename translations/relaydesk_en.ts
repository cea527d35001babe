<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryOpener</name>
    <message numerus="yes">
        <source>The history stays locked after %n wrong passphrases.</source>
        <translation>
            <numerusform>The history stays locked after %n wrong passphrase.</numerusform>
            <numerusform>The history stays locked after %n wrong passphrases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message numerus="yes">
        <source>%n cached file(s) could not be removed. Close any program that may be using them and try again.</source>
        <translation>
            <numerusform>%n cached file could not be removed. Close any program that may be using it and try again.</numerusform>
            <numerusform>%n cached files could not be removed. Close any program that may be using them and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ConversationMenus</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::app::DataRights</name>
    <message numerus="yes">
        <source>%n conversation(s) were exported to %1.</source>
        <translation>
            <numerusform>%n conversation was exported to %1.</numerusform>
            <numerusform>%n conversations were exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Notifications</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new messages. Latest: %1</source>
        <translation>
            <numerusform>%n new message: %1</numerusform>
            <numerusform>%n new messages. Latest: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaydesk: %n unread message(s) from customers</source>
        <translation>
            <numerusform>Relaydesk: %n unread message from customers</numerusform>
            <numerusform>Relaydesk: %n unread messages from customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1. Latest: %2</source>
        <translation>
            <numerusform>%n new message from %1. Latest: %2</numerusform>
            <numerusform>%n new messages from %1. Latest: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Session</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConnectionStatus</name>
    <message numerus="yes">
        <source>Connection lost. Trying again in %n s…</source>
        <translation>
            <numerusform>Connection lost. Trying again in %n s…</numerusform>
            <numerusform>Connection lost. Trying again in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::models::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform>
            <numerusform>%1 (%n messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationPane</name>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversation</numerusform>
            <numerusform>%1, %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations chosen in the list</comment>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageDelegate</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SearchDialog</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
