<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AttachmentPainter</name>
    <message>
        <source>Could not download: %1</source>
        <translation>डाउनलोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Downloading… %1% of %2</source>
        <translation>डाउनलोड हो रहा है… %2 में से %1%</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>वॉइस नोट</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>डॉक्यूमेंट</translation>
    </message>
    <message>
        <source>%1 document</source>
        <translation>%1 डॉक्यूमेंट</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>सेव करें…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Not on this computer yet</source>
        <translation>अभी इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>%1 · %2 · length unknown</source>
        <translation>%1 · %2 · अवधि अज्ञात</translation>
    </message>
</context>
<context>
    <name>AudioSummaries</name>
    <message>
        <source>This recording is damaged and cannot be read.</source>
        <translation>यह रिकॉर्डिंग खराब है और पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>This recording is empty.</source>
        <translation>यह रिकॉर्डिंग खाली है।</translation>
    </message>
    <message>
        <source>This computer cannot read this kind of recording.</source>
        <translation>यह कंप्यूटर इस प्रकार की रिकॉर्डिंग नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <source>This recording cannot be read here.</source>
        <translation>यह रिकॉर्डिंग यहाँ पढ़ी नहीं जा सकती।</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Relaydesk: answer customers on WhatsApp, Messenger and web chat from one window.</source>
        <translation>Relaydesk: WhatsApp, Messenger और वेब चैट पर ग्राहकों को एक ही विंडो से जवाब दें।</translation>
    </message>
    <message>
        <source>Keep settings, history, cache and keychain entries in &lt;folder&gt;, apart from every other profile.</source>
        <translation>सेटिंग, हिस्ट्री, कैश और कीचेन एंट्री को &lt;फ़ोल्डर&gt; में रखें, बाकी सभी प्रोफ़ाइल से अलग।</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Connect to the Relaydesk server at &lt;url&gt; (https://, or http:// on this computer).</source>
        <translation>&lt;url&gt; पर Relaydesk सर्वर से कनेक्ट करें (https://, या इसी कंप्यूटर पर http://)।</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>मुख्य विंडो दिखते ही उसकी तस्वीर &lt;फ़ाइल&gt; में सेव करें, फिर बंद हो जाएं।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See relaydesk --help.</source>
        <translation>यह आर्ग्युमेंट समझ नहीं आया: &quot;%1&quot;। relaydesk --help देखें।</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>It holds characters that cannot be read; type it again.</source>
        <translation>इसमें ऐसे अक्षर हैं जो पढ़े नहीं जा सकते; इसे फिर से लिखें।</translation>
    </message>
    <message>
        <source>It cannot hold line breaks or control characters.</source>
        <translation>इसमें लाइन ब्रेक या कंट्रोल कैरेक्टर नहीं हो सकते।</translation>
    </message>
    <message>
        <source>It cannot hold characters that turn the text&apos;s direction.</source>
        <translation>इसमें ऐसे कैरेक्टर नहीं हो सकते जो टेक्स्ट की दिशा बदलते हैं।</translation>
    </message>
    <message>
        <source>It can be at most %1 characters long.</source>
        <translation>यह ज़्यादा से ज़्यादा %1 अक्षरों का हो सकता है।</translation>
    </message>
    <message>
        <source>Write the customer&apos;s name: it cannot be empty.</source>
        <translation>ग्राहक का नाम लिखें: यह खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Write an address such as name@example.com.</source>
        <translation>name@example.com जैसा पता लिखें।</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( ).</source>
        <translation>केवल अंक, स्पेस और + - ( ) इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Write the phone number&apos;s digits.</source>
        <translation>फ़ोन नंबर के अंक लिखें।</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>The export folder %1 is not empty. Choose an empty or new folder.</source>
        <translation>एक्सपोर्ट फ़ोल्डर %1 खाली नहीं है। कोई खाली या नया फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation>एक्सपोर्ट फ़ोल्डर %1 नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>%1 में लिखना पूरा नहीं हो सका: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The history file %1 is not encrypted, so Relaydesk will not use it. Move it out of the profile folder; Relaydesk then downloads your history again into a new encrypted file.</source>
        <translation>हिस्ट्री फ़ाइल %1 एन्क्रिप्टेड नहीं है, इसलिए Relaydesk इसका इस्तेमाल नहीं करेगा। इसे प्रोफ़ाइल फ़ोल्डर से बाहर ले जाएं; फिर Relaydesk आपकी हिस्ट्री एक नई एन्क्रिप्टेड फ़ाइल में दोबारा डाउनलोड करेगा।</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (its size is not a whole number of pages). Use &quot;Forget this device&quot; to remove it; your history is downloaded again from the server when you sign in.</source>
        <translation>हिस्ट्री फ़ाइल %1 खराब है (उसका साइज़ पेजों की पूरी संख्या नहीं है)। इसे हटाने के लिए &quot;यह डिवाइस भूलें&quot; का इस्तेमाल करें; साइन इन करने पर आपकी हिस्ट्री सर्वर से फिर से डाउनलोड हो जाएगी।</translation>
    </message>
    <message>
        <source>The history file %1 does not exist yet.</source>
        <translation>हिस्ट्री फ़ाइल %1 अभी मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Relaydesk cannot open the history file %1 (%2). Check that the profile folder is yours and the disk is not full.</source>
        <translation>Relaydesk हिस्ट्री फ़ाइल %1 नहीं खोल सका (%2)। जांचें कि प्रोफ़ाइल फ़ोल्डर आपका है और डिस्क भरी नहीं है।</translation>
    </message>
    <message>
        <source>The history file %1 cannot be unlocked: the key or passphrase is wrong, or the file is damaged. The file was not changed. Enter the right passphrase, or use &quot;Forget this device&quot; and sign in again to download your history.</source>
        <translation>हिस्ट्री फ़ाइल %1 अनलॉक नहीं हो सकी: कुंजी या पासफ़्रेज़ गलत है, या फ़ाइल खराब है। फ़ाइल में कोई बदलाव नहीं किया गया। सही पासफ़्रेज़ डालें, या &quot;यह डिवाइस भूलें&quot; का इस्तेमाल करें और अपनी हिस्ट्री डाउनलोड करने के लिए फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Relaydesk cannot read the history file %1 (%2).</source>
        <translation>Relaydesk हिस्ट्री फ़ाइल %1 नहीं पढ़ सका (%2)।</translation>
    </message>
    <message>
        <source>Relaydesk cannot prepare the history file %1 (%2).</source>
        <translation>Relaydesk हिस्ट्री फ़ाइल %1 तैयार नहीं कर सका (%2)।</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Relaydesk (schema %2; this version knows up to %3). Update Relaydesk.</source>
        <translation>हिस्ट्री फ़ाइल %1 को Relaydesk के नए वर्शन ने लिखा है (स्कीमा %2; यह वर्शन सिर्फ़ %3 तक जानता है)। Relaydesk अपडेट करें।</translation>
    </message>
    <message>
        <source>Relaydesk could not update the history file %1 to this version (step %2: %3). The file was left as it was; nothing was lost.</source>
        <translation>Relaydesk हिस्ट्री फ़ाइल %1 को इस वर्शन के लिए अपडेट नहीं कर सका (चरण %2: %3)। फ़ाइल जैसी थी वैसी ही छोड़ दी गई; कुछ भी नहीं खोया।</translation>
    </message>
</context>
<context>
    <name>DeviceWipe</name>
    <message>
        <source>These files could not be removed: %1. Close other programs that may use them and try again.</source>
        <translation>ये फ़ाइलें हटाई नहीं जा सकीं: %1। इन्हें इस्तेमाल कर रहे दूसरे प्रोग्राम बंद करें और फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>HistoryOpener</name>
    <message>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation>इस पासफ़्रेज़ से हिस्ट्री अनलॉक नहीं हुई। फिर कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <source>The history stays locked after %n wrong passphrases.</source>
        <translation>
            <numerusform>%n बार गलत पासफ़्रेज़ डालने के बाद हिस्ट्री लॉक ही रहेगी।</numerusform>
            <numerusform>%n बार गलत पासफ़्रेज़ डालने के बाद हिस्ट्री लॉक ही रहेगी।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySecret</name>
    <message>
        <source>The keychain that holds the key to your history cannot be reached (%1). Unlock your keychain and start Relaydesk again.</source>
        <translation>आपकी हिस्ट्री की कुंजी रखने वाली कीचेन तक नहीं पहुंचा जा सका (%1)। अपनी कीचेन अनलॉक करें और Relaydesk फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The key to your history is no longer in the keychain, so the history on this computer cannot be opened. Use &quot;Forget this device&quot; and sign in again to download it.</source>
        <translation>आपकी हिस्ट्री की कुंजी अब कीचेन में नहीं है, इसलिए इस कंप्यूटर की हिस्ट्री नहीं खुल सकती। &quot;यह डिवाइस भूलें&quot; का इस्तेमाल करें और हिस्ट्री फिर से डाउनलोड करने के लिए दोबारा साइन इन करें।</translation>
    </message>
    <message>
        <source>The random number generator could not start.</source>
        <translation>रैंडम नंबर जनरेटर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Your history needs a passphrase, and there is no way to ask for one here.</source>
        <translation>आपकी हिस्ट्री के लिए पासफ़्रेज़ चाहिए, और यहां उसे पूछने का कोई तरीका नहीं है।</translation>
    </message>
    <message>
        <source>No passphrase was given, so the history stays locked.</source>
        <translation>कोई पासफ़्रेज़ नहीं दिया गया, इसलिए हिस्ट्री लॉक ही रहेगी।</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>कुंजी कीचेन से हटाई नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Relaydesk</source>
        <translation>Relaydesk</translation>
    </message>
    <message>
        <source>Encrypting the history with the new passphrase…</source>
        <translation>नए पासफ़्रेज़ से हिस्ट्री एन्क्रिप्ट हो रही है…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>साइन आउट हो गया</translation>
    </message>
    <message>
        <source>You are signed out. Also forget this device, removing the history, the cache and the keys kept on this computer?</source>
        <translation>आप साइन आउट हो गए हैं। क्या यह डिवाइस भी भूल जाएं, यानी इस कंप्यूटर पर रखी हिस्ट्री, कैश और कुंजियां हटा दें?</translation>
    </message>
    <message>
        <source>Sign in to reply. You can read your history meanwhile.</source>
        <translation>जवाब देने के लिए साइन इन करें। तब तक आप अपनी हिस्ट्री पढ़ सकते हैं।</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>यह डिवाइस भूलें</translation>
    </message>
    <message>
        <source>Keep the history</source>
        <translation>हिस्ट्री रखें</translation>
    </message>
    <message>
        <source>Your reply could not be saved on this computer (%1). Its text is back in that conversation&apos;s reply box.</source>
        <translation>आपका जवाब इस कंप्यूटर पर सहेजा नहीं जा सका (%1)। उसका पाठ उसी बातचीत के जवाब बॉक्स में वापस है।</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This file (%1) is larger than the whole media cache (%2), so it was not kept for offline use. Raise the media cache size to keep files this large.</source>
        <translation>यह फ़ाइल (%1) पूरे मीडिया कैश (%2) से बड़ी है, इसलिए इसे ऑफ़लाइन इस्तेमाल के लिए नहीं रखा गया। इतनी बड़ी फ़ाइलें रखने के लिए मीडिया कैश का साइज़ बढ़ाएं।</translation>
    </message>
    <message>
        <source>This file is not in the media cache. Download it again.</source>
        <translation>यह फ़ाइल मीडिया कैश में नहीं है। इसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>A cached file could not be decrypted: it is damaged or was saved with another key. It was removed from the cache; download it again.</source>
        <translation>कैश की गई एक फ़ाइल डिक्रिप्ट नहीं हो सकी: वह खराब है या किसी दूसरी कुंजी से सेव की गई थी। उसे कैश से हटा दिया गया है; उसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>The media cache cannot be used because its encryption key is not valid. Media will be downloaded each time it is opened; please report this problem.</source>
        <translation>मीडिया कैश इस्तेमाल नहीं हो सकता, क्योंकि उसकी एन्क्रिप्शन कुंजी मान्य नहीं है। मीडिया हर बार खोलने पर डाउनलोड होगा; कृपया इस समस्या की रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>The encryption library could not be started, so the media cache is turned off. Reinstall Relaydesk to fix this.</source>
        <translation>एन्क्रिप्शन लाइब्रेरी शुरू नहीं हो सकी, इसलिए मीडिया कैश बंद कर दिया गया है। इसे ठीक करने के लिए Relaydesk फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Cannot use the media cache folder %1. Check that it is a writable folder and that the disk has free space.</source>
        <translation>मीडिया कैश फ़ोल्डर %1 इस्तेमाल नहीं हो सकता। जांचें कि उस फ़ोल्डर में लिखा जा सकता है और डिस्क में खाली जगह है।</translation>
    </message>
    <message>
        <source>This file has no media id, so it cannot be cached. Please report this problem.</source>
        <translation>इस फ़ाइल की कोई मीडिया ID नहीं है, इसलिए इसे कैश नहीं किया जा सकता। कृपया इस समस्या की रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>Cannot save the file in the media cache (%1). Free some disk space and try again.</source>
        <translation>फ़ाइल मीडिया कैश में सेव नहीं हो सकी (%1)। डिस्क में कुछ जगह खाली करें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Cannot read the file to cache (%1). Download it again.</source>
        <translation>कैश करने के लिए फ़ाइल पढ़ी नहीं जा सकी (%1)। इसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>The media cache was cleared while this file was being saved, so it was not kept. Download it again if you need it.</source>
        <translation>यह फ़ाइल सेव होते समय मीडिया कैश खाली कर दिया गया, इसलिए इसे नहीं रखा गया। ज़रूरत हो तो इसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>Cannot read a file in the media cache (%1). Check the permissions of the folder %2.</source>
        <translation>मीडिया कैश की एक फ़ाइल पढ़ी नहीं जा सकी (%1)। फ़ोल्डर %2 की अनुमतियां जांचें।</translation>
    </message>
    <message>
        <source>There is not enough memory to open this file. Close other programs and try again.</source>
        <translation>यह फ़ाइल खोलने के लिए पर्याप्त मेमोरी नहीं है। दूसरे प्रोग्राम बंद करें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Cannot save %1 (%2). Choose another folder, or free some disk space and try again.</source>
        <translation>%1 को सेव नहीं किया जा सका (%2)। कोई दूसरा फ़ोल्डर चुनें, या डिस्क में कुछ जगह खाली करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>A cached file could not be removed. Close any program that may be using it and try again.</source>
        <translation>कैश की गई एक फ़ाइल हटाई नहीं जा सकी। उसे इस्तेमाल कर रहा कोई प्रोग्राम हो तो उसे बंद करें और फिर कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) could not be removed. Close any program that may be using them and try again.</source>
        <translation>
            <numerusform>कैश की गई %n फ़ाइल हटाई नहीं जा सकी। उसे इस्तेमाल कर रहा कोई प्रोग्राम हो तो उसे बंद करें और फिर कोशिश करें।</numerusform>
            <numerusform>कैश की गई %n फ़ाइलें हटाई नहीं जा सकीं। उन्हें इस्तेमाल कर रहा कोई प्रोग्राम हो तो उसे बंद करें और फिर कोशिश करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server&apos;s certificate is not made out for %1, so this may not be the server you meant. Check the server address; if it is right, ask your workspace&apos;s admin to fix the certificate.</source>
        <translation>सर्वर का प्रमाणपत्र %1 के लिए नहीं बना है, इसलिए हो सकता है यह वह सर्वर न हो जो आप चाहते थे। सर्वर का पता जांचें; अगर वह सही है, तो अपने वर्कस्पेस के एडमिन से प्रमाणपत्र ठीक करवाएं।</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired, so the connection is not safe. Ask your workspace&apos;s admin to renew it.</source>
        <translation>%1 का प्रमाणपत्र समाप्त हो चुका है, इसलिए कनेक्शन सुरक्षित नहीं है। अपने वर्कस्पेस के एडमिन से इसे नवीनीकृत करवाएं।</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check this computer&apos;s date and time; if they are right, ask your workspace&apos;s admin.</source>
        <translation>%1 का प्रमाणपत्र अभी मान्य नहीं है। इस कंप्यूटर की तारीख और समय जांचें; अगर वे सही हैं, तो अपने वर्कस्पेस के एडमिन से पूछें।</translation>
    </message>
    <message>
        <source>%1 uses a self-signed certificate, which this computer does not trust. Ask your workspace&apos;s admin for a certificate from a trusted authority.</source>
        <translation>%1 स्वयं-हस्ताक्षरित प्रमाणपत्र का उपयोग करता है, जिस पर यह कंप्यूटर भरोसा नहीं करता। अपने वर्कस्पेस के एडमिन से किसी भरोसेमंद प्राधिकरण का प्रमाणपत्र लगवाएं।</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked, so the connection is not safe. Ask your workspace&apos;s admin.</source>
        <translation>%1 का प्रमाणपत्र रद्द कर दिया गया है, इसलिए कनेक्शन सुरक्षित नहीं है। अपने वर्कस्पेस के एडमिन से पूछें।</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1, so the connection is not safe. Ask your workspace&apos;s admin to check the server&apos;s certificate.</source>
        <translation>यह कंप्यूटर %1 के प्रमाणपत्र पर भरोसा नहीं करता, इसलिए कनेक्शन सुरक्षित नहीं है। अपने वर्कस्पेस के एडमिन से सर्वर का प्रमाणपत्र जंचवाएं।</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the server address and port; if they are right, the server may be down: ask your workspace&apos;s admin.</source>
        <translation>%1 पर कोई जवाब नहीं दे रहा। सर्वर का पता और पोर्ट जांचें; अगर वे सही हैं, तो हो सकता है सर्वर बंद हो: अपने वर्कस्पेस के एडमिन से पूछें।</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address for typing mistakes and that this computer is online.</source>
        <translation>सर्वर %1 नहीं मिला। पते में टाइपिंग की गलती जांचें और देखें कि यह कंप्यूटर ऑनलाइन है।</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check this computer&apos;s connection and try again.</source>
        <translation>%1 ने समय पर जवाब नहीं दिया। इस कंप्यूटर का कनेक्शन जांचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 ने जवाब देने से पहले कनेक्शन बंद कर दिया। थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check its network connection and try again.</source>
        <translation>लगता है यह कंप्यूटर ऑफ़लाइन है। इसका नेटवर्क कनेक्शन जांचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The proxy server did not let the connection to %1 through. Check this computer&apos;s proxy settings.</source>
        <translation>प्रॉक्सी सर्वर ने %1 से कनेक्शन नहीं होने दिया। इस कंप्यूटर की प्रॉक्सी सेटिंग जांचें।</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made. Check that the address is right (https or http) and ask your workspace&apos;s admin to check the server.</source>
        <translation>%1 से सुरक्षित कनेक्शन नहीं बन सका। जांचें कि पता सही है (https या http) और अपने वर्कस्पेस के एडमिन से सर्वर जंचवाएं।</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the server address and this computer&apos;s connection, then try again.</source>
        <translation>%1 तक नहीं पहुंचा जा सका। सर्वर का पता और इस कंप्यूटर का कनेक्शन जांचें, फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Could not remove %1. Remove it to stop Relaydesk starting with your session.</source>
        <translation>%1 को हटाया नहीं जा सका। Relaydesk को आपके सेशन के साथ शुरू होने से रोकने के लिए इसे खुद हटाएं।</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Relaydesk will not start with your session.</source>
        <translation>%1 में लिखा नहीं जा सका (%2)। Relaydesk आपके सेशन के साथ शुरू नहीं होगा।</translation>
    </message>
    <message>
        <source>Windows did not let Relaydesk change its Run entry; use Task Manager → Startup apps instead.</source>
        <translation>Windows ने Relaydesk को उसकी Run एंट्री बदलने नहीं दी; इसकी जगह Task Manager → Startup apps का इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation>प्रोफ़ाइल फ़ोल्डर %1 नहीं बनाया जा सका। जांचें कि उसका पैरेंट फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है, या --profile से कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a writable folder. Fix its permissions, or choose another folder with --profile.</source>
        <translation>प्रोफ़ाइल फ़ोल्डर %1 में लिखा नहीं जा सकता। इसकी अनुमतियां ठीक करें, या --profile से कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The profile folder name is empty.</source>
        <translation>प्रोफ़ाइल फ़ोल्डर का नाम खाली है।</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://relay.example.com.</source>
        <translation>&quot;%1&quot; सर्वर का पता नहीं है। https://relay.example.com जैसा पता डालें।</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer), not %1://.</source>
        <translation>सर्वर का पता https:// (या इस कंप्यूटर के लिए http://) से शुरू होना चाहिए, %1:// से नहीं।</translation>
    </message>
    <message>
        <source>%1 is not on this computer, so the connection must be encrypted. Use https://%1 instead.</source>
        <translation>%1 इस कंप्यूटर पर नहीं है, इसलिए कनेक्शन एन्क्रिप्टेड होना चाहिए। इसकी जगह https://%1 डालें।</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address; you sign in after connecting.</source>
        <translation>सर्वर के पते में यूज़र नेम या पासवर्ड न डालें; कनेक्ट होने के बाद आप साइन इन करते हैं।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Assignment</name>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>मुझे असाइन करें (&amp;M)</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>असाइन करें (&amp;T)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (आप)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>अभी कोई एजेंट पता नहीं (साइन इन करें)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>किसी को नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Sign in to assign conversations.</source>
        <translation>बातचीत असाइन करने के लिए साइन इन करें।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AutopilotLines</name>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>आपने ऑटोपायलट चालू किया (AI)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>आपने ऑटोपायलट चालू किया</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>आपने ऑटोपायलट बंद किया</translation>
    </message>
    <message>
        <source>The autopilot was turned on (AI)</source>
        <translation>ऑटोपायलट चालू किया गया (AI)</translation>
    </message>
    <message>
        <source>The autopilot was turned on</source>
        <translation>ऑटोपायलट चालू किया गया</translation>
    </message>
    <message>
        <source>The autopilot was turned off</source>
        <translation>ऑटोपायलट बंद किया गया</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AwayAutopilot</name>
    <message>
        <source>Autopilot w&amp;hile away</source>
        <translation>गैरमौजूदगी में ऑटोपायलट (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Off: customers wait for an agent</source>
        <translation>बंद: ग्राहक एजेंट का इंतज़ार करते हैं (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rules: opening hours, keywords, the fallback</source>
        <translation>नियम: कामकाज के घंटे, कीवर्ड, डिफ़ॉल्ट जवाब (&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;I: the workspace&apos;s AI answers</source>
        <translation>A&amp;I: वर्कस्पेस का AI जवाब देता है</translation>
    </message>
    <message>
        <source>Autopilot while away</source>
        <translation>गैरमौजूदगी में ऑटोपायलट</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>While away: %1…</source>
        <translation>गैरमौजूदगी में: %1…</translation>
    </message>
    <message>
        <source>While away: %1</source>
        <translation>गैरमौजूदगी में: %1</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>इसे सिर्फ़ वर्कस्पेस का एडमिन बदल सकता है।</translation>
    </message>
    <message>
        <source>Connect to change this.</source>
        <translation>इसे बदलने के लिए कनेक्ट करें।</translation>
    </message>
    <message>
        <source>While no agent of the workspace is online:</source>
        <translation>जब वर्कस्पेस का कोई एजेंट ऑनलाइन न हो:</translation>
    </message>
    <message>
        <source>What answers customers while no agent of the workspace is online.</source>
        <translation>वर्कस्पेस का कोई एजेंट ऑनलाइन न होने पर ग्राहकों को कौन जवाब देता है।</translation>
    </message>
    <message>
        <source>The autopilot while away was not changed: %1</source>
        <translation>गैरमौजूदगी वाला ऑटोपायलट नहीं बदला गया: %1</translation>
    </message>
    <message>
        <source>Connect to change the autopilot while away.</source>
        <translation>गैरमौजूदगी वाला ऑटोपायलट बदलने के लिए कनेक्ट करें।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ComposerLink</name>
    <message>
        <source>Sign in to ask for a suggestion.</source>
        <translation>सुझाव मांगने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>The workspace has no AI set up for suggestions any more.</source>
        <translation>वर्कस्पेस में अब सुझावों के लिए कोई AI सेट अप नहीं है।</translation>
    </message>
    <message>
        <source>Two drafts are already on their way. Try again in a moment.</source>
        <translation>दो ड्राफ़्ट पहले से बन रहे हैं। थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again when you are online, or write the reply yourself.</source>
        <translation>सर्वर तक नहीं पहुंचा जा सका। ऑनलाइन होने पर फिर कोशिश करें, या जवाब खुद लिखें।</translation>
    </message>
    <message>
        <source>The server did not give one. Try again, or write the reply yourself.</source>
        <translation>सर्वर से कोई सुझाव नहीं मिला। फिर कोशिश करें, या जवाब खुद लिखें।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ConversationMenus</name>
    <message>
        <source>Sign in to send messages.</source>
        <translation>संदेश भेजने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>अपनी अलग विंडो में खोलें (&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n बातचीत</numerusform>
            <numerusform>%n बातचीत</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>पढ़ा हुआ चिह्नित करें (&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>अपठित चिह्नित करें (&amp;U)</translation>
    </message>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>मुझे असाइन करें (&amp;M)</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>असाइन करें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>स्नूज़ करें… (&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>हल हुआ चिह्नित करें (&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>फिर से खोलें (&amp;E)</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>लंबित चिह्नित करें (&amp;D)</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>प्राथमिकता (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>सूचनाएँ म्यूट करें (&amp;M)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (आप)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>अभी कोई एजेंट ज्ञात नहीं (साइन इन करें)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>कोई नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>बातचीत बदलने के लिए साइन इन करें।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::DataRights</name>
    <message>
        <source>Export history to</source>
        <translation>हिस्ट्री यहां एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>हिस्ट्री एक्सपोर्ट हो गई</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) were exported to %1.</source>
        <translation>
            <numerusform>%n बातचीत %1 में एक्सपोर्ट की गई।</numerusform>
            <numerusform>%n बातचीत %1 में एक्सपोर्ट की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>एक्सपोर्ट नहीं हो सका</translation>
    </message>
    <message>
        <source>Forget this device?</source>
        <translation>यह डिवाइस भूलें?</translation>
    </message>
    <message>
        <source>This removes your message history, downloaded files and sign-in from this computer. Nothing is removed from the server; sign in again to download your history. Relaydesk closes afterwards.</source>
        <translation>इससे आपकी मैसेज हिस्ट्री, डाउनलोड की गई फ़ाइलें और साइन-इन इस कंप्यूटर से हट जाएंगे। सर्वर से कुछ नहीं हटेगा; अपनी हिस्ट्री फिर से डाउनलोड करने के लिए दोबारा साइन इन करें। इसके बाद Relaydesk बंद हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Desktop</name>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>एक अटैचमेंट</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a customer&apos;s name and what they just wrote</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>नहीं भेजा गया: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Notifications</name>
    <message>
        <source>Sent an attachment</source>
        <translation>अटैचमेंट भेजा</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>सूचनाएं म्यूट करें (&amp;M)</translation>
    </message>
    <message>
        <source>Open a conversation to mute its notifications.</source>
        <translation>सूचनाएं म्यूट करने के लिए कोई बातचीत खोलें।</translation>
    </message>
    <message>
        <source>Show Relaydesk</source>
        <translation>Relaydesk दिखाएं</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>सेटिंग…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n नया मैसेज</numerusform>
            <numerusform>%n नए मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>नया मैसेज</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages. Latest: %1</source>
        <translation>
            <numerusform>%n नया मैसेज। सबसे नया: %1</numerusform>
            <numerusform>%n नए मैसेज। सबसे नया: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaydesk: %n unread message(s) from customers</source>
        <translation>
            <numerusform>Relaydesk: ग्राहकों का %n बिना पढ़ा मैसेज</numerusform>
            <numerusform>Relaydesk: ग्राहकों के %n बिना पढ़े मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>Relaydesk: nothing waiting</source>
        <translation>Relaydesk: कुछ भी बाकी नहीं</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 ने आपका ज़िक्र किया</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>एक सहकर्मी</translation>
    </message>
    <message>
        <source>Note about %1: %2</source>
        <translation>%1 के बारे में नोट: %2</translation>
    </message>
    <message>
        <source>A note about %1</source>
        <translation>%1 के बारे में एक नोट</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1. Latest: %2</source>
        <translation>
            <numerusform>%1 से %n नया मैसेज। नवीनतम: %2</numerusform>
            <numerusform>%1 से %n नए मैसेज। नवीनतम: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation>%1 का नया मैसेज: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::PassphraseChange</name>
    <message>
        <source>The current passphrase is not right. Try again.</source>
        <translation>मौजूदा पासफ़्रेज़ सही नहीं है। फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The history could not be opened again: %1</source>
        <translation>हिस्ट्री फिर से नहीं खुल सकी: %1</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1. The history still opens with the current passphrase.</source>
        <translation>पासफ़्रेज़ नहीं बदला गया: %1। हिस्ट्री अब भी मौजूदा पासफ़्रेज़ से ही खुलती है।</translation>
    </message>
    <message>
        <source>The history is now protected by the new passphrase.</source>
        <translation>हिस्ट्री अब नए पासफ़्रेज़ से सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::PopOutThreads</name>
    <message>
        <source>%1 — Relaydesk</source>
        <translation>%1 — Relaydesk</translation>
    </message>
    <message>
        <source>Sign in to reply. You can read your history meanwhile.</source>
        <translation>जवाब देने के लिए साइन इन करें। तब तक आप अपनी हिस्ट्री पढ़ सकते हैं।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Session</name>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>ईमेल या पासवर्ड सही नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>बहुत ज़्यादा कोशिशें हो गईं। %n सेकंड बाद फिर कोशिश करें।</numerusform>
            <numerusform>बहुत ज़्यादा कोशिशें हो गईं। %n सेकंड बाद फिर कोशिश करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>The history on this computer belongs to %1 on %2. To sign in to another workspace, use File &gt; Forget this device first.</source>
        <translation>इस कंप्यूटर की हिस्ट्री %2 पर मौजूद वर्कस्पेस %1 की है। किसी दूसरे वर्कस्पेस में साइन इन करने के लिए, पहले फ़ाइल &gt; यह डिवाइस भूलें का इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>इसे सिर्फ़ वर्कस्पेस का एडमिन बदल सकता है।</translation>
    </message>
    <message>
        <source>The workspace has no AI set up; choose the rules instead.</source>
        <translation>वर्कस्पेस में कोई AI सेट अप नहीं है; इसकी जगह नियम चुनें।</translation>
    </message>
    <message>
        <source>This computer&apos;s history could not record who is signed in (%1). Your messages are safe on the server; check that the disk has room, then sign out and in again.</source>
        <translation>इस कंप्यूटर का इतिहास यह दर्ज नहीं कर सका कि कौन साइन इन है (%1)। आपके संदेश सर्वर पर सुरक्षित हैं; देखें कि डिस्क में जगह है, फिर साइन आउट करके दोबारा साइन इन करें।</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a Relaydesk server. Check the server address.</source>
        <translation>%1 जवाब देता है, लेकिन यह Relaydesk सर्वर नहीं है। सर्वर का पता जांचें।</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Triage</name>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ऊँची</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Waiting on something other than the customer: out of Open until it is reopened</source>
        <translation>ग्राहक के अलावा किसी और चीज़ का इंतज़ार: फिर से खोलने तक खुली सूची से बाहर</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>प्राथमिकता (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>अत्यावश्यक (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>ऊँची (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>सामान्य (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>कम (&amp;L)</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>बातचीत बदलने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>प्रतीक्षा में मार्क करें (&amp;D)</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::WindowActions</name>
    <message>
        <source>The autopilot</source>
        <translation>ऑटोपायलट</translation>
    </message>
    <message>
        <source>Another agent</source>
        <translation>दूसरा एजेंट</translation>
    </message>
    <message>
        <source>Someone answered meanwhile</source>
        <translation>इस बीच किसी ने जवाब दे दिया</translation>
    </message>
    <message>
        <source>%1 replied while you were writing:</source>
        <translation>%1 — आपके लिखते समय यह जवाब आया:</translation>
    </message>
    <message>
        <source>Send mine too</source>
        <translation>मेरा भी भेजें</translation>
    </message>
    <message>
        <source>Let me look first</source>
        <translation>पहले देख लूं</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: only an approved template can go until they write again.</source>
        <translation>ग्राहक ने आखिरी बार 24 घंटे से ज़्यादा पहले लिखा था: जब तक वे फिर से नहीं लिखते, सिर्फ़ अप्रूव्ड टेम्पलेट भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>टेम्पलेट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1 Your history stays here; replies wait and go out when the link is back.</source>
        <translation>%1 आपकी हिस्ट्री यहीं है; जवाब रुके रहेंगे और कनेक्शन लौटने पर भेज दिए जाएंगे।</translation>
    </message>
    <message>
        <source>Not signed in. Your history on this computer stays browsable and searchable.</source>
        <translation>साइन इन नहीं है। इस कंप्यूटर पर आपकी हिस्ट्री देखी और खोजी जा सकती है।</translation>
    </message>
    <message>
        <source>The autopilot was not switched on: %1</source>
        <translation>ऑटोपायलट चालू नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>एजेंट %1</translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation>फिर से जुड़ गया</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConnectionStatus</name>
    <message>
        <source>Not signed in · %1</source>
        <translation>साइन इन नहीं है · %1</translation>
    </message>
    <message>
        <source>History closed for a moment…</source>
        <translation>हिस्ट्री कुछ देर के लिए बंद है…</translation>
    </message>
    <message>
        <source>Downloading your conversations from %1…</source>
        <translation>%1 से आपकी बातचीत डाउनलोड हो रही है…</translation>
    </message>
    <message>
        <source>Not connected · %1</source>
        <translation>कनेक्ट नहीं है · %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>ऑनलाइन · %1</translation>
    </message>
    <message>
        <source>Online · %1 · %2</source>
        <translation>ऑनलाइन · %1 · %2</translation>
    </message>
    <message>
        <source>Offline: no network. Your history is here; what you write is sent when the network is back.</source>
        <translation>ऑफ़लाइन: नेटवर्क नहीं है। आपकी हिस्ट्री यहीं है; आप जो लिखेंगे, वह नेटवर्क लौटने पर भेज दिया जाएगा।</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Trying again in %n s…</source>
        <translation>
            <numerusform>कनेक्शन टूट गया। %n सेकंड में फिर कोशिश होगी…</numerusform>
            <numerusform>कनेक्शन टूट गया। %n सेकंड में फिर कोशिश होगी…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConversationListModel</name>
    <message>
        <source>Visitor %1</source>
        <translation>विज़िटर %1</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>web chat</source>
        <translation>वेब चैट</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n बिना पढ़ा</numerusform>
            <numerusform>%n बिना पढ़े</numerusform>
        </translation>
    </message>
    <message>
        <source>autopilot answering</source>
        <translation>ऑटोपायलट जवाब दे रहा है</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>म्यूट है</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>एजेंट %1</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation>आपको असाइन</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>%1 को असाइन</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>ड्राफ़्ट: %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>%1 तक स्नूज़ में</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>ऊँची प्राथमिकता</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::LeadModel</name>
    <message>
        <source>Nobody</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>एजेंट %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n मैसेज)</numerusform>
            <numerusform>%1 (%n मैसेज)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::net::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>सर्वर का जवाब पढ़ा नहीं जा सका (%1)।</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>सर्वर ने गड़बड़ी का जवाब दिया (HTTP %1)।</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::MediaTransfers</name>
    <message>
        <source>cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>सर्वर ने HTTP %1 जवाब दिया।</translation>
    </message>
    <message>
        <source>The file arrived damaged twice (its checksum does not match). Try again later.</source>
        <translation>फ़ाइल दो बार खराब होकर आई (उसका चेकसम मेल नहीं खाता)। बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 को पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>सर्वर का जवाब पढ़ा नहीं जा सका (%1)।</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::StreamLink</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>सर्वर अब यह साइन-इन स्वीकार नहीं करता। फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>This device was signed out on the server. Sign in again.</source>
        <translation>सर्वर पर इस डिवाइस को साइन आउट कर दिया गया। फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>The server speaks another protocol version. Update Relaydesk.</source>
        <translation>सर्वर दूसरा प्रोटोकॉल वर्शन इस्तेमाल करता है। Relaydesk अपडेट करें।</translation>
    </message>
    <message>
        <source>The server sent something this version cannot read.</source>
        <translation>सर्वर ने कुछ ऐसा भेजा जिसे यह वर्शन पढ़ नहीं सकता।</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>आपका साइन-इन खत्म हो गया है। फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>The server speaks protocol %1 and this Relaydesk speaks %2. Update Relaydesk.</source>
        <translation>सर्वर प्रोटोकॉल %1 इस्तेमाल करता है और यह Relaydesk प्रोटोकॉल %2। Relaydesk अपडेट करें।</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>सर्वर ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>The connection stopped answering.</source>
        <translation>कनेक्शन ने जवाब देना बंद कर दिया।</translation>
    </message>
</context>
<context>
    <name>relaydesk::platform::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>पढ़ा मार्क करें</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब दें</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>%1 को जवाब दें</translation>
    </message>
</context>
<context>
    <name>relaydesk::platform::WindowsNotifier</name>
    <message>
        <source>Your reply</source>
        <translation>आपका जवाब</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब दें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>पढ़ा मार्क करें</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::PresenceTracker</name>
    <message>
        <source>Another agent</source>
        <translation>दूसरा एजेंट</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 टाइप कर रहे हैं…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 टाइप कर रहे हैं…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 देख रहे हैं</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 देख रहे हैं</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::SyncEngine</name>
    <message>
        <source>The history could not be saved on this computer.</source>
        <translation>हिस्ट्री इस कंप्यूटर पर सेव नहीं हो सकी।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::AttachmentTray</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <source>“%1” is %2; a picture can be at most %3.</source>
        <translation>“%1” का साइज़ %2 है; तस्वीर ज़्यादा से ज़्यादा %3 की हो सकती है।</translation>
    </message>
    <message>
        <source>“%1” is %2; a recording can be at most %3.</source>
        <translation>“%1” का साइज़ %2 है; रिकॉर्डिंग ज़्यादा से ज़्यादा %3 की हो सकती है।</translation>
    </message>
    <message>
        <source>“%1” is %2; a video can be at most %3.</source>
        <translation>“%1” का साइज़ %2 है; वीडियो ज़्यादा से ज़्यादा %3 का हो सकता है।</translation>
    </message>
    <message>
        <source>“%1” is %2; a file can be at most %3.</source>
        <translation>“%1” का साइज़ %2 है; फ़ाइल ज़्यादा से ज़्यादा %3 की हो सकती है।</translation>
    </message>
    <message>
        <source>Attachments to send</source>
        <translation>भेजने के लिए अटैचमेंट</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>अटैचमेंट में समस्या</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>सर्वर से कनेक्शन बंद हो गया।</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>“%1” को पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” खाली है।</translation>
    </message>
    <message>
        <source>A reply carries at most %1 files; “%2” was left out.</source>
        <translation>एक जवाब में ज़्यादा से ज़्यादा %1 फ़ाइलें जा सकती हैं; “%2” को छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending.</source>
        <translation>पेस्ट की गई तस्वीर भेजने के लिए रखी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>पेस्ट की गई तस्वीर</translation>
    </message>
    <message>
        <source>Pasted picture.png</source>
        <translation>पेस्ट की गई तस्वीर.png</translation>
    </message>
    <message>
        <source>File to send: %1</source>
        <translation>भेजने वाली फ़ाइल: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>साइज़</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>%1 का अपलोड</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएं</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 हटाएं</translation>
    </message>
    <message>
        <source>Leave this file out</source>
        <translation>यह फ़ाइल न भेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>%1 भेजना रद्द करें</translation>
    </message>
    <message>
        <source>Stop the upload; nothing is sent</source>
        <translation>अपलोड रोकें; कुछ नहीं भेजा जाएगा</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>“%1” को अपलोड नहीं किया जा सका: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::AudioPlayer</name>
    <message>
        <source>This recording cannot be played here.</source>
        <translation>यह रिकॉर्डिंग यहां नहीं चलाई जा सकती।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::Composer</name>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>जवाब लिखें… (Enter से भेजें, नई लाइन के लिए Shift+Enter)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>निजी नोट</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationDelegate</name>
    <message>
        <source>Autopilot</source>
        <translation>ऑटोपायलट</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>म्यूट</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <comment>the conversation list: the agent&apos;s unsent text, instead of the last message</comment>
        <translation>ड्राफ़्ट: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>a snoozed conversation in the list: when it wakes (a time, a weekday and time, or a date)</comment>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ऊँची</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>नाम से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter conversations by name</source>
        <translation>बातचीत को नाम से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>मेरी (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>असाइन नहीं (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>सभी (&amp;A)</translation>
    </message>
    <message>
        <source>Show whose conversations</source>
        <translation>किसकी बातचीत दिखाएं</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>बातचीत का स्टेटस</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>पेंडिंग</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>स्नूज़ में</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल हुई</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>अभी कोई बातचीत नहीं</translation>
    </message>
    <message>
        <source>When customers write on WhatsApp, Messenger or the web chat, their conversations appear here.</source>
        <translation>जब ग्राहक WhatsApp, Messenger या वेब चैट पर लिखेंगे, तो उनकी बातचीत यहां दिखेगी।</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>कोई बातचीत मेल नहीं खाती</translation>
    </message>
    <message>
        <source>No customer&apos;s name contains &quot;%1&quot;.</source>
        <translation>किसी भी ग्राहक के नाम में &quot;%1&quot; नहीं है।</translation>
    </message>
    <message>
        <source>Nothing open here</source>
        <translation>यहां कोई खुली बातचीत नहीं</translation>
    </message>
    <message>
        <source>Nothing pending here</source>
        <translation>यहां कोई पेंडिंग बातचीत नहीं</translation>
    </message>
    <message>
        <source>Nothing snoozed here</source>
        <translation>यहां कोई स्नूज़ की गई बातचीत नहीं</translation>
    </message>
    <message>
        <source>Nothing resolved here</source>
        <translation>यहां कोई हल हुई बातचीत नहीं</translation>
    </message>
    <message>
        <source>No conversation with this status is assigned to you.</source>
        <translation>इस स्टेटस वाली कोई बातचीत आपको असाइन नहीं है।</translation>
    </message>
    <message>
        <source>Every conversation with this status has an agent.</source>
        <translation>इस स्टेटस वाली हर बातचीत किसी एजेंट को असाइन है।</translation>
    </message>
    <message>
        <source>No conversation has this status.</source>
        <translation>किसी भी बातचीत का यह स्टेटस नहीं है।</translation>
    </message>
    <message>
        <source>Open: %1 (%2) · Show in list</source>
        <translation>खुली: %1 (%2) · सूची में दिखाएँ</translation>
    </message>
    <message>
        <source>The conversation in the thread is not in this list; show it where it is</source>
        <translation>थ्रेड में खुली बातचीत इस सूची में नहीं है; उसे वहाँ दिखाएँ जहाँ वह है</translation>
    </message>
    <message>
        <source>999+</source>
        <translation>999+</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a status tab or scope button: its name, then how many conversations</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n बातचीत</numerusform>
            <numerusform>%1, %n बातचीत</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages for “%1” (%2)</source>
        <translation>संदेशों में “%1” खोजें (%2)</translation>
    </message>
    <message>
        <source>Look for these words in every conversation&apos;s messages</source>
        <translation>इन शब्दों को हर बातचीत के संदेशों में खोजें</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>हल करें</translation>
    </message>
    <message>
        <source>Resolve every selected conversation</source>
        <translation>सभी चुनी गई बातचीत हल करें</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>असाइन करें</translation>
    </message>
    <message>
        <source>Assign every selected conversation</source>
        <translation>सभी चुनी गई बातचीत असाइन करें</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>स्नूज़ करें…</translation>
    </message>
    <message>
        <source>Snooze every selected conversation</source>
        <translation>सभी चुनी गई बातचीत स्नूज़ करें</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>पढ़ा हुआ चिह्नित करें</translation>
    </message>
    <message>
        <source>Mark every selected conversation read</source>
        <translation>सभी चुनी गई बातचीत को पढ़ा हुआ चिह्नित करें</translation>
    </message>
    <message>
        <source>Clear the selection (%1)</source>
        <translation>चयन हटाएँ (%1)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>चयन हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations chosen in the list</comment>
        <translation>
            <numerusform>%n चुनी गई</numerusform>
            <numerusform>%n चुनी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;gh priority</source>
        <translation>ऊँची प्राथमिकता (&amp;G)</translation>
    </message>
    <message>
        <source>Show only urgent and high-priority conversations (%1)</source>
        <translation>सिर्फ़ अत्यावश्यक और ऊँची प्राथमिकता वाली बातचीत दिखाएँ (%1)</translation>
    </message>
    <message>
        <source>Only urgent and high priority</source>
        <translation>सिर्फ़ अत्यावश्यक और ऊँची प्राथमिकता</translation>
    </message>
    <message>
        <source>Bringing your conversations…</source>
        <translation>आपकी बातचीत लाई जा रही है…</translation>
    </message>
    <message>
        <source>This computer is reading the workspace&apos;s history for the first time. The newest conversations appear in a moment.</source>
        <translation>यह कंप्यूटर पहली बार वर्कस्पेस का इतिहास पढ़ रहा है। नई बातचीत कुछ ही पल में दिखेंगी।</translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation>आपका इतिहास खुल रहा है…</translation>
    </message>
    <message>
        <source>Reading the conversations kept on this computer.</source>
        <translation>इस कंप्यूटर पर रखी बातचीत पढ़ी जा रही है।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageBrowser</name>
    <message>
        <source>The full picture could not be downloaded: %1</source>
        <translation>पूरी तस्वीर डाउनलोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Downloading the picture to save it…</source>
        <translation>सहेजने के लिए तस्वीर डाउनलोड हो रही है…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 में सहेजा गया</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>तस्वीर सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageViewer</name>
    <message>
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>ज़ूम आउट (-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>ज़ूम इन (+, Ctrl+व्हील)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>फ़िट</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>विंडो में फ़िट करें</translation>
    </message>
    <message>
        <source>Fit to window (0)</source>
        <translation>विंडो में फ़िट करें (0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>असली साइज़</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>असली साइज़ (1)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>तस्वीर: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>तस्वीर</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ज़ूम</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>%1 × %2 · %3%</source>
        <translation>%1 × %2 · %3%</translation>
    </message>
    <message>
        <source>Loading the full picture…</source>
        <translation>पूरी तस्वीर लोड हो रही है…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>सहेजें…</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>तस्वीर सहेजें</translation>
    </message>
    <message>
        <source>Save the picture (Ctrl+S)</source>
        <translation>तस्वीर सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>पिछली तस्वीर</translation>
    </message>
    <message>
        <source>Previous picture (Left)</source>
        <translation>पिछली तस्वीर (बायाँ तीर)</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>अगली तस्वीर</translation>
    </message>
    <message>
        <source>Next picture (Right)</source>
        <translation>अगली तस्वीर (दायाँ तीर)</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%2 में से %1 · %3</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadContact</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>ग्राहक का ईमेल</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>ग्राहक का फ़ोन</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+91 98765 43210</translation>
    </message>
    <message>
        <source>Enter saves; Escape puts back the saved value.</source>
        <translation>Enter सेव करता है; Escape सेव किया हुआ मान वापस लाता है।</translation>
    </message>
    <message>
        <source>Customer details sync status</source>
        <translation>ग्राहक की जानकारी का सिंक स्टेटस</translation>
    </message>
    <message>
        <source>Your change to the customer&apos;s details</source>
        <translation>ग्राहक की जानकारी में आपका बदलाव</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सेव नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Saving the customer&apos;s details… They are kept on this computer and sync when connected.</source>
        <translation>ग्राहक की जानकारी सेव हो रही है… यह इस कंप्यूटर पर रखी गई है और कनेक्ट होने पर सिंक हो जाएगी।</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>अब दोनों वर्शन एक जैसे हैं।</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you edited them. Choose the version to keep.</source>
        <translation>आपके एडिट करते समय किसी और ने इस ग्राहक की जानकारी बदल दी। चुनें कि कौन-सा वर्शन रखना है।</translation>
    </message>
    <message>
        <source>The server did not save your change to the customer&apos;s details: %1</source>
        <translation>सर्वर ने ग्राहक की जानकारी में आपका बदलाव सेव नहीं किया: %1</translation>
    </message>
    <message>
        <source>Theirs (v%1)</source>
        <translation>उनका (v%1)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सेव किया हुआ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>आपका</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>मेरा रखें</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>फिर से भेजें</translation>
    </message>
    <message>
        <source>Keep my version of the customer&apos;s details</source>
        <translation>ग्राहक की जानकारी का मेरा वर्शन रखें</translation>
    </message>
    <message>
        <source>Send my change to the customer&apos;s details again</source>
        <translation>ग्राहक की जानकारी में मेरा बदलाव फिर से भेजें</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>उनका रखें</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>मेरा हटाएं</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the customer&apos;s details</source>
        <translation>ग्राहक की जानकारी का सर्वर वाला वर्शन रखें</translation>
    </message>
    <message>
        <source>Discard my change to the customer&apos;s details</source>
        <translation>ग्राहक की जानकारी में मेरा बदलाव हटाएं</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadPane</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>वेब चैट</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>लीड पैनल</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>कोई ग्राहक नहीं चुना गया</translation>
    </message>
    <message>
        <source>The customer&apos;s lead record (stage, value, owner, notes) shows here for the open conversation.</source>
        <translation>खुली बातचीत के ग्राहक का लीड रिकॉर्ड (स्टेज, वैल्यू, ओनर, नोट) यहां दिखता है।</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>बिज़नेस का नाम</translation>
    </message>
    <message>
        <source>Lead sync status</source>
        <translation>लीड सिंक स्टेटस</translation>
    </message>
    <message>
        <source>Conflicting versions</source>
        <translation>अलग-अलग वर्शन</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>मेरा रखें</translation>
    </message>
    <message>
        <source>Keep my version of the lead</source>
        <translation>लीड का मेरा वर्शन रखें</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>उनका रखें</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the lead</source>
        <translation>लीड का सर्वर वाला वर्शन रखें</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>डील वैल्यू</translation>
    </message>
    <message>
        <source>Deal currency</source>
        <translation>डील की करेंसी</translation>
    </message>
    <message>
        <source>Deal value in the currency</source>
        <translation>करेंसी में डील वैल्यू</translation>
    </message>
    <message>
        <source>Lead owner</source>
        <translation>लीड ओनर</translation>
    </message>
    <message>
        <source>Summary notes</source>
        <translation>सारांश नोट</translation>
    </message>
    <message>
        <source>What the team should know about this customer</source>
        <translation>टीम को इस ग्राहक के बारे में क्या पता होना चाहिए</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>नोट सेव करें</translation>
    </message>
    <message>
        <source>Notes on this lead</source>
        <translation>इस लीड के नोट</translation>
    </message>
    <message>
        <source>Add a note for the team…</source>
        <translation>टीम के लिए नोट जोड़ें…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>नया नोट</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>नोट जोड़ें</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>New custom field name</source>
        <translation>नए कस्टम फ़ील्ड का नाम</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>वैल्यू</translation>
    </message>
    <message>
        <source>New custom field value</source>
        <translation>नए कस्टम फ़ील्ड की वैल्यू</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>कस्टम फ़ील्ड जोड़ें</translation>
    </message>
    <message>
        <source>The customer&apos;s conversations</source>
        <translation>ग्राहक की बातचीत</translation>
    </message>
    <message>
        <source>Enter or a click opens the conversation.</source>
        <translation>Enter दबाने या क्लिक करने पर बातचीत खुलती है।</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>बिज़नेस</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>स्टेज</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ओनर</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>कस्टम फ़ील्ड</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>बिना नाम का ग्राहक</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>आपका बदलाव सेव नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Saving your changes… They are kept on this computer and sync when connected.</source>
        <translation>आपके बदलाव सेव हो रहे हैं… ये इस कंप्यूटर पर रखे गए हैं और कनेक्ट होने पर सिंक हो जाएंगे।</translation>
    </message>
    <message>
        <source>Sign in to edit the lead.</source>
        <translation>लीड एडिट करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>No lead yet: any change creates it.</source>
        <translation>अभी कोई लीड नहीं: कोई भी बदलाव करने पर यह बन जाएगी।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Lead updated %1</source>
        <translation>लीड अपडेट हुई: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>%1 · saving…</source>
        <translation>%1 · सेव हो रहा है…</translation>
    </message>
    <message>
        <source>A note was not saved: %1</source>
        <translation>एक नोट सेव नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>कस्टम फ़ील्ड %1</translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation>कस्टम फ़ील्ड %1 हटाएं</translation>
    </message>
    <message>
        <source>Remove the field “%1”</source>
        <translation>फ़ील्ड “%1” हटाएं</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>डील</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>अब दोनों वर्शन एक जैसे हैं।</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you edited it. Choose the version to keep.</source>
        <translation>आपके एडिट करते समय किसी और ने यह लीड बदल दी। चुनें कि कौन-सा वर्शन रखना है।</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>आपका</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation>%1 (अभी खुली है)</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>यही बातचीत</translation>
    </message>
    <message>
        <source>Open this conversation</source>
        <translation>यह बातचीत खोलें</translation>
    </message>
    <message>
        <source>open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>स्नूज़ की गई</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>हल की गई</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undo the stage change</source>
        <translation>चरण का बदलाव पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undo the stage change (Ctrl+Z)</source>
        <translation>चरण का बदलाव पूर्ववत करें (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Type a currency&apos;s code to choose it, such as IDR.</source>
        <translation>मुद्रा चुनने के लिए उसका कोड लिखें, जैसे IDR।</translation>
    </message>
    <message>
        <source>Saved · %1</source>
        <translation>सहेजा गया · %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>उनका</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>%1 जैसी राशि लिखें।</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 owns this customer&apos;s deal and also answers this conversation.</source>
        <translation>%1 इस ग्राहक की डील के मालिक हैं और यह बातचीत भी वही संभालते हैं।</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; this conversation is assigned to %1, who answers it.</source>
        <translation>मालिक इस ग्राहक की डील पर लगातार नज़र रखते हैं; यह बातचीत %1 को सौंपी गई है, जो इसका जवाब देते हैं।</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; nobody is assigned to answer this conversation yet.</source>
        <translation>मालिक इस ग्राहक की डील पर लगातार नज़र रखते हैं; इस बातचीत का जवाब देने के लिए अभी किसी को नहीं सौंपा गया है।</translation>
    </message>
    <message>
        <source>Stage moved from %1 to %2.</source>
        <translation>चरण %1 से %2 पर गया।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadPipeline</name>
    <message>
        <source>Lead stage</source>
        <translation>लीड स्टेज</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नई</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>संपर्क हुआ</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>क्वालिफ़ाइड</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>प्रस्ताव</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>जीती</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>हारी</translation>
    </message>
    <message>
        <source>%1, stage %2 of %3. Left and Right choose another stage.</source>
        <translation>%1, %3 में से स्टेज %2। दूसरी स्टेज चुनने के लिए Left या Right दबाएं।</translation>
    </message>
    <message>
        <source>Move the lead to %1</source>
        <translation>लीड को %1 पर ले जाएँ</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadTags</name>
    <message>
        <source>Add a tag…</source>
        <translation>टैग जोड़ें…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>टैग जोड़ें</translation>
    </message>
    <message>
        <source>Type a tag and press Enter.</source>
        <translation>टैग लिखें और Enter दबाएं।</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>टैग %1 हटाएं</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>टैग “%1” हटाएं</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MainWindow</name>
    <message>
        <source>Relaydesk</source>
        <translation>Relaydesk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>साइन इन करें…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>अभी कोशिश करें</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>साइन इन करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट करें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>हिस्ट्री एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Change history &amp;passphrase…</source>
        <translation>हिस्ट्री का पासफ़्रेज़ बदलें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Forget this device…</source>
        <translation>यह डिवाइस भूलें (&amp;F)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>सेटिंग (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>बातचीत (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>थ्रेड (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lead panel</source>
        <translation>लीड पैनल (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter conversations by name</source>
        <translation>बातचीत को नाम से फ़िल्टर करें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>मैसेज खोजें (&amp;S)…</translation>
    </message>
    <message>
        <source>Show &amp;open</source>
        <translation>खुली दिखाएं (&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;pending</source>
        <translation>पेंडिंग दिखाएं (&amp;P)</translation>
    </message>
    <message>
        <source>Show s&amp;noozed</source>
        <translation>स्नूज़ वाली दिखाएं (&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>हल हुई दिखाएं (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>बातचीत (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>अगली बातचीत (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>पिछली बातचीत (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>जवाब दें (&amp;R)</translation>
    </message>
    <message>
        <source>Mark r&amp;esolved</source>
        <translation>हल हुई मार्क करें (&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>फिर से खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>स्नूज़ करें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Autopilot on/off</source>
        <translation>ऑटोपायलट चालू/बंद (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Relaydesk</source>
        <translation>Relaydesk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About Relaydesk</source>
        <translation>Relaydesk के बारे में</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Answer your customers on WhatsApp, Messenger and web chat from one window. History is kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;WhatsApp, Messenger और वेब चैट पर अपने ग्राहकों को एक ही विंडो से जवाब दें। हिस्ट्री इस कंप्यूटर पर एन्क्रिप्ट करके रखी जाती है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>अलग विंडो में खोलें (&amp;W)</translation>
    </message>
    <message>
        <source>%1 — Relaydesk</source>
        <comment>window title: customer</comment>
        <translation>%1 — Relaydesk</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>window title: unread customer messages, then the title</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>S&amp;how the lead panel</source>
        <translation>लीड पैनल दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Urgent conversations first</source>
        <translation>अत्यावश्यक बातचीत पहले (&amp;U)</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MediaSource</name>
    <message>
        <source>The picture could not be read.</source>
        <translation>तस्वीर पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Sign in to download this file.</source>
        <translation>यह फ़ाइल डाउनलोड करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>The media cache is not open.</source>
        <translation>मीडिया कैश खुला नहीं है।</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>यह फ़ाइल अभी इस कंप्यूटर पर नहीं है।</translation>
    </message>
    <message>
        <source>The picture could not be read: %1</source>
        <translation>तस्वीर पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>There is no folder to open the file from.</source>
        <translation>फ़ाइल खोलने के लिए कोई फ़ोल्डर नहीं है।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MentionCompleter</name>
    <message>
        <source>Agents to mention</source>
        <translation>ज़िक्र करने के लिए एजेंट</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>ऑटोपायलट</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <translation>निजी नोट · %1</translation>
    </message>
    <message>
        <source>edited · %1</source>
        <translation>एडिट किया गया · %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>the download did not finish</source>
        <translation>डाउनलोड पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Retry the download</source>
        <translation>फिर से डाउनलोड करें</translation>
    </message>
    <message>
        <source>Play or pause (Enter)</source>
        <translation>चलाएं या रोकें (Enter)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>खोलें (Enter)</translation>
    </message>
    <message>
        <source>Autopilot paused: %1 replied</source>
        <translation>ऑटोपायलट रुका: %1 ने जवाब दिया</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note from Relaydesk</source>
        <translation>Relaydesk का नोट</translation>
    </message>
    <message>
        <source>Relaydesk</source>
        <translation>Relaydesk</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>निजी नोट</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n नया मैसेज</numerusform>
            <numerusform>%n नए मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to open it; right-click to copy it.</source>
        <translation>%1
खोलने के लिए क्लिक करें; कॉपी करने के लिए राइट-क्लिक करें।</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>निम्न</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>You unassigned this</source>
        <translation>आपने इसका असाइनमेंट हटाया</translation>
    </message>
    <message>
        <source>%1 unassigned this</source>
        <translation>%1 ने इसका असाइनमेंट हटाया</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source>You assigned it to yourself</source>
        <translation>आपने इसे खुद को असाइन किया</translation>
    </message>
    <message>
        <source>You assigned it to %1</source>
        <translation>आपने इसे %1 को असाइन किया</translation>
    </message>
    <message>
        <source>%1 assigned it to you</source>
        <translation>%1 ने इसे आपको असाइन किया</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>आपको असाइन किया गया</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 ने इसे %2 को असाइन किया</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 को असाइन किया गया</translation>
    </message>
    <message>
        <source>You resolved this</source>
        <translation>आपने इसे हल किया</translation>
    </message>
    <message>
        <source>%1 resolved this</source>
        <translation>%1 ने इसे हल किया</translation>
    </message>
    <message>
        <source>You set this to Pending</source>
        <translation>आपने इसे लंबित किया</translation>
    </message>
    <message>
        <source>%1 set this to Pending</source>
        <translation>%1 ने इसे लंबित किया</translation>
    </message>
    <message>
        <source>You reopened this</source>
        <translation>आपने इसे फिर से खोला</translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation>%1 ने इसे फिर से खोला</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by you</source>
        <translation>ग्राहक के जवाब तक स्नूज़, आपके द्वारा</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by %1</source>
        <translation>ग्राहक के जवाब तक स्नूज़, %1 द्वारा</translation>
    </message>
    <message>
        <source>Snoozed until %1 by you</source>
        <translation>%1 तक स्नूज़, आपके द्वारा</translation>
    </message>
    <message>
        <source>Snoozed until %1 by %2</source>
        <translation>%1 तक स्नूज़, %2 द्वारा</translation>
    </message>
    <message>
        <source>Woke up: the customer replied</source>
        <translation>फिर सक्रिय: ग्राहक ने जवाब दिया</translation>
    </message>
    <message>
        <source>Woke up</source>
        <translation>फिर सक्रिय</translation>
    </message>
    <message>
        <source>Priority set to %1 by you</source>
        <translation>प्राथमिकता %1 की गई, आपके द्वारा</translation>
    </message>
    <message>
        <source>Priority set to %1 by %2</source>
        <translation>प्राथमिकता %1 की गई, %2 द्वारा</translation>
    </message>
    <message>
        <source>Autopilot paused: you replied</source>
        <translation>ऑटोपायलट रुका: आपने जवाब दिया</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>आपने ऑटोपायलट बंद किया</translation>
    </message>
    <message>
        <source>%1 turned the autopilot off</source>
        <translation>%1 ने ऑटोपायलट बंद किया</translation>
    </message>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>आपने ऑटोपायलट चालू किया (AI)</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on (AI)</source>
        <translation>%1 ने ऑटोपायलट चालू किया (AI)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>आपने ऑटोपायलट चालू किया</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on</source>
        <translation>%1 ने ऑटोपायलट चालू किया</translation>
    </message>
    <message>
        <source>The conversation changed</source>
        <translation>बातचीत बदली</translation>
    </message>
    <message>
        <source>Private note by %1</source>
        <translation>%1 का निजी नोट</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an attachment&apos;s kind and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>पहुँच गया</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ लिया गया</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageLinks</name>
    <message>
        <source>&amp;Write an e-mail</source>
        <translation>ईमेल लिखें (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>लिंक खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Copy e-mail &amp;address</source>
        <translation>ईमेल पता कॉपी करें (&amp;A)</translation>
    </message>
    <message>
        <source>Copy link &amp;address</source>
        <translation>लिंक का पता कॉपी करें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>टेक्स्ट कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation>फिर से भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>यह संदेश फिर से भेजें</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>जवाब दें (&amp;P)</translation>
    </message>
    <message>
        <source>Copy message &amp;time</source>
        <translation>संदेश का समय कॉपी करें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save attachment…</source>
        <translation>अटैचमेंट सहेजें… (&amp;S)</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <comment>an attachment&apos;s file name</comment>
        <translation>“%1” सहेजें…</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::PassphraseDialog</name>
    <message>
        <source>Protect your history</source>
        <translation>अपनी हिस्ट्री सुरक्षित करें</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key of your message history, so Relaydesk encrypts it with a passphrase you choose. It cannot be recovered: if you forget it, the history on this computer is lost (it can be downloaded again from the server).</source>
        <translation>इस कंप्यूटर पर आपकी मैसेज हिस्ट्री की कुंजी रखने के लिए कोई कीचेन नहीं है, इसलिए Relaydesk उसे आपके चुने हुए पासफ़्रेज़ से एन्क्रिप्ट करता है। यह पासफ़्रेज़ वापस नहीं पाया जा सकता: अगर आप इसे भूल गए, तो इस कंप्यूटर की हिस्ट्री खो जाएगी (उसे सर्वर से फिर से डाउनलोड किया जा सकता है)।</translation>
    </message>
    <message>
        <source>Unlock your history</source>
        <translation>अपनी हिस्ट्री अनलॉक करें</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your message history on this computer.</source>
        <translation>वह पासफ़्रेज़ डालें जो इस कंप्यूटर पर आपकी मैसेज हिस्ट्री को सुरक्षित रखता है।</translation>
    </message>
    <message>
        <source>Change the history passphrase</source>
        <translation>हिस्ट्री का पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>The history on this computer is encrypted again with the new passphrase; with a long history this takes a little while. The new passphrase cannot be recovered either.</source>
        <translation>इस कंप्यूटर की हिस्ट्री नए पासफ़्रेज़ से फिर से एन्क्रिप्ट की जाती है; लंबी हिस्ट्री में इसमें थोड़ा समय लगता है। नया पासफ़्रेज़ भी वापस नहीं पाया जा सकता।</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>मौजूदा पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>मौजूदा पासफ़्रेज़ (&amp;C):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>नया पासफ़्रेज़ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>दोबारा (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>बदलें (&amp;H)</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>नया पासफ़्रेज़ मौजूदा पासफ़्रेज़ जैसा ही है।</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>कम से कम %n अक्षर इस्तेमाल करें।</numerusform>
            <numerusform>कम से कम %n अक्षर इस्तेमाल करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>P&amp;rotect</source>
        <translation>सुरक्षित करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::QuickReplyCompleter</name>
    <message>
        <source>Quick replies</source>
        <translation>क्विक रिप्लाई</translation>
    </message>
    <message>
        <source>%1, quick reply %2: %3</source>
        <translation>%1, क्विक रिप्लाई %2: %3</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>मैसेज खोजें</translation>
    </message>
    <message>
        <source>Search all messages on this computer</source>
        <translation>इस कंप्यूटर के सभी मैसेज में खोजें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Words to find in every conversation; works offline</source>
        <translation>हर बातचीत में खोजने के लिए शब्द; ऑफ़लाइन भी काम करता है</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <source>Messages found, grouped by conversation</source>
        <translation>मिले मैसेज, बातचीत के हिसाब से</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>खोज का सारांश</translation>
    </message>
    <message>
        <source>Type words to find them in every conversation, even offline.</source>
        <translation>हर बातचीत में खोजने के लिए शब्द लिखें, ऑफ़लाइन भी।</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>किसी भी मैसेज में “%1” नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n मैसेज</numerusform>
            <numerusform>%n मैसेज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n बातचीत</numerusform>
            <numerusform>%n बातचीत</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 found, in %2. Add a word to narrow it.</source>
        <translation>%2 में सबसे नए %1 मिले। खोज छोटी करने के लिए कोई और शब्द जोड़ें।</translation>
    </message>
    <message>
        <source>%1 found, in %2.</source>
        <translation>नतीजे: %2 में %1।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SettingsDialog</name>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation>ग्राहक के लिखने पर सूचना दिखाएं (&amp;N)</translation>
    </message>
    <message>
        <source>Show the message&apos;s &amp;text (off: only &quot;New message&quot;)</source>
        <translation>मैसेज का टेक्स्ट दिखाएं (बंद होने पर सिर्फ़ &quot;नया मैसेज&quot;) (&amp;T)</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>आवाज़ चलाएं (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (until I turn it off)</source>
        <translation>परेशान न करें (जब तक मैं बंद न करूं) (&amp;D)</translation>
    </message>
    <message>
        <source>Do not disturb &amp;every day</source>
        <translation>हर दिन परेशान न करें (&amp;E)</translation>
    </message>
    <message>
        <source>Start Relaydesk when I &amp;log in</source>
        <translation>लॉग इन करने पर Relaydesk शुरू करें (&amp;L)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएं</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>सूचनाओं में मैसेज का टेक्स्ट दिखाएं</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>सूचना की आवाज़</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>परेशान न करें</translation>
    </message>
    <message>
        <source>Do not disturb every day</source>
        <translation>हर दिन परेशान न करें</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>शांत समय की शुरुआत</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>शांत समय का अंत</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>कब से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>कब तक (&amp;U)</translation>
    </message>
    <message>
        <source>A time before the start means the next morning.</source>
        <translation>शुरुआत से पहले का समय अगली सुबह माना जाता है।</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>मेरे सेशन के साथ शुरू करें</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>दिखावट</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>भाषा (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>रंग (&amp;C)</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>सिस्टम के अनुसार (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कीज़</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>जवाब भेजें</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>जवाब में नई लाइन</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Up, Down, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>पैनल के बीच जाएं</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>क्विक रिप्लाई</translation>
    </message>
    <message>
        <source>/ and its shortcut, then Enter or Tab</source>
        <translation>/ और उसका शॉर्टकट, फिर Enter या Tab</translation>
    </message>
    <message>
        <source>Copy the selected message</source>
        <translation>चुना गया मैसेज कॉपी करें</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Menu कुंजी</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>बातचीत की सूची</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>खुली हुई बातचीत</translation>
    </message>
    <message>
        <source>Thread and reply</source>
        <translation>थ्रेड और जवाब</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>लीड पैनल</translation>
    </message>
    <message>
        <source>Moving around and search</source>
        <translation>इधर-उधर जाना और खोज</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>तस्वीरें और वीडियो</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>विंडो</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>सूची में ऊपर-नीचे जाएं</translation>
    </message>
    <message>
        <source>Open the selected message&apos;s attachment or link</source>
        <translation>चुने गए मैसेज का अटैचमेंट या लिंक खोलें</translation>
    </message>
    <message>
        <source>Message menu (reply, copy, open a link)</source>
        <translation>मैसेज का मेनू (जवाब, कॉपी, लिंक खोलें)</translation>
    </message>
    <message>
        <source>Move the lead to the previous or next stage</source>
        <translation>लीड को पिछले या अगले चरण पर ले जाएं</translation>
    </message>
    <message>
        <source>Left, Right (on the stages)</source>
        <translation>Left, Right (चरणों पर)</translation>
    </message>
    <message>
        <source>Move the lead to the first or last stage</source>
        <translation>लीड को पहले या आखिरी चरण पर ले जाएं</translation>
    </message>
    <message>
        <source>Home, End (on the stages)</source>
        <translation>Home, End (चरणों पर)</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>ज़ूम इन, ज़ूम आउट</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>तस्वीर को विंडो के बराबर करें</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>असली साइज़</translation>
    </message>
    <message>
        <source>Play or pause a video</source>
        <translation>वीडियो चलाएं या रोकें</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>व्यूअर बंद करें</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Play or pause the selected voice note</source>
        <translation>चुना गया वॉइस नोट चलाएँ या रोकें</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Space</translation>
    </message>
    <message>
        <source>Slower or faster voice note (1×, 1.5×, 2×)</source>
        <translation>वॉइस नोट धीमा या तेज़ (1×, 1.5×, 2×)</translation>
    </message>
    <message>
        <source>[, ]</source>
        <translation>[, ]</translation>
    </message>
    <message>
        <source>Previous or next picture of the conversation</source>
        <translation>बातचीत की पिछली या अगली तस्वीर</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Left, Right</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>तस्वीर सहेजें</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to Relaydesk</source>
        <translation>Relaydesk में साइन इन करें</translation>
    </message>
    <message>
        <source>Sign in with the account your workspace&apos;s admin gave you.</source>
        <translation>अपने वर्कस्पेस के एडमिन से मिले अकाउंट से साइन इन करें।</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>सर्वर (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ईमेल (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>साइन इन करें (&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze conversation</source>
        <translation>बातचीत स्नूज़ करें</translation>
    </message>
    <message>
        <source>Hide this conversation until:</source>
        <translation>इस बातचीत को कब तक छिपाएं:</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>एक घंटे बाद</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>अगले हफ़्ते</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>कब तक स्नूज़ करें</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>स्नूज़ करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>आज सुबह</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>आज बाद में</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>This weekend</source>
        <translation>इस सप्ताहांत</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a snooze choice: its name, then when</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Until the customer &amp;replies</source>
        <translation>जब तक ग्राहक जवाब न दे (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Another time:</source>
        <translation>कोई और समय (&amp;A):</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a snooze moment: the day, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose when the conversation comes back.</source>
        <translation>चुनें कि बातचीत कब वापस आए।</translation>
    </message>
    <message>
        <source>That time does not exist in your time zone (the clocks change then). Choose another.</source>
        <translation>यह समय आपके समय क्षेत्र में मौजूद नहीं है (उस समय घड़ियाँ बदलती हैं)। कोई और समय चुनें।</translation>
    </message>
    <message>
        <source>That time has passed. Choose a time in the future.</source>
        <translation>यह समय बीत चुका है। भविष्य का कोई समय चुनें।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::TemplateDialog</name>
    <message>
        <source>Send a template</source>
        <translation>टेम्पलेट भेजें</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: the channel lets only an approved template through until they write again.</source>
        <translation>ग्राहक ने आखिरी बार 24 घंटे से ज़्यादा पहले लिखा था: जब तक वे फिर से नहीं लिखते, चैनल सिर्फ़ अप्रूव्ड टेम्पलेट ही जाने देता है।</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What the customer will read</source>
        <translation>ग्राहक क्या पढ़ेगा</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>This workspace has no approved templates. An administrator adds them on the server.</source>
        <translation>इस वर्कस्पेस में कोई अप्रूव्ड टेम्पलेट नहीं है। एडमिन इन्हें सर्वर पर जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>{{%1}} के लिए वैल्यू</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>पैरामीटर %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ThreadHeader</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>वेब चैट</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>स्नूज़ की गई</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल की गई</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 तक स्नूज़</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies</source>
        <translation>ग्राहक के जवाब तक स्नूज़</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>आपको सौंपी गई</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 को सौंपी गई</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>किसी को नहीं सौंपी गई</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>ऊँची प्राथमिकता</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>कम प्राथमिकता</translation>
    </message>
    <message>
        <source>About this conversation</source>
        <translation>इस बातचीत के बारे में</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>हल करें</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>हल हुई मार्क करें</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>फिर से खोलें</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>स्नूज़…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>स्नूज़</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>सौंपें</translation>
    </message>
    <message>
        <source>Assign to an agent</source>
        <translation>किसी एजेंट को सौंपें</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Set the priority</source>
        <translation>प्राथमिकता तय करें</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ThreadPane</name>
    <message>
        <source>&amp;Send</source>
        <translation>भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस रूप में सेव करें</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>कोई बातचीत खुली नहीं है</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it and reply.</source>
        <translation>पढ़ने और जवाब देने के लिए बाईं ओर से कोई बातचीत चुनें।</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>भेजें (Enter)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>अटैच करें…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>फ़ाइलें अटैच करें</translation>
    </message>
    <message>
        <source>Attach files (or drop them here, or paste a picture)</source>
        <translation>फ़ाइलें अटैच करें (या उन्हें यहां छोड़ें, या कोई तस्वीर पेस्ट करें)</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ सबसे नया</translation>
    </message>
    <message>
        <source>Jump to the newest message (Ctrl+End)</source>
        <translation>सबसे नए मैसेज पर जाएं (Ctrl+End)</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>सबसे नए मैसेज पर जाएं</translation>
    </message>
    <message>
        <source>Send a &amp;template…</source>
        <translation>टेम्पलेट भेजें (&amp;T)…</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>टेम्पलेट भेजें</translation>
    </message>
    <message>
        <source>The channel accepts only an approved template until the customer writes again</source>
        <translation>ग्राहक के फिर से लिखने तक चैनल सिर्फ़ अप्रूव्ड टेम्पलेट स्वीकार करता है</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>ऑटोपायलट</translation>
    </message>
    <message>
        <source>Let the autopilot answer this customer (Ctrl+Shift+A)</source>
        <translation>इस ग्राहक को ऑटोपायलट से जवाब दिलाएं (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Autopilot: AI</source>
        <translation>ऑटोपायलट: AI</translation>
    </message>
    <message>
        <source>Autopilot: on</source>
        <translation>ऑटोपायलट: चालू</translation>
    </message>
    <message>
        <source>Autopilot: off</source>
        <translation>ऑटोपायलट: बंद</translation>
    </message>
    <message>
        <source>The autopilot answers this customer</source>
        <translation>इस ग्राहक को ऑटोपायलट जवाब देता है</translation>
    </message>
    <message>
        <source>Agents answer this customer</source>
        <translation>इस ग्राहक को एजेंट जवाब देते हैं</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>जवाब लिखें… (Enter से भेजें, नई लाइन के लिए Shift+Enter)</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>वीडियो डाउनलोड हो रहा है…</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>वीडियो डाउनलोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>फ़ाइल नहीं खुल सकी: %1</translation>
    </message>
    <message>
        <source>No application on this computer opens this kind of file. Use Save As… to keep it.</source>
        <translation>इस कंप्यूटर पर ऐसी फ़ाइल खोलने वाला कोई ऐप नहीं है। इसे रखने के लिए “सेव करें…” का इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 में सेव किया गया</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>फ़ाइल सेव नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Write a pri&amp;vate note</source>
        <translation>निजी नोट लिखें (&amp;I)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>निजी नोट</translation>
    </message>
    <message>
        <source>When on, what you write is a note only agents see; the customer does not get it</source>
        <translation>चालू होने पर, आप जो लिखेंगे वह ऐसा नोट होगा जिसे सिर्फ़ एजेंट देखते हैं; ग्राहक को यह नहीं मिलता</translation>
    </message>
    <message>
        <source>Write a private note only agents see (Ctrl+Shift+N)</source>
        <translation>ऐसा निजी नोट लिखें जिसे सिर्फ़ एजेंट देखते हैं (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Su&amp;ggest a reply</source>
        <translation>जवाब सुझाएं (&amp;G)</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>जवाब सुझाएं</translation>
    </message>
    <message>
        <source>The workspace&apos;s AI drafts a reply from this conversation&apos;s recent messages, which go to the AI service for it. Nothing is sent to the customer: you edit the draft and send it.</source>
        <translation>वर्कस्पेस का AI इस बातचीत के हाल के मैसेज से जवाब का ड्राफ़्ट बनाता है; इसके लिए ये मैसेज AI सर्विस को भेजे जाते हैं। ग्राहक को कुछ नहीं भेजा जाता: आप ड्राफ़्ट एडिट करके खुद भेजते हैं।</translation>
    </message>
    <message>
        <source>Suggest a reply (Ctrl+Shift+G)</source>
        <translation>जवाब सुझाएं (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Asking the workspace&apos;s AI for a draft (it reads this conversation&apos;s recent messages)…</source>
        <translation>वर्कस्पेस के AI से ड्राफ़्ट मांगा जा रहा है (वह इस बातचीत के हाल के मैसेज पढ़ता है)…</translation>
    </message>
    <message>
        <source>A suggested reply: read it and change what you need before you send it.</source>
        <translation>सुझाया गया जवाब: भेजने से पहले इसे पढ़ें और जो ज़रूरी हो, बदलें।</translation>
    </message>
    <message>
        <source>The suggestion is below what you wrote, selected: delete it or keep what you want.</source>
        <translation>सुझाव आपके लिखे टेक्स्ट के नीचे चुना हुआ है: इसे हटाएं या जितना चाहिए उतना रखें।</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>कोई सुझाव नहीं: %1</translation>
    </message>
    <message>
        <source>Write a private note… (only agents see it)</source>
        <translation>निजी नोट लिखें… (इसे सिर्फ़ एजेंट देखते हैं)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>नोट जोड़ें (&amp;N)</translation>
    </message>
    <message>
        <source>Add the note for the other agents (Enter)</source>
        <translation>दूसरे एजेंट के लिए नोट जोड़ें (Enter)</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>सुझाव बन रहा है…</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>इस कंप्यूटर पर %1 खोलने वाला कोई ऐप नहीं है।</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::VideoPlayer</name>
    <message>
        <source>Video: %1</source>
        <translation>वीडियो: %1</translation>
    </message>
    <message>
        <source>Video picture</source>
        <translation>वीडियो की तस्वीर</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>चलाएं</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>चलाएं या रोकें (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>पोज़िशन</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>This video cannot be played here.</source>
        <translation>यह वीडियो यहां नहीं चलाया जा सकता।</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Close the video (Esc)</source>
        <translation>वीडियो बंद करें (Esc)</translation>
    </message>
    <message>
        <source>Close the video</source>
        <translation>वीडियो बंद करें</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::VideoPosters</name>
    <message>
        <source>This video cannot be played here.</source>
        <translation>यह वीडियो यहाँ नहीं चल सकता।</translation>
    </message>
    <message>
        <source>No picture could be taken from this video.</source>
        <translation>इस वीडियो से कोई तस्वीर नहीं ली जा सकी।</translation>
    </message>
</context>
</TS>
