#include "channelsettings.h"

#include "log.h"
#include "serverdb.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

#include <sodium.h>

namespace relaydesk::server {

namespace {

const QStringList kSecretKeys = {QStringLiteral("token"), QStringLiteral("app_secret"), QStringLiteral("verify_token"),
                                 QStringLiteral("page_token"), QStringLiteral("key")};
const char *const kDays[] = {"", "mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// https, or http to this machine only (tests, a local model server).
bool isAllowedBase(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

// Checks an object's keys against the ones it may have, to catch typos.
bool onlyKeys(const QJsonObject &object, const QStringList &known, const QString &where, QString *error)
{
    for (const QString &key : object.keys()) {
        if (!known.contains(key)) {
            *error = QStringLiteral("%1: unknown setting \"%2\"").arg(where, key);
            return false;
        }
    }
    return true;
}

bool readString(const QJsonObject &object, const char *key, const QString &where, bool required, QString *target,
                QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            *error = QStringLiteral("%1.%2 is required").arg(where, QLatin1String(key));
            return false;
        }
        return true;
    }
    if (!value.isString() || value.toString().size() > 8192) {
        *error = QStringLiteral("%1.%2 must be a string").arg(where, QLatin1String(key));
        return false;
    }
    *target = value.toString().trimmed();
    if (required && target->isEmpty()) {
        *error = QStringLiteral("%1.%2 must not be empty").arg(where, QLatin1String(key));
        return false;
    }
    return true;
}

bool readInt(const QJsonObject &object, const char *key, const QString &where, int low, int high, int *target,
             QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < low || number > high || number != double(int(number))) {
        *error = QStringLiteral("%1.%2 must be a whole number from %3 to %4")
                     .arg(where, QLatin1String(key))
                     .arg(low)
                     .arg(high);
        return false;
    }
    *target = int(number);
    return true;
}

bool readBase(const QJsonObject &object, const char *key, const QString &where, QUrl *target, QString *error)
{
    QString text;
    if (!readString(object, key, where, false, &text, error))
        return false;
    if (text.isEmpty())
        return true;
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const QUrl url(text, QUrl::StrictMode);
    if (!isAllowedBase(url)) {
        *error = QStringLiteral("%1.%2 must be an https:// address (http:// only to this machine)")
                     .arg(where, QLatin1String(key));
        return false;
    }
    *target = url;
    return true;
}

bool readAnswer(const QJsonObject &object, const char *key, const QString &where, bool required, QString *target,
                QString *error)
{
    if (!readString(object, key, where, required, target, error))
        return false;
    if (protocol::codePointCount(*target) > protocol::kMaxTextChars) {
        *error = QStringLiteral("%1.%2 is longer than %3 characters")
                     .arg(where, QLatin1String(key))
                     .arg(protocol::kMaxTextChars);
        return false;
    }
    return true;
}

bool readAutopilot(const QJsonObject &json, ChannelSettings &s, QString *error)
{
    const QString where = QStringLiteral("autopilot");
    if (!onlyKeys(json,
                  {QStringLiteral("bot_name"), QStringLiteral("pause_on_agent_reply"), QStringLiteral("while_away"),
                   QStringLiteral("rules"), QStringLiteral("fallback"), QStringLiteral("business_hours"),
                   QStringLiteral("ai")},
                  where, error))
        return false;
    if (!readString(json, "bot_name", where, false, &s.botName, error)
        || !readAnswer(json, "fallback", where, false, &s.fallback, error)
        || !readString(json, "while_away", where, false, &s.whileAway, error))
        return false;
    if (s.botName.isEmpty() || s.botName.size() > protocol::kMaxNameChars) {
        *error = QStringLiteral("autopilot.bot_name must be 1-256 characters");
        return false;
    }
    if (s.whileAway != QLatin1String("off") && s.whileAway != QLatin1String("rules")
        && s.whileAway != QLatin1String("ai")) {
        *error = QStringLiteral("autopilot.while_away is off, rules or ai");
        return false;
    }
    const QJsonValue pause = json.value(QStringLiteral("pause_on_agent_reply"));
    if (!pause.isUndefined() && !pause.isBool()) {
        *error = QStringLiteral("autopilot.pause_on_agent_reply is true or false");
        return false;
    }
    s.pauseOnAgentReply = pause.toBool(true);

    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString at = QStringLiteral("autopilot.rules[%1]").arg(i);
        AutopilotRule parsed;
        QString regex;
        if (!onlyKeys(rule, {QStringLiteral("keywords"), QStringLiteral("regex"), QStringLiteral("answer")}, at, error)
            || !readAnswer(rule, "answer", at, true, &parsed.answer, error)
            || !readString(rule, "regex", at, false, &regex, error))
            return false;
        for (const QJsonValue &keyword : rule.value(QStringLiteral("keywords")).toArray()) {
            if (!keyword.toString().trimmed().isEmpty())
                parsed.keywords.append(keyword.toString().trimmed());
        }
        if (!regex.isEmpty()) {
            parsed.pattern = QRegularExpression(regex, QRegularExpression::CaseInsensitiveOption
                                                           | QRegularExpression::UseUnicodePropertiesOption);
            if (!parsed.pattern.isValid()) {
                *error = QStringLiteral("%1.regex is not a valid regular expression: %2")
                             .arg(at, parsed.pattern.errorString());
                return false;
            }
        }
        if (parsed.keywords.isEmpty() && regex.isEmpty()) {
            *error = QStringLiteral("%1 needs keywords or a regex").arg(at);
            return false;
        }
        s.rules.append(parsed);
    }

    const QJsonValue hoursValue = json.value(QStringLiteral("business_hours"));
    if (hoursValue.isObject()) {
        const QJsonObject hours = hoursValue.toObject();
        const QString at = QStringLiteral("autopilot.business_hours");
        QStringList known{QStringLiteral("timezone"), QStringLiteral("outside_answer")};
        for (int day = 1; day <= 7; ++day)
            known.append(QLatin1String(kDays[day]));
        QString zone;
        if (!onlyKeys(hours, known, at, error) || !readString(hours, "timezone", at, false, &zone, error)
            || !readAnswer(hours, "outside_answer", at, true, &s.outsideHoursAnswer, error))
            return false;
        if (!zone.isEmpty()) {
            s.timeZone = QTimeZone(zone.toUtf8());
            if (!s.timeZone.isValid()) {
                *error = QStringLiteral("%1.timezone \"%2\" is not a time zone (such as Europe/Berlin)").arg(at, zone);
                return false;
            }
        }
        for (int day = 1; day <= 7; ++day) {
            const QString span = hours.value(QLatin1String(kDays[day])).toString();
            if (span.isEmpty())
                continue; // closed all day
            const QStringList parts = span.split(QLatin1Char('-'));
            const QTime open = QTime::fromString(parts.value(0).trimmed(), QStringLiteral("HH:mm"));
            const QTime close = QTime::fromString(parts.value(1).trimmed(), QStringLiteral("HH:mm"));
            if (parts.size() != 2 || !open.isValid() || !close.isValid() || !(open < close)) {
                *error = QStringLiteral("%1.%2 is written like \"09:00-17:30\"").arg(at, QLatin1String(kDays[day]));
                return false;
            }
            s.hours[day] = {open, close};
        }
        s.hasHours = true;
    }

    const QJsonValue aiValue = json.value(QStringLiteral("ai"));
    if (aiValue.isObject()) {
        const QJsonObject ai = aiValue.toObject();
        const QString at = QStringLiteral("autopilot.ai");
        if (!onlyKeys(ai,
                      {QStringLiteral("base_url"), QStringLiteral("model"), QStringLiteral("key"),
                       QStringLiteral("timeout_ms"), QStringLiteral("history"), QStringLiteral("system_prompt")},
                      at, error)
            || !readBase(ai, "base_url", at, &s.aiBase, error) || !readString(ai, "model", at, true, &s.aiModel, error)
            || !readString(ai, "key", at, false, &s.aiKey, error)
            || !readInt(ai, "timeout_ms", at, 100, 300000, &s.aiTimeoutMs, error)
            || !readInt(ai, "history", at, 1, 200, &s.aiHistory, error)
            || !readString(ai, "system_prompt", at, false, &s.aiSystemPrompt, error))
            return false;
        if (s.aiBase.isEmpty()) {
            *error = QStringLiteral("autopilot.ai.base_url is required");
            return false;
        }
    }
    if (s.whileAway == QLatin1String("ai") && !s.aiEnabled()) {
        *error = QStringLiteral("autopilot.while_away is ai, but autopilot.ai is not set");
        return false;
    }
    return true;
}

// A section that is there must have the right JSON type: a typo's `"rules": {…}`
// would otherwise be the same as no rules at all.
bool typed(const QJsonObject &object, const QString &key, QJsonValue::Type type, const QString &where, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.type() == type)
        return true;
    *error = QStringLiteral("%1%2 must be %3")
                 .arg(where.isEmpty() ? QString() : where + QLatin1Char('.'), key,
                      type == QJsonValue::Array ? QStringLiteral("a list [ … ]") : QStringLiteral("an object { … }"));
    return false;
}

} // namespace

std::optional<MessageTemplate> ChannelSettings::findTemplate(const QString &name) const
{
    for (const MessageTemplate &t : templates) {
        if (t.name == name)
            return t;
    }
    return std::nullopt;
}

bool ChannelSettings::isOpenAt(qint64 at) const
{
    if (!hasHours)
        return true;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, timeZone);
    const auto &[open, close] = hours.at(local.date().dayOfWeek());
    return open.isValid() && local.time() >= open && local.time() < close;
}

std::optional<ChannelSettings> ChannelSettings::fromJson(const QJsonObject &json, QString *error)
{
    ChannelSettings s;
    const QJsonObject autopilotJson = json.value(QStringLiteral("autopilot")).toObject();
    for (const auto &[object, where, key, type] :
         {std::tuple{json, QString(), QStringLiteral("whatsapp"), QJsonValue::Object},
          std::tuple{json, QString(), QStringLiteral("messenger"), QJsonValue::Object},
          std::tuple{json, QString(), QStringLiteral("autopilot"), QJsonValue::Object},
          std::tuple{json, QString(), QStringLiteral("templates"), QJsonValue::Array},
          std::tuple{autopilotJson, QStringLiteral("autopilot"), QStringLiteral("rules"), QJsonValue::Array},
          std::tuple{autopilotJson, QStringLiteral("autopilot"), QStringLiteral("business_hours"), QJsonValue::Object},
          std::tuple{autopilotJson, QStringLiteral("autopilot"), QStringLiteral("ai"), QJsonValue::Object}}) {
        if (!typed(object, key, type, where, error))
            return std::nullopt;
    }
    if (!onlyKeys(json,
                  {QStringLiteral("graph_base"), QStringLiteral("graph_timeout_ms"), QStringLiteral("send_retries"),
                   QStringLiteral("retry_delay_ms"), QStringLiteral("whatsapp"), QStringLiteral("messenger"),
                   QStringLiteral("autopilot"), QStringLiteral("templates")},
                  QStringLiteral("settings"), error)
        || !readBase(json, "graph_base", QStringLiteral("settings"), &s.graphBase, error)
        || !readInt(json, "graph_timeout_ms", QStringLiteral("settings"), 100, 120000, &s.graphTimeoutMs, error)
        || !readInt(json, "send_retries", QStringLiteral("settings"), 0, 10, &s.sendRetries, error)
        || !readInt(json, "retry_delay_ms", QStringLiteral("settings"), 10, 600000, &s.retryDelayMs, error))
        return std::nullopt;

    if (json.value(QStringLiteral("whatsapp")).isObject()) {
        const QJsonObject w = json.value(QStringLiteral("whatsapp")).toObject();
        const QString at = QStringLiteral("whatsapp");
        if (!onlyKeys(w,
                      {QStringLiteral("phone_number_id"), QStringLiteral("token"), QStringLiteral("app_secret"),
                       QStringLiteral("verify_token")},
                      at, error)
            || !readString(w, "phone_number_id", at, true, &s.whatsappPhoneNumberId, error)
            || !readString(w, "token", at, true, &s.whatsappToken, error)
            || !readString(w, "app_secret", at, true, &s.whatsappAppSecret, error)
            || !readString(w, "verify_token", at, true, &s.whatsappVerifyToken, error))
            return std::nullopt;
    }
    if (json.value(QStringLiteral("messenger")).isObject()) {
        const QJsonObject m = json.value(QStringLiteral("messenger")).toObject();
        const QString at = QStringLiteral("messenger");
        if (!onlyKeys(m,
                      {QStringLiteral("page_id"), QStringLiteral("page_token"), QStringLiteral("app_secret"),
                       QStringLiteral("verify_token")},
                      at, error)
            || !readString(m, "page_id", at, true, &s.messengerPageId, error)
            || !readString(m, "page_token", at, true, &s.messengerPageToken, error)
            || !readString(m, "app_secret", at, true, &s.messengerAppSecret, error)
            || !readString(m, "verify_token", at, true, &s.messengerVerifyToken, error))
            return std::nullopt;
    }
    if (json.value(QStringLiteral("autopilot")).isObject()
        && !readAutopilot(json.value(QStringLiteral("autopilot")).toObject(), s, error))
        return std::nullopt;

    static const QRegularExpression templateName(QStringLiteral("^[a-z0-9_]{1,512}$"));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\d+)\\}\\}"));
    const QJsonArray templates = json.value(QStringLiteral("templates")).toArray();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QJsonObject t = templates.at(i).toObject();
        const QString at = QStringLiteral("templates[%1]").arg(i);
        MessageTemplate parsed;
        if (!onlyKeys(t,
                      {QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("body"),
                       QStringLiteral("messenger_tag")},
                      at, error)
            || !readString(t, "name", at, true, &parsed.name, error)
            || !readString(t, "language", at, false, &parsed.language, error)
            || !readAnswer(t, "body", at, true, &parsed.body, error)
            || !readString(t, "messenger_tag", at, false, &parsed.messengerTag, error))
            return std::nullopt;
        if (!templateName.match(parsed.name).hasMatch() || s.findTemplate(parsed.name)) {
            *error = QStringLiteral("%1.name must be unique, of a-z, 0-9 and _ (as Meta approved it)").arg(at);
            return std::nullopt;
        }
        auto it = placeholder.globalMatch(parsed.body);
        while (it.hasNext())
            parsed.parameters = qMax(parsed.parameters, it.next().captured(1).toInt());
        s.templates.append(parsed);
    }
    return s;
}

ChannelSettingsStore::ChannelSettingsStore(ServerDb &db, QString keyPath)
    : m_db(db)
    , m_keyPath(std::move(keyPath))
{
}

bool ChannelSettingsStore::loadKey(QString *error)
{
    if (m_key.size() == crypto_secretbox_KEYBYTES)
        return true;
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium could not start");
        return false;
    }
    const QString &path = m_keyPath;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the secrets key %1").arg(path);
            return false;
        }
        m_key = file.readAll();
        if (m_key.size() != crypto_secretbox_KEYBYTES) {
            m_key.clear();
            *error = QStringLiteral("the secrets key %1 is not %2 bytes").arg(path).arg(crypto_secretbox_KEYBYTES);
            return false;
        }
        return true;
    }
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(key) != key.size() || !out.commit()) {
        *error = QStringLiteral("cannot create the secrets key %1").arg(path);
        return false;
    }
    m_key = key;
    return true;
}

QJsonObject ChannelSettingsStore::document(qint64 workspaceId, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT sealed FROM channel_settings WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    if (!q.exec() || !q.next())
        return {};
    const QByteArray sealed = q.value(0).toByteArray();
    q.finish();
    if (!loadKey(&why))
        return {};
    if (sealed.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)) {
        why = QStringLiteral("the stored channel settings are damaged");
        return {};
    }
    QByteArray plain(sealed.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    const auto *box = nonce + crypto_secretbox_NONCEBYTES;
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), box,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0) {
        why = QStringLiteral("the channel settings cannot be opened with this server's secrets key");
        return {};
    }
    const QJsonObject document = QJsonDocument::fromJson(plain).object();
    sodium_memzero(plain.data(), size_t(plain.size()));
    return document;
}

std::optional<ChannelSettings> ChannelSettingsStore::settings(qint64 workspaceId)
{
    QString error;
    QJsonObject json = document(workspaceId, &error);
    if (!error.isEmpty()) {
        qCWarning(lcServer) << "workspace" << workspaceId << "channel settings:" << error;
        return std::nullopt;
    }
    const auto standIn = m_standIns.constFind(workspaceId);
    if (standIn != m_standIns.cend() && !json.contains(QStringLiteral("whatsapp"))
        && !json.contains(QStringLiteral("messenger"))) {
        for (auto it = standIn->begin(); it != standIn->end(); ++it)
            json.insert(it.key(), it.value());
    }
    if (json.isEmpty())
        return std::nullopt;
    std::optional<ChannelSettings> parsed = ChannelSettings::fromJson(json, &error);
    if (!parsed)
        qCWarning(lcServer) << "workspace" << workspaceId << "channel settings:" << error;
    return parsed;
}

void ChannelSettingsStore::setStandIn(qint64 workspaceId, const QJsonObject &channels)
{
    m_standIns.insert(workspaceId, channels);
}

bool ChannelSettingsStore::save(qint64 workspaceId, const QJsonObject &document, QString *error)
{
    if (!document.isEmpty() && !ChannelSettings::fromJson(document, error))
        return false;
    QSqlQuery q(m_db.db());
    if (document.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM channel_settings WHERE workspace_id = ?"));
        q.addBindValue(workspaceId);
        if (!q.exec())
            *error = q.lastError().text();
        return error->isEmpty();
    }
    if (!loadKey(error))
        return false;
    QByteArray plain = QJsonDocument(document).toJson(QJsonDocument::Compact);
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    sodium_memzero(plain.data(), size_t(plain.size()));
    q.prepare(QStringLiteral(
        "INSERT INTO channel_settings (workspace_id, sealed, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (workspace_id) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at"));
    q.addBindValue(workspaceId);
    q.addBindValue(sealed);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 ChannelSettingsStore::updatedAt(qint64 workspaceId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT updated_at FROM channel_settings WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    const qint64 at = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return at;
}

protocol::WorkspaceSettings ChannelSettingsStore::workspaceSettings(qint64 workspaceId)
{
    protocol::WorkspaceSettings view;
    view.updatedAt = updatedAt(workspaceId);
    const std::optional<ChannelSettings> current = settings(workspaceId);
    view.aiSuggestions = current && current->aiEnabled();
    if (current)
        view.autopilotAway = protocol::autopilotFromString(current->whileAway).value_or(protocol::Autopilot::Off);
    return view;
}

QJsonObject ChannelSettingsStore::masked(QJsonObject document)
{
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it->isObject())
            *it = masked(it->toObject());
        else if (kSecretKeys.contains(it.key()) && it->isString())
            *it = QStringLiteral("…");
    }
    return document;
}

} // namespace relaydesk::server
