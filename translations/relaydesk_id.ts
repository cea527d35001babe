<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AttachmentPainter</name>
    <message>
        <source>Could not download: %1</source>
        <translation>Gagal mengunduh: %1</translation>
    </message>
    <message>
        <source>Downloading… %1% of %2</source>
        <translation>Mengunduh… %1% dari %2</translation>
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
        <translation>Pesan suara</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>%1 document</source>
        <translation>Dokumen %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Simpan Sebagai…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Gagal memuat: %1</translation>
    </message>
    <message>
        <source>Not on this computer yet</source>
        <translation>Belum ada di komputer ini</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>%1 · %2 · length unknown</source>
        <translation>%1 · %2 · durasi tidak diketahui</translation>
    </message>
</context>
<context>
    <name>AudioSummaries</name>
    <message>
        <source>This recording is damaged and cannot be read.</source>
        <translation>Rekaman ini rusak dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This recording is empty.</source>
        <translation>Rekaman ini kosong.</translation>
    </message>
    <message>
        <source>This computer cannot read this kind of recording.</source>
        <translation>Komputer ini tidak dapat membaca jenis rekaman ini.</translation>
    </message>
    <message>
        <source>This recording cannot be read here.</source>
        <translation>Rekaman ini tidak dapat dibaca di sini.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Relaydesk: answer customers on WhatsApp, Messenger and web chat from one window.</source>
        <translation>Relaydesk: balas pelanggan di WhatsApp, Messenger, dan obrolan web dari satu jendela.</translation>
    </message>
    <message>
        <source>Keep settings, history, cache and keychain entries in &lt;folder&gt;, apart from every other profile.</source>
        <translation>Simpan pengaturan, riwayat, cache, dan entri keychain di &lt;folder&gt;, terpisah dari profil lainnya.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Connect to the Relaydesk server at &lt;url&gt; (https://, or http:// on this computer).</source>
        <translation>Hubungkan ke server Relaydesk di &lt;url&gt; (https://, atau http:// di komputer ini).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Simpan gambar jendela utama ke &lt;file&gt; setelah jendela tampil, lalu keluar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See relaydesk --help.</source>
        <translation>Argumen tidak dikenal &quot;%1&quot;. Lihat relaydesk --help.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>It holds characters that cannot be read; type it again.</source>
        <translation>Berisi karakter yang tidak dapat dibaca; ketik ulang.</translation>
    </message>
    <message>
        <source>It cannot hold line breaks or control characters.</source>
        <translation>Tidak boleh berisi baris baru atau karakter kontrol.</translation>
    </message>
    <message>
        <source>It cannot hold characters that turn the text&apos;s direction.</source>
        <translation>Tidak boleh berisi karakter yang membalik arah teks.</translation>
    </message>
    <message>
        <source>It can be at most %1 characters long.</source>
        <translation>Panjangnya paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Write the customer&apos;s name: it cannot be empty.</source>
        <translation>Tulis nama pelanggan: tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Write an address such as name@example.com.</source>
        <translation>Tulis alamat seperti nama@contoh.com.</translation>
    </message>
    <message>
        <source>Use only digits, spaces and + - ( ).</source>
        <translation>Gunakan hanya angka, spasi, dan + - ( ).</translation>
    </message>
    <message>
        <source>Write the phone number&apos;s digits.</source>
        <translation>Tulis angka nomor telepon.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>The export folder %1 is not empty. Choose an empty or new folder.</source>
        <translation>Folder ekspor %1 tidak kosong. Pilih folder yang kosong atau baru.</translation>
    </message>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation>Folder ekspor %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>Penulisan %1 tidak dapat diselesaikan: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The history file %1 is not encrypted, so Relaydesk will not use it. Move it out of the profile folder; Relaydesk then downloads your history again into a new encrypted file.</source>
        <translation>File riwayat %1 tidak terenkripsi, jadi Relaydesk tidak akan memakainya. Pindahkan file itu keluar dari folder profil; Relaydesk lalu mengunduh ulang riwayat Anda ke file terenkripsi yang baru.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (its size is not a whole number of pages). Use &quot;Forget this device&quot; to remove it; your history is downloaded again from the server when you sign in.</source>
        <translation>File riwayat %1 rusak (ukurannya bukan kelipatan ukuran halaman). Gunakan &quot;Lupakan perangkat ini&quot; untuk menghapusnya; riwayat Anda akan diunduh lagi dari server saat Anda masuk.</translation>
    </message>
    <message>
        <source>The history file %1 does not exist yet.</source>
        <translation>File riwayat %1 belum ada.</translation>
    </message>
    <message>
        <source>Relaydesk cannot open the history file %1 (%2). Check that the profile folder is yours and the disk is not full.</source>
        <translation>Relaydesk tidak dapat membuka file riwayat %1 (%2). Pastikan folder profil adalah milik Anda dan disk tidak penuh.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be unlocked: the key or passphrase is wrong, or the file is damaged. The file was not changed. Enter the right passphrase, or use &quot;Forget this device&quot; and sign in again to download your history.</source>
        <translation>File riwayat %1 tidak dapat dibuka kuncinya: kunci atau frasa sandi salah, atau file rusak. File tidak diubah. Masukkan frasa sandi yang benar, atau gunakan &quot;Lupakan perangkat ini&quot;, lalu masuk lagi untuk mengunduh riwayat Anda.</translation>
    </message>
    <message>
        <source>Relaydesk cannot read the history file %1 (%2).</source>
        <translation>Relaydesk tidak dapat membaca file riwayat %1 (%2).</translation>
    </message>
    <message>
        <source>Relaydesk cannot prepare the history file %1 (%2).</source>
        <translation>Relaydesk tidak dapat menyiapkan file riwayat %1 (%2).</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Relaydesk (schema %2; this version knows up to %3). Update Relaydesk.</source>
        <translation>File riwayat %1 ditulis oleh Relaydesk versi yang lebih baru (skema %2; versi ini hanya mengenal hingga %3). Perbarui Relaydesk.</translation>
    </message>
    <message>
        <source>Relaydesk could not update the history file %1 to this version (step %2: %3). The file was left as it was; nothing was lost.</source>
        <translation>Relaydesk tidak dapat memperbarui file riwayat %1 ke versi ini (langkah %2: %3). File dibiarkan seperti semula; tidak ada yang hilang.</translation>
    </message>
</context>
<context>
    <name>DeviceWipe</name>
    <message>
        <source>These files could not be removed: %1. Close other programs that may use them and try again.</source>
        <translation>File berikut tidak dapat dihapus: %1. Tutup program lain yang mungkin sedang memakainya, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>HistoryOpener</name>
    <message>
        <source>That passphrase did not unlock the history. Try again.</source>
        <translation>Frasa sandi itu tidak dapat membuka riwayat. Coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>The history stays locked after %n wrong passphrases.</source>
        <translation>
            <numerusform>Riwayat tetap terkunci setelah %n kali frasa sandi salah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySecret</name>
    <message>
        <source>The keychain that holds the key to your history cannot be reached (%1). Unlock your keychain and start Relaydesk again.</source>
        <translation>Keychain yang menyimpan kunci riwayat Anda tidak dapat diakses (%1). Buka kunci keychain Anda, lalu jalankan Relaydesk lagi.</translation>
    </message>
    <message>
        <source>The key to your history is no longer in the keychain, so the history on this computer cannot be opened. Use &quot;Forget this device&quot; and sign in again to download it.</source>
        <translation>Kunci riwayat Anda sudah tidak ada di keychain, jadi riwayat di komputer ini tidak dapat dibuka. Gunakan &quot;Lupakan perangkat ini&quot;, lalu masuk lagi untuk mengunduhnya.</translation>
    </message>
    <message>
        <source>The random number generator could not start.</source>
        <translation>Generator angka acak tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Your history needs a passphrase, and there is no way to ask for one here.</source>
        <translation>Riwayat Anda memerlukan frasa sandi, tetapi frasa sandi tidak dapat diminta di sini.</translation>
    </message>
    <message>
        <source>No passphrase was given, so the history stays locked.</source>
        <translation>Frasa sandi tidak dimasukkan, jadi riwayat tetap terkunci.</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>Kunci tidak dapat dihapus dari keychain: %1</translation>
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
        <translation>Mengenkripsi riwayat dengan frasa sandi baru…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sudah keluar</translation>
    </message>
    <message>
        <source>You are signed out. Also forget this device, removing the history, the cache and the keys kept on this computer?</source>
        <translation>Anda sudah keluar dari akun. Lupakan juga perangkat ini, dengan menghapus riwayat, cache, dan kunci yang tersimpan di komputer ini?</translation>
    </message>
    <message>
        <source>Sign in to reply. You can read your history meanwhile.</source>
        <translation>Masuk untuk membalas. Sementara itu, Anda tetap dapat membaca riwayat.</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Lupakan perangkat ini</translation>
    </message>
    <message>
        <source>Keep the history</source>
        <translation>Pertahankan riwayat</translation>
    </message>
    <message>
        <source>Your reply could not be saved on this computer (%1). Its text is back in that conversation&apos;s reply box.</source>
        <translation>Balasan Anda tidak dapat disimpan di komputer ini (%1). Teksnya kembali ke kotak balasan percakapan itu.</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This file (%1) is larger than the whole media cache (%2), so it was not kept for offline use. Raise the media cache size to keep files this large.</source>
        <translation>File ini (%1) lebih besar dari seluruh cache media (%2), jadi tidak disimpan untuk dipakai offline. Perbesar ukuran cache media agar file sebesar ini bisa disimpan.</translation>
    </message>
    <message>
        <source>This file is not in the media cache. Download it again.</source>
        <translation>File ini tidak ada di cache media. Unduh lagi.</translation>
    </message>
    <message>
        <source>A cached file could not be decrypted: it is damaged or was saved with another key. It was removed from the cache; download it again.</source>
        <translation>Sebuah file di cache tidak dapat didekripsi: file rusak atau disimpan dengan kunci lain. File sudah dihapus dari cache; unduh lagi.</translation>
    </message>
    <message>
        <source>The media cache cannot be used because its encryption key is not valid. Media will be downloaded each time it is opened; please report this problem.</source>
        <translation>Cache media tidak dapat dipakai karena kunci enkripsinya tidak valid. Media akan diunduh setiap kali dibuka; mohon laporkan masalah ini.</translation>
    </message>
    <message>
        <source>The encryption library could not be started, so the media cache is turned off. Reinstall Relaydesk to fix this.</source>
        <translation>Pustaka enkripsi tidak dapat dijalankan, jadi cache media dinonaktifkan. Instal ulang Relaydesk untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>Cannot use the media cache folder %1. Check that it is a writable folder and that the disk has free space.</source>
        <translation>Folder cache media %1 tidak dapat dipakai. Pastikan folder itu dapat ditulisi dan disk masih memiliki ruang kosong.</translation>
    </message>
    <message>
        <source>This file has no media id, so it cannot be cached. Please report this problem.</source>
        <translation>File ini tidak memiliki ID media, jadi tidak dapat disimpan di cache. Mohon laporkan masalah ini.</translation>
    </message>
    <message>
        <source>Cannot save the file in the media cache (%1). Free some disk space and try again.</source>
        <translation>File tidak dapat disimpan di cache media (%1). Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cannot read the file to cache (%1). Download it again.</source>
        <translation>File yang akan disimpan di cache tidak dapat dibaca (%1). Unduh lagi.</translation>
    </message>
    <message>
        <source>The media cache was cleared while this file was being saved, so it was not kept. Download it again if you need it.</source>
        <translation>Cache media dikosongkan saat file ini sedang disimpan, jadi file tidak tersimpan. Unduh lagi jika Anda memerlukannya.</translation>
    </message>
    <message>
        <source>Cannot read a file in the media cache (%1). Check the permissions of the folder %2.</source>
        <translation>Sebuah file di cache media tidak dapat dibaca (%1). Periksa izin folder %2.</translation>
    </message>
    <message>
        <source>There is not enough memory to open this file. Close other programs and try again.</source>
        <translation>Memori tidak cukup untuk membuka file ini. Tutup program lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cannot save %1 (%2). Choose another folder, or free some disk space and try again.</source>
        <translation>%1 tidak dapat disimpan (%2). Pilih folder lain, atau kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>A cached file could not be removed. Close any program that may be using it and try again.</source>
        <translation>Sebuah file di cache tidak dapat dihapus. Tutup program yang mungkin sedang memakainya, lalu coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) could not be removed. Close any program that may be using them and try again.</source>
        <translation>
            <numerusform>%n file di cache tidak dapat dihapus. Tutup program yang mungkin sedang memakainya, lalu coba lagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server&apos;s certificate is not made out for %1, so this may not be the server you meant. Check the server address; if it is right, ask your workspace&apos;s admin to fix the certificate.</source>
        <translation>Sertifikat server tidak dibuat untuk %1, jadi mungkin ini bukan server yang Anda maksud. Periksa alamat server; jika sudah benar, minta admin ruang kerja Anda memperbaiki sertifikatnya.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired, so the connection is not safe. Ask your workspace&apos;s admin to renew it.</source>
        <translation>Sertifikat %1 sudah kedaluwarsa, jadi koneksinya tidak aman. Minta admin ruang kerja Anda memperbaruinya.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check this computer&apos;s date and time; if they are right, ask your workspace&apos;s admin.</source>
        <translation>Sertifikat %1 belum berlaku. Periksa tanggal dan jam komputer ini; jika sudah benar, tanyakan admin ruang kerja Anda.</translation>
    </message>
    <message>
        <source>%1 uses a self-signed certificate, which this computer does not trust. Ask your workspace&apos;s admin for a certificate from a trusted authority.</source>
        <translation>%1 memakai sertifikat yang ditandatangani sendiri, yang tidak dipercaya komputer ini. Minta admin ruang kerja Anda memasang sertifikat dari otoritas tepercaya.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked, so the connection is not safe. Ask your workspace&apos;s admin.</source>
        <translation>Sertifikat %1 sudah dicabut, jadi koneksinya tidak aman. Tanyakan admin ruang kerja Anda.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1, so the connection is not safe. Ask your workspace&apos;s admin to check the server&apos;s certificate.</source>
        <translation>Komputer ini tidak memercayai sertifikat %1, jadi koneksinya tidak aman. Minta admin ruang kerja Anda memeriksa sertifikat server.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the server address and port; if they are right, the server may be down: ask your workspace&apos;s admin.</source>
        <translation>Tidak ada yang menjawab di %1. Periksa alamat dan port server; jika sudah benar, mungkin servernya mati: tanyakan admin ruang kerja Anda.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address for typing mistakes and that this computer is online.</source>
        <translation>Server %1 tidak ditemukan. Periksa salah ketik pada alamat dan pastikan komputer ini tersambung ke internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check this computer&apos;s connection and try again.</source>
        <translation>%1 tidak menjawab tepat waktu. Periksa koneksi komputer ini lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 menutup koneksi sebelum menjawab. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check its network connection and try again.</source>
        <translation>Komputer ini sepertinya sedang offline. Periksa koneksi jaringannya lalu coba lagi.</translation>
    </message>
    <message>
        <source>The proxy server did not let the connection to %1 through. Check this computer&apos;s proxy settings.</source>
        <translation>Server proxy tidak meneruskan koneksi ke %1. Periksa pengaturan proxy komputer ini.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made. Check that the address is right (https or http) and ask your workspace&apos;s admin to check the server.</source>
        <translation>Koneksi aman ke %1 tidak dapat dibuat. Periksa apakah alamatnya benar (https atau http) dan minta admin ruang kerja Anda memeriksa servernya.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the server address and this computer&apos;s connection, then try again.</source>
        <translation>%1 tidak dapat dihubungi. Periksa alamat server dan koneksi komputer ini, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Could not remove %1. Remove it to stop Relaydesk starting with your session.</source>
        <translation>%1 tidak dapat dihapus. Hapus file itu agar Relaydesk tidak ikut berjalan saat Anda login ke komputer.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Relaydesk will not start with your session.</source>
        <translation>%1 tidak dapat ditulis (%2). Relaydesk tidak akan ikut berjalan saat Anda login ke komputer.</translation>
    </message>
    <message>
        <source>Windows did not let Relaydesk change its Run entry; use Task Manager → Startup apps instead.</source>
        <translation>Windows tidak mengizinkan Relaydesk mengubah entri Run-nya; gunakan Task Manager → Startup apps sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation>Folder profil %1 tidak dapat dibuat. Pastikan folder induknya ada dan dapat ditulisi, atau pilih folder lain dengan --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not a writable folder. Fix its permissions, or choose another folder with --profile.</source>
        <translation>Folder profil %1 bukan folder yang dapat ditulisi. Perbaiki izinnya, atau pilih folder lain dengan --profile.</translation>
    </message>
    <message>
        <source>The profile folder name is empty.</source>
        <translation>Nama folder profil kosong.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a form like https://relay.example.com.</source>
        <translation>&quot;%1&quot; bukan alamat server. Gunakan format seperti https://relay.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer), not %1://.</source>
        <translation>Alamat server harus diawali https:// (atau http:// untuk komputer ini), bukan %1://.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, so the connection must be encrypted. Use https://%1 instead.</source>
        <translation>%1 tidak berada di komputer ini, jadi koneksinya harus terenkripsi. Gunakan https://%1.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address; you sign in after connecting.</source>
        <translation>Jangan cantumkan nama pengguna atau kata sandi di alamat server; Anda masuk setelah terhubung.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Assignment</name>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>Tugaskan ke sa&amp;ya</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>Tu&amp;gaskan ke</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Anda)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>Belum ada agen yang dikenal (silakan masuk)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Tidak ada</translation>
    </message>
    <message>
        <source>Sign in to assign conversations.</source>
        <translation>Masuk untuk menugaskan percakapan.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AutopilotLines</name>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>Anda mengaktifkan autopilot (AI)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>Anda mengaktifkan autopilot</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>Anda menonaktifkan autopilot</translation>
    </message>
    <message>
        <source>The autopilot was turned on (AI)</source>
        <translation>Autopilot diaktifkan (AI)</translation>
    </message>
    <message>
        <source>The autopilot was turned on</source>
        <translation>Autopilot diaktifkan</translation>
    </message>
    <message>
        <source>The autopilot was turned off</source>
        <translation>Autopilot dinonaktifkan</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::AwayAutopilot</name>
    <message>
        <source>Autopilot w&amp;hile away</source>
        <translation>Autopilot saat tidak &amp;di tempat</translation>
    </message>
    <message>
        <source>&amp;Off: customers wait for an agent</source>
        <translation>&amp;Nonaktif: pelanggan menunggu agen</translation>
    </message>
    <message>
        <source>&amp;Rules: opening hours, keywords, the fallback</source>
        <translation>&amp;Aturan: jam buka, kata kunci, balasan cadangan</translation>
    </message>
    <message>
        <source>A&amp;I: the workspace&apos;s AI answers</source>
        <translation>A&amp;I: AI ruang kerja yang menjawab</translation>
    </message>
    <message>
        <source>Autopilot while away</source>
        <translation>Autopilot saat tidak di tempat</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>aturan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>While away: %1…</source>
        <translation>Tidak di tempat: %1…</translation>
    </message>
    <message>
        <source>While away: %1</source>
        <translation>Tidak di tempat: %1</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>Hanya admin ruang kerja yang dapat mengubah ini.</translation>
    </message>
    <message>
        <source>Connect to change this.</source>
        <translation>Hubungkan ke server untuk mengubah ini.</translation>
    </message>
    <message>
        <source>While no agent of the workspace is online:</source>
        <translation>Saat tidak ada agen ruang kerja yang online:</translation>
    </message>
    <message>
        <source>What answers customers while no agent of the workspace is online.</source>
        <translation>Yang menjawab pelanggan saat tidak ada agen ruang kerja yang online.</translation>
    </message>
    <message>
        <source>The autopilot while away was not changed: %1</source>
        <translation>Autopilot saat tidak di tempat gagal diubah: %1</translation>
    </message>
    <message>
        <source>Connect to change the autopilot while away.</source>
        <translation>Hubungkan ke server untuk mengubah autopilot saat tidak di tempat.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ComposerLink</name>
    <message>
        <source>Sign in to ask for a suggestion.</source>
        <translation>Masuk untuk meminta saran balasan.</translation>
    </message>
    <message>
        <source>The workspace has no AI set up for suggestions any more.</source>
        <translation>Ruang kerja ini tidak lagi memiliki AI untuk saran balasan.</translation>
    </message>
    <message>
        <source>Two drafts are already on their way. Try again in a moment.</source>
        <translation>Sudah ada dua draf yang sedang dibuat. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again when you are online, or write the reply yourself.</source>
        <translation>Server tidak dapat dihubungi. Coba lagi saat Anda online, atau tulis sendiri balasannya.</translation>
    </message>
    <message>
        <source>The server did not give one. Try again, or write the reply yourself.</source>
        <translation>Server tidak memberikan saran. Coba lagi, atau tulis sendiri balasannya.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::ConversationMenus</name>
    <message>
        <source>Sign in to send messages.</source>
        <translation>Masuk untuk mengirim pesan.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>Buka di &amp;jendela sendiri</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Tandai &amp;dibaca</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Tandai &amp;belum dibaca</translation>
    </message>
    <message>
        <source>Ass&amp;ign to me</source>
        <translation>Tugaskan ke sa&amp;ya</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>Tugaskan &amp;ke</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Tunda…</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>Buka &amp;lagi</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>Tandai &amp;tertunda</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>&amp;Prioritas</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Bisukan notifikasi</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Anda)</translation>
    </message>
    <message>
        <source>No agents known yet (sign in)</source>
        <translation>Belum ada agen yang dikenal (masuk dulu)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Tidak ada</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>Masuk untuk mengubah percakapan.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::DataRights</name>
    <message>
        <source>Export history to</source>
        <translation>Ekspor riwayat ke</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Riwayat diekspor</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) were exported to %1.</source>
        <translation>
            <numerusform>%n percakapan telah diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Forget this device?</source>
        <translation>Lupakan perangkat ini?</translation>
    </message>
    <message>
        <source>This removes your message history, downloaded files and sign-in from this computer. Nothing is removed from the server; sign in again to download your history. Relaydesk closes afterwards.</source>
        <translation>Tindakan ini menghapus riwayat pesan, file yang diunduh, dan sesi masuk Anda dari komputer ini. Tidak ada yang dihapus dari server; masuk lagi untuk mengunduh riwayat Anda. Setelah itu, Relaydesk akan ditutup.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Desktop</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>sebuah lampiran</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a customer&apos;s name and what they just wrote</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Tidak terkirim: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Notifications</name>
    <message>
        <source>Sent an attachment</source>
        <translation>Mengirim lampiran</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Bisukan notifikasi</translation>
    </message>
    <message>
        <source>Open a conversation to mute its notifications.</source>
        <translation>Buka percakapan untuk membisukan notifikasinya.</translation>
    </message>
    <message>
        <source>Show Relaydesk</source>
        <translation>Tampilkan Relaydesk</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n pesan baru</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Pesan baru</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages. Latest: %1</source>
        <translation>
            <numerusform>%n pesan baru. Terbaru: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaydesk: %n unread message(s) from customers</source>
        <translation>
            <numerusform>Relaydesk: %n pesan belum dibaca dari pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>Relaydesk: nothing waiting</source>
        <translation>Relaydesk: tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 menyebut Anda</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Seorang rekan</translation>
    </message>
    <message>
        <source>Note about %1: %2</source>
        <translation>Catatan tentang %1: %2</translation>
    </message>
    <message>
        <source>A note about %1</source>
        <translation>Catatan tentang %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1. Latest: %2</source>
        <translation>
            <numerusform>%n pesan baru dari %1. Terbaru: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation>Pesan baru dari %1: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::PassphraseChange</name>
    <message>
        <source>The current passphrase is not right. Try again.</source>
        <translation>Frasa sandi saat ini salah. Coba lagi.</translation>
    </message>
    <message>
        <source>The history could not be opened again: %1</source>
        <translation>Riwayat tidak dapat dibuka kembali: %1</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1. The history still opens with the current passphrase.</source>
        <translation>Frasa sandi tidak diganti: %1. Riwayat tetap dibuka dengan frasa sandi saat ini.</translation>
    </message>
    <message>
        <source>The history is now protected by the new passphrase.</source>
        <translation>Riwayat kini dilindungi frasa sandi baru.</translation>
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
        <translation>Masuk untuk membalas. Sementara itu, Anda tetap dapat membaca riwayat.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Session</name>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>Email atau kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Terlalu banyak percobaan. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history on this computer belongs to %1 on %2. To sign in to another workspace, use File &gt; Forget this device first.</source>
        <translation>Riwayat di komputer ini milik %1 di %2. Untuk masuk ke ruang kerja lain, gunakan File &gt; Lupakan perangkat ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only an admin of the workspace can change this.</source>
        <translation>Hanya admin ruang kerja yang dapat mengubah ini.</translation>
    </message>
    <message>
        <source>The workspace has no AI set up; choose the rules instead.</source>
        <translation>Ruang kerja ini belum memiliki AI; pilih aturan sebagai gantinya.</translation>
    </message>
    <message>
        <source>This computer&apos;s history could not record who is signed in (%1). Your messages are safe on the server; check that the disk has room, then sign out and in again.</source>
        <translation>Riwayat di komputer ini tidak dapat mencatat siapa yang masuk (%1). Pesan Anda aman di server; pastikan disk masih punya ruang, lalu keluar dan masuk lagi.</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a Relaydesk server. Check the server address.</source>
        <translation>%1 menjawab, tetapi itu bukan server Relaydesk. Periksa alamat server.</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::Triage</name>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Waiting on something other than the customer: out of Open until it is reopened</source>
        <translation>Menunggu sesuatu selain pelanggan: keluar dari Terbuka sampai dibuka lagi</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>&amp;Prioritas</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Mendesak</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Tinggi</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Rendah</translation>
    </message>
    <message>
        <source>Sign in to change conversations.</source>
        <translation>Masuk untuk mengubah percakapan.</translation>
    </message>
    <message>
        <source>Mark pen&amp;ding</source>
        <translation>Tandai &amp;menunggu</translation>
    </message>
</context>
<context>
    <name>relaydesk::app::WindowActions</name>
    <message>
        <source>The autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Another agent</source>
        <translation>Agen lain</translation>
    </message>
    <message>
        <source>Someone answered meanwhile</source>
        <translation>Sudah ada yang menjawab</translation>
    </message>
    <message>
        <source>%1 replied while you were writing:</source>
        <translation>%1 membalas saat Anda sedang menulis:</translation>
    </message>
    <message>
        <source>Send mine too</source>
        <translation>Tetap kirim</translation>
    </message>
    <message>
        <source>Let me look first</source>
        <translation>Lihat dulu</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: only an approved template can go until they write again.</source>
        <translation>Pesan terakhir pelanggan lebih dari 24 jam yang lalu: hanya template yang disetujui yang dapat dikirim sampai pelanggan menulis lagi.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Template tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1 Your history stays here; replies wait and go out when the link is back.</source>
        <translation>%1 Riwayat Anda tetap ada di sini; balasan menunggu dan terkirim saat koneksi pulih.</translation>
    </message>
    <message>
        <source>Not signed in. Your history on this computer stays browsable and searchable.</source>
        <translation>Belum masuk. Riwayat di komputer ini tetap dapat dibuka dan dicari.</translation>
    </message>
    <message>
        <source>The autopilot was not switched on: %1</source>
        <translation>Autopilot tidak dinyalakan: %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agen %1</translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation>Terhubung kembali</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConnectionStatus</name>
    <message>
        <source>Not signed in · %1</source>
        <translation>Belum masuk · %1</translation>
    </message>
    <message>
        <source>History closed for a moment…</source>
        <translation>Riwayat ditutup sebentar…</translation>
    </message>
    <message>
        <source>Downloading your conversations from %1…</source>
        <translation>Mengunduh percakapan Anda dari %1…</translation>
    </message>
    <message>
        <source>Not connected · %1</source>
        <translation>Tidak terhubung · %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungkan ke %1…</translation>
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
        <translation>Offline: tidak ada jaringan. Riwayat Anda tetap ada; yang Anda tulis akan dikirim saat jaringan kembali.</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Trying again in %n s…</source>
        <translation>
            <numerusform>Koneksi terputus. Mencoba lagi dalam %n dtk…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::models::ConversationListModel</name>
    <message>
        <source>Visitor %1</source>
        <translation>Pengunjung %1</translation>
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
        <translation>obrolan web</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>autopilot answering</source>
        <translation>autopilot menjawab</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>dibisukan</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agen %1</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation>ditugaskan kepada Anda</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>ditugaskan kepada %1</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>draf: %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>ditunda sampai %1</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>mendesak</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>prioritas tinggi</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::LeadModel</name>
    <message>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agen %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::models::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n pesan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relaydesk::net::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Jawaban server tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Server menjawab dengan kesalahan (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::MediaTransfers</name>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Server menjawab HTTP %1.</translation>
    </message>
    <message>
        <source>The file arrived damaged twice (its checksum does not match). Try again later.</source>
        <translation>File dua kali diterima dalam keadaan rusak (checksum tidak cocok). Coba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Jawaban server tidak dapat dibaca (%1).</translation>
    </message>
</context>
<context>
    <name>relaydesk::net::StreamLink</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>Server tidak lagi menerima sesi masuk ini. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>This device was signed out on the server. Sign in again.</source>
        <translation>Perangkat ini telah dikeluarkan dari akun di server. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>The server speaks another protocol version. Update Relaydesk.</source>
        <translation>Server memakai versi protokol yang berbeda. Perbarui Relaydesk.</translation>
    </message>
    <message>
        <source>The server sent something this version cannot read.</source>
        <translation>Server mengirim data yang tidak dapat dibaca oleh versi ini.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Sesi masuk Anda telah berakhir. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>The server speaks protocol %1 and this Relaydesk speaks %2. Update Relaydesk.</source>
        <translation>Server memakai protokol %1, sedangkan Relaydesk ini memakai %2. Perbarui Relaydesk.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Server tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>The connection stopped answering.</source>
        <translation>Koneksi berhenti merespons.</translation>
    </message>
</context>
<context>
    <name>relaydesk::platform::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Tandai dibaca</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Balas %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::platform::WindowsNotifier</name>
    <message>
        <source>Your reply</source>
        <translation>Balasan Anda</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Tandai dibaca</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::PresenceTracker</name>
    <message>
        <source>Another agent</source>
        <translation>Agen lain</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 sedang mengetik…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 sedang mengetik…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 sedang melihat</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 sedang melihat</translation>
    </message>
</context>
<context>
    <name>relaydesk::sync::SyncEngine</name>
    <message>
        <source>The history could not be saved on this computer.</source>
        <translation>Riwayat tidak dapat disimpan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::AttachmentTray</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>“%1” is %2; a picture can be at most %3.</source>
        <translation>“%1” berukuran %2; ukuran gambar maksimal %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a recording can be at most %3.</source>
        <translation>“%1” berukuran %2; ukuran rekaman maksimal %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a video can be at most %3.</source>
        <translation>“%1” berukuran %2; ukuran video maksimal %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; a file can be at most %3.</source>
        <translation>“%1” berukuran %2; ukuran file maksimal %3.</translation>
    </message>
    <message>
        <source>Attachments to send</source>
        <translation>Lampiran yang akan dikirim</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>Masalah lampiran</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Koneksi ke server ditutup.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>“%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” kosong.</translation>
    </message>
    <message>
        <source>A reply carries at most %1 files; “%2” was left out.</source>
        <translation>Satu balasan berisi maksimal %1 file; “%2” tidak disertakan.</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending.</source>
        <translation>Gambar yang ditempel tidak dapat disimpan untuk dikirim.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Gambar tempelan</translation>
    </message>
    <message>
        <source>Pasted picture.png</source>
        <translation>Gambar tempelan.png</translation>
    </message>
    <message>
        <source>File to send: %1</source>
        <translation>File untuk dikirim: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Unggahan %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Leave this file out</source>
        <translation>Jangan sertakan file ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Batalkan pengiriman %1</translation>
    </message>
    <message>
        <source>Stop the upload; nothing is sent</source>
        <translation>Hentikan unggahan; tidak ada yang dikirim</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>“%1” gagal diunggah: %2</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::AudioPlayer</name>
    <message>
        <source>This recording cannot be played here.</source>
        <translation>Rekaman ini tidak dapat diputar di sini.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::Composer</name>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Tulis balasan… (Enter untuk kirim, Shift+Enter untuk baris baru)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Catatan internal</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationDelegate</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Dibisukan</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <comment>the conversation list: the agent&apos;s unsent text, instead of the last message</comment>
        <translation>Draf: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>a snoozed conversation in the list: when it wakes (a time, a weekday and time, or a date)</comment>
        <translation>Sampai %1</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter menurut nama</translation>
    </message>
    <message>
        <source>Filter conversations by name</source>
        <translation>Filter percakapan menurut nama</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Milik saya</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>Tanpa &amp;agen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Semua</translation>
    </message>
    <message>
        <source>Show whose conversations</source>
        <translation>Percakapan siapa yang ditampilkan</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Status percakapan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Belum ada percakapan</translation>
    </message>
    <message>
        <source>When customers write on WhatsApp, Messenger or the web chat, their conversations appear here.</source>
        <translation>Saat pelanggan menulis lewat WhatsApp, Messenger, atau obrolan web, percakapannya akan muncul di sini.</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Tidak ada percakapan yang cocok</translation>
    </message>
    <message>
        <source>No customer&apos;s name contains &quot;%1&quot;.</source>
        <translation>Tidak ada nama pelanggan yang mengandung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing open here</source>
        <translation>Tidak ada yang terbuka di sini</translation>
    </message>
    <message>
        <source>Nothing pending here</source>
        <translation>Tidak ada yang menunggu di sini</translation>
    </message>
    <message>
        <source>Nothing snoozed here</source>
        <translation>Tidak ada yang ditunda di sini</translation>
    </message>
    <message>
        <source>Nothing resolved here</source>
        <translation>Tidak ada yang selesai di sini</translation>
    </message>
    <message>
        <source>No conversation with this status is assigned to you.</source>
        <translation>Tidak ada percakapan dengan status ini yang ditugaskan kepada Anda.</translation>
    </message>
    <message>
        <source>Every conversation with this status has an agent.</source>
        <translation>Semua percakapan dengan status ini sudah memiliki agen.</translation>
    </message>
    <message>
        <source>No conversation has this status.</source>
        <translation>Tidak ada percakapan dengan status ini.</translation>
    </message>
    <message>
        <source>Open: %1 (%2) · Show in list</source>
        <translation>Terbuka: %1 (%2) · Tampilkan di daftar</translation>
    </message>
    <message>
        <source>The conversation in the thread is not in this list; show it where it is</source>
        <translation>Percakapan di utas tidak ada di daftar ini; tampilkan di tempatnya</translation>
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
            <numerusform>%1, %n percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages for “%1” (%2)</source>
        <translation>Cari pesan berisi “%1” (%2)</translation>
    </message>
    <message>
        <source>Look for these words in every conversation&apos;s messages</source>
        <translation>Cari kata-kata ini di pesan semua percakapan</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Resolve every selected conversation</source>
        <translation>Selesaikan semua percakapan yang dipilih</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <source>Assign every selected conversation</source>
        <translation>Tugaskan semua percakapan yang dipilih</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <source>Snooze every selected conversation</source>
        <translation>Tunda semua percakapan yang dipilih</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Tandai dibaca</translation>
    </message>
    <message>
        <source>Mark every selected conversation read</source>
        <translation>Tandai semua percakapan yang dipilih sudah dibaca</translation>
    </message>
    <message>
        <source>Clear the selection (%1)</source>
        <translation>Hapus pilihan (%1)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>conversations chosen in the list</comment>
        <translation>
            <numerusform>%n dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;gh priority</source>
        <translation>Prioritas tin&amp;ggi</translation>
    </message>
    <message>
        <source>Show only urgent and high-priority conversations (%1)</source>
        <translation>Tampilkan hanya percakapan mendesak dan berprioritas tinggi (%1)</translation>
    </message>
    <message>
        <source>Only urgent and high priority</source>
        <translation>Hanya mendesak dan prioritas tinggi</translation>
    </message>
    <message>
        <source>Bringing your conversations…</source>
        <translation>Membawa percakapan Anda…</translation>
    </message>
    <message>
        <source>This computer is reading the workspace&apos;s history for the first time. The newest conversations appear in a moment.</source>
        <translation>Komputer ini sedang membaca riwayat ruang kerja untuk pertama kalinya. Percakapan terbaru akan muncul sebentar lagi.</translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation>Membuka riwayat Anda…</translation>
    </message>
    <message>
        <source>Reading the conversations kept on this computer.</source>
        <translation>Membaca percakapan yang tersimpan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageBrowser</name>
    <message>
        <source>The full picture could not be downloaded: %1</source>
        <translation>Gambar lengkap tidak dapat diunduh: %1</translation>
    </message>
    <message>
        <source>Downloading the picture to save it…</source>
        <translation>Mengunduh gambar untuk menyimpannya…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>Gambar tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ImageViewer</name>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Perkecil (-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Perbesar (+, Ctrl+roda mouse)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Sesuaikan dengan jendela</translation>
    </message>
    <message>
        <source>Fit to window (0)</source>
        <translation>Sesuaikan dengan jendela (0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Ukuran asli (1)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Gambar: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>%1 × %2 · %3%</source>
        <translation>%1 × %2 · %3%</translation>
    </message>
    <message>
        <source>Loading the full picture…</source>
        <translation>Memuat gambar penuh…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Simpan gambar</translation>
    </message>
    <message>
        <source>Save the picture (Ctrl+S)</source>
        <translation>Simpan gambar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Gambar sebelumnya</translation>
    </message>
    <message>
        <source>Previous picture (Left)</source>
        <translation>Gambar sebelumnya (Kiri)</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Gambar berikutnya</translation>
    </message>
    <message>
        <source>Next picture (Right)</source>
        <translation>Gambar berikutnya (Kanan)</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 dari %2 · %3</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadContact</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Email pelanggan</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Telepon pelanggan</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+62 812 3456 7890</translation>
    </message>
    <message>
        <source>Enter saves; Escape puts back the saved value.</source>
        <translation>Enter menyimpan; Esc mengembalikan nilai yang tersimpan.</translation>
    </message>
    <message>
        <source>Customer details sync status</source>
        <translation>Status sinkronisasi data pelanggan</translation>
    </message>
    <message>
        <source>Your change to the customer&apos;s details</source>
        <translation>Perubahan Anda pada data pelanggan</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saving the customer&apos;s details… They are kept on this computer and sync when connected.</source>
        <translation>Menyimpan data pelanggan… Data disimpan di komputer ini dan disinkronkan saat terhubung.</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>Kedua versi kini sudah sama.</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s details while you edited them. Choose the version to keep.</source>
        <translation>Orang lain mengubah data pelanggan ini saat Anda sedang mengeditnya. Pilih versi yang ingin dipertahankan.</translation>
    </message>
    <message>
        <source>The server did not save your change to the customer&apos;s details: %1</source>
        <translation>Server tidak menyimpan perubahan Anda pada data pelanggan: %1</translation>
    </message>
    <message>
        <source>Theirs (v%1)</source>
        <translation>Server (v%1)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Versi Anda</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Versi saya</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim lagi</translation>
    </message>
    <message>
        <source>Keep my version of the customer&apos;s details</source>
        <translation>Pertahankan versi data pelanggan saya</translation>
    </message>
    <message>
        <source>Send my change to the customer&apos;s details again</source>
        <translation>Kirim lagi perubahan saya pada data pelanggan</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Versi server</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Buang versi saya</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the customer&apos;s details</source>
        <translation>Pertahankan versi server untuk data pelanggan</translation>
    </message>
    <message>
        <source>Discard my change to the customer&apos;s details</source>
        <translation>Buang perubahan saya pada data pelanggan</translation>
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
        <translation>Obrolan web</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Panel prospek</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Tidak ada pelanggan dipilih</translation>
    </message>
    <message>
        <source>The customer&apos;s lead record (stage, value, owner, notes) shows here for the open conversation.</source>
        <translation>Data prospek pelanggan (tahap, nilai, pemilik, catatan) untuk percakapan yang sedang dibuka tampil di sini.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama bisnis</translation>
    </message>
    <message>
        <source>Lead sync status</source>
        <translation>Status sinkronisasi prospek</translation>
    </message>
    <message>
        <source>Conflicting versions</source>
        <translation>Versi bentrok</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Versi saya</translation>
    </message>
    <message>
        <source>Keep my version of the lead</source>
        <translation>Pertahankan versi prospek saya</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Versi server</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version of the lead</source>
        <translation>Pertahankan versi prospek dari server</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Nilai kesepakatan</translation>
    </message>
    <message>
        <source>Deal currency</source>
        <translation>Mata uang kesepakatan</translation>
    </message>
    <message>
        <source>Deal value in the currency</source>
        <translation>Nilai kesepakatan dalam mata uang tersebut</translation>
    </message>
    <message>
        <source>Lead owner</source>
        <translation>Pemilik prospek</translation>
    </message>
    <message>
        <source>Summary notes</source>
        <translation>Catatan ringkasan</translation>
    </message>
    <message>
        <source>What the team should know about this customer</source>
        <translation>Hal yang perlu diketahui tim tentang pelanggan ini</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <source>Notes on this lead</source>
        <translation>Catatan tentang prospek ini</translation>
    </message>
    <message>
        <source>Add a note for the team…</source>
        <translation>Tambahkan catatan untuk tim…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>New custom field name</source>
        <translation>Nama kolom kustom baru</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>New custom field value</source>
        <translation>Nilai kolom kustom baru</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Tambah kolom kustom</translation>
    </message>
    <message>
        <source>The customer&apos;s conversations</source>
        <translation>Percakapan pelanggan ini</translation>
    </message>
    <message>
        <source>Enter or a click opens the conversation.</source>
        <translation>Tekan Enter atau klik untuk membuka percakapan.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bisnis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Kolom kustom</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Pelanggan tanpa nama</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>Perubahan Anda tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Saving your changes… They are kept on this computer and sync when connected.</source>
        <translation>Menyimpan perubahan Anda… Perubahan disimpan di komputer ini dan disinkronkan saat terhubung.</translation>
    </message>
    <message>
        <source>Sign in to edit the lead.</source>
        <translation>Masuk untuk mengedit prospek.</translation>
    </message>
    <message>
        <source>No lead yet: any change creates it.</source>
        <translation>Belum ada prospek: perubahan apa pun akan membuatnya.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Lead updated %1</source>
        <translation>Prospek diperbarui %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>%1 · saving…</source>
        <translation>%1 · menyimpan…</translation>
    </message>
    <message>
        <source>A note was not saved: %1</source>
        <translation>Catatan tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Kolom kustom %1</translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation>Hapus kolom kustom %1</translation>
    </message>
    <message>
        <source>Remove the field “%1”</source>
        <translation>Hapus kolom “%1”</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>The versions now agree.</source>
        <translation>Kedua versi kini sudah sama.</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you edited it. Choose the version to keep.</source>
        <translation>Orang lain mengubah prospek ini saat Anda sedang mengeditnya. Pilih versi yang ingin dipertahankan.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Versi Anda</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation>%1 (sedang dibuka)</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Percakapan ini</translation>
    </message>
    <message>
        <source>Open this conversation</source>
        <translation>Buka percakapan ini</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the stage change</source>
        <translation>Urungkan perubahan tahap</translation>
    </message>
    <message>
        <source>Undo the stage change (Ctrl+Z)</source>
        <translation>Urungkan perubahan tahap (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Type a currency&apos;s code to choose it, such as IDR.</source>
        <translation>Ketik kode mata uang untuk memilihnya, misalnya IDR.</translation>
    </message>
    <message>
        <source>Saved · %1</source>
        <translation>Tersimpan · %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versi mereka</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Masukkan jumlah seperti %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 owns this customer&apos;s deal and also answers this conversation.</source>
        <translation>%1 memegang kesepakatan pelanggan ini dan juga menjawab percakapan ini.</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; this conversation is assigned to %1, who answers it.</source>
        <translation>Pemilik mengikuti kesepakatan pelanggan ini dari waktu ke waktu; percakapan ini ditugaskan kepada %1, yang menjawabnya.</translation>
    </message>
    <message>
        <source>The owner follows this customer&apos;s deal over time; nobody is assigned to answer this conversation yet.</source>
        <translation>Pemilik mengikuti kesepakatan pelanggan ini dari waktu ke waktu; belum ada yang ditugaskan menjawab percakapan ini.</translation>
    </message>
    <message>
        <source>Stage moved from %1 to %2.</source>
        <translation>Tahap dipindah dari %1 ke %2.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadPipeline</name>
    <message>
        <source>Lead stage</source>
        <translation>Tahap prospek</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Dihubungi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Terkualifikasi</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>%1, stage %2 of %3. Left and Right choose another stage.</source>
        <translation>%1, tahap %2 dari %3. Panah kiri dan kanan memilih tahap lain.</translation>
    </message>
    <message>
        <source>Move the lead to %1</source>
        <translation>Pindahkan prospek ke %1</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::LeadTags</name>
    <message>
        <source>Add a tag…</source>
        <translation>Tambahkan tag…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tambahkan tag</translation>
    </message>
    <message>
        <source>Type a tag and press Enter.</source>
        <translation>Ketik tag, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Hapus tag %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Hapus tag “%1”</translation>
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
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Coba sekarang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Masuk…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Keluar dari &amp;akun</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Ekspor riwayat…</translation>
    </message>
    <message>
        <source>Change history &amp;passphrase…</source>
        <translation>Ganti frasa &amp;sandi riwayat…</translation>
    </message>
    <message>
        <source>&amp;Forget this device…</source>
        <translation>&amp;Lupakan perangkat ini…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Percakapan</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Utas</translation>
    </message>
    <message>
        <source>&amp;Lead panel</source>
        <translation>Panel p&amp;rospek</translation>
    </message>
    <message>
        <source>&amp;Filter conversations by name</source>
        <translation>&amp;Filter percakapan menurut nama</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Cari pesan…</translation>
    </message>
    <message>
        <source>Show &amp;open</source>
        <translation>Tampilkan yang &amp;terbuka</translation>
    </message>
    <message>
        <source>Show &amp;pending</source>
        <translation>Tampilkan yang &amp;menunggu</translation>
    </message>
    <message>
        <source>Show s&amp;noozed</source>
        <translation>Tampilkan yang &amp;ditunda</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Tampilkan yang &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Percakapan</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Percakapan beri&amp;kutnya</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Percakapan &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Balas</translation>
    </message>
    <message>
        <source>Mark r&amp;esolved</source>
        <translation>&amp;Tandai selesai</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Buka &amp;lagi</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>T&amp;unda…</translation>
    </message>
    <message>
        <source>&amp;Autopilot on/off</source>
        <translation>&amp;Autopilot aktif/nonaktif</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;keyboard</translation>
    </message>
    <message>
        <source>&amp;About Relaydesk</source>
        <translation>&amp;Tentang Relaydesk</translation>
    </message>
    <message>
        <source>About Relaydesk</source>
        <translation>Tentang Relaydesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Answer your customers on WhatsApp, Messenger and web chat from one window. History is kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relaydesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Balas pelanggan Anda di WhatsApp, Messenger, dan obrolan web dari satu jendela. Riwayat disimpan terenkripsi di komputer ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pop out into its own &amp;window</source>
        <translation>Buka di &amp;jendela sendiri</translation>
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
        <translation>Tampilkan panel &amp;prospek</translation>
    </message>
    <message>
        <source>&amp;Urgent conversations first</source>
        <translation>Percakapan &amp;mendesak dulu</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MediaSource</name>
    <message>
        <source>The picture could not be read.</source>
        <translation>Gambar tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Sign in to download this file.</source>
        <translation>Masuk untuk mengunduh file ini.</translation>
    </message>
    <message>
        <source>The media cache is not open.</source>
        <translation>Cache media tidak terbuka.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>File ini belum ada di komputer ini.</translation>
    </message>
    <message>
        <source>The picture could not be read: %1</source>
        <translation>Gambar tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no folder to open the file from.</source>
        <translation>Tidak ada folder sementara untuk membuka file ini.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MentionCompleter</name>
    <message>
        <source>Agents to mention</source>
        <translation>Agen yang bisa disebut</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <translation>Catatan internal · %1</translation>
    </message>
    <message>
        <source>edited · %1</source>
        <translation>diedit · %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Tidak terkirim: %1</translation>
    </message>
    <message>
        <source>the download did not finish</source>
        <translation>unduhan tidak selesai</translation>
    </message>
    <message>
        <source>Retry the download</source>
        <translation>Coba unduh lagi</translation>
    </message>
    <message>
        <source>Play or pause (Enter)</source>
        <translation>Putar atau jeda (Enter)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Buka (Enter)</translation>
    </message>
    <message>
        <source>Autopilot paused: %1 replied</source>
        <translation>Autopilot dijeda: %1 membalas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note from Relaydesk</source>
        <translation>Catatan dari Relaydesk</translation>
    </message>
    <message>
        <source>Relaydesk</source>
        <translation>Relaydesk</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Catatan internal</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n pesan baru</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to open it; right-click to copy it.</source>
        <translation>%1
Klik untuk membukanya; klik kanan untuk menyalinnya.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>You unassigned this</source>
        <translation>Anda melepas penugasan ini</translation>
    </message>
    <message>
        <source>%1 unassigned this</source>
        <translation>%1 melepas penugasan ini</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Tidak ditugaskan</translation>
    </message>
    <message>
        <source>You assigned it to yourself</source>
        <translation>Anda menugaskannya ke diri sendiri</translation>
    </message>
    <message>
        <source>You assigned it to %1</source>
        <translation>Anda menugaskannya ke %1</translation>
    </message>
    <message>
        <source>%1 assigned it to you</source>
        <translation>%1 menugaskannya ke Anda</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ditugaskan ke Anda</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 menugaskannya ke %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ditugaskan ke %1</translation>
    </message>
    <message>
        <source>You resolved this</source>
        <translation>Anda menyelesaikan ini</translation>
    </message>
    <message>
        <source>%1 resolved this</source>
        <translation>%1 menyelesaikan ini</translation>
    </message>
    <message>
        <source>You set this to Pending</source>
        <translation>Anda mengubahnya ke Tertunda</translation>
    </message>
    <message>
        <source>%1 set this to Pending</source>
        <translation>%1 mengubahnya ke Tertunda</translation>
    </message>
    <message>
        <source>You reopened this</source>
        <translation>Anda membuka ini lagi</translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation>%1 membuka ini lagi</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by you</source>
        <translation>Ditunda sampai pelanggan membalas, oleh Anda</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies, by %1</source>
        <translation>Ditunda sampai pelanggan membalas, oleh %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 by you</source>
        <translation>Ditunda sampai %1 oleh Anda</translation>
    </message>
    <message>
        <source>Snoozed until %1 by %2</source>
        <translation>Ditunda sampai %1 oleh %2</translation>
    </message>
    <message>
        <source>Woke up: the customer replied</source>
        <translation>Aktif lagi: pelanggan membalas</translation>
    </message>
    <message>
        <source>Woke up</source>
        <translation>Aktif lagi</translation>
    </message>
    <message>
        <source>Priority set to %1 by you</source>
        <translation>Prioritas diatur ke %1 oleh Anda</translation>
    </message>
    <message>
        <source>Priority set to %1 by %2</source>
        <translation>Prioritas diatur ke %1 oleh %2</translation>
    </message>
    <message>
        <source>Autopilot paused: you replied</source>
        <translation>Autopilot dijeda: Anda membalas</translation>
    </message>
    <message>
        <source>You turned the autopilot off</source>
        <translation>Anda mematikan autopilot</translation>
    </message>
    <message>
        <source>%1 turned the autopilot off</source>
        <translation>%1 mematikan autopilot</translation>
    </message>
    <message>
        <source>You turned the autopilot on (AI)</source>
        <translation>Anda menyalakan autopilot (AI)</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on (AI)</source>
        <translation>%1 menyalakan autopilot (AI)</translation>
    </message>
    <message>
        <source>You turned the autopilot on</source>
        <translation>Anda menyalakan autopilot</translation>
    </message>
    <message>
        <source>%1 turned the autopilot on</source>
        <translation>%1 menyalakan autopilot</translation>
    </message>
    <message>
        <source>The conversation changed</source>
        <translation>Percakapan berubah</translation>
    </message>
    <message>
        <source>Private note by %1</source>
        <translation>Catatan pribadi dari %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an attachment&apos;s kind and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::MessageLinks</name>
    <message>
        <source>&amp;Write an e-mail</source>
        <translation>&amp;Tulis email</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Buka tautan</translation>
    </message>
    <message>
        <source>Copy e-mail &amp;address</source>
        <translation>Salin &amp;alamat email</translation>
    </message>
    <message>
        <source>Copy link &amp;address</source>
        <translation>Salin &amp;alamat tautan</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Salin teks</translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Coba kirim lagi</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>Kirim pesan ini lagi</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>&amp;Balas</translation>
    </message>
    <message>
        <source>Copy message &amp;time</source>
        <translation>Salin &amp;waktu pesan</translation>
    </message>
    <message>
        <source>&amp;Save attachment…</source>
        <translation>&amp;Simpan lampiran…</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <comment>an attachment&apos;s file name</comment>
        <translation>Simpan “%1”…</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::PassphraseDialog</name>
    <message>
        <source>Protect your history</source>
        <translation>Lindungi riwayat Anda</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key of your message history, so Relaydesk encrypts it with a passphrase you choose. It cannot be recovered: if you forget it, the history on this computer is lost (it can be downloaded again from the server).</source>
        <translation>Komputer ini tidak memiliki keychain untuk menyimpan kunci riwayat pesan Anda, jadi Relaydesk mengenkripsinya dengan frasa sandi pilihan Anda. Frasa sandi ini tidak dapat dipulihkan: jika Anda lupa, riwayat di komputer ini akan hilang (riwayat dapat diunduh lagi dari server).</translation>
    </message>
    <message>
        <source>Unlock your history</source>
        <translation>Buka kunci riwayat Anda</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your message history on this computer.</source>
        <translation>Masukkan frasa sandi yang melindungi riwayat pesan Anda di komputer ini.</translation>
    </message>
    <message>
        <source>Change the history passphrase</source>
        <translation>Ganti frasa sandi riwayat</translation>
    </message>
    <message>
        <source>The history on this computer is encrypted again with the new passphrase; with a long history this takes a little while. The new passphrase cannot be recovered either.</source>
        <translation>Riwayat di komputer ini akan dienkripsi ulang dengan frasa sandi baru; jika riwayatnya panjang, proses ini perlu sedikit waktu. Frasa sandi baru juga tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frasa sandi saat &amp;ini:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frasa sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Ganti</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Frasa sandi baru sama dengan frasa sandi saat ini.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gunakan minimal %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <source>P&amp;rotect</source>
        <translation>&amp;Lindungi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::QuickReplyCompleter</name>
    <message>
        <source>Quick replies</source>
        <translation>Balasan cepat</translation>
    </message>
    <message>
        <source>%1, quick reply %2: %3</source>
        <translation>%1, balasan cepat %2: %3</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Cari pesan</translation>
    </message>
    <message>
        <source>Search all messages on this computer</source>
        <translation>Cari di semua pesan di komputer ini</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Words to find in every conversation; works offline</source>
        <translation>Kata yang dicari di semua percakapan; bisa offline</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Messages found, grouped by conversation</source>
        <translation>Pesan yang ditemukan, dikelompokkan per percakapan</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Ringkasan pencarian</translation>
    </message>
    <message>
        <source>Type words to find them in every conversation, even offline.</source>
        <translation>Ketik kata untuk mencarinya di semua percakapan, bahkan saat offline.</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Tidak ada pesan yang berisi “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 found, in %2. Add a word to narrow it.</source>
        <translation>%1 terbaru ditemukan di %2. Tambahkan kata untuk mempersempit hasil.</translation>
    </message>
    <message>
        <source>%1 found, in %2.</source>
        <translation>%1 ditemukan di %2.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SettingsDialog</name>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation>Tampilkan &amp;notifikasi saat pelanggan menulis</translation>
    </message>
    <message>
        <source>Show the message&apos;s &amp;text (off: only &quot;New message&quot;)</source>
        <translation>Tampilkan &amp;isi pesan (nonaktif: hanya &quot;Pesan baru&quot;)</translation>
    </message>
    <message>
        <source>Play a &amp;sound</source>
        <translation>Putar &amp;suara</translation>
    </message>
    <message>
        <source>&amp;Do not disturb (until I turn it off)</source>
        <translation>&amp;Jangan ganggu (sampai saya matikan)</translation>
    </message>
    <message>
        <source>Do not disturb &amp;every day</source>
        <translation>Jangan ganggu setiap &amp;hari</translation>
    </message>
    <message>
        <source>Start Relaydesk when I &amp;log in</source>
        <translation>Jalankan Relaydesk saat saya lo&amp;gin</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Tampilkan isi pesan di notifikasi</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>Suara notifikasi</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Jangan ganggu</translation>
    </message>
    <message>
        <source>Do not disturb every day</source>
        <translation>Jangan ganggu setiap hari</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Jangan ganggu mulai</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Jangan ganggu sampai</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>S&amp;ampai</translation>
    </message>
    <message>
        <source>A time before the start means the next morning.</source>
        <translation>Waktu yang lebih awal dari waktu mulai berarti keesokan paginya.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Jalankan saat saya login</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Warna</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Ikuti sistem (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Kirim balasan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Baris baru di balasan</translation>
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
        <translation>Berpindah antarpanel</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Balasan cepat</translation>
    </message>
    <message>
        <source>/ and its shortcut, then Enter or Tab</source>
        <translation>/ dan pintasannya, lalu Enter atau Tab</translation>
    </message>
    <message>
        <source>Copy the selected message</source>
        <translation>Salin pesan yang dipilih</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Tombol Menu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Daftar percakapan</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>Percakapan yang terbuka</translation>
    </message>
    <message>
        <source>Thread and reply</source>
        <translation>Utas dan balasan</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Panel prospek</translation>
    </message>
    <message>
        <source>Moving around and search</source>
        <translation>Berpindah dan mencari</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Gambar dan video</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jendela</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Berpindah di daftar</translation>
    </message>
    <message>
        <source>Open the selected message&apos;s attachment or link</source>
        <translation>Buka lampiran atau tautan pesan yang dipilih</translation>
    </message>
    <message>
        <source>Message menu (reply, copy, open a link)</source>
        <translation>Menu pesan (balas, salin, buka tautan)</translation>
    </message>
    <message>
        <source>Move the lead to the previous or next stage</source>
        <translation>Pindahkan prospek ke tahap sebelum atau berikutnya</translation>
    </message>
    <message>
        <source>Left, Right (on the stages)</source>
        <translation>Kiri, Kanan (di tahapan)</translation>
    </message>
    <message>
        <source>Move the lead to the first or last stage</source>
        <translation>Pindahkan prospek ke tahap pertama atau terakhir</translation>
    </message>
    <message>
        <source>Home, End (on the stages)</source>
        <translation>Home, End (di tahapan)</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Perbesar, perkecil</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Sesuaikan gambar dengan jendela</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <source>Play or pause a video</source>
        <translation>Putar atau jeda video</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Tutup penampil</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Play or pause the selected voice note</source>
        <translation>Putar atau jeda pesan suara yang dipilih</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Spasi</translation>
    </message>
    <message>
        <source>Slower or faster voice note (1×, 1.5×, 2×)</source>
        <translation>Pesan suara lebih lambat atau lebih cepat (1×, 1,5×, 2×)</translation>
    </message>
    <message>
        <source>[, ]</source>
        <translation>[, ]</translation>
    </message>
    <message>
        <source>Previous or next picture of the conversation</source>
        <translation>Gambar sebelumnya atau berikutnya dalam percakapan</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Kiri, Kanan</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Simpan gambar</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to Relaydesk</source>
        <translation>Masuk ke Relaydesk</translation>
    </message>
    <message>
        <source>Sign in with the account your workspace&apos;s admin gave you.</source>
        <translation>Masuk dengan akun yang diberikan admin ruang kerja Anda.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>anda@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze conversation</source>
        <translation>Tunda percakapan</translation>
    </message>
    <message>
        <source>Hide this conversation until:</source>
        <translation>Sembunyikan percakapan ini sampai:</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>Satu jam lagi</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Minggu depan</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Tunda sampai</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Pagi ini</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Nanti hari ini</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <source>This weekend</source>
        <translation>Akhir pekan ini</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a snooze choice: its name, then when</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Until the customer &amp;replies</source>
        <translation>Sampai pelanggan &amp;membalas</translation>
    </message>
    <message>
        <source>&amp;Another time:</source>
        <translation>&amp;Waktu lain:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a snooze moment: the day, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose when the conversation comes back.</source>
        <translation>Pilih kapan percakapan ini kembali.</translation>
    </message>
    <message>
        <source>That time does not exist in your time zone (the clocks change then). Choose another.</source>
        <translation>Waktu itu tidak ada di zona waktu Anda (jam berganti saat itu). Pilih waktu lain.</translation>
    </message>
    <message>
        <source>That time has passed. Choose a time in the future.</source>
        <translation>Waktu itu sudah lewat. Pilih waktu di masa depan.</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::TemplateDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Kirim template</translation>
    </message>
    <message>
        <source>The customer last wrote more than 24 hours ago: the channel lets only an approved template through until they write again.</source>
        <translation>Pesan terakhir pelanggan lebih dari 24 jam yang lalu: saluran ini hanya meneruskan template yang disetujui sampai pelanggan menulis lagi.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What the customer will read</source>
        <translation>Yang akan dibaca pelanggan</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>This workspace has no approved templates. An administrator adds them on the server.</source>
        <translation>Ruang kerja ini belum memiliki template yang disetujui. Administrator dapat menambahkannya di server.</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Nilai untuk {{%1}}</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <translation>Obrolan web</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Ditunda sampai %1</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies</source>
        <translation>Ditunda sampai pelanggan membalas</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ditugaskan kepada Anda</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ditugaskan kepada %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioritas tinggi</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioritas rendah</translation>
    </message>
    <message>
        <source>About this conversation</source>
        <translation>Tentang percakapan ini</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <source>Assign to an agent</source>
        <translation>Tugaskan ke agen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Set the priority</source>
        <translation>Atur prioritas</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::ThreadPane</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Tidak ada percakapan dibuka</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it and reply.</source>
        <translation>Pilih percakapan di sebelah kiri untuk membaca dan membalasnya.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Kirim (Enter)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan file</translation>
    </message>
    <message>
        <source>Attach files (or drop them here, or paste a picture)</source>
        <translation>Lampirkan file (atau letakkan di sini, atau tempel gambar)</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Terbaru</translation>
    </message>
    <message>
        <source>Jump to the newest message (Ctrl+End)</source>
        <translation>Lompat ke pesan terbaru (Ctrl+End)</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Lompat ke pesan terbaru</translation>
    </message>
    <message>
        <source>Send a &amp;template…</source>
        <translation>Kirim temp&amp;late…</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Kirim template</translation>
    </message>
    <message>
        <source>The channel accepts only an approved template until the customer writes again</source>
        <translation>Saluran ini hanya menerima template yang disetujui sampai pelanggan menulis lagi</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Let the autopilot answer this customer (Ctrl+Shift+A)</source>
        <translation>Biarkan autopilot menjawab pelanggan ini (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Autopilot: AI</source>
        <translation>Autopilot: AI</translation>
    </message>
    <message>
        <source>Autopilot: on</source>
        <translation>Autopilot: aktif</translation>
    </message>
    <message>
        <source>Autopilot: off</source>
        <translation>Autopilot: nonaktif</translation>
    </message>
    <message>
        <source>The autopilot answers this customer</source>
        <translation>Autopilot menjawab pelanggan ini</translation>
    </message>
    <message>
        <source>Agents answer this customer</source>
        <translation>Agen menjawab pelanggan ini</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Tulis balasan… (Enter untuk kirim, Shift+Enter untuk baris baru)</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>Mengunduh video…</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>Video tidak dapat diunduh: %1</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>File tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>No application on this computer opens this kind of file. Use Save As… to keep it.</source>
        <translation>Tidak ada aplikasi di komputer ini yang dapat membuka jenis file ini. Gunakan Simpan Sebagai… untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>File tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Write a pri&amp;vate note</source>
        <translation>Tulis &amp;catatan internal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>When on, what you write is a note only agents see; the customer does not get it</source>
        <translation>Jika aktif, yang Anda tulis menjadi catatan yang hanya dilihat agen; pelanggan tidak menerimanya</translation>
    </message>
    <message>
        <source>Write a private note only agents see (Ctrl+Shift+N)</source>
        <translation>Tulis catatan internal yang hanya dilihat agen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Su&amp;ggest a reply</source>
        <translation>Sara&amp;nkan balasan</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>Sarankan balasan</translation>
    </message>
    <message>
        <source>The workspace&apos;s AI drafts a reply from this conversation&apos;s recent messages, which go to the AI service for it. Nothing is sent to the customer: you edit the draft and send it.</source>
        <translation>AI ruang kerja menyusun draf balasan dari pesan-pesan terbaru percakapan ini, yang untuk itu dikirim ke layanan AI. Tidak ada yang dikirim ke pelanggan: Anda mengedit draf itu, lalu mengirimnya sendiri.</translation>
    </message>
    <message>
        <source>Suggest a reply (Ctrl+Shift+G)</source>
        <translation>Sarankan balasan (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Asking the workspace&apos;s AI for a draft (it reads this conversation&apos;s recent messages)…</source>
        <translation>Meminta draf dari AI ruang kerja (AI membaca pesan-pesan terbaru percakapan ini)…</translation>
    </message>
    <message>
        <source>A suggested reply: read it and change what you need before you send it.</source>
        <translation>Saran balasan: baca dan ubah seperlunya sebelum Anda mengirimnya.</translation>
    </message>
    <message>
        <source>The suggestion is below what you wrote, selected: delete it or keep what you want.</source>
        <translation>Saran ada di bawah tulisan Anda dan sudah dipilih: hapus, atau pertahankan bagian yang Anda inginkan.</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>Tidak ada saran: %1</translation>
    </message>
    <message>
        <source>Write a private note… (only agents see it)</source>
        <translation>Tulis catatan internal… (hanya dilihat agen)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Tambah &amp;catatan</translation>
    </message>
    <message>
        <source>Add the note for the other agents (Enter)</source>
        <translation>Tambahkan catatan untuk agen lain (Enter)</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Membuat saran…</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>Tidak ada aplikasi di komputer ini yang dapat membuka %1.</translation>
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
        <translation>Gambar video</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Putar atau jeda (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>This video cannot be played here.</source>
        <translation>Video ini tidak dapat diputar di sini.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Close the video (Esc)</source>
        <translation>Tutup video (Esc)</translation>
    </message>
    <message>
        <source>Close the video</source>
        <translation>Tutup video</translation>
    </message>
</context>
<context>
    <name>relaydesk::ui::VideoPosters</name>
    <message>
        <source>This video cannot be played here.</source>
        <translation>Video ini tidak dapat diputar di sini.</translation>
    </message>
    <message>
        <source>No picture could be taken from this video.</source>
        <translation>Tidak ada gambar yang dapat diambil dari video ini.</translation>
    </message>
</context>
</TS>
