<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Relaydesk: answer customers on WhatsApp, Messenger and web chat from one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings, history, cache and keychain entries in &lt;folder&gt;, apart from every other profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the Relaydesk server at &lt;url&gt; (https://, or http:// on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See relaydesk --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceWipe</name>
    <message>
        <source>These files could not be removed: %1. Close other programs that may use them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryOpener</name>
    <message>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history stays locked after %n wrong passphrases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Relaydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the history with the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Also forget this device, removing the history, the cache and the keys kept on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to reply. You can read your history meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply could not be saved on this computer (%1). Its text is back in the reply box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This file (%1) is larger than the whole media cache (%2), so it was not kept for offline use. Raise the media cache size to keep files this large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not in the media cache. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached file could not be decrypted: it is damaged or was saved with another key. It was removed from the cache; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media cache cannot be used because its encryption key is not valid. Media will be downloaded each time it is opened; please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be started, so the media cache is turned off. Reinstall Relaydesk to fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the media cache folder %1. Check that it is a writable folder and that the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no media id, so it cannot be cached. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file in the media cache (%1). Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file to cache (%1). Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media cache was cleared while this file was being saved, so it was not kept. Download it again if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a file in the media cache (%1). Check the permissions of the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open this file. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1 (%2). Choose another folder, or free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached file could not be removed. Close any program that may be using it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) could not be removed. Close any program that may be using them and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 is not a writable folder. Fix its permissions, or choose another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://relay.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer), not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this computer, so the connection must be encrypted. Use https://%1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address; you sign in after connecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::app::DataRights</name>
    <message>
        <source>Export history to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) were exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes your message history, downloaded files and sign-in from this computer. Nothing is removed from the server; sign in again to download your history. Relaydesk closes afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::app::PassphraseChange</name>
    <message>
        <source>The current passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1. The history still opens with the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is now protected by the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Session</name>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The history on this computer belongs to %1 on %2. To sign in to another workspace, use File &gt; Forget this device first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConnectionStatus</name>
    <message>
        <source>Not signed in · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History closed for a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading your conversations from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no network. Your history is here; what you write is sent when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Trying again in %n s…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConversationListModel</name>
    <message>
        <source>Visitor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::net::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::net::MediaTransfers</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download kept breaking (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file arrived damaged twice (its checksum does not match). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::net::StreamLink</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was signed out on the server. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks another protocol version. Update Relaydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks protocol %1 and this Relaydesk speaks %2. Update Relaydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::platform::HistorySecretSource</name>
    <message>
        <source>The keychain that holds the key to your history cannot be reached (%1). Unlock your keychain and start Relaydesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to your history is no longer in the keychain, so the history on this computer cannot be opened. Use &quot;Forget this device&quot; and sign in again to download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random number generator could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history needs a passphrase, and there is no way to ask for one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given, so the history stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::store</name>
    <message>
        <source>The export folder %1 is not empty. Choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::store::Database</name>
    <message>
        <source>The history file %1 is not encrypted, so Relaydesk will not use it. Move it out of the profile folder; Relaydesk then downloads your history again into a new encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged (its size is not a whole number of pages). Use &quot;Forget this device&quot; to remove it; your history is downloaded again from the server when you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaydesk cannot open the history file %1 (%2). Check that the profile folder is yours and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot be unlocked: the key or passphrase is wrong, or the file is damaged. The file was not changed. Enter the right passphrase, or use &quot;Forget this device&quot; and sign in again to download your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaydesk cannot read the history file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaydesk cannot prepare the history file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Relaydesk (schema %2; this version knows up to %3). Update Relaydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaydesk could not update the history file %1 to this version (step %2: %3). The file was left as it was; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::SyncEngine</name>
    <message>
        <source>The history could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::Composer</name>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter conversations by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When customers write on WhatsApp, Messenger or the web chat, their conversations appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer&apos;s name contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadPane</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s lead record (stage, value, owner, notes) shows here for the open conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MainWindow</name>
    <message>
        <source>Relaydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Relaydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Relaydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Answer your customers on WhatsApp, Messenger and web chat from one window. History is kept encrypted on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageDelegate</name>
    <message numerus="yes">
        <source>[%n attachment(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::PassphraseDialog</name>
    <message>
        <source>Protect your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key of your message history, so Relaydesk encrypts it with a passphrase you choose. It cannot be recovered: if you forget it, the history on this computer is lost (it can be downloaded again from the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your message history on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the history passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history on this computer is encrypted again with the new passphrase; with a long history this takes a little while. The new passphrase cannot be recovered either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to Relaydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the account your workspace&apos;s admin gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ThreadPane</name>
    <message>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it and reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
