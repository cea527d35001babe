#include "protocol/types.h"

#include <array>
#include <utility>

namespace relaydesk::protocol {

namespace {

template<typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, const char *>, N>;

constexpr Names<Channel, 3> kChannels{
    {{Channel::WhatsApp, "whatsapp"}, {Channel::Messenger, "messenger"}, {Channel::WebChat, "webchat"}}};
constexpr Names<ConversationStatus, 4> kStatuses{{{ConversationStatus::Open, "open"},
                                                  {ConversationStatus::Pending, "pending"},
                                                  {ConversationStatus::Snoozed, "snoozed"},
                                                  {ConversationStatus::Resolved, "resolved"}}};
constexpr Names<Autopilot, 3> kAutopilot{{{Autopilot::Off, "off"}, {Autopilot::Rules, "rules"}, {Autopilot::Ai, "ai"}}};
constexpr Names<Author, 4> kAuthors{
    {{Author::Customer, "customer"}, {Author::Agent, "agent"}, {Author::Bot, "bot"}, {Author::System, "system"}}};
constexpr Names<MessageKind, 7> kKinds{{{MessageKind::Text, "text"},
                                        {MessageKind::Image, "image"},
                                        {MessageKind::Video, "video"},
                                        {MessageKind::Audio, "audio"},
                                        {MessageKind::Document, "document"},
                                        {MessageKind::Note, "note"},
                                        {MessageKind::Activity, "activity"}}};
constexpr Names<MessageStatus, 5> kMessageStatuses{{{MessageStatus::Queued, "queued"},
                                                    {MessageStatus::Sent, "sent"},
                                                    {MessageStatus::Delivered, "delivered"},
                                                    {MessageStatus::Read, "read"},
                                                    {MessageStatus::Failed, "failed"}}};
constexpr Names<Priority, 4> kPriorities{
    {{Priority::Low, "low"}, {Priority::Normal, "normal"}, {Priority::High, "high"}, {Priority::Urgent, "urgent"}}};

template<typename Enum, std::size_t N>
QString nameOf(const Names<Enum, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Names<Enum, N> &names, const QString &text)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString toString(Channel value)
{
    return nameOf(kChannels, value);
}
QString toString(ConversationStatus value)
{
    return nameOf(kStatuses, value);
}
QString toString(Autopilot value)
{
    return nameOf(kAutopilot, value);
}
QString toString(Author value)
{
    return nameOf(kAuthors, value);
}
QString toString(MessageKind value)
{
    return nameOf(kKinds, value);
}
QString toString(MessageStatus value)
{
    return nameOf(kMessageStatuses, value);
}
QString toString(Priority value)
{
    return nameOf(kPriorities, value);
}

std::optional<Channel> channelFromString(const QString &name)
{
    return valueOf(kChannels, name);
}
std::optional<ConversationStatus> conversationStatusFromString(const QString &name)
{
    return valueOf(kStatuses, name);
}
std::optional<Autopilot> autopilotFromString(const QString &name)
{
    return valueOf(kAutopilot, name);
}
std::optional<Author> authorFromString(const QString &name)
{
    return valueOf(kAuthors, name);
}
std::optional<MessageKind> messageKindFromString(const QString &name)
{
    return valueOf(kKinds, name);
}
std::optional<MessageStatus> messageStatusFromString(const QString &name)
{
    return valueOf(kMessageStatuses, name);
}
std::optional<Priority> priorityFromString(const QString &name)
{
    return valueOf(kPriorities, name);
}

} // namespace relaydesk::protocol
