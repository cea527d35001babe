<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttachmentPainter</name>
    <message>
        <source>Could not download: %1</source>
        <translation>Não foi possível baixar: %1</translation>
    </message>
    <message>
        <source>Downloading… %1% of %2</source>
        <translation>Baixando… %1% de %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Mensagem de voz</translation>
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
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Não foi possível carregar: %1</translation>
    </message>
    <message>
        <source>Not on this computer yet</source>
        <translation>Ainda não está neste computador</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 · %2 · length unknown</source>
        <translation>%1 · %2 · duração desconhecida</translation>
    </message>
</context>
<context>
    <name>AudioSummaries</name>
    <message>
        <source>This recording is damaged and cannot be read.</source>
        <translation>Esta gravação está danificada e não pode ser lida.</translation>
    </message>
    <message>
        <source>This recording is empty.</source>
        <translation>Esta gravação está vazia.</translation>
    </message>
    <message>
        <source>This computer cannot read this kind of recording.</source>
        <translation>Este computador não consegue ler este tipo de gravação.</translation>
    </message>
    <message>
        <source>This recording cannot be read here.</source>
        <translation>Esta gravação não pode ser lida aqui.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Relaydesk: answer customers on WhatsApp, Messenger and web chat from one window.</source>
        <translation>Relaydesk: atenda clientes no WhatsApp, no Messenger e no chat do site em uma só janela.</translation>
    </message>
    <message>
        <source>Keep settings, history, cache and keychain entries in &lt;folder&gt;, apart from every other profile.</source>
        <translation>Guarda configurações, histórico, cache e itens do chaveiro em &lt;pasta&gt;, separados de qualquer outro perfil.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Connect to the Relaydesk server at &lt;url&gt; (https://, or http:// on this computer).</source>
        <translation>Conecta ao servidor do Relaydesk em &lt;url&gt; (https://, ou http:// neste computador).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Salva uma imagem da janela principal em &lt;arquivo&gt; assim que ela aparece e depois fecha o programa.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See relaydesk --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;. Veja relaydesk --help.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>It holds characters that cannot be read; type it again.</source>
        <translation>Contém caracteres que não podem ser lidos; digite de novo.</translation>
    </message>
    <message>
        <source>It cannot hold line breaks or control characters.</source>
        <translation>Não pode conter quebras de linha nem caracteres de controle.</translation>
    </message>
    <message>
        <source>It cannot hold characters that turn the text&apos;s direction.</source>
        <translation>Não pode conter caracteres que mudam a direção do texto.</translation>
    </message>
    <message>
        <source>It can be at most %1 characters long.</source>
        <translation>Pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Write the customer&apos;s name: it cannot be empty.</source>
        <translation>Digite o nome do cliente: ele não pode ficar vazio.</translation>
    </message>
    <message>
        <source>Write an address such as name@example.com.</source>
        <translation>Digite um endereço como nome@exemplo.com.</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( ).</source>
        <translation>Use apenas dígitos, espaços e + - ( ).</translation>
    </message>
    <message>
        <source>Write the phone number&apos;s digits.</source>
        <translation>Digite os dígitos do número de telefone.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>The export folder %1 is not empty. Choose an empty or new folder.</source>
        <translation>A pasta de exportação %1 não está vazia. Escolha uma pasta vazia ou nova.</translation>
    </message>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation>Não é possível criar a pasta de exportação %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>Não é possível concluir a gravação de %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The history file %1 is not encrypted, so Relaydesk will not use it. Move it out of the profile folder; Relaydesk then downloads your history again into a new encrypted file.</source>
        <translation>O arquivo de histórico %1 não está criptografado, então o Relaydesk não vai usá-lo. Mova-o para fora da pasta do perfil; depois, o Relaydesk baixa seu histórico novamente em um novo arquivo criptografado.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (its size is not a whole number of pages). Use &quot;Forget this device&quot; to remove it; your history is downloaded again from the server when you sign in.</source>
        <translation>O arquivo de histórico %1 está danificado (o tamanho dele não é um número inteiro de páginas). Use &quot;Esquecer este dispositivo&quot; para removê-lo; seu histórico será baixado novamente do servidor quando você fizer login.</translation>
    </message>
    <message>
        <source>The history file %1 does not exist yet.</source>
        <translation>O arquivo de histórico %1 ainda não existe.</translation>
    </message>
    <message>
        <source>Relaydesk cannot open the history file %1 (%2). Check that the profile folder is yours and the disk is not full.</source>
        <translation>O Relaydesk não consegue abrir o arquivo de histórico %1 (%2). Verifique se a pasta do perfil é sua e se o disco não está cheio.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be unlocked: the key or passphrase is wrong, or the file is damaged. The file was not changed. Enter the right passphrase, or use &quot;Forget this device&quot; and sign in again to download your history.</source>
        <translation>Não é possível desbloquear o arquivo de histórico %1: a chave ou a frase secreta está errada, ou o arquivo está danificado. O arquivo não foi alterado. Digite a frase secreta correta ou use &quot;Esquecer este dispositivo&quot; e faça login novamente para baixar seu histórico.</translation>
    </message>
    <message>
        <source>Relaydesk cannot read the history file %1 (%2).</source>
        <translation>O Relaydesk não consegue ler o arquivo de histórico %1 (%2).</translation>
    </message>
    <message>
        <source>Relaydesk cannot prepare the history file %1 (%2).</source>
        <translation>O Relaydesk não consegue preparar o arquivo de histórico %1 (%2).</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Relaydesk (schema %2; this version knows up to %3). Update Relaydesk.</source>
        <translation>O arquivo de histórico %1 foi gravado por uma versão mais nova do Relaydesk (esquema %2; esta versão reconhece até o %3). Atualize o Relaydesk.</translation>
    </message>
    <message>
        <source>Relaydesk could not update the history file %1 to this version (step %2: %3). The file was left as it was; nothing was lost.</source>
        <translation>O Relaydesk não conseguiu atualizar o arquivo de histórico %1 para esta versão (passo %2: %3). O arquivo ficou como estava; nada foi perdido.</translation>
    </message>
</context>
<context>
    <name>DeviceWipe</name>
    <message>
        <source>These files could not be removed: %1. Close other programs that may use them and try again.</source>
        <translation>Não foi possível remover estes arquivos: %1. Feche outros programas que possam estar usando esses arquivos e tente novamente.</translation>
    </message>
</context>
<context>
    <name>HistoryOpener</name>
    <message>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation>Essa frase secreta não desbloqueou o histórico. Tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The history stays locked after %n wrong passphrases.</source>
        <translation>
            <numerusform>O histórico continua bloqueado após %n frase secreta incorreta.</numerusform>
            <numerusform>O histórico continua bloqueado após %n frases secretas incorretas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySecret</name>
    <message>
        <source>The keychain that holds the key to your history cannot be reached (%1). Unlock your keychain and start Relaydesk again.</source>
        <translation>Não é possível acessar o chaveiro que guarda a chave do seu histórico (%1). Desbloqueie o chaveiro e abra o Relaydesk novamente.</translation>
    </message>
    <message>
        <source>The key to your history is no longer in the keychain, so the history on this computer cannot be opened. Use &quot;Forget this device&quot; and sign in again to download it.</source>
        <translation>A chave do seu histórico não está mais no chaveiro, então o histórico neste computador não pode ser aberto. Use &quot;Esquecer este dispositivo&quot; e faça login novamente para baixá-lo.</translation>
    </message>
    <message>
        <source>The random number generator could not start.</source>
        <translation>Não foi possível iniciar o gerador de números aleatórios.</translation>
    </message>
    <message>
        <source>Your history needs a passphrase, and there is no way to ask for one here.</source>
        <translation>Seu histórico precisa de uma frase secreta, e não há como pedi-la aqui.</translation>
    </message>
    <message>
        <source>No passphrase was given, so the history stays locked.</source>
        <translation>Nenhuma frase secreta foi informada, então o histórico continua bloqueado.</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>Não foi possível remover a chave do chaveiro: %1</translation>
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
        <translation>Criptografando o histórico com a nova frase secreta…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Você saiu da conta</translation>
    </message>
    <message>
        <source>You are signed out. Also forget this device, removing the history, the cache and the keys kept on this computer?</source>
        <translation>Você saiu da conta. Quer também esquecer este dispositivo, removendo o histórico, o cache e as chaves guardadas neste computador?</translation>
    </message>
    <message>
        <source>Sign in to reply. You can read your history meanwhile.</source>
        <translation>Faça login para responder. Enquanto isso, você pode ler seu histórico.</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Esquecer este dispositivo</translation>
    </message>
    <message>
        <source>Keep the history</source>
        <translation>Manter o histórico</translation>
    </message>
    <message>
        <source>Your reply could not be saved on this computer (%1). Its text is back in that conversation&apos;s reply box.</source>
        <translation>Sua resposta não pôde ser salva neste computador (%1). O texto voltou para a caixa de resposta dessa conversa.</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This file (%1) is larger than the whole media cache (%2), so it was not kept for offline use. Raise the media cache size to keep files this large.</source>
        <translation>Este arquivo (%1) é maior que todo o cache de mídia (%2), por isso não foi guardado para uso offline. Aumente o tamanho do cache de mídia para guardar arquivos desse tamanho.</translation>
    </message>
    <message>
        <source>This file is not in the media cache. Download it again.</source>
        <translation>Este arquivo não está no cache de mídia. Baixe-o novamente.</translation>
    </message>
    <message>
        <source>A cached file could not be decrypted: it is damaged or was saved with another key. It was removed from the cache; download it again.</source>
        <translation>Não foi possível descriptografar um arquivo do cache: ele está danificado ou foi salvo com outra chave. Ele foi removido do cache; baixe-o novamente.</translation>
    </message>
    <message>
        <source>The media cache cannot be used because its encryption key is not valid. Media will be downloaded each time it is opened; please report this problem.</source>
        <translation>Não é possível usar o cache de mídia porque a chave de criptografia dele não é válida. As mídias serão baixadas toda vez que forem abertas; informe este problema.</translation>
    </message>
    <message>
        <source>The encryption library could not be started, so the media cache is turned off. Reinstall Relaydesk to fix this.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia, por isso o cache de mídia está desativado. Reinstale o Relaydesk para corrigir isso.</translation>
    </message>
    <message>
        <source>Cannot use the media cache folder %1. Check that it is a writable folder and that the disk has free space.</source>
        <translation>Não é possível usar a pasta do cache de mídia %1. Verifique se ela permite gravação e se há espaço livre no disco.</translation>
    </message>
    <message>
        <source>This file has no media id, so it cannot be cached. Please report this problem.</source>
        <translation>Este arquivo não tem ID de mídia, por isso não pode ser guardado no cache. Informe este problema.</translation>
    </message>
    <message>
        <source>Cannot save the file in the media cache (%1). Free some disk space and try again.</source>
        <translation>Não é possível salvar o arquivo no cache de mídia (%1). Libere espaço no disco e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot read the file to cache (%1). Download it again.</source>
        <translation>Não é possível ler o arquivo para o cache (%1). Baixe-o novamente.</translation>
    </message>
    <message>
        <source>The media cache was cleared while this file was being saved, so it was not kept. Download it again if you need it.</source>
        <translation>O cache de mídia foi limpo enquanto este arquivo era salvo, por isso ele não foi guardado. Baixe-o novamente se precisar.</translation>
    </message>
    <message>
        <source>Cannot read a file in the media cache (%1). Check the permissions of the folder %2.</source>
        <translation>Não é possível ler um arquivo do cache de mídia (%1). Verifique as permissões da pasta %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to open this file. Close other programs and try again.</source>
        <translation>Não há memória suficiente para abrir este arquivo. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot save %1 (%2). Choose another folder, or free some disk space and try again.</source>
        <translation>Não é possível salvar %1 (%2). Escolha outra pasta ou libere espaço no disco e tente novamente.</translation>
    </message>
    <message>
        <source>A cached file could not be removed. Close any program that may be using it and try again.</source>
        <translation>Não foi possível remover um arquivo do cache. Feche qualquer programa que possa estar usando o arquivo e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) could not be removed. Close any program that may be using them and try again.</source>
        <translation>
            <numerusform>Não foi possível remover %n arquivo do cache. Feche qualquer programa que possa estar usando o arquivo e tente novamente.</numerusform>
            <numerusform>Não foi possível remover %n arquivos do cache. Feche qualquer programa que possa estar usando esses arquivos e tente novamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server&apos;s certificate is not made out for %1, so this may not be the server you meant. Check the server address; if it is right, ask your workspace&apos;s admin to fix the certificate.</source>
        <translation>O certificado do servidor não foi emitido para %1, então este pode não ser o servidor que você queria. Confira o endereço do servidor; se estiver certo, peça ao administrador do seu espaço de trabalho para corrigir o certificado.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired, so the connection is not safe. Ask your workspace&apos;s admin to renew it.</source>
        <translation>O certificado de %1 expirou, então a conexão não é segura. Peça ao administrador do seu espaço de trabalho para renová-lo.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check this computer&apos;s date and time; if they are right, ask your workspace&apos;s admin.</source>
        <translation>O certificado de %1 ainda não é válido. Confira a data e a hora deste computador; se estiverem certas, fale com o administrador do seu espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 uses a self-signed certificate, which this computer does not trust. Ask your workspace&apos;s admin for a certificate from a trusted authority.</source>
        <translation>%1 usa um certificado autoassinado, no qual este computador não confia. Peça ao administrador do seu espaço de trabalho um certificado de uma autoridade confiável.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked, so the connection is not safe. Ask your workspace&apos;s admin.</source>
        <translation>O certificado de %1 foi revogado, então a conexão não é segura. Fale com o administrador do seu espaço de trabalho.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1, so the connection is not safe. Ask your workspace&apos;s admin to check the server&apos;s certificate.</source>
        <translation>Este computador não confia no certificado de %1, então a conexão não é segura. Peça ao administrador do seu espaço de trabalho para verificar o certificado do servidor.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the server address and port; if they are right, the server may be down: ask your workspace&apos;s admin.</source>
        <translation>Nada responde em %1. Confira o endereço e a porta do servidor; se estiverem certos, o servidor pode estar fora do ar: fale com o administrador do seu espaço de trabalho.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address for typing mistakes and that this computer is online.</source>
        <translation>O servidor %1 não foi encontrado. Confira se o endereço não tem erros de digitação e se este computador está on-line.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check this computer&apos;s connection and try again.</source>
        <translation>%1 não respondeu a tempo. Confira a conexão deste computador e tente de novo.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 fechou a conexão antes de responder. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check its network connection and try again.</source>
        <translation>Este computador parece estar off-line. Confira a conexão de rede e tente de novo.</translation>
    </message>
    <message>
        <source>The proxy server did not let the connection to %1 through. Check this computer&apos;s proxy settings.</source>
        <translation>O servidor proxy não deixou passar a conexão com %1. Confira as configurações de proxy deste computador.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made. Check that the address is right (https or http) and ask your workspace&apos;s admin to check the server.</source>
        <translation>Não foi possível fazer uma conexão segura com %1. Confira se o endereço está certo (https ou http) e peça ao administrador do seu espaço de trabalho para verificar o servidor.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the server address and this computer&apos;s connection, then try again.</source>
        <translation>Não foi possível alcançar %1. Confira o endereço do servidor e a conexão deste computador e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Could not remove %1. Remove it to stop Relaydesk starting with your session.</source>
        <translation>Não foi possível remover %1. Remova esse arquivo para que o Relaydesk não inicie mais com a sua sessão.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Relaydesk will not start with your session.</source>
        <translation>Não foi possível gravar %1 (%2). O Relaydesk não vai iniciar com a sua sessão.</translation>
    </message>
    <message>
        <source>Windows did not let Relaydesk change its Run entry; use Task Manager → Startup apps instead.</source>
        <translation>O Windows não deixou o Relaydesk alterar a entrada Run dele; use o Gerenciador de Tarefas → Aplicativos de inicialização.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation>Não é possível criar a pasta do perfil %1. Verifique se a pasta que a contém existe e permite gravação, ou escolha outra pasta com --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a writable folder. Fix its permissions, or choose another folder with --profile.</source>
        <translation>A pasta do perfil %1 não permite gravação. Corrija as permissões ou escolha outra pasta com --profile.</translation>
    </message>
    <message>
        <source>The profile folder name is empty.</source>
        <translation>O nome da pasta do perfil está vazio.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://relay.example.com.</source>
        <translation>&quot;%1&quot; não é um endereço de servidor. Use um formato como https://relay.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer), not %1://.</source>
        <translation>O endereço do servidor deve começar com https:// (ou http:// para este computador), não com %1://.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, so the connection must be encrypted. Use https://%1 instead.</source>
        <translation>%1 não está neste computador, então a conexão precisa ser criptografada. Use https://%1.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address; you sign in after connecting.</source>
        <translation>Não coloque nome de usuário nem senha no endereço do servidor; você faz login depois de conectar.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Assignment</name>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>Atribuir a &amp;mim</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>A&amp;tribuir a</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (você)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>Nenhum agente conhecido ainda (faça login)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Ninguém</translation>
    </message>
    <message>
        <source>Sign in to assign conversations.</source>
        <translation>Faça login para atribuir conversas.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AutopilotLines</name>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>Você ligou o piloto automático (IA)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>Você ligou o piloto automático</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>Você desligou o piloto automático</translation>
    </message>
    <message>
        <source>The autopilot was turned on (AI)</source>
        <translation>O piloto automático foi ligado (IA)</translation>
    </message>
    <message>
        <source>The autopilot was turned on</source>
        <translation>O piloto automático foi ligado</translation>
    </message>
    <message>
        <source>The autopilot was turned off</source>
        <translation>O piloto automático foi desligado</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AwayAutopilot</name>
    <message>
        <source>Autopilot w&amp;hile away</source>
        <translation>Piloto automático na a&amp;usência</translation>
    </message>
    <message>
        <source>&amp;Off: customers wait for an agent</source>
        <translation>&amp;Desligado: os clientes esperam um agente</translation>
    </message>
    <message>
        <source>&amp;Rules: opening hours, keywords, the fallback</source>
        <translation>&amp;Regras: horário de atendimento, palavras-chave, resposta padrão</translation>
    </message>
    <message>
        <source>A&amp;I: the workspace&apos;s AI answers</source>
        <translation>&amp;IA: a IA do espaço de trabalho responde</translation>
    </message>
    <message>
        <source>Autopilot while away</source>
        <translation>Piloto automático na ausência</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>regras</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>While away: %1…</source>
        <translation>Na ausência: %1…</translation>
    </message>
    <message>
        <source>While away: %1</source>
        <translation>Na ausência: %1</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>Só um administrador do espaço de trabalho pode alterar isso.</translation>
    </message>
    <message>
        <source>Connect to change this.</source>
        <translation>Conecte-se para alterar isso.</translation>
    </message>
    <message>
        <source>While no agent of the workspace is online:</source>
        <translation>Enquanto nenhum agente do espaço de trabalho estiver online:</translation>
    </message>
    <message>
        <source>What answers customers while no agent of the workspace is online.</source>
        <translation>O que responde aos clientes enquanto nenhum agente do espaço de trabalho está online.</translation>
    </message>
    <message>
        <source>The autopilot while away was not changed: %1</source>
        <translation>O piloto automático na ausência não foi alterado: %1</translation>
    </message>
    <message>
        <source>Connect to change the autopilot while away.</source>
        <translation>Conecte-se para alterar o piloto automático na ausência.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ComposerLink</name>
    <message>
        <source>Sign in to ask for a suggestion.</source>
        <translation>Faça login para pedir uma sugestão.</translation>
    </message>
    <message>
        <source>The workspace has no AI set up for suggestions any more.</source>
        <translation>O espaço de trabalho não tem mais uma IA configurada para sugestões.</translation>
    </message>
    <message>
        <source>Two drafts are already on their way. Try again in a moment.</source>
        <translation>Já há dois rascunhos a caminho. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again when you are online, or write the reply yourself.</source>
        <translation>Não foi possível acessar o servidor. Tente novamente quando estiver online ou escreva a resposta por conta própria.</translation>
    </message>
    <message>
        <source>The server did not give one. Try again, or write the reply yourself.</source>
        <translation>O servidor não enviou nenhuma sugestão. Tente novamente ou escreva a resposta por conta própria.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ConversationMenus</name>
    <message>
        <source>Sign in to send messages.</source>
        <translation>Entre para enviar mensagens.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>Abrir em uma &amp;janela própria</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Marcar como &amp;lida</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Marcar como &amp;não lida</translation>
    </message>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>Atribuir a &amp;mim</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>Atribuir &amp;a</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>A&amp;diar…</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Marcar como &amp;resolvida</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>Marcar como &amp;pendente</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Priori&amp;dade</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenciar notificações</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (você)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>Nenhum agente conhecido ainda (entre)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Ninguém</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>Entre para alterar conversas.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::DataRights</name>
    <message>
        <source>Export history to</source>
        <translation>Exportar histórico para</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Histórico exportado</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) were exported to %1.</source>
        <translation>
            <numerusform>%n conversa foi exportada para %1.</numerusform>
            <numerusform>%n conversas foram exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Forget this device?</source>
        <translation>Esquecer este dispositivo?</translation>
    </message>
    <message>
        <source>This removes your message history, downloaded files and sign-in from this computer. Nothing is removed from the server; sign in again to download your history. Relaydesk closes afterwards.</source>
        <translation>Isso remove deste computador seu histórico de mensagens, os arquivos baixados e seu login. Nada é removido do servidor; faça login novamente para baixar seu histórico. Depois, o Relaydesk é fechado.</translation>
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
        <translation>um anexo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a customer&apos;s name and what they just wrote</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Notifications</name>
    <message>
        <source>Sent an attachment</source>
        <translation>Enviou um anexo</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenciar notificações</translation>
    </message>
    <message>
        <source>Open a conversation to mute its notifications.</source>
        <translation>Abra uma conversa para silenciar as notificações dela.</translation>
    </message>
    <message>
        <source>Show Relaydesk</source>
        <translation>Mostrar o Relaydesk</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages. Latest: %1</source>
        <translation>
            <numerusform>%n nova mensagem: %1</numerusform>
            <numerusform>%n novas mensagens. Última: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaydesk: %n unread message(s) from customers</source>
        <translation>
            <numerusform>Relaydesk: %n mensagem não lida de clientes</numerusform>
            <numerusform>Relaydesk: %n mensagens não lidas de clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Relaydesk: nothing waiting</source>
        <translation>Relaydesk: nada à espera</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 mencionou você</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Um colega</translation>
    </message>
    <message>
        <source>Note about %1: %2</source>
        <translation>Nota sobre %1: %2</translation>
    </message>
    <message>
        <source>A note about %1</source>
        <translation>Uma nota sobre %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1. Latest: %2</source>
        <translation>
            <numerusform>%n mensagem nova de %1. A última: %2</numerusform>
            <numerusform>%n mensagens novas de %1. A última: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation>Mensagem nova de %1: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::PassphraseChange</name>
    <message>
        <source>The current passphrase is not right. Try again.</source>
        <translation>A frase secreta atual está incorreta. Tente novamente.</translation>
    </message>
    <message>
        <source>The history could not be opened again: %1</source>
        <translation>Não foi possível abrir o histórico novamente: %1</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1. The history still opens with the current passphrase.</source>
        <translation>A frase secreta não foi alterada: %1. O histórico continua abrindo com a frase secreta atual.</translation>
    </message>
    <message>
        <source>The history is now protected by the new passphrase.</source>
        <translation>Agora o histórico está protegido pela nova frase secreta.</translation>
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
        <translation>Faça login para responder. Enquanto isso, você pode ler seu histórico.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Session</name>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>O e-mail ou a senha estão incorretos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Muitas tentativas. Tente novamente em %n segundo.</numerusform>
            <numerusform>Muitas tentativas. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history on this computer belongs to %1 on %2. To sign in to another workspace, use File &gt; Forget this device first.</source>
        <translation>O histórico neste computador pertence a %1 em %2. Para entrar em outro espaço de trabalho, use antes Arquivo &gt; Esquecer este dispositivo.</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>Só um administrador do espaço de trabalho pode alterar isso.</translation>
    </message>
    <message>
        <source>The workspace has no AI set up; choose the rules instead.</source>
        <translation>O espaço de trabalho não tem IA configurada; escolha as regras.</translation>
    </message>
    <message>
        <source>This computer&apos;s history could not record who is signed in (%1). Your messages are safe on the server; check that the disk has room, then sign out and in again.</source>
        <translation>O histórico deste computador não conseguiu registrar quem está conectado (%1). Suas mensagens estão seguras no servidor; verifique se há espaço no disco e depois saia e entre novamente.</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a Relaydesk server. Check the server address.</source>
        <translation>%1 responde, mas não é um servidor do Relaydesk. Confira o endereço do servidor.</translation>
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
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Waiting on something other than the customer: out of Open until it is reopened</source>
        <translation>Aguardando algo que não é o cliente: sai de Abertas até ser reaberta</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Pri&amp;oridade</translation>
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
        <translation>&amp;Baixa</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>Entre para alterar conversas.</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>Marcar como pen&amp;dente</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::WindowActions</name>
    <message>
        <source>The autopilot</source>
        <translation>O piloto automático</translation>
    </message>
    <message>
        <source>Another agent</source>
        <translation>Outro agente</translation>
    </message>
    <message>
        <source>Someone answered meanwhile</source>
        <translation>Alguém respondeu nesse meio-tempo</translation>
    </message>
    <message>
        <source>%1 replied while you were writing:</source>
        <translation>%1 respondeu enquanto você escrevia:</translation>
    </message>
    <message>
        <source>Send mine too</source>
        <translation>Enviar também</translation>
    </message>
    <message>
        <source>Let me look first</source>
        <translation>Ver primeiro</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: only an approved template can go until they write again.</source>
        <translation>O cliente escreveu pela última vez há mais de 24 horas: só um modelo aprovado pode ser enviado até ele escrever de novo.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Não foi possível ler os modelos: %1</translation>
    </message>
    <message>
        <source>%1 Your history stays here; replies wait and go out when the link is back.</source>
        <translation>%1 Seu histórico continua aqui; as respostas aguardam e são enviadas quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Not signed in. Your history on this computer stays browsable and searchable.</source>
        <translation>Você não fez login. Ainda dá para navegar e pesquisar no histórico deste computador.</translation>
    </message>
    <message>
        <source>The autopilot was not switched on: %1</source>
        <translation>O piloto automático não foi ligado: %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation>Conectado de novo</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConnectionStatus</name>
    <message>
        <source>Not signed in · %1</source>
        <translation>Sem login · %1</translation>
    </message>
    <message>
        <source>History closed for a moment…</source>
        <translation>Histórico fechado por um momento…</translation>
    </message>
    <message>
        <source>Downloading your conversations from %1…</source>
        <translation>Baixando suas conversas de %1…</translation>
    </message>
    <message>
        <source>Not connected · %1</source>
        <translation>Desconectado · %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <source>Online · %1 · %2</source>
        <translation>Online · %1 · %2</translation>
    </message>
    <message>
        <source>Offline: no network. Your history is here; what you write is sent when the network is back.</source>
        <translation>Offline: sem rede. Seu histórico está aqui; o que você escrever será enviado quando a rede voltar.</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Trying again in %n s…</source>
        <translation>
            <numerusform>Conexão perdida. Tentando novamente em %n s…</numerusform>
            <numerusform>Conexão perdida. Tentando novamente em %n s…</numerusform>
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
        <translation>chat do site</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>autopilot answering</source>
        <translation>piloto automático respondendo</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation>atribuída a você</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>atribuída a %1</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>rascunho: %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>adiada até %1</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>prioridade alta</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::LeadModel</name>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
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
            <numerusform>%1 (%n mensagem)</numerusform>
            <numerusform>%1 (%n mensagens)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::net::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Não foi possível ler a resposta do servidor (%1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>O servidor respondeu com um erro (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::MediaTransfers</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>O servidor respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>The file arrived damaged twice (its checksum does not match). Try again later.</source>
        <translation>O arquivo chegou danificado duas vezes (o checksum não confere). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Não foi possível ler a resposta do servidor (%1).</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::StreamLink</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>O servidor não aceita mais este login. Faça login novamente.</translation>
    </message>
    <message>
        <source>This device was signed out on the server. Sign in again.</source>
        <translation>A sessão deste dispositivo foi encerrada no servidor. Faça login novamente.</translation>
    </message>
    <message>
        <source>The server speaks another protocol version. Update Relaydesk.</source>
        <translation>O servidor usa outra versão do protocolo. Atualize o Relaydesk.</translation>
    </message>
    <message>
        <source>The server sent something this version cannot read.</source>
        <translation>O servidor enviou algo que esta versão não consegue ler.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Seu login expirou. Faça login novamente.</translation>
    </message>
    <message>
        <source>The server speaks protocol %1 and this Relaydesk speaks %2. Update Relaydesk.</source>
        <translation>O servidor usa o protocolo %1 e este Relaydesk usa o %2. Atualize o Relaydesk.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The connection stopped answering.</source>
        <translation>A conexão parou de responder.</translation>
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
        <translation>Marcar como lida</translation>
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
        <translation>Sua resposta</translation>
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
        <translation>Marcar como lida</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::PresenceTracker</name>
    <message>
        <source>Another agent</source>
        <translation>Outro agente</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 estão digitando…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 está vendo</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 estão vendo</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::SyncEngine</name>
    <message>
        <source>The history could not be saved on this computer.</source>
        <translation>Não foi possível salvar o histórico neste computador.</translation>
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
        <translation>“%1” tem %2; uma imagem pode ter no máximo %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a recording can be at most %3.</source>
        <translation>“%1” tem %2; uma gravação pode ter no máximo %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a video can be at most %3.</source>
        <translation>“%1” tem %2; um vídeo pode ter no máximo %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a file can be at most %3.</source>
        <translation>“%1” tem %2; um arquivo pode ter no máximo %3.</translation>
    </message>
    <message>
        <source>Attachments to send</source>
        <translation>Anexos a enviar</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>Problema no anexo</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>A conexão com o servidor foi encerrada.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Não é possível ler “%1”.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <source>A reply carries at most %1 files; “%2” was left out.</source>
        <translation>Uma resposta leva no máximo %1 arquivos; “%2” ficou de fora.</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending.</source>
        <translation>Não foi possível guardar a imagem colada para envio.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Imagem colada</translation>
    </message>
    <message>
        <source>Pasted picture.png</source>
        <translation>Imagem colada.png</translation>
    </message>
    <message>
        <source>File to send: %1</source>
        <translation>Arquivo a enviar: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Envio de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Leave this file out</source>
        <translation>Não enviar este arquivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Cancelar envio de %1</translation>
    </message>
    <message>
        <source>Stop the upload; nothing is sent</source>
        <translation>Parar o envio; nada será enviado</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>Não foi possível enviar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::AudioPlayer</name>
    <message>
        <source>This recording cannot be played here.</source>
        <translation>Não é possível reproduzir esta gravação aqui.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::Composer</name>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escreva uma resposta… (Enter envia, Shift+Enter pula linha)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
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
        <translation>Automático</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciada</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <comment>the conversation list: the agent&apos;s unsent text, instead of the last message</comment>
        <translation>Rascunho: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>a snoozed conversation in the list: when it wakes (a time, a weekday and time, or a date)</comment>
        <translation>Até %1</translation>
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
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <source>Filter conversations by name</source>
        <translation>Filtrar conversas por nome</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Minhas</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Sem agente</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>Show whose conversations</source>
        <translation>Escolhe de quem são as conversas mostradas</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Status da conversa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvidas</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Nenhuma conversa ainda</translation>
    </message>
    <message>
        <source>When customers write on WhatsApp, Messenger or the web chat, their conversations appear here.</source>
        <translation>Quando clientes escreverem pelo WhatsApp, pelo Messenger ou pelo chat do site, as conversas vão aparecer aqui.</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Nenhuma conversa encontrada</translation>
    </message>
    <message>
        <source>No customer&apos;s name contains &quot;%1&quot;.</source>
        <translation>Nenhum nome de cliente contém &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing open here</source>
        <translation>Nenhuma conversa aberta</translation>
    </message>
    <message>
        <source>Nothing pending here</source>
        <translation>Nenhuma conversa pendente</translation>
    </message>
    <message>
        <source>Nothing snoozed here</source>
        <translation>Nenhuma conversa adiada</translation>
    </message>
    <message>
        <source>Nothing resolved here</source>
        <translation>Nenhuma conversa resolvida</translation>
    </message>
    <message>
        <source>No conversation with this status is assigned to you.</source>
        <translation>Nenhuma conversa com este status está atribuída a você.</translation>
    </message>
    <message>
        <source>Every conversation with this status has an agent.</source>
        <translation>Todas as conversas com este status têm um agente.</translation>
    </message>
    <message>
        <source>No conversation has this status.</source>
        <translation>Nenhuma conversa tem este status.</translation>
    </message>
    <message>
        <source>Open: %1 (%2) · Show in list</source>
        <translation>Aberta: %1 (%2) · Mostrar na lista</translation>
    </message>
    <message>
        <source>The conversation in the thread is not in this list; show it where it is</source>
        <translation>A conversa aberta não está nesta lista; mostrá-la onde ela está</translation>
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
            <numerusform>%1, %n conversa</numerusform>
            <numerusform>%1, %n conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages for “%1” (%2)</source>
        <translation>Buscar “%1” nas mensagens (%2)</translation>
    </message>
    <message>
        <source>Look for these words in every conversation&apos;s messages</source>
        <translation>Procurar estas palavras nas mensagens de todas as conversas</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Resolve every selected conversation</source>
        <translation>Resolver todas as conversas selecionadas</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Assign every selected conversation</source>
        <translation>Atribuir todas as conversas selecionadas</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Adiar…</translation>
    </message>
    <message>
        <source>Snooze every selected conversation</source>
        <translation>Adiar todas as conversas selecionadas</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <source>Mark every selected conversation read</source>
        <translation>Marcar como lidas todas as conversas selecionadas</translation>
    </message>
    <message>
        <source>Clear the selection (%1)</source>
        <translation>Limpar a seleção (%1)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Limpar a seleção</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations chosen in the list</comment>
        <translation>
            <numerusform>%n selecionada</numerusform>
            <numerusform>%n selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;gh priority</source>
        <translation>Prioridade alta</translation>
    </message>
    <message>
        <source>Show only urgent and high-priority conversations (%1)</source>
        <translation>Mostrar só as conversas urgentes e de prioridade alta (%1)</translation>
    </message>
    <message>
        <source>Only urgent and high priority</source>
        <translation>Só urgentes e de prioridade alta</translation>
    </message>
    <message>
        <source>Bringing your conversations…</source>
        <translation>Trazendo suas conversas…</translation>
    </message>
    <message>
        <source>This computer is reading the workspace&apos;s history for the first time. The newest conversations appear in a moment.</source>
        <translation>Este computador está lendo o histórico do espaço de trabalho pela primeira vez. As conversas mais recentes aparecem em instantes.</translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation>Abrindo seu histórico…</translation>
    </message>
    <message>
        <source>Reading the conversations kept on this computer.</source>
        <translation>Lendo as conversas guardadas neste computador.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageBrowser</name>
    <message>
        <source>The full picture could not be downloaded: %1</source>
        <translation>Não foi possível baixar a imagem completa: %1</translation>
    </message>
    <message>
        <source>Downloading the picture to save it…</source>
        <translation>Baixando a imagem para salvá-la…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>Não foi possível salvar a imagem: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageViewer</name>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Diminuir zoom (-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Aumentar zoom (+, Ctrl+roda do mouse)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>Fit to window (0)</source>
        <translation>Ajustar à janela (0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Tamanho real (1)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagem: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 × %2 · %3%</source>
        <translation>%1 × %2 · %3%</translation>
    </message>
    <message>
        <source>Loading the full picture…</source>
        <translation>Carregando a imagem completa…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Salvar a imagem</translation>
    </message>
    <message>
        <source>Save the picture (Ctrl+S)</source>
        <translation>Salvar a imagem (Ctrl+S)</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Imagem anterior</translation>
    </message>
    <message>
        <source>Previous picture (Left)</source>
        <translation>Imagem anterior (Esquerda)</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Próxima imagem</translation>
    </message>
    <message>
        <source>Next picture (Right)</source>
        <translation>Próxima imagem (Direita)</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>E-mail do cliente</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Telefone do cliente</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+55 11 91234 5678</translation>
    </message>
    <message>
        <source>Enter saves; Escape puts back the saved value.</source>
        <translation>Enter salva; Esc volta ao valor salvo.</translation>
    </message>
    <message>
        <source>Customer details sync status</source>
        <translation>Status de sincronização dos dados do cliente</translation>
    </message>
    <message>
        <source>Your change to the customer&apos;s details</source>
        <translation>Sua alteração nos dados do cliente</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não foi salvo: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saving the customer&apos;s details… They are kept on this computer and sync when connected.</source>
        <translation>Salvando os dados do cliente… Eles ficam guardados neste computador e são sincronizados quando houver conexão.</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>Agora as versões são iguais.</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you edited them. Choose the version to keep.</source>
        <translation>Outra pessoa alterou os dados deste cliente enquanto você os editava. Escolha qual versão manter.</translation>
    </message>
    <message>
        <source>The server did not save your change to the customer&apos;s details: %1</source>
        <translation>O servidor não salvou sua alteração nos dados do cliente: %1</translation>
    </message>
    <message>
        <source>Theirs (v%1)</source>
        <translation>Outra (v%1)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Usar a minha</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Keep my version of the customer&apos;s details</source>
        <translation>Usar a minha versão dos dados do cliente</translation>
    </message>
    <message>
        <source>Send my change to the customer&apos;s details again</source>
        <translation>Enviar de novo minha alteração nos dados do cliente</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Usar a outra</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Descartar a minha</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the customer&apos;s details</source>
        <translation>Usar a versão do servidor dos dados do cliente</translation>
    </message>
    <message>
        <source>Discard my change to the customer&apos;s details</source>
        <translation>Descartar minha alteração nos dados do cliente</translation>
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
        <translation>Chat do site</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Painel do lead</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Nenhum cliente selecionado</translation>
    </message>
    <message>
        <source>The customer&apos;s lead record (stage, value, owner, notes) shows here for the open conversation.</source>
        <translation>O registro de lead do cliente (etapa, valor, responsável, notas) aparece aqui para a conversa aberta.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Lead sync status</source>
        <translation>Status de sincronização do lead</translation>
    </message>
    <message>
        <source>Conflicting versions</source>
        <translation>Versões em conflito</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Usar a minha</translation>
    </message>
    <message>
        <source>Keep my version of the lead</source>
        <translation>Usar a minha versão do lead</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Usar a outra</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the lead</source>
        <translation>Usar a versão do lead que está no servidor</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Valor do negócio</translation>
    </message>
    <message>
        <source>Deal currency</source>
        <translation>Moeda do negócio</translation>
    </message>
    <message>
        <source>Deal value in the currency</source>
        <translation>Valor do negócio na moeda</translation>
    </message>
    <message>
        <source>Lead owner</source>
        <translation>Responsável pelo lead</translation>
    </message>
    <message>
        <source>Summary notes</source>
        <translation>Notas de resumo</translation>
    </message>
    <message>
        <source>What the team should know about this customer</source>
        <translation>O que a equipe deve saber sobre este cliente</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Salvar notas</translation>
    </message>
    <message>
        <source>Notes on this lead</source>
        <translation>Notas deste lead</translation>
    </message>
    <message>
        <source>Add a note for the team…</source>
        <translation>Adicione uma nota para a equipe…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>New custom field name</source>
        <translation>Nome do novo campo personalizado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>New custom field value</source>
        <translation>Valor do novo campo personalizado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Adicionar campo personalizado</translation>
    </message>
    <message>
        <source>The customer&apos;s conversations</source>
        <translation>Conversas do cliente</translation>
    </message>
    <message>
        <source>Enter or a click opens the conversation.</source>
        <translation>Enter ou um clique abre a conversa.</translation>
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
        <translation>Responsável</translation>
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
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Cliente sem nome</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>Sua alteração não foi salva: %1</translation>
    </message>
    <message>
        <source>Saving your changes… They are kept on this computer and sync when connected.</source>
        <translation>Salvando suas alterações… Elas ficam guardadas neste computador e são sincronizadas quando houver conexão.</translation>
    </message>
    <message>
        <source>Sign in to edit the lead.</source>
        <translation>Faça login para editar o lead.</translation>
    </message>
    <message>
        <source>No lead yet: any change creates it.</source>
        <translation>Ainda não há lead: qualquer alteração cria um.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Lead updated %1</source>
        <translation>Lead atualizado em %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>%1 · saving…</source>
        <translation>%1 · salvando…</translation>
    </message>
    <message>
        <source>A note was not saved: %1</source>
        <translation>Uma nota não foi salva: %1</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Campo personalizado %1</translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation>Remover campo personalizado %1</translation>
    </message>
    <message>
        <source>Remove the field “%1”</source>
        <translation>Remover o campo “%1”</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>Agora as versões são iguais.</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you edited it. Choose the version to keep.</source>
        <translation>Outra pessoa alterou este lead enquanto você o editava. Escolha qual versão manter.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation>%1 (aberta agora)</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Esta conversa</translation>
    </message>
    <message>
        <source>Open this conversation</source>
        <translation>Abrir esta conversa</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiada</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvida</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the stage change</source>
        <translation>Desfazer a mudança de etapa</translation>
    </message>
    <message>
        <source>Undo the stage change (Ctrl+Z)</source>
        <translation>Desfazer a mudança de etapa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Type a currency&apos;s code to choose it, such as IDR.</source>
        <translation>Digite o código de uma moeda para escolhê-la, por exemplo IDR.</translation>
    </message>
    <message>
        <source>Saved · %1</source>
        <translation>Salvo · %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>A deles</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Digite um valor como %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 owns this customer&apos;s deal and also answers this conversation.</source>
        <translation>%1 cuida do negócio deste cliente e também responde esta conversa.</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; this conversation is assigned to %1, who answers it.</source>
        <translation>O responsável acompanha o negócio deste cliente ao longo do tempo; esta conversa está atribuída a %1, que a responde.</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; nobody is assigned to answer this conversation yet.</source>
        <translation>O responsável acompanha o negócio deste cliente ao longo do tempo; ninguém foi atribuído a esta conversa ainda.</translation>
    </message>
    <message>
        <source>Stage moved from %1 to %2.</source>
        <translation>Etapa mudou de %1 para %2.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadPipeline</name>
    <message>
        <source>Lead stage</source>
        <translation>Etapa do lead</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contatado</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificado</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>%1, stage %2 of %3. Left and Right choose another stage.</source>
        <translation>%1, etapa %2 de %3. As setas para a esquerda e para a direita escolhem outra etapa.</translation>
    </message>
    <message>
        <source>Move the lead to %1</source>
        <translation>Mover o lead para %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadTags</name>
    <message>
        <source>Add a tag…</source>
        <translation>Adicionar etiqueta…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <source>Type a tag and press Enter.</source>
        <translation>Digite uma etiqueta e pressione Enter.</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Remover etiqueta %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Remover a etiqueta “%1”</translation>
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
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sair da c&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>E&amp;xportar histórico…</translation>
    </message>
    <message>
        <source>Change history &amp;passphrase…</source>
        <translation>Alterar &amp;frase secreta do histórico…</translation>
    </message>
    <message>
        <source>&amp;Forget this device…</source>
        <translation>Es&amp;quecer este dispositivo…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversas</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Mensagens</translation>
    </message>
    <message>
        <source>&amp;Lead panel</source>
        <translation>Painel do &amp;lead</translation>
    </message>
    <message>
        <source>&amp;Filter conversations by name</source>
        <translation>&amp;Filtrar conversas por nome</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Pesquisar mensagens…</translation>
    </message>
    <message>
        <source>Show &amp;open</source>
        <translation>Mostrar &amp;abertas</translation>
    </message>
    <message>
        <source>Show &amp;pending</source>
        <translation>Mostrar p&amp;endentes</translation>
    </message>
    <message>
        <source>Show s&amp;noozed</source>
        <translation>Mostrar a&amp;diadas</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Mostrar &amp;resolvidas</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Próxima conversa</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversa a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Mark r&amp;esolved</source>
        <translation>Marcar como r&amp;esolvida</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>A&amp;diar…</translation>
    </message>
    <message>
        <source>&amp;Autopilot on/off</source>
        <translation>Ligar/desligar piloto &amp;automático</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Relaydesk</source>
        <translation>&amp;Sobre o Relaydesk</translation>
    </message>
    <message>
        <source>About Relaydesk</source>
        <translation>Sobre o Relaydesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Answer your customers on WhatsApp, Messenger and web chat from one window. History is kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Atenda seus clientes no WhatsApp, no Messenger e no chat do site em uma só janela. O histórico fica guardado com criptografia neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>Abrir em &amp;janela própria</translation>
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
        <translation>Mostrar o painel do l&amp;ead</translation>
    </message>
    <message>
        <source>&amp;Urgent conversations first</source>
        <translation>Conversas &amp;urgentes primeiro</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MediaSource</name>
    <message>
        <source>The picture could not be read.</source>
        <translation>Não foi possível ler a imagem.</translation>
    </message>
    <message>
        <source>Sign in to download this file.</source>
        <translation>Faça login para baixar este arquivo.</translation>
    </message>
    <message>
        <source>The media cache is not open.</source>
        <translation>O cache de mídia não está aberto.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>O arquivo ainda não está neste computador.</translation>
    </message>
    <message>
        <source>The picture could not be read: %1</source>
        <translation>Não foi possível ler a imagem: %1</translation>
    </message>
    <message>
        <source>There is no folder to open the file from.</source>
        <translation>Não há uma pasta de onde abrir o arquivo.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MentionCompleter</name>
    <message>
        <source>Agents to mention</source>
        <translation>Agentes para mencionar</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
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
        <translation>editada · %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>the download did not finish</source>
        <translation>o download não terminou</translation>
    </message>
    <message>
        <source>Retry the download</source>
        <translation>Tentar baixar novamente</translation>
    </message>
    <message>
        <source>Play or pause (Enter)</source>
        <translation>Reproduzir ou pausar (Enter)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Abrir (Enter)</translation>
    </message>
    <message>
        <source>Autopilot paused: %1 replied</source>
        <translation>Piloto automático pausado: %1 respondeu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note from Relaydesk</source>
        <translation>Nota do Relaydesk</translation>
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
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to open it; right-click to copy it.</source>
        <translation>%1
Clique para abrir; clique com o botão direito para copiar.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
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
        <translation>Você removeu a atribuição</translation>
    </message>
    <message>
        <source>%1 unassigned this</source>
        <translation>%1 removeu a atribuição</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem atribuição</translation>
    </message>
    <message>
        <source>You assigned it to yourself</source>
        <translation>Você atribuiu a si mesmo</translation>
    </message>
    <message>
        <source>You assigned it to %1</source>
        <translation>Você atribuiu a %1</translation>
    </message>
    <message>
        <source>%1 assigned it to you</source>
        <translation>%1 atribuiu a você</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Atribuído a você</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 atribuiu a %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuído a %1</translation>
    </message>
    <message>
        <source>You resolved this</source>
        <translation>Você resolveu isto</translation>
    </message>
    <message>
        <source>%1 resolved this</source>
        <translation>%1 resolveu isto</translation>
    </message>
    <message>
        <source>You set this to Pending</source>
        <translation>Você colocou em Pendente</translation>
    </message>
    <message>
        <source>%1 set this to Pending</source>
        <translation>%1 colocou em Pendente</translation>
    </message>
    <message>
        <source>You reopened this</source>
        <translation>Você reabriu isto</translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation>%1 reabriu isto</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by you</source>
        <translation>Adiado até o cliente responder, por você</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by %1</source>
        <translation>Adiado até o cliente responder, por %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 by you</source>
        <translation>Adiado até %1 por você</translation>
    </message>
    <message>
        <source>Snoozed until %1 by %2</source>
        <translation>Adiado até %1 por %2</translation>
    </message>
    <message>
        <source>Woke up: the customer replied</source>
        <translation>Reativado: o cliente respondeu</translation>
    </message>
    <message>
        <source>Woke up</source>
        <translation>Reativado</translation>
    </message>
    <message>
        <source>Priority set to %1 by you</source>
        <translation>Prioridade definida como %1 por você</translation>
    </message>
    <message>
        <source>Priority set to %1 by %2</source>
        <translation>Prioridade definida como %1 por %2</translation>
    </message>
    <message>
        <source>Autopilot paused: you replied</source>
        <translation>Piloto automático pausado: você respondeu</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>Você desligou o piloto automático</translation>
    </message>
    <message>
        <source>%1 turned the autopilot off</source>
        <translation>%1 desligou o piloto automático</translation>
    </message>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>Você ligou o piloto automático (IA)</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on (AI)</source>
        <translation>%1 ligou o piloto automático (IA)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>Você ligou o piloto automático</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on</source>
        <translation>%1 ligou o piloto automático</translation>
    </message>
    <message>
        <source>The conversation changed</source>
        <translation>A conversa mudou</translation>
    </message>
    <message>
        <source>Private note by %1</source>
        <translation>Nota privada de %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageLinks</name>
    <message>
        <source>&amp;Write an e-mail</source>
        <translation>&amp;Escrever um e-mail</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Abrir link</translation>
    </message>
    <message>
        <source>Copy e-mail &amp;address</source>
        <translation>Copiar en&amp;dereço de e-mail</translation>
    </message>
    <message>
        <source>Copy link &amp;address</source>
        <translation>Copiar en&amp;dereço do link</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Tentar enviar de novo</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Enviar esta mensagem de novo</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>Res&amp;ponder</translation>
    </message>
    <message>
        <source>Copy message &amp;time</source>
        <translation>Copiar o &amp;horário da mensagem</translation>
    </message>
    <message>
        <source>&amp;Save attachment…</source>
        <translation>&amp;Salvar anexo…</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <comment>an attachment&apos;s file name</comment>
        <translation>Salvar “%1”…</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::PassphraseDialog</name>
    <message>
        <source>Protect your history</source>
        <translation>Proteja seu histórico</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key of your message history, so Relaydesk encrypts it with a passphrase you choose. It cannot be recovered: if you forget it, the history on this computer is lost (it can be downloaded again from the server).</source>
        <translation>Este computador não tem um chaveiro para guardar a chave do seu histórico de mensagens, então o Relaydesk o criptografa com uma frase secreta escolhida por você. Ela não pode ser recuperada: se você a esquecer, o histórico neste computador será perdido (ele pode ser baixado novamente do servidor).</translation>
    </message>
    <message>
        <source>Unlock your history</source>
        <translation>Desbloqueie seu histórico</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your message history on this computer.</source>
        <translation>Digite a frase secreta que protege seu histórico de mensagens neste computador.</translation>
    </message>
    <message>
        <source>Change the history passphrase</source>
        <translation>Alterar a frase secreta do histórico</translation>
    </message>
    <message>
        <source>The history on this computer is encrypted again with the new passphrase; with a long history this takes a little while. The new passphrase cannot be recovered either.</source>
        <translation>O histórico neste computador será criptografado novamente com a nova frase secreta; se o histórico for longo, isso leva um tempinho. A nova frase secreta também não pode ser recuperada.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase secreta &amp;atual:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase secreta:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetir frase secreta</translation>
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
        <translation>A&amp;lterar</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>A nova frase secreta é igual à atual.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use pelo menos %n caractere.</numerusform>
            <numerusform>Use pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases secretas não são iguais.</translation>
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
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>%1, quick reply %2: %3</source>
        <translation>%1, resposta rápida %2: %3</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <source>Search all messages on this computer</source>
        <translation>Pesquisar todas as mensagens neste computador</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Words to find in every conversation; works offline</source>
        <translation>Palavras a procurar em todas as conversas; funciona offline</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Messages found, grouped by conversation</source>
        <translation>Mensagens encontradas, agrupadas por conversa</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumo da pesquisa</translation>
    </message>
    <message>
        <source>Type words to find them in every conversation, even offline.</source>
        <translation>Digite palavras para encontrá-las em todas as conversas, mesmo offline.</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Nenhuma mensagem contém “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 found, in %2. Add a word to narrow it.</source>
        <translation>Resultados: as %1 mais recentes em %2. Adicione uma palavra para refinar a pesquisa.</translation>
    </message>
    <message>
        <source>%1 found, in %2.</source>
        <translation>Resultados: %1 em %2.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SettingsDialog</name>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation>Mostrar uma &amp;notificação quando um cliente escrever</translation>
    </message>
    <message>
        <source>Show the message&apos;s &amp;text (off: only &quot;New message&quot;)</source>
        <translation>Mostrar o &amp;texto da mensagem (desligado: só &quot;Nova mensagem&quot;)</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>Tocar um &amp;som</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (until I turn it off)</source>
        <translation>Não &amp;perturbe (até eu desativar)</translation>
    </message>
    <message>
        <source>Do not disturb &amp;every day</source>
        <translation>Não perturbe tod&amp;os os dias</translation>
    </message>
    <message>
        <source>Start Relaydesk when I &amp;log in</source>
        <translation>Abrir o Relaydesk ao &amp;iniciar a sessão</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Mostrar o texto da mensagem nas notificações</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>Som de notificação</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não perturbe</translation>
    </message>
    <message>
        <source>Do not disturb every day</source>
        <translation>Não perturbe todos os dias</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silêncio a partir de</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silêncio até</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>A time before the start means the next morning.</source>
        <translation>Um horário anterior ao início vale para a manhã seguinte.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Iniciar com a minha sessão</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Cores</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar a resposta</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Nova linha na resposta</translation>
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
        <translation>Mover-se entre painéis</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>/ and its shortcut, then Enter or Tab</source>
        <translation>/ e o atalho da resposta, depois Enter ou Tab</translation>
    </message>
    <message>
        <source>Copy the selected message</source>
        <translation>Copiar a mensagem selecionada</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Tecla Menu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversas</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>A conversa aberta</translation>
    </message>
    <message>
        <source>Thread and reply</source>
        <translation>Mensagens e resposta</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Painel do lead</translation>
    </message>
    <message>
        <source>Moving around and search</source>
        <translation>Navegar e pesquisar</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Imagens e vídeos</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Mover-se na lista</translation>
    </message>
    <message>
        <source>Open the selected message&apos;s attachment or link</source>
        <translation>Abrir o anexo ou o link da mensagem selecionada</translation>
    </message>
    <message>
        <source>Message menu (reply, copy, open a link)</source>
        <translation>Menu da mensagem (responder, copiar, abrir um link)</translation>
    </message>
    <message>
        <source>Move the lead to the previous or next stage</source>
        <translation>Mover o lead para a etapa anterior ou a próxima</translation>
    </message>
    <message>
        <source>Left, Right (on the stages)</source>
        <translation>←, → (nas etapas)</translation>
    </message>
    <message>
        <source>Move the lead to the first or last stage</source>
        <translation>Mover o lead para a primeira ou a última etapa</translation>
    </message>
    <message>
        <source>Home, End (on the stages)</source>
        <translation>Home, End (nas etapas)</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Aumentar, diminuir o zoom</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajustar a imagem à janela</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>Play or pause a video</source>
        <translation>Reproduzir ou pausar um vídeo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Fechar o visualizador</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Play or pause the selected voice note</source>
        <translation>Reproduzir ou pausar a mensagem de voz selecionada</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Espaço</translation>
    </message>
    <message>
        <source>Slower or faster voice note (1×, 1.5×, 2×)</source>
        <translation>Mensagem de voz mais lenta ou mais rápida (1×, 1,5×, 2×)</translation>
    </message>
    <message>
        <source>[, ]</source>
        <translation>[, ]</translation>
    </message>
    <message>
        <source>Previous or next picture of the conversation</source>
        <translation>Imagem anterior ou seguinte da conversa</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Esquerda, Direita</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Salvar a imagem</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to Relaydesk</source>
        <translation>Entrar no Relaydesk</translation>
    </message>
    <message>
        <source>Sign in with the account your workspace&apos;s admin gave you.</source>
        <translation>Faça login com a conta que o administrador do seu espaço de trabalho passou para você.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@exemplo.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze conversation</source>
        <translation>Adiar conversa</translation>
    </message>
    <message>
        <source>Hide this conversation until:</source>
        <translation>Ocultar esta conversa até:</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>Daqui a uma hora</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana que vem</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Adiar até</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Hoje de manhã</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Mais tarde hoje</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
    <message>
        <source>This weekend</source>
        <translation>Neste fim de semana</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a snooze choice: its name, then when</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Until the customer &amp;replies</source>
        <translation>Até o cliente &amp;responder</translation>
    </message>
    <message>
        <source>&amp;Another time:</source>
        <translation>&amp;Outro horário:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a snooze moment: the day, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose when the conversation comes back.</source>
        <translation>Escolha quando a conversa volta.</translation>
    </message>
    <message>
        <source>That time does not exist in your time zone (the clocks change then). Choose another.</source>
        <translation>Esse horário não existe no seu fuso horário (os relógios mudam nesse dia). Escolha outro.</translation>
    </message>
    <message>
        <source>That time has passed. Choose a time in the future.</source>
        <translation>Esse horário já passou. Escolha um horário no futuro.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::TemplateDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: the channel lets only an approved template through until they write again.</source>
        <translation>O cliente escreveu pela última vez há mais de 24 horas: o canal só deixa passar um modelo aprovado até ele escrever de novo.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What the customer will read</source>
        <translation>O que o cliente vai ler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>This workspace has no approved templates. An administrator adds them on the server.</source>
        <translation>Este espaço de trabalho não tem modelos aprovados. Um administrador pode adicioná-los no servidor.</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Valor para {{%1}}</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parâmetro %1</translation>
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
        <translation>Chat do site</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Adiada até %1</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies</source>
        <translation>Adiada até o cliente responder</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Atribuída a você</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem atribuição</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioridade alta</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioridade baixa</translation>
    </message>
    <message>
        <source>About this conversation</source>
        <translation>Sobre esta conversa</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marcar como resolvida</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Adiar…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Assign to an agent</source>
        <translation>Atribuir a um agente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Set the priority</source>
        <translation>Definir a prioridade</translation>
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
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Nenhuma conversa aberta</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it and reply.</source>
        <translation>Escolha uma conversa à esquerda para ler e responder.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Attach files (or drop them here, or paste a picture)</source>
        <translation>Anexar arquivos (ou solte-os aqui, ou cole uma imagem)</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Últimas</translation>
    </message>
    <message>
        <source>Jump to the newest message (Ctrl+End)</source>
        <translation>Ir para a mensagem mais recente (Ctrl+End)</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message>
        <source>Send a &amp;template…</source>
        <translation>Enviar m&amp;odelo…</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>The channel accepts only an approved template until the customer writes again</source>
        <translation>O canal só aceita um modelo aprovado até o cliente escrever de novo</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Piloto automático</translation>
    </message>
    <message>
        <source>Let the autopilot answer this customer (Ctrl+Shift+A)</source>
        <translation>Deixar o piloto automático responder a este cliente (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Autopilot: AI</source>
        <translation>Automático: IA</translation>
    </message>
    <message>
        <source>Autopilot: on</source>
        <translation>Automático: ativo</translation>
    </message>
    <message>
        <source>Autopilot: off</source>
        <translation>Automático: inativo</translation>
    </message>
    <message>
        <source>The autopilot answers this customer</source>
        <translation>O piloto automático responde a este cliente</translation>
    </message>
    <message>
        <source>Agents answer this customer</source>
        <translation>Os agentes respondem a este cliente</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escreva uma resposta… (Enter envia, Shift+Enter pula linha)</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>Baixando o vídeo…</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>Não foi possível baixar o vídeo: %1</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>No application on this computer opens this kind of file. Use Save As… to keep it.</source>
        <translation>Nenhum aplicativo neste computador abre este tipo de arquivo. Use Salvar como… para guardá-lo.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message>
        <source>Write a pri&amp;vate note</source>
        <translation>Escrever nota pri&amp;vada</translation>
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
        <translation>Quando ativada, o que você escreve vira uma nota que só os agentes veem; o cliente não a recebe</translation>
    </message>
    <message>
        <source>Write a private note only agents see (Ctrl+Shift+N)</source>
        <translation>Escrever uma nota privada que só os agentes veem (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Su&amp;ggest a reply</source>
        <translation>Su&amp;gerir resposta</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>Sugerir resposta</translation>
    </message>
    <message>
        <source>The workspace&apos;s AI drafts a reply from this conversation&apos;s recent messages, which go to the AI service for it. Nothing is sent to the customer: you edit the draft and send it.</source>
        <translation>A IA do espaço de trabalho redige uma resposta a partir das mensagens recentes desta conversa, que são enviadas ao serviço de IA para isso. Nada é enviado ao cliente: você edita o rascunho e o envia.</translation>
    </message>
    <message>
        <source>Suggest a reply (Ctrl+Shift+G)</source>
        <translation>Sugerir resposta (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Asking the workspace&apos;s AI for a draft (it reads this conversation&apos;s recent messages)…</source>
        <translation>Pedindo um rascunho à IA do espaço de trabalho (ela lê as mensagens recentes desta conversa)…</translation>
    </message>
    <message>
        <source>A suggested reply: read it and change what you need before you send it.</source>
        <translation>Resposta sugerida: leia e altere o que precisar antes de enviar.</translation>
    </message>
    <message>
        <source>The suggestion is below what you wrote, selected: delete it or keep what you want.</source>
        <translation>A sugestão está abaixo do que você escreveu, selecionada: apague-a ou mantenha o que quiser.</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>Sem sugestão: %1</translation>
    </message>
    <message>
        <source>Write a private note… (only agents see it)</source>
        <translation>Escreva uma nota privada… (só os agentes a veem)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Adicionar &amp;nota</translation>
    </message>
    <message>
        <source>Add the note for the other agents (Enter)</source>
        <translation>Adicionar a nota para os outros agentes (Enter)</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Sugerindo…</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>Nenhum aplicativo neste computador abre %1.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::VideoPlayer</name>
    <message>
        <source>Video: %1</source>
        <translation>Vídeo: %1</translation>
    </message>
    <message>
        <source>Video picture</source>
        <translation>Imagem do vídeo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproduzir ou pausar (Espaço)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>This video cannot be played here.</source>
        <translation>Não é possível reproduzir este vídeo aqui.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Close the video (Esc)</source>
        <translation>Fechar o vídeo (Esc)</translation>
    </message>
    <message>
        <source>Close the video</source>
        <translation>Fechar o vídeo</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::VideoPosters</name>
    <message>
        <source>This video cannot be played here.</source>
        <translation>Este vídeo não pode ser reproduzido aqui.</translation>
    </message>
    <message>
        <source>No picture could be taken from this video.</source>
        <translation>Não foi possível obter nenhuma imagem deste vídeo.</translation>
    </message>
</context>
</TS>
