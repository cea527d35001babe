#pragma once

#include "protocol/types.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <QUrl>
#include <QVector>

#include <optional>

namespace relaydesk::server {

class ServerDb;

// A keyword or pattern rule of the autopilot and its canned answer.
struct AutopilotRule
{
    QStringList keywords;       // any of them, as a whole word, any case
    QRegularExpression pattern; // or a regular expression (case-insensitive)
    QString answer;
};

// An approved WhatsApp message template (or, on Messenger, a tagged message).
struct MessageTemplate
{
    QString name;
    QString language = QStringLiteral("en_US");
    QString body;       // the text with {{1}}, {{2}} … as Meta shows it; what agents and the history see
    int parameters = 0; // how many {{n}} the body holds
    QString messengerTag = QStringLiteral("ACCOUNT_UPDATE");
};

// One workspace's channels and autopilot (docs/channels.md). Set with
// `relaydesk-server --workspace NAME --channel-settings FILE`; kept in the
// database sealed with the server's secrets key, because it holds tokens.
struct ChannelSettings
{
    QUrl graphBase = QUrl(QStringLiteral("https://graph.facebook.com/v21.0"));
    int graphTimeoutMs = 15000;
    int sendRetries = 3;
    int retryDelayMs = 2000; // doubles with each retry

    // WhatsApp Cloud API.
    QString whatsappPhoneNumberId;
    QString whatsappToken;
    QString whatsappAppSecret;
    QString whatsappVerifyToken;
    // Messenger.
    QString messengerPageId;
    QString messengerPageToken;
    QString messengerAppSecret;
    QString messengerVerifyToken;

    // Autopilot.
    QString botName = QStringLiteral("Autopilot");
    bool pauseOnAgentReply = true;
    QString whileAway = QStringLiteral("off"); // off, rules or ai
    QVector<AutopilotRule> rules;
    QString fallback;
    // Business hours: per weekday (1 Monday … 7 Sunday) an opening and a
    // closing time; none configured means always open.
    QTimeZone timeZone = QTimeZone::utc();
    QVector<std::pair<QTime, QTime>> hours = QVector<std::pair<QTime, QTime>>(8);
    bool hasHours = false;
    QString outsideHoursAnswer;
    // An OpenAI-compatible chat-completions endpoint.
    QUrl aiBase;
    QString aiModel;
    QString aiKey;
    int aiTimeoutMs = 20000;
    int aiHistory = 20;
    QString aiSystemPrompt = QStringLiteral(
        "You are a friendly customer-support assistant. Answer briefly, in the customer's language. "
        "If you cannot help, say that a person will answer soon.");

    QVector<MessageTemplate> templates;

    [[nodiscard]] bool whatsappEnabled() const { return !whatsappPhoneNumberId.isEmpty(); }
    [[nodiscard]] bool messengerEnabled() const { return !messengerPageId.isEmpty(); }
    [[nodiscard]] bool aiEnabled() const { return aiBase.isValid() && !aiBase.isEmpty() && !aiModel.isEmpty(); }
    [[nodiscard]] std::optional<MessageTemplate> findTemplate(const QString &name) const;
    // Whether `at` (ms since the epoch) is within business hours.
    [[nodiscard]] bool isOpenAt(qint64 at) const;

    // Reads and checks a settings document; on a mistake returns nothing and
    // says which field in `error`.
    [[nodiscard]] static std::optional<ChannelSettings> fromJson(const QJsonObject &json, QString *error);
};

// The settings documents, sealed (XSalsa20-Poly1305) with a key kept in a
// file readable by the server's user only (`secrets_key_file`; by default
// `channel-secrets.key` in the data folder), made on first use.
class ChannelSettingsStore
{
public:
    ChannelSettingsStore(ServerDb &db, QString keyPath);

    // The workspace's document, or an empty object when it has none. Read
    // each time, so an admin's change applies to a running server at once.
    QJsonObject document(qint64 workspaceId, QString *error = nullptr);
    // The settings in force: the document, with the stand-in channels below
    // when it sets up neither WhatsApp nor Messenger.
    [[nodiscard]] std::optional<ChannelSettings> settings(qint64 workspaceId);
    // --demo: channel sections (graph_base, whatsapp, messenger) that stand
    // in for the workspace's own while its document has neither WhatsApp nor
    // Messenger (demochannel.h). In memory only: never stored, shown or
    // saved with the document.
    void setStandIn(qint64 workspaceId, const QJsonObject &channels);
    [[nodiscard]] bool save(qint64 workspaceId, const QJsonObject &document, QString *error);
    // What the workspace's agents see of its settings (GET /v1/me, the
    // workspace.updated event): the autopilot's mode while away, whether
    // suggested replies are available, and when the settings last changed.
    protocol::WorkspaceSettings workspaceSettings(qint64 workspaceId);
    // When the workspace's settings were last saved (0: it has none).
    qint64 updatedAt(qint64 workspaceId);

    // The document with every token, secret and key replaced by "…".
    static QJsonObject masked(QJsonObject document);

private:
    [[nodiscard]] bool loadKey(QString *error);

    ServerDb &m_db;
    QString m_keyPath;
    QByteArray m_key;
    QHash<qint64, QJsonObject> m_standIns;
};

} // namespace relaydesk::server
