// Who writes in the demo workspace, in the five languages the app ships:
// names as people of each language have them, and short conversations as a
// shop's inbox has them (stock, delivery, an address over several lines, a
// payment, a return, opening hours).

#include "democustomers.h"

#include <QCryptographicHash>

#include <iterator>

namespace relaydesk::server::demo {

namespace {

// What a customer says first, the agent's answer ({first}: the customer's
// first name) and what the customer says next (empty: the language's thanks).
struct Script
{
    const char *opening;
    const char *reply;
    const char *followUp;
};

struct Language
{
    const char *code;
    // "Display|ascii" where the display is not in Latin letters (the ascii is for e-mail addresses).
    const char *firstNames[20];
    const char *lastNames[15];
    Script scripts[6];
    const char *thanks;  // the customer's follow-up when the script has none
    const char *closing; // the agent's last word
    const char *mailDomain;
    const char *whatsAppPrefix; // country and mobile prefix of the wa_id
    int whatsAppDigits;         // all of the wa_id's digits
};

const Language kLanguages[] = {
    {"en",
     {"Emma",   "Oliver", "Sophie", "James",  "Amelia", "Noah", "Grace", "Liam",   "Chloe", "Ethan",
      "Hannah", "Daniel", "Olivia", "Samuel", "Ava",    "Jack", "Isla",  "Thomas", "Mia",   "Harry"},
     {"Thompson", "Walker", "Bennett", "Hughes", "Carter", "Mitchell", "Brooks", "Foster", "Reed", "Collins", "Parker",
      "Morgan", "Hayes", "Turner", "Ward"},
     {{"Hi! Is the blue linen dress still available in size M?",
       "Hi {first}! Yes, we have two left in M. Shall I reserve one for you?", "Yes please 🙏"},
      {"My order RD-4471 hasn't arrived yet. It's been a week.",
       "Sorry about the wait, {first}. It is with the courier and arrives tomorrow.", "Thanks, I'll keep an eye out."},
      {"Can you send it to my office instead?\n\nAttn: {name}\n221 King Street, Suite 4\nToronto, ON M5H 1K5",
       "Done, {first}: the new address is on your order.", "Perfect, thank you!"},
      {"Do you offer a discount for orders of 10 pieces or more?",
       "We do, {first}: 10% off from 10 pieces and 15% from 25.", ""},
      {"I was charged twice for the same order 🙁",
       "I'm sorry, {first}! I've refunded the second charge; it shows in 3–5 days.", "Great, thanks for sorting it."},
      {"What time do you close on Saturdays?", "We're open until 14:00 on Saturdays, {first}.", ""}},
     "Thank you!",
     "You're welcome! Have a great day 😊",
     "example.co.uk",
     "447700",
     12},
    {"id",
     {"Budi",  "Siti", "Agus",   "Dewi", "Rizky", "Putri", "Andi", "Ayu",     "Fajar", "Nur",
      "Dimas", "Rina", "Hendra", "Sari", "Yusuf", "Indah", "Bayu", "Lestari", "Eko",   "Wulan"},
     {"Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Pratama", "Nugroho", "Rahmawati", "Setiawan", "Susanto",
      "Halim", "Gunawan", "Permata", "Siregar", "Lubis"},
     {{"Halo kak, pesanan saya belum sampai, bisa dicek?",
       "Halo kak {first}, pesanannya sedang di kurir dan tiba besok ya.", "Oke kak, terima kasih banyak!"},
      {"Apakah bisa bayar di tempat (COD)?", "Bisa kak {first}, COD tersedia untuk Jabodetabek.", ""},
      {"Tolong kirim ke alamat ini ya kak:\nJl. Sudirman No. 12\nRT 03/RW 05, Karet Tengsin\nJakarta Pusat 10220",
       "Siap kak {first}, alamatnya sudah kami perbarui.", "Makasih kak 👍"},
      {"Kak, ukuran L masih ada stok?", "Masih ada kak {first}, tinggal 3 lagi.", "Saya ambil satu ya kak."},
      {"Barangnya sudah datang tapi warnanya beda dengan foto 😕",
       "Mohon maaf kak {first}! Kami kirimkan penggantinya tanpa biaya.", ""},
      {"Hari Minggu toko buka jam berapa?", "Hari Minggu kami buka jam 10.00–15.00 kak {first}.", ""}},
     "Terima kasih kak!",
     "Sama-sama kak, ditunggu pesanan berikutnya 😊",
     "example.co.id",
     "62812",
     13},
    {"hi",
     {"प्रिया|priya", "राहुल|rahul",   "अनन्या|ananya", "अमित|amit",  "पूजा|pooja",   "विकास|vikas",    "नेहा|neha",
      "अर्जुन|arjun",  "कविता|kavita", "रोहन|rohan",   "स्नेहा|sneha", "सुरेश|suresh",  "दीपिका|deepika", "आदित्य|aditya",
      "मीरा|meera",  "संजय|sanjay",   "रिया|riya",    "करण|karan",  "अंजलि|anjali", "विजय|vijay"},
     {"शर्मा|sharma", "वर्मा|verma", "गुप्ता|gupta", "सिंह|singh", "पटेल|patel", "कुमार|kumar", "यादव|yadav", "जोशी|joshi",
      "मेहता|mehta", "अग्रवाल|agarwal", "चौहान|chauhan", "मिश्रा|mishra", "रेड्डी|reddy", "नायर|nair", "कपूर|kapoor"},
     {{"नमस्ते, मेरा ऑर्डर कहाँ है?", "नमस्ते {first} जी! आपका ऑर्डर कल तक पहुँच जाएगा।", "धन्यवाद!"},
      {"क्या कैश ऑन डिलीवरी उपलब्ध है?", "जी हाँ {first} जी, कैश ऑन डिलीवरी उपलब्ध है।", ""},
      {"कृपया इस पते पर भेजें:\nफ़्लैट 12, सूर्या अपार्टमेंट\nएम.जी. रोड\nपुणे 411001", "{first} जी, पता अपडेट कर दिया गया है।",
       "बहुत धन्यवाद 🙏"},
      {"क्या यह कुर्ता XL साइज़ में मिलेगा?", "जी {first} जी, XL साइज़ में दो पीस बचे हैं।", "एक मेरे लिए रख दीजिए।"},
      {"मुझसे एक ही ऑर्डर के लिए दो बार पैसे कट गए 😟", "क्षमा करें {first} जी! दूसरा भुगतान वापस कर दिया गया है, 3–5 दिनों में दिखेगा।",
       ""},
      {"रविवार को दुकान कितने बजे खुलती है?", "रविवार को हम सुबह 10 बजे खुलते हैं, {first} जी।", ""}},
     "धन्यवाद!",
     "आपका स्वागत है! 😊",
     "example.in",
     "9198",
     12},
    {"es",
     {"Lucía",     "Mateo",    "Sofía",    "Santiago", "Valentina", "Diego",   "Camila",
      "Alejandro", "Isabella", "Javier",   "Mariana",  "Andrés",    "Daniela", "Carlos",
      "Gabriela",  "Luis",     "Fernanda", "Miguel",   "Paula",     "Emiliano"},
     {"García", "Hernández", "López", "Martínez", "Rodríguez", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
      "Flores", "Rivera", "Gómez", "Díaz", "Morales"},
     {{"Hola, ¿tienen envío gratis a Monterrey?", "¡Hola, {first}! Sí, el envío es gratis desde $500.",
       "¡Genial, gracias!"},
      {"Mi pedido RD-5120 todavía no llega 😕", "Lo siento mucho, {first}. Ya está en reparto y llega mañana.", ""},
      {"¿Me lo pueden enviar a esta dirección?\nAv. Constitución 1450, Depto. 3B\nCol. Centro\n64000 Monterrey, N.L.",
       "Listo, {first}: ya actualizamos la dirección de tu pedido.", "¡Mil gracias!"},
      {"¿La chamarra viene en talla S?", "Sí, {first}, tenemos talla S en negro y en verde.", "La quiero en verde."},
      {"Quiero devolver unos zapatos, ¿cómo le hago?",
       "Responde con tu número de pedido, {first}, y te mandamos una guía de devolución gratis.", ""},
      {"¿A qué hora abren los sábados?", "Los sábados abrimos de 10:00 a 14:00, {first}.", ""}},
     "¡Gracias!",
     "¡Con gusto! Que tengas buen día 😊",
     "example.com.mx",
     "52181",
     13},
    {"pt_BR",
     {"João",    "Ana",    "Pedro",  "Beatriz", "Lucas",  "Mariana",  "Gabriel", "Juliana", "Rafael",  "Larissa",
      "Gustavo", "Camila", "Felipe", "Letícia", "Thiago", "Fernanda", "Bruno",   "Aline",   "Matheus", "Patrícia"},
     {"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Ribeiro",
      "Rodrigues", "Gomes", "Martins", "Barbosa"},
     {{"Olá! Vocês entregam no sábado?", "Olá, {first}! Entregamos sim, das 8h às 14h.", "Ótimo, valeu!"},
      {"Bom dia, o pagamento por Pix foi confirmado?",
       "Bom dia, {first}! Sim, o Pix foi confirmado e o pedido já está sendo separado.", ""},
      {"Podem enviar para este endereço?\nRua Augusta, 1500, apto 42\nConsolação\nSão Paulo - SP, 01304-001",
       "Pronto, {first}: endereço atualizado no seu pedido.", "Valeu! 😊"},
      {"Tem esse tênis no tamanho 39?", "Temos sim, {first}, nas cores branca e preta.", "Quero o branco!"},
      {"O produto chegou com defeito 😞", "Sinto muito, {first}! Vamos trocar sem custo; a etiqueta vai por e-mail.",
       ""},
      {"Qual o horário de funcionamento no domingo?", "Aos domingos abrimos das 10h às 16h, {first}.", ""}},
     "Valeu pela ajuda!",
     "Por nada! Tenha um ótimo dia 😊",
     "example.com.br",
     "55119",
     13},
};

constexpr int kLanguages_ = int(std::size(kLanguages));

QString displayOf(const char *entry)
{
    return QString::fromUtf8(entry).section(QLatin1Char('|'), 0, 0);
}

// Letters an e-mail address takes: the romanisation after "|", or the name without its accents.
QString asciiOf(const char *entry)
{
    const QString text = QString::fromUtf8(entry);
    if (text.contains(QLatin1Char('|')))
        return text.section(QLatin1Char('|'), 1);
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 0x80)
            plain.append(c.toLower());
    }
    return plain;
}

// Digits that differ per customer and look like a phone number's.
QString digits(int index, int count)
{
    const qint64 value = (qint64(index) * 7919 + 1234567) % 100000000;
    return QString::number(value).rightJustified(count, QLatin1Char('0')).right(count);
}

} // namespace

QVector<Customer> customers(int count)
{
    QVector<Customer> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Language &language = kLanguages[i % kLanguages_];
        const int k = i / kLanguages_; // the k-th customer of this language
        const char *first = language.firstNames[k % 20];
        const char *last = language.lastNames[(k / 20 + k) % 15];
        Customer c;
        c.index = i;
        c.language = QString::fromLatin1(language.code);
        c.channel = i % 3 == 0   ? protocol::Channel::WhatsApp
                    : i % 3 == 1 ? protocol::Channel::Messenger
                                 : protocol::Channel::WebChat;
        c.name = displayOf(first) + QLatin1Char(' ') + displayOf(last);
        switch (c.channel) {
        case protocol::Channel::WhatsApp:
            c.channelId = QString::fromLatin1(language.whatsAppPrefix)
                          + digits(i, language.whatsAppDigits - int(qstrlen(language.whatsAppPrefix)));
            break;
        case protocol::Channel::Messenger:
            c.channelId = QStringLiteral("7") + digits(i * 13 + 5, 8) + digits(i, 7);
            break;
        case protocol::Channel::WebChat:
            c.channelId = QString::fromLatin1(
                QCryptographicHash::hash("demo-visitor-" + QByteArray::number(i), QCryptographicHash::Sha256)
                    .toHex()
                    .left(32));
            if (k % 8 == 5)
                c.name.clear(); // an anonymous visitor
            else if (k % 3 != 0)
                c.email = QStringLiteral("%1.%2@%3")
                              .arg(asciiOf(first), asciiOf(last), QString::fromLatin1(language.mailDomain));
            break;
        }
        c.script = k % 6;
        const Script &script = language.scripts[c.script];
        auto fill = [&](const char *text) {
            return QString::fromUtf8(text)
                .replace(QStringLiteral("{first}"), displayOf(first))
                .replace(QStringLiteral("{name}"), displayOf(first) + QLatin1Char(' ') + displayOf(last));
        };
        // Waiting for an answer; answered; the customer wrote again; answered again.
        const int length = i % 4 + 1;
        const QString lines[] = {fill(script.opening), fill(script.reply),
                                 fill(*script.followUp ? script.followUp : language.thanks), fill(language.closing)};
        for (int line = 0; line < length; ++line)
            c.lines.append(lines[line]);
        // Newest first, then further and further back: the first hundred within a day.
        c.minutesAgo = 8 + 8LL * i + qint64(i) * i / 20;
        all.append(c);
    }
    return all;
}

QString profileName(int index)
{
    const Language &language = kLanguages[index % kLanguages_];
    const int k = index / kLanguages_;
    return displayOf(language.firstNames[k % 20]) + QLatin1Char(' ') + displayOf(language.lastNames[(k / 20 + k) % 15]);
}

} // namespace relaydesk::server::demo
