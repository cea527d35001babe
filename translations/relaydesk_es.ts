<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttachmentPainter</name>
    <message>
        <source>Could not download: %1</source>
        <translation>No se pudo descargar: %1</translation>
    </message>
    <message>
        <source>Downloading… %1% of %2</source>
        <translation>Descargando… %1% de %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Nota de voz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1 document</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>Not on this computer yet</source>
        <translation>Aún no está en este equipo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 · %2 · length unknown</source>
        <translation>%1 · %2 · duración desconocida</translation>
    </message>
</context>
<context>
    <name>AudioSummaries</name>
    <message>
        <source>This recording is damaged and cannot be read.</source>
        <translation>Esta grabación está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>This recording is empty.</source>
        <translation>Esta grabación está vacía.</translation>
    </message>
    <message>
        <source>This computer cannot read this kind of recording.</source>
        <translation>Este equipo no puede leer este tipo de grabación.</translation>
    </message>
    <message>
        <source>This recording cannot be read here.</source>
        <translation>Esta grabación no se puede leer aquí.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Relaydesk: answer customers on WhatsApp, Messenger and web chat from one window.</source>
        <translation>Relaydesk: responde a tus clientes de WhatsApp, Messenger y chat web desde una sola ventana.</translation>
    </message>
    <message>
        <source>Keep settings, history, cache and keychain entries in &lt;folder&gt;, apart from every other profile.</source>
        <translation>Guardar la configuración, el historial, la caché y las entradas del llavero en &lt;carpeta&gt;, separados de cualquier otro perfil.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Connect to the Relaydesk server at &lt;url&gt; (https://, or http:// on this computer).</source>
        <translation>Conectarse al servidor de Relaydesk en &lt;url&gt; (https://, o http:// en este equipo).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Guardar una imagen de la ventana principal en &lt;archivo&gt; en cuanto se muestre y después salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See relaydesk --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;. Consulta relaydesk --help.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>It holds characters that cannot be read; type it again.</source>
        <translation>Contiene caracteres que no se pueden leer; escríbelo de nuevo.</translation>
    </message>
    <message>
        <source>It cannot hold line breaks or control characters.</source>
        <translation>No puede contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>It cannot hold characters that turn the text&apos;s direction.</source>
        <translation>No puede contener caracteres que cambian la dirección del texto.</translation>
    </message>
    <message>
        <source>It can be at most %1 characters long.</source>
        <translation>Puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Write the customer&apos;s name: it cannot be empty.</source>
        <translation>Escribe el nombre del cliente: no puede quedar vacío.</translation>
    </message>
    <message>
        <source>Write an address such as name@example.com.</source>
        <translation>Escribe una dirección como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( ).</source>
        <translation>Usa solo dígitos, espacios y + - ( ).</translation>
    </message>
    <message>
        <source>Write the phone number&apos;s digits.</source>
        <translation>Escribe los dígitos del número de teléfono.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>The export folder %1 is not empty. Choose an empty or new folder.</source>
        <translation>La carpeta de exportación %1 no está vacía. Elige una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation>No se puede crear la carpeta de exportación %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>No se puede terminar de escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The history file %1 is not encrypted, so Relaydesk will not use it. Move it out of the profile folder; Relaydesk then downloads your history again into a new encrypted file.</source>
        <translation>El archivo de historial %1 no está cifrado, así que Relaydesk no lo usará. Sácalo de la carpeta del perfil; Relaydesk volverá a descargar tu historial en un archivo cifrado nuevo.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (its size is not a whole number of pages). Use &quot;Forget this device&quot; to remove it; your history is downloaded again from the server when you sign in.</source>
        <translation>El archivo de historial %1 está dañado (su tamaño no es un número entero de páginas). Usa &quot;Olvidar este dispositivo&quot; para eliminarlo; tu historial se volverá a descargar del servidor cuando inicies sesión.</translation>
    </message>
    <message>
        <source>The history file %1 does not exist yet.</source>
        <translation>El archivo de historial %1 aún no existe.</translation>
    </message>
    <message>
        <source>Relaydesk cannot open the history file %1 (%2). Check that the profile folder is yours and the disk is not full.</source>
        <translation>Relaydesk no puede abrir el archivo de historial %1 (%2). Comprueba que la carpeta del perfil sea tuya y que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be unlocked: the key or passphrase is wrong, or the file is damaged. The file was not changed. Enter the right passphrase, or use &quot;Forget this device&quot; and sign in again to download your history.</source>
        <translation>No se puede desbloquear el archivo de historial %1: la clave o la frase de contraseña son incorrectas, o el archivo está dañado. El archivo no se modificó. Escribe la frase de contraseña correcta, o usa &quot;Olvidar este dispositivo&quot; y vuelve a iniciar sesión para descargar tu historial.</translation>
    </message>
    <message>
        <source>Relaydesk cannot read the history file %1 (%2).</source>
        <translation>Relaydesk no puede leer el archivo de historial %1 (%2).</translation>
    </message>
    <message>
        <source>Relaydesk cannot prepare the history file %1 (%2).</source>
        <translation>Relaydesk no puede preparar el archivo de historial %1 (%2).</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Relaydesk (schema %2; this version knows up to %3). Update Relaydesk.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de Relaydesk (esquema %2; esta versión reconoce hasta el %3). Actualiza Relaydesk.</translation>
    </message>
    <message>
        <source>Relaydesk could not update the history file %1 to this version (step %2: %3). The file was left as it was; nothing was lost.</source>
        <translation>Relaydesk no pudo actualizar el archivo de historial %1 a esta versión (paso %2: %3). El archivo quedó como estaba; no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>DeviceWipe</name>
    <message>
        <source>These files could not be removed: %1. Close other programs that may use them and try again.</source>
        <translation>No se pudieron eliminar estos archivos: %1. Cierra otros programas que puedan estar usándolos e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>HistoryOpener</name>
    <message>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation>Esa frase de contraseña no desbloqueó el historial. Inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The history stays locked after %n wrong passphrases.</source>
        <translation>
            <numerusform>El historial sigue bloqueado tras %n frase de contraseña incorrecta.</numerusform>
            <numerusform>El historial sigue bloqueado tras %n frases de contraseña incorrectas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySecret</name>
    <message>
        <source>The keychain that holds the key to your history cannot be reached (%1). Unlock your keychain and start Relaydesk again.</source>
        <translation>No se puede acceder al llavero que guarda la clave de tu historial (%1). Desbloquea el llavero y vuelve a abrir Relaydesk.</translation>
    </message>
    <message>
        <source>The key to your history is no longer in the keychain, so the history on this computer cannot be opened. Use &quot;Forget this device&quot; and sign in again to download it.</source>
        <translation>La clave de tu historial ya no está en el llavero, así que no se puede abrir el historial de este equipo. Usa &quot;Olvidar este dispositivo&quot; y vuelve a iniciar sesión para descargarlo.</translation>
    </message>
    <message>
        <source>The random number generator could not start.</source>
        <translation>No se pudo iniciar el generador de números aleatorios.</translation>
    </message>
    <message>
        <source>Your history needs a passphrase, and there is no way to ask for one here.</source>
        <translation>Tu historial necesita una frase de contraseña y aquí no hay forma de pedirla.</translation>
    </message>
    <message>
        <source>No passphrase was given, so the history stays locked.</source>
        <translation>No se indicó ninguna frase de contraseña, así que el historial sigue bloqueado.</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>No se pudo quitar la clave del llavero: %1</translation>
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
        <translation>Cifrando el historial con la nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No se envió</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>You are signed out. Also forget this device, removing the history, the cache and the keys kept on this computer?</source>
        <translation>Se cerró tu sesión. ¿Quieres también olvidar este dispositivo y eliminar el historial, la caché y las claves guardadas en este equipo?</translation>
    </message>
    <message>
        <source>Sign in to reply. You can read your history meanwhile.</source>
        <translation>Inicia sesión para responder. Mientras tanto, puedes leer tu historial.</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Olvidar este dispositivo</translation>
    </message>
    <message>
        <source>Keep the history</source>
        <translation>Conservar el historial</translation>
    </message>
    <message>
        <source>Your reply could not be saved on this computer (%1). Its text is back in that conversation&apos;s reply box.</source>
        <translation>Tu respuesta no se pudo guardar en este equipo (%1). Su texto ha vuelto al cuadro de respuesta de esa conversación.</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This file (%1) is larger than the whole media cache (%2), so it was not kept for offline use. Raise the media cache size to keep files this large.</source>
        <translation>Este archivo (%1) es más grande que toda la caché multimedia (%2), así que no se guardó para usarlo sin conexión. Aumenta el tamaño de la caché multimedia para guardar archivos tan grandes.</translation>
    </message>
    <message>
        <source>This file is not in the media cache. Download it again.</source>
        <translation>Este archivo no está en la caché multimedia. Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>A cached file could not be decrypted: it is damaged or was saved with another key. It was removed from the cache; download it again.</source>
        <translation>No se pudo descifrar un archivo de la caché: está dañado o se guardó con otra clave. Se quitó de la caché; vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>The media cache cannot be used because its encryption key is not valid. Media will be downloaded each time it is opened; please report this problem.</source>
        <translation>No se puede usar la caché multimedia porque su clave de cifrado no es válida. Los archivos multimedia se descargarán cada vez que se abran; reporta este problema.</translation>
    </message>
    <message>
        <source>The encryption library could not be started, so the media cache is turned off. Reinstall Relaydesk to fix this.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado, así que la caché multimedia está desactivada. Reinstala Relaydesk para solucionarlo.</translation>
    </message>
    <message>
        <source>Cannot use the media cache folder %1. Check that it is a writable folder and that the disk has free space.</source>
        <translation>No se puede usar la carpeta de la caché multimedia %1. Comprueba que se pueda escribir en ella y que el disco tenga espacio libre.</translation>
    </message>
    <message>
        <source>This file has no media id, so it cannot be cached. Please report this problem.</source>
        <translation>Este archivo no tiene ID multimedia, así que no se puede guardar en la caché. Reporta este problema.</translation>
    </message>
    <message>
        <source>Cannot save the file in the media cache (%1). Free some disk space and try again.</source>
        <translation>No se puede guardar el archivo en la caché multimedia (%1). Libera espacio en el disco e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read the file to cache (%1). Download it again.</source>
        <translation>No se puede leer el archivo que se iba a guardar en la caché (%1). Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>The media cache was cleared while this file was being saved, so it was not kept. Download it again if you need it.</source>
        <translation>La caché multimedia se vació mientras se guardaba este archivo, así que no se conservó. Vuelve a descargarlo si lo necesitas.</translation>
    </message>
    <message>
        <source>Cannot read a file in the media cache (%1). Check the permissions of the folder %2.</source>
        <translation>No se puede leer un archivo de la caché multimedia (%1). Comprueba los permisos de la carpeta %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to open this file. Close other programs and try again.</source>
        <translation>No hay memoria suficiente para abrir este archivo. Cierra otros programas e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot save %1 (%2). Choose another folder, or free some disk space and try again.</source>
        <translation>No se puede guardar %1 (%2). Elige otra carpeta o libera espacio en el disco e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A cached file could not be removed. Close any program that may be using it and try again.</source>
        <translation>No se pudo eliminar un archivo de la caché. Cierra cualquier programa que pueda estar usándolo e inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) could not be removed. Close any program that may be using them and try again.</source>
        <translation>
            <numerusform>No se pudo eliminar %n archivo de la caché. Cierra cualquier programa que pueda estar usándolo e inténtalo de nuevo.</numerusform>
            <numerusform>No se pudieron eliminar %n archivos de la caché. Cierra cualquier programa que pueda estar usándolos e inténtalo de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server&apos;s certificate is not made out for %1, so this may not be the server you meant. Check the server address; if it is right, ask your workspace&apos;s admin to fix the certificate.</source>
        <translation>El certificado del servidor no está emitido para %1, así que quizá no sea el servidor que buscas. Revisa la dirección del servidor; si es correcta, pide al administrador de tu espacio de trabajo que corrija el certificado.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired, so the connection is not safe. Ask your workspace&apos;s admin to renew it.</source>
        <translation>El certificado de %1 ha caducado, así que la conexión no es segura. Pide al administrador de tu espacio de trabajo que lo renueve.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check this computer&apos;s date and time; if they are right, ask your workspace&apos;s admin.</source>
        <translation>El certificado de %1 todavía no es válido. Revisa la fecha y la hora de este equipo; si son correctas, consulta al administrador de tu espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 uses a self-signed certificate, which this computer does not trust. Ask your workspace&apos;s admin for a certificate from a trusted authority.</source>
        <translation>%1 usa un certificado autofirmado, en el que este equipo no confía. Pide al administrador de tu espacio de trabajo un certificado de una autoridad de confianza.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked, so the connection is not safe. Ask your workspace&apos;s admin.</source>
        <translation>El certificado de %1 ha sido revocado, así que la conexión no es segura. Consulta al administrador de tu espacio de trabajo.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1, so the connection is not safe. Ask your workspace&apos;s admin to check the server&apos;s certificate.</source>
        <translation>Este equipo no confía en el certificado de %1, así que la conexión no es segura. Pide al administrador de tu espacio de trabajo que revise el certificado del servidor.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the server address and port; if they are right, the server may be down: ask your workspace&apos;s admin.</source>
        <translation>Nada responde en %1. Revisa la dirección y el puerto del servidor; si son correctos, puede que el servidor esté caído: consulta al administrador de tu espacio de trabajo.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address for typing mistakes and that this computer is online.</source>
        <translation>No se encontró el servidor %1. Revisa que la dirección no tenga errores y que este equipo esté conectado.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check this computer&apos;s connection and try again.</source>
        <translation>%1 no respondió a tiempo. Revisa la conexión de este equipo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 cerró la conexión antes de responder. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check its network connection and try again.</source>
        <translation>Parece que este equipo no tiene conexión. Revisa su conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The proxy server did not let the connection to %1 through. Check this computer&apos;s proxy settings.</source>
        <translation>El servidor proxy no dejó pasar la conexión a %1. Revisa la configuración de proxy de este equipo.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made. Check that the address is right (https or http) and ask your workspace&apos;s admin to check the server.</source>
        <translation>No se pudo establecer una conexión segura con %1. Comprueba que la dirección sea correcta (https o http) y pide al administrador de tu espacio de trabajo que revise el servidor.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the server address and this computer&apos;s connection, then try again.</source>
        <translation>No se puede contactar con %1. Revisa la dirección del servidor y la conexión de este equipo, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Could not remove %1. Remove it to stop Relaydesk starting with your session.</source>
        <translation>No se pudo eliminar %1. Elimínalo para que Relaydesk deje de abrirse al iniciar tu sesión.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Relaydesk will not start with your session.</source>
        <translation>No se pudo escribir %1 (%2). Relaydesk no se abrirá al iniciar tu sesión.</translation>
    </message>
    <message>
        <source>Windows did not let Relaydesk change its Run entry; use Task Manager → Startup apps instead.</source>
        <translation>Windows no permitió que Relaydesk cambiara su entrada Run; usa en su lugar Administrador de tareas → Aplicaciones de arranque.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation>No se puede crear la carpeta del perfil %1. Comprueba que su carpeta superior exista y se pueda escribir en ella, o elige otra carpeta con --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a writable folder. Fix its permissions, or choose another folder with --profile.</source>
        <translation>La carpeta del perfil %1 no es una carpeta en la que se pueda escribir. Corrige sus permisos o elige otra carpeta con --profile.</translation>
    </message>
    <message>
        <source>The profile folder name is empty.</source>
        <translation>El nombre de la carpeta del perfil está vacío.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://relay.example.com.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor. Usa un formato como https://relay.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer), not %1://.</source>
        <translation>La dirección del servidor debe comenzar con https:// (o http:// para este equipo), no con %1://.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, so the connection must be encrypted. Use https://%1 instead.</source>
        <translation>%1 no está en este equipo, así que la conexión debe estar cifrada. Usa https://%1 en su lugar.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address; you sign in after connecting.</source>
        <translation>No incluyas un nombre de usuario ni una contraseña en la dirección del servidor; la sesión se inicia después de conectarse.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Assignment</name>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>Asignar a &amp;mí</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>As&amp;ignar a</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>Aún no hay agentes conocidos (inicia sesión)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Nadie</translation>
    </message>
    <message>
        <source>Sign in to assign conversations.</source>
        <translation>Inicia sesión para asignar conversaciones.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AutopilotLines</name>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>Activaste el piloto automático (IA)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>Activaste el piloto automático</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>Desactivaste el piloto automático</translation>
    </message>
    <message>
        <source>The autopilot was turned on (AI)</source>
        <translation>Se activó el piloto automático (IA)</translation>
    </message>
    <message>
        <source>The autopilot was turned on</source>
        <translation>Se activó el piloto automático</translation>
    </message>
    <message>
        <source>The autopilot was turned off</source>
        <translation>Se desactivó el piloto automático</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AwayAutopilot</name>
    <message>
        <source>Autopilot w&amp;hile away</source>
        <translation>Piloto automático en a&amp;usencia</translation>
    </message>
    <message>
        <source>&amp;Off: customers wait for an agent</source>
        <translation>&amp;Desactivado: los clientes esperan a un agente</translation>
    </message>
    <message>
        <source>&amp;Rules: opening hours, keywords, the fallback</source>
        <translation>&amp;Reglas: horario de atención, palabras clave, respuesta de respaldo</translation>
    </message>
    <message>
        <source>A&amp;I: the workspace&apos;s AI answers</source>
        <translation>&amp;IA: responde la IA del espacio de trabajo</translation>
    </message>
    <message>
        <source>Autopilot while away</source>
        <translation>Piloto automático en ausencia</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>reglas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>While away: %1…</source>
        <translation>En ausencia: %1…</translation>
    </message>
    <message>
        <source>While away: %1</source>
        <translation>En ausencia: %1</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>Solo un administrador del espacio de trabajo puede cambiar esto.</translation>
    </message>
    <message>
        <source>Connect to change this.</source>
        <translation>Conéctate para cambiar esto.</translation>
    </message>
    <message>
        <source>While no agent of the workspace is online:</source>
        <translation>Mientras ningún agente del espacio de trabajo esté en línea:</translation>
    </message>
    <message>
        <source>What answers customers while no agent of the workspace is online.</source>
        <translation>Qué responde a los clientes mientras ningún agente del espacio de trabajo está en línea.</translation>
    </message>
    <message>
        <source>The autopilot while away was not changed: %1</source>
        <translation>No se cambió el piloto automático en ausencia: %1</translation>
    </message>
    <message>
        <source>Connect to change the autopilot while away.</source>
        <translation>Conéctate para cambiar el piloto automático en ausencia.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ComposerLink</name>
    <message>
        <source>Sign in to ask for a suggestion.</source>
        <translation>Inicia sesión para pedir una sugerencia.</translation>
    </message>
    <message>
        <source>The workspace has no AI set up for suggestions any more.</source>
        <translation>El espacio de trabajo ya no tiene una IA configurada para sugerencias.</translation>
    </message>
    <message>
        <source>Two drafts are already on their way. Try again in a moment.</source>
        <translation>Ya hay dos borradores en camino. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again when you are online, or write the reply yourself.</source>
        <translation>No se pudo conectar con el servidor. Inténtalo de nuevo cuando estés en línea o escribe tú la respuesta.</translation>
    </message>
    <message>
        <source>The server did not give one. Try again, or write the reply yourself.</source>
        <translation>El servidor no devolvió ninguna. Inténtalo de nuevo o escribe tú la respuesta.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ConversationMenus</name>
    <message>
        <source>Sign in to send messages.</source>
        <translation>Inicia sesión para enviar mensajes.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>Abrir en su propia &amp;ventana</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Marcar como &amp;leída</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Marcar como &amp;no leída</translation>
    </message>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>Asignar a &amp;mí</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>Asignar &amp;a</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Marcar como &amp;resuelta</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>Marcar como &amp;pendiente</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Priori&amp;dad</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenciar notificaciones</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>Aún no se conoce a ningún agente (inicia sesión)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Nadie</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>Inicia sesión para cambiar conversaciones.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::DataRights</name>
    <message>
        <source>Export history to</source>
        <translation>Exportar el historial a</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Historial exportado</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) were exported to %1.</source>
        <translation>
            <numerusform>Se exportó %n conversación a %1.</numerusform>
            <numerusform>Se exportaron %n conversaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Forget this device?</source>
        <translation>¿Olvidar este dispositivo?</translation>
    </message>
    <message>
        <source>This removes your message history, downloaded files and sign-in from this computer. Nothing is removed from the server; sign in again to download your history. Relaydesk closes afterwards.</source>
        <translation>Esto elimina de este equipo tu historial de mensajes, los archivos descargados y tu sesión. No se elimina nada del servidor; vuelve a iniciar sesión para descargar tu historial. Después, Relaydesk se cerrará.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Desktop</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>un archivo adjunto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a customer&apos;s name and what they just wrote</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Notifications</name>
    <message>
        <source>Sent an attachment</source>
        <translation>Envió un archivo adjunto</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Si&amp;lenciar notificaciones</translation>
    </message>
    <message>
        <source>Open a conversation to mute its notifications.</source>
        <translation>Abre una conversación para silenciar sus notificaciones.</translation>
    </message>
    <message>
        <source>Show Relaydesk</source>
        <translation>Mostrar Relaydesk</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages. Latest: %1</source>
        <translation>
            <numerusform>%n mensaje nuevo. El último: %1</numerusform>
            <numerusform>%n mensajes nuevos. El último: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaydesk: %n unread message(s) from customers</source>
        <translation>
            <numerusform>Relaydesk: %n mensaje sin leer de clientes</numerusform>
            <numerusform>Relaydesk: %n mensajes sin leer de clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Relaydesk: nothing waiting</source>
        <translation>Relaydesk: nada en espera</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 te mencionó</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>Note about %1: %2</source>
        <translation>Nota sobre %1: %2</translation>
    </message>
    <message>
        <source>A note about %1</source>
        <translation>Una nota sobre %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1. Latest: %2</source>
        <translation>
            <numerusform>%n mensaje nuevo de %1. El último: %2</numerusform>
            <numerusform>%n mensajes nuevos de %1. El último: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation>Mensaje nuevo de %1: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::PassphraseChange</name>
    <message>
        <source>The current passphrase is not right. Try again.</source>
        <translation>La frase de contraseña actual no es correcta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The history could not be opened again: %1</source>
        <translation>No se pudo volver a abrir el historial: %1</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1. The history still opens with the current passphrase.</source>
        <translation>No se cambió la frase de contraseña: %1. El historial se sigue abriendo con la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The history is now protected by the new passphrase.</source>
        <translation>Ahora el historial está protegido con la nueva frase de contraseña.</translation>
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
        <translation>Inicia sesión para responder. Mientras tanto, puedes leer tu historial.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Session</name>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history on this computer belongs to %1 on %2. To sign in to another workspace, use File &gt; Forget this device first.</source>
        <translation>El historial de este equipo pertenece a %1 en %2. Para iniciar sesión en otro espacio de trabajo, usa primero Archivo &gt; Olvidar este dispositivo.</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>Solo un administrador del espacio de trabajo puede cambiar esto.</translation>
    </message>
    <message>
        <source>The workspace has no AI set up; choose the rules instead.</source>
        <translation>El espacio de trabajo no tiene una IA configurada; elige las reglas en su lugar.</translation>
    </message>
    <message>
        <source>This computer&apos;s history could not record who is signed in (%1). Your messages are safe on the server; check that the disk has room, then sign out and in again.</source>
        <translation>El historial de este equipo no pudo registrar quién ha iniciado sesión (%1). Tus mensajes están a salvo en el servidor; comprueba que el disco tenga espacio y luego cierra sesión y vuelve a iniciarla.</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a Relaydesk server. Check the server address.</source>
        <translation>%1 responde, pero no es un servidor de Relaydesk. Revisa la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Triage</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Waiting on something other than the customer: out of Open until it is reopened</source>
        <translation>Espera algo que no es el cliente: sale de Abiertas hasta que se reabra</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Pri&amp;oridad</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgente</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Alta</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Baja</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>Inicia sesión para cambiar conversaciones.</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>Marcar como pen&amp;diente</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::WindowActions</name>
    <message>
        <source>The autopilot</source>
        <translation>El piloto automático</translation>
    </message>
    <message>
        <source>Another agent</source>
        <translation>Otro agente</translation>
    </message>
    <message>
        <source>Someone answered meanwhile</source>
        <translation>Alguien respondió mientras tanto</translation>
    </message>
    <message>
        <source>%1 replied while you were writing:</source>
        <translation>%1 respondió mientras escribías:</translation>
    </message>
    <message>
        <source>Send mine too</source>
        <translation>Enviar la mía también</translation>
    </message>
    <message>
        <source>Let me look first</source>
        <translation>Déjame ver primero</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: only an approved template can go until they write again.</source>
        <translation>El cliente escribió por última vez hace más de 24 horas: solo se puede enviar una plantilla aprobada hasta que vuelva a escribir.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
    <message>
        <source>%1 Your history stays here; replies wait and go out when the link is back.</source>
        <translation>%1 Tu historial sigue aquí; las respuestas esperan y se envían cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Not signed in. Your history on this computer stays browsable and searchable.</source>
        <translation>No has iniciado sesión. Puedes seguir consultando el historial de este equipo y buscar en él.</translation>
    </message>
    <message>
        <source>The autopilot was not switched on: %1</source>
        <translation>El piloto automático no se activó: %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation>Conectado de nuevo</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConnectionStatus</name>
    <message>
        <source>Not signed in · %1</source>
        <translation>Sin sesión iniciada · %1</translation>
    </message>
    <message>
        <source>History closed for a moment…</source>
        <translation>Historial cerrado por un momento…</translation>
    </message>
    <message>
        <source>Downloading your conversations from %1…</source>
        <translation>Descargando tus conversaciones de %1…</translation>
    </message>
    <message>
        <source>Not connected · %1</source>
        <translation>Desconectado · %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>En línea · %1</translation>
    </message>
    <message>
        <source>Online · %1 · %2</source>
        <translation>En línea · %1 · %2</translation>
    </message>
    <message>
        <source>Offline: no network. Your history is here; what you write is sent when the network is back.</source>
        <translation>Sin conexión: no hay red. Tu historial está aquí; lo que escribas se enviará cuando vuelva la red.</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Trying again in %n s…</source>
        <translation>
            <numerusform>Se perdió la conexión. Reintentando en %n s…</numerusform>
            <numerusform>Se perdió la conexión. Reintentando en %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConversationListModel</name>
    <message>
        <source>Visitor %1</source>
        <translation>Visitante %1</translation>
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
        <translation>chat web</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>autopilot answering</source>
        <translation>responde el piloto automático</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation>asignada a ti</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignada a %1</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>borrador: %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>pospuesta hasta %1</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>prioridad alta</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::LeadModel</name>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n mensaje)</numerusform>
            <numerusform>%1 (%n mensajes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::net::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>El servidor respondió con un error (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::MediaTransfers</name>
    <message>
        <source>cancelled</source>
        <translation>se canceló</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The file arrived damaged twice (its checksum does not match). Try again later.</source>
        <translation>El archivo llegó dañado dos veces (su suma de verificación no coincide). Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta del servidor (%1).</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::StreamLink</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>El servidor ya no acepta esta sesión. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This device was signed out on the server. Sign in again.</source>
        <translation>Se cerró la sesión de este dispositivo en el servidor. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server speaks another protocol version. Update Relaydesk.</source>
        <translation>El servidor usa otra versión del protocolo. Actualiza Relaydesk.</translation>
    </message>
    <message>
        <source>The server sent something this version cannot read.</source>
        <translation>El servidor envió datos que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Tu sesión expiró. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server speaks protocol %1 and this Relaydesk speaks %2. Update Relaydesk.</source>
        <translation>El servidor usa el protocolo %1 y este Relaydesk usa el %2. Actualiza Relaydesk.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection stopped answering.</source>
        <translation>La conexión dejó de responder.</translation>
    </message>
</context>
<context>
    <name>relaydesk::platform::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Responder a %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::platform::WindowsNotifier</name>
    <message>
        <source>Your reply</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::PresenceTracker</name>
    <message>
        <source>Another agent</source>
        <translation>Otro agente</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 están escribiendo…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 tiene la conversación abierta</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 tienen la conversación abierta</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::SyncEngine</name>
    <message>
        <source>The history could not be saved on this computer.</source>
        <translation>No se pudo guardar el historial en este equipo.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::AttachmentTray</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>“%1” is %2; a picture can be at most %3.</source>
        <translation>“%1” ocupa %2; una imagen puede ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a recording can be at most %3.</source>
        <translation>“%1” ocupa %2; una grabación puede ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a video can be at most %3.</source>
        <translation>“%1” ocupa %2; un video puede ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a file can be at most %3.</source>
        <translation>“%1” ocupa %2; un archivo puede ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>Attachments to send</source>
        <translation>Adjuntos para enviar</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>Problema con un adjunto</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Se cerró la conexión con el servidor.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer “%1”.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vacío.</translation>
    </message>
    <message>
        <source>A reply carries at most %1 files; “%2” was left out.</source>
        <translation>Una respuesta admite como máximo %1 archivos; “%2” quedó fuera.</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending.</source>
        <translation>No se pudo guardar la imagen pegada para enviarla.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Pasted picture.png</source>
        <translation>Imagen pegada.png</translation>
    </message>
    <message>
        <source>File to send: %1</source>
        <translation>Archivo para enviar: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Subida de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Leave this file out</source>
        <translation>No incluir este archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Cancelar el envío de %1</translation>
    </message>
    <message>
        <source>Stop the upload; nothing is sent</source>
        <translation>Detiene la subida; no se envía nada</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>No se pudo subir “%1”: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::AudioPlayer</name>
    <message>
        <source>This recording cannot be played here.</source>
        <translation>Esta grabación no se puede reproducir aquí.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::Composer</name>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escribe una respuesta… (Enter envía, Shift+Enter para nueva línea)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationDelegate</name>
    <message>
        <source>Autopilot</source>
        <translation>Piloto autom.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciada</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <comment>the conversation list: the agent&apos;s unsent text, instead of the last message</comment>
        <translation>Borrador: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>a snoozed conversation in the list: when it wakes (a time, a weekday and time, or a date)</comment>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Filter conversations by name</source>
        <translation>Filtrar conversaciones por nombre</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mías</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Sin asignar</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>Show whose conversations</source>
        <translation>Qué conversaciones mostrar</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>When customers write on WhatsApp, Messenger or the web chat, their conversations appear here.</source>
        <translation>Cuando los clientes escriban por WhatsApp, Messenger o el chat web, sus conversaciones aparecerán aquí.</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Ninguna conversación coincide</translation>
    </message>
    <message>
        <source>No customer&apos;s name contains &quot;%1&quot;.</source>
        <translation>Ningún nombre de cliente contiene &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing open here</source>
        <translation>No hay conversaciones abiertas</translation>
    </message>
    <message>
        <source>Nothing pending here</source>
        <translation>No hay conversaciones pendientes</translation>
    </message>
    <message>
        <source>Nothing snoozed here</source>
        <translation>No hay conversaciones pospuestas</translation>
    </message>
    <message>
        <source>Nothing resolved here</source>
        <translation>No hay conversaciones resueltas</translation>
    </message>
    <message>
        <source>No conversation with this status is assigned to you.</source>
        <translation>No tienes asignada ninguna conversación con este estado.</translation>
    </message>
    <message>
        <source>Every conversation with this status has an agent.</source>
        <translation>Todas las conversaciones con este estado tienen un agente.</translation>
    </message>
    <message>
        <source>No conversation has this status.</source>
        <translation>Ninguna conversación tiene este estado.</translation>
    </message>
    <message>
        <source>Open: %1 (%2) · Show in list</source>
        <translation>Abierta: %1 (%2) · Mostrar en la lista</translation>
    </message>
    <message>
        <source>The conversation in the thread is not in this list; show it where it is</source>
        <translation>La conversación del hilo no está en esta lista; mostrarla donde está</translation>
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
            <numerusform>%1, %n conversación</numerusform>
            <numerusform>%1, %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages for “%1” (%2)</source>
        <translation>Buscar “%1” en los mensajes (%2)</translation>
    </message>
    <message>
        <source>Look for these words in every conversation&apos;s messages</source>
        <translation>Buscar estas palabras en los mensajes de todas las conversaciones</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Resolve every selected conversation</source>
        <translation>Resolver todas las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Assign every selected conversation</source>
        <translation>Asignar todas las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Posponer…</translation>
    </message>
    <message>
        <source>Snooze every selected conversation</source>
        <translation>Posponer todas las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Mark every selected conversation read</source>
        <translation>Marcar como leídas todas las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Clear the selection (%1)</source>
        <translation>Quitar la selección (%1)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations chosen in the list</comment>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;gh priority</source>
        <translation>Prioridad alta</translation>
    </message>
    <message>
        <source>Show only urgent and high-priority conversations (%1)</source>
        <translation>Mostrar solo las conversaciones urgentes y de prioridad alta (%1)</translation>
    </message>
    <message>
        <source>Only urgent and high priority</source>
        <translation>Solo urgentes y de prioridad alta</translation>
    </message>
    <message>
        <source>Bringing your conversations…</source>
        <translation>Trayendo sus conversaciones…</translation>
    </message>
    <message>
        <source>This computer is reading the workspace&apos;s history for the first time. The newest conversations appear in a moment.</source>
        <translation>Este equipo está leyendo por primera vez el historial del espacio de trabajo. Las conversaciones más recientes aparecerán en un momento.</translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation>Abriendo su historial…</translation>
    </message>
    <message>
        <source>Reading the conversations kept on this computer.</source>
        <translation>Leyendo las conversaciones guardadas en este equipo.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageBrowser</name>
    <message>
        <source>The full picture could not be downloaded: %1</source>
        <translation>No se pudo descargar la imagen completa: %1</translation>
    </message>
    <message>
        <source>Downloading the picture to save it…</source>
        <translation>Descargando la imagen para guardarla…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>No se pudo guardar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageViewer</name>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Acercar (+, Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Fit to window (0)</source>
        <translation>Ajustar a la ventana (0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Tamaño real (1)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 × %2 · %3%</source>
        <translation>%1 × %2 · %3%</translation>
    </message>
    <message>
        <source>Loading the full picture…</source>
        <translation>Cargando la imagen completa…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Guardar la imagen</translation>
    </message>
    <message>
        <source>Save the picture (Ctrl+S)</source>
        <translation>Guardar la imagen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <source>Previous picture (Left)</source>
        <translation>Imagen anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <source>Next picture (Right)</source>
        <translation>Imagen siguiente (Derecha)</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadContact</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+34 600 000 000</translation>
    </message>
    <message>
        <source>Enter saves; Escape puts back the saved value.</source>
        <translation>Intro guarda; Esc restaura el valor guardado.</translation>
    </message>
    <message>
        <source>Customer details sync status</source>
        <translation>Estado de sincronización de los datos del cliente</translation>
    </message>
    <message>
        <source>Your change to the customer&apos;s details</source>
        <translation>Tu cambio en los datos del cliente</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saving the customer&apos;s details… They are kept on this computer and sync when connected.</source>
        <translation>Guardando los datos del cliente… Se conservan en este equipo y se sincronizan cuando hay conexión.</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>Las versiones ya coinciden.</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you edited them. Choose the version to keep.</source>
        <translation>Otra persona cambió los datos de este cliente mientras los editabas. Elige qué versión conservar.</translation>
    </message>
    <message>
        <source>The server did not save your change to the customer&apos;s details: %1</source>
        <translation>El servidor no guardó tu cambio en los datos del cliente: %1</translation>
    </message>
    <message>
        <source>Theirs (v%1)</source>
        <translation>La suya (v%1)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tuya</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Usar la mía</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Keep my version of the customer&apos;s details</source>
        <translation>Conservar mi versión de los datos del cliente</translation>
    </message>
    <message>
        <source>Send my change to the customer&apos;s details again</source>
        <translation>Enviar de nuevo mi cambio en los datos del cliente</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Usar la suya</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Descartar la mía</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the customer&apos;s details</source>
        <translation>Conservar la versión del servidor de los datos del cliente</translation>
    </message>
    <message>
        <source>Discard my change to the customer&apos;s details</source>
        <translation>Descartar mi cambio en los datos del cliente</translation>
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
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Panel del lead</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>The customer&apos;s lead record (stage, value, owner, notes) shows here for the open conversation.</source>
        <translation>Aquí se muestra el lead del cliente (etapa, valor, responsable, notas) de la conversación abierta.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Lead sync status</source>
        <translation>Estado de sincronización del lead</translation>
    </message>
    <message>
        <source>Conflicting versions</source>
        <translation>Versiones en conflicto</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Usar la mía</translation>
    </message>
    <message>
        <source>Keep my version of the lead</source>
        <translation>Conservar mi versión del lead</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Usar la suya</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the lead</source>
        <translation>Conservar la versión del servidor</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Valor del negocio</translation>
    </message>
    <message>
        <source>Deal currency</source>
        <translation>Moneda del negocio</translation>
    </message>
    <message>
        <source>Deal value in the currency</source>
        <translation>Valor del negocio en la moneda</translation>
    </message>
    <message>
        <source>Lead owner</source>
        <translation>Responsable del lead</translation>
    </message>
    <message>
        <source>Summary notes</source>
        <translation>Notas de resumen</translation>
    </message>
    <message>
        <source>What the team should know about this customer</source>
        <translation>Lo que el equipo debe saber de este cliente</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Guardar notas</translation>
    </message>
    <message>
        <source>Notes on this lead</source>
        <translation>Notas de este lead</translation>
    </message>
    <message>
        <source>Add a note for the team…</source>
        <translation>Agrega una nota para el equipo…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>New custom field name</source>
        <translation>Nombre del nuevo campo personalizado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>New custom field value</source>
        <translation>Valor del nuevo campo personalizado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Agregar campo personalizado</translation>
    </message>
    <message>
        <source>The customer&apos;s conversations</source>
        <translation>Conversaciones del cliente</translation>
    </message>
    <message>
        <source>Enter or a click opens the conversation.</source>
        <translation>Enter o un clic abre la conversación.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Cliente sin nombre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>Tu cambio no se guardó: %1</translation>
    </message>
    <message>
        <source>Saving your changes… They are kept on this computer and sync when connected.</source>
        <translation>Guardando tus cambios… Se conservan en este equipo y se sincronizan cuando hay conexión.</translation>
    </message>
    <message>
        <source>Sign in to edit the lead.</source>
        <translation>Inicia sesión para editar el lead.</translation>
    </message>
    <message>
        <source>No lead yet: any change creates it.</source>
        <translation>Aún no hay lead: cualquier cambio lo crea.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Lead updated %1</source>
        <translation>Lead actualizado: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>%1 · saving…</source>
        <translation>%1 · guardando…</translation>
    </message>
    <message>
        <source>A note was not saved: %1</source>
        <translation>No se guardó una nota: %1</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Campo personalizado %1</translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation>Quitar el campo personalizado %1</translation>
    </message>
    <message>
        <source>Remove the field “%1”</source>
        <translation>Quitar el campo “%1”</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>Las versiones ya coinciden.</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you edited it. Choose the version to keep.</source>
        <translation>Otra persona cambió este lead mientras lo editabas. Elige qué versión conservar.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tuya</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation>%1 (abierta ahora)</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <source>Open this conversation</source>
        <translation>Abrir esta conversación</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the stage change</source>
        <translation>Deshacer el cambio de etapa</translation>
    </message>
    <message>
        <source>Undo the stage change (Ctrl+Z)</source>
        <translation>Deshacer el cambio de etapa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Type a currency&apos;s code to choose it, such as IDR.</source>
        <translation>Escribe el código de una moneda para elegirla, por ejemplo IDR.</translation>
    </message>
    <message>
        <source>Saved · %1</source>
        <translation>Guardado · %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Escribe un importe como %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 owns this customer&apos;s deal and also answers this conversation.</source>
        <translation>%1 lleva el trato de este cliente y también responde esta conversación.</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; this conversation is assigned to %1, who answers it.</source>
        <translation>El responsable sigue el trato de este cliente a lo largo del tiempo; esta conversación está asignada a %1, que la responde.</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; nobody is assigned to answer this conversation yet.</source>
        <translation>El responsable sigue el trato de este cliente a lo largo del tiempo; todavía nadie tiene asignada esta conversación.</translation>
    </message>
    <message>
        <source>Stage moved from %1 to %2.</source>
        <translation>Etapa cambiada de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadPipeline</name>
    <message>
        <source>Lead stage</source>
        <translation>Etapa del lead</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>%1, stage %2 of %3. Left and Right choose another stage.</source>
        <translation>%1, etapa %2 de %3. Las flechas izquierda y derecha eligen otra etapa.</translation>
    </message>
    <message>
        <source>Move the lead to %1</source>
        <translation>Mover el cliente potencial a %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadTags</name>
    <message>
        <source>Add a tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Agregar una etiqueta</translation>
    </message>
    <message>
        <source>Type a tag and press Enter.</source>
        <translation>Escribe una etiqueta y presiona Enter.</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Quitar la etiqueta “%1”</translation>
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
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>Change history &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña del historial…</translation>
    </message>
    <message>
        <source>&amp;Forget this device…</source>
        <translation>&amp;Olvidar este dispositivo…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Hilo</translation>
    </message>
    <message>
        <source>&amp;Lead panel</source>
        <translation>Panel del &amp;lead</translation>
    </message>
    <message>
        <source>&amp;Filter conversations by name</source>
        <translation>&amp;Filtrar conversaciones por nombre</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Buscar mensajes…</translation>
    </message>
    <message>
        <source>Show &amp;open</source>
        <translation>Mostrar &amp;abiertas</translation>
    </message>
    <message>
        <source>Show &amp;pending</source>
        <translation>Mostrar &amp;pendientes</translation>
    </message>
    <message>
        <source>Show s&amp;noozed</source>
        <translation>Mostrar p&amp;ospuestas</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Mostrar &amp;resueltas</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversación an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Mark r&amp;esolved</source>
        <translation>Marcar como r&amp;esuelta</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <source>&amp;Autopilot on/off</source>
        <translation>&amp;Activar/desactivar piloto automático</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Relaydesk</source>
        <translation>&amp;Acerca de Relaydesk</translation>
    </message>
    <message>
        <source>About Relaydesk</source>
        <translation>Acerca de Relaydesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Answer your customers on WhatsApp, Messenger and web chat from one window. History is kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Responde a tus clientes de WhatsApp, Messenger y chat web desde una sola ventana. El historial se guarda cifrado en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>Abrir en una &amp;ventana aparte</translation>
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
        <translation>Mostrar el panel del c&amp;liente potencial</translation>
    </message>
    <message>
        <source>&amp;Urgent conversations first</source>
        <translation>Conversaciones &amp;urgentes primero</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MediaSource</name>
    <message>
        <source>The picture could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <source>Sign in to download this file.</source>
        <translation>Inicia sesión para descargar este archivo.</translation>
    </message>
    <message>
        <source>The media cache is not open.</source>
        <translation>La caché multimedia no está abierta.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>El archivo aún no está en este equipo.</translation>
    </message>
    <message>
        <source>The picture could not be read: %1</source>
        <translation>No se pudo leer la imagen: %1</translation>
    </message>
    <message>
        <source>There is no folder to open the file from.</source>
        <translation>No hay ninguna carpeta desde la que abrir el archivo.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MentionCompleter</name>
    <message>
        <source>Agents to mention</source>
        <translation>Agentes a mencionar</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Piloto automático</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <translation>Nota privada · %1</translation>
    </message>
    <message>
        <source>edited · %1</source>
        <translation>editado · %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>the download did not finish</source>
        <translation>la descarga no terminó</translation>
    </message>
    <message>
        <source>Retry the download</source>
        <translation>Reintentar la descarga</translation>
    </message>
    <message>
        <source>Play or pause (Enter)</source>
        <translation>Reproducir o pausar (Enter)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Abrir (Enter)</translation>
    </message>
    <message>
        <source>Autopilot paused: %1 replied</source>
        <translation>Piloto automático en pausa: %1 respondió</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note from Relaydesk</source>
        <translation>Nota de Relaydesk</translation>
    </message>
    <message>
        <source>Relaydesk</source>
        <translation>Relaydesk</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to open it; right-click to copy it.</source>
        <translation>%1
Haz clic para abrirlo; clic derecho para copiarlo.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>You unassigned this</source>
        <translation>Quitaste la asignación</translation>
    </message>
    <message>
        <source>%1 unassigned this</source>
        <translation>%1 quitó la asignación</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>You assigned it to yourself</source>
        <translation>Te lo asignaste</translation>
    </message>
    <message>
        <source>You assigned it to %1</source>
        <translation>Lo asignaste a %1</translation>
    </message>
    <message>
        <source>%1 assigned it to you</source>
        <translation>%1 te lo asignó</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignado a ti</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 lo asignó a %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>You resolved this</source>
        <translation>Resolviste esto</translation>
    </message>
    <message>
        <source>%1 resolved this</source>
        <translation>%1 resolvió esto</translation>
    </message>
    <message>
        <source>You set this to Pending</source>
        <translation>Lo pusiste en Pendiente</translation>
    </message>
    <message>
        <source>%1 set this to Pending</source>
        <translation>%1 lo puso en Pendiente</translation>
    </message>
    <message>
        <source>You reopened this</source>
        <translation>Reabriste esto</translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation>%1 reabrió esto</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by you</source>
        <translation>Pospuesto hasta que el cliente responda, por ti</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by %1</source>
        <translation>Pospuesto hasta que el cliente responda, por %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 by you</source>
        <translation>Pospuesto hasta %1 por ti</translation>
    </message>
    <message>
        <source>Snoozed until %1 by %2</source>
        <translation>Pospuesto hasta %1 por %2</translation>
    </message>
    <message>
        <source>Woke up: the customer replied</source>
        <translation>Reactivado: el cliente respondió</translation>
    </message>
    <message>
        <source>Woke up</source>
        <translation>Reactivado</translation>
    </message>
    <message>
        <source>Priority set to %1 by you</source>
        <translation>Prioridad cambiada a %1 por ti</translation>
    </message>
    <message>
        <source>Priority set to %1 by %2</source>
        <translation>Prioridad cambiada a %1 por %2</translation>
    </message>
    <message>
        <source>Autopilot paused: you replied</source>
        <translation>Piloto automático en pausa: respondiste</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>Apagaste el piloto automático</translation>
    </message>
    <message>
        <source>%1 turned the autopilot off</source>
        <translation>%1 apagó el piloto automático</translation>
    </message>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>Encendiste el piloto automático (IA)</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on (AI)</source>
        <translation>%1 encendió el piloto automático (IA)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>Encendiste el piloto automático</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on</source>
        <translation>%1 encendió el piloto automático</translation>
    </message>
    <message>
        <source>The conversation changed</source>
        <translation>La conversación cambió</translation>
    </message>
    <message>
        <source>Private note by %1</source>
        <translation>Nota privada de %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an attachment&apos;s kind and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageLinks</name>
    <message>
        <source>&amp;Write an e-mail</source>
        <translation>&amp;Escribir un correo</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Abrir enlace</translation>
    </message>
    <message>
        <source>Copy e-mail &amp;address</source>
        <translation>Copiar &amp;dirección de correo</translation>
    </message>
    <message>
        <source>Copy link &amp;address</source>
        <translation>Copiar &amp;dirección del enlace</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Reintentar el envío</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Enviar este mensaje de nuevo</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>Res&amp;ponder</translation>
    </message>
    <message>
        <source>Copy message &amp;time</source>
        <translation>Copiar la &amp;hora del mensaje</translation>
    </message>
    <message>
        <source>&amp;Save attachment…</source>
        <translation>&amp;Guardar adjunto…</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <comment>an attachment&apos;s file name</comment>
        <translation>Guardar “%1”…</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::PassphraseDialog</name>
    <message>
        <source>Protect your history</source>
        <translation>Protege tu historial</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key of your message history, so Relaydesk encrypts it with a passphrase you choose. It cannot be recovered: if you forget it, the history on this computer is lost (it can be downloaded again from the server).</source>
        <translation>Este equipo no tiene un llavero donde guardar la clave de tu historial de mensajes, así que Relaydesk lo cifra con una frase de contraseña que tú eliges. No se puede recuperar: si la olvidas, se pierde el historial de este equipo (se puede volver a descargar del servidor).</translation>
    </message>
    <message>
        <source>Unlock your history</source>
        <translation>Desbloquea tu historial</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your message history on this computer.</source>
        <translation>Escribe la frase de contraseña que protege tu historial de mensajes en este equipo.</translation>
    </message>
    <message>
        <source>Change the history passphrase</source>
        <translation>Cambiar la frase de contraseña del historial</translation>
    </message>
    <message>
        <source>The history on this computer is encrypted again with the new passphrase; with a long history this takes a little while. The new passphrase cannot be recovered either.</source>
        <translation>El historial de este equipo se vuelve a cifrar con la nueva frase de contraseña; si el historial es largo, tarda un poco. La nueva frase de contraseña tampoco se puede recuperar.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Usa al menos %n carácter.</numerusform>
            <numerusform>Usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>P&amp;rotect</source>
        <translation>&amp;Proteger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::QuickReplyCompleter</name>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>%1, quick reply %2: %3</source>
        <translation>%1, respuesta rápida %2: %3</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Search all messages on this computer</source>
        <translation>Buscar en todos los mensajes de este equipo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Words to find in every conversation; works offline</source>
        <translation>Palabras que buscar en todas las conversaciones; funciona sin conexión</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Messages found, grouped by conversation</source>
        <translation>Mensajes encontrados, agrupados por conversación</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>Type words to find them in every conversation, even offline.</source>
        <translation>Escribe palabras para buscarlas en todas las conversaciones, incluso sin conexión.</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Ningún mensaje contiene “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 found, in %2. Add a word to narrow it.</source>
        <translation>Se muestran los %1 más recientes, en %2. Agrega una palabra para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>%1 found, in %2.</source>
        <translation>Resultados: %1 en %2.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SettingsDialog</name>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation>Mostrar una &amp;notificación cuando un cliente escriba</translation>
    </message>
    <message>
        <source>Show the message&apos;s &amp;text (off: only &quot;New message&quot;)</source>
        <translation>Mostrar el &amp;texto del mensaje (desactivado: solo &quot;Mensaje nuevo&quot;)</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>Reproducir un &amp;sonido</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (until I turn it off)</source>
        <translation>No &amp;molestar (hasta que lo desactive)</translation>
    </message>
    <message>
        <source>Do not disturb &amp;every day</source>
        <translation>No molestar todos los &amp;días</translation>
    </message>
    <message>
        <source>Start Relaydesk when I &amp;log in</source>
        <translation>Abrir Relaydesk al &amp;iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Mostrar el texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>Sonido de notificación</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Do not disturb every day</source>
        <translation>No molestar todos los días</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silencio desde</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silencio hasta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>A time before the start means the next morning.</source>
        <translation>Una hora anterior a la de inicio se refiere a la mañana siguiente.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Abrir al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Según el sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Nueva línea en la respuesta</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>↑, ↓, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>Moverse entre paneles</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <source>/ and its shortcut, then Enter or Tab</source>
        <translation>/ y su atajo, luego Enter o Tab</translation>
    </message>
    <message>
        <source>Copy the selected message</source>
        <translation>Copiar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Tecla Menú</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>La conversación abierta</translation>
    </message>
    <message>
        <source>Thread and reply</source>
        <translation>Hilo y respuesta</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Panel del lead</translation>
    </message>
    <message>
        <source>Moving around and search</source>
        <translation>Moverse y buscar</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Imágenes y vídeos</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Moverse por la lista</translation>
    </message>
    <message>
        <source>Open the selected message&apos;s attachment or link</source>
        <translation>Abrir el adjunto o el enlace del mensaje seleccionado</translation>
    </message>
    <message>
        <source>Message menu (reply, copy, open a link)</source>
        <translation>Menú del mensaje (responder, copiar, abrir un enlace)</translation>
    </message>
    <message>
        <source>Move the lead to the previous or next stage</source>
        <translation>Mover el lead a la etapa anterior o siguiente</translation>
    </message>
    <message>
        <source>Left, Right (on the stages)</source>
        <translation>←, → (en las etapas)</translation>
    </message>
    <message>
        <source>Move the lead to the first or last stage</source>
        <translation>Mover el lead a la primera o la última etapa</translation>
    </message>
    <message>
        <source>Home, End (on the stages)</source>
        <translation>Inicio, Fin (en las etapas)</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Acercar, alejar</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Play or pause a video</source>
        <translation>Reproducir o pausar un vídeo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Cerrar el visor</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Play or pause the selected voice note</source>
        <translation>Reproducir o pausar la nota de voz seleccionada</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Intro, Espacio</translation>
    </message>
    <message>
        <source>Slower or faster voice note (1×, 1.5×, 2×)</source>
        <translation>Nota de voz más lenta o más rápida (1×, 1,5×, 2×)</translation>
    </message>
    <message>
        <source>[, ]</source>
        <translation>[, ]</translation>
    </message>
    <message>
        <source>Previous or next picture of the conversation</source>
        <translation>Imagen anterior o siguiente de la conversación</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Izquierda, Derecha</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Guardar la imagen</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to Relaydesk</source>
        <translation>Iniciar sesión en Relaydesk</translation>
    </message>
    <message>
        <source>Sign in with the account your workspace&apos;s admin gave you.</source>
        <translation>Inicia sesión con la cuenta que te dio el administrador de tu espacio de trabajo.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze conversation</source>
        <translation>Posponer conversación</translation>
    </message>
    <message>
        <source>Hide this conversation until:</source>
        <translation>Ocultar esta conversación hasta:</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>En una hora</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La próxima semana</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Esta mañana</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Más tarde hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>This weekend</source>
        <translation>Este fin de semana</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a snooze choice: its name, then when</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Until the customer &amp;replies</source>
        <translation>Hasta que el cliente &amp;responda</translation>
    </message>
    <message>
        <source>&amp;Another time:</source>
        <translation>&amp;Otro momento:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a snooze moment: the day, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose when the conversation comes back.</source>
        <translation>Elige cuándo vuelve la conversación.</translation>
    </message>
    <message>
        <source>That time does not exist in your time zone (the clocks change then). Choose another.</source>
        <translation>Esa hora no existe en tu zona horaria (ese día cambia la hora). Elige otra.</translation>
    </message>
    <message>
        <source>That time has passed. Choose a time in the future.</source>
        <translation>Esa hora ya pasó. Elige una hora futura.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::TemplateDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: the channel lets only an approved template through until they write again.</source>
        <translation>El cliente escribió por última vez hace más de 24 horas: el canal solo deja pasar una plantilla aprobada hasta que vuelva a escribir.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What the customer will read</source>
        <translation>Lo que leerá el cliente</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>This workspace has no approved templates. An administrator adds them on the server.</source>
        <translation>Este espacio de trabajo no tiene plantillas aprobadas. Un administrador las agrega en el servidor.</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Valor para {{%1}}</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parámetro %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies</source>
        <translation>Pospuesta hasta que el cliente responda</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignada a ti</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioridad alta</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioridad baja</translation>
    </message>
    <message>
        <source>About this conversation</source>
        <translation>Sobre esta conversación</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Posponer…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Assign to an agent</source>
        <translation>Asignar a un agente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Set the priority</source>
        <translation>Fijar la prioridad</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ThreadPane</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Ninguna conversación abierta</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it and reply.</source>
        <translation>Elige una conversación a la izquierda para leerla y responder.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach files (or drop them here, or paste a picture)</source>
        <translation>Adjuntar archivos (o suéltalos aquí, o pega una imagen)</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Últimos</translation>
    </message>
    <message>
        <source>Jump to the newest message (Ctrl+End)</source>
        <translation>Ir al mensaje más reciente (Ctrl+End)</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <source>Send a &amp;template…</source>
        <translation>Enviar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>The channel accepts only an approved template until the customer writes again</source>
        <translation>El canal solo acepta una plantilla aprobada hasta que el cliente vuelva a escribir</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Piloto automático</translation>
    </message>
    <message>
        <source>Let the autopilot answer this customer (Ctrl+Shift+A)</source>
        <translation>Dejar que el piloto automático responda a este cliente (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Autopilot: AI</source>
        <translation>Piloto automático: IA</translation>
    </message>
    <message>
        <source>Autopilot: on</source>
        <translation>Piloto automático: sí</translation>
    </message>
    <message>
        <source>Autopilot: off</source>
        <translation>Piloto automático: no</translation>
    </message>
    <message>
        <source>The autopilot answers this customer</source>
        <translation>El piloto automático responde a este cliente</translation>
    </message>
    <message>
        <source>Agents answer this customer</source>
        <translation>Los agentes responden a este cliente</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escribe una respuesta… (Enter envía, Shift+Enter para nueva línea)</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>Descargando el video…</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>No se pudo descargar el video: %1</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>No application on this computer opens this kind of file. Use Save As… to keep it.</source>
        <translation>Ninguna aplicación de este equipo abre este tipo de archivo. Usa Guardar como… para conservarlo.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>Write a pri&amp;vate note</source>
        <translation>Escribir una &amp;nota privada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>When on, what you write is a note only agents see; the customer does not get it</source>
        <translation>Si está activado, lo que escribas será una nota que solo ven los agentes; el cliente no la recibe</translation>
    </message>
    <message>
        <source>Write a private note only agents see (Ctrl+Shift+N)</source>
        <translation>Escribir una nota privada que solo ven los agentes (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Su&amp;ggest a reply</source>
        <translation>Su&amp;gerir una respuesta</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>Sugerir una respuesta</translation>
    </message>
    <message>
        <source>The workspace&apos;s AI drafts a reply from this conversation&apos;s recent messages, which go to the AI service for it. Nothing is sent to the customer: you edit the draft and send it.</source>
        <translation>La IA del espacio de trabajo redacta una respuesta a partir de los mensajes recientes de esta conversación, que se envían al servicio de IA para ello. No se envía nada al cliente: tú editas el borrador y lo envías.</translation>
    </message>
    <message>
        <source>Suggest a reply (Ctrl+Shift+G)</source>
        <translation>Sugerir una respuesta (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Asking the workspace&apos;s AI for a draft (it reads this conversation&apos;s recent messages)…</source>
        <translation>Pidiendo un borrador a la IA del espacio de trabajo (lee los mensajes recientes de esta conversación)…</translation>
    </message>
    <message>
        <source>A suggested reply: read it and change what you need before you send it.</source>
        <translation>Respuesta sugerida: léela y cambia lo que necesites antes de enviarla.</translation>
    </message>
    <message>
        <source>The suggestion is below what you wrote, selected: delete it or keep what you want.</source>
        <translation>La sugerencia está debajo de lo que escribiste, seleccionada: bórrala o conserva lo que quieras.</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>Sin sugerencia: %1</translation>
    </message>
    <message>
        <source>Write a private note… (only agents see it)</source>
        <translation>Escribe una nota privada… (solo la ven los agentes)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>Add the note for the other agents (Enter)</source>
        <translation>Agregar la nota para los demás agentes (Enter)</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Sugiriendo…</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>Ninguna aplicación de este equipo abre %1.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::VideoPlayer</name>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Video picture</source>
        <translation>Imagen del video</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>This video cannot be played here.</source>
        <translation>Este video no se puede reproducir aquí.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Close the video (Esc)</source>
        <translation>Cerrar el video (Esc)</translation>
    </message>
    <message>
        <source>Close the video</source>
        <translation>Cerrar el video</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::VideoPosters</name>
    <message>
        <source>This video cannot be played here.</source>
        <translation>Este vídeo no se puede reproducir aquí.</translation>
    </message>
    <message>
        <source>No picture could be taken from this video.</source>
        <translation>No se pudo obtener ninguna imagen de este vídeo.</translation>
    </message>
</context>
</TS>
