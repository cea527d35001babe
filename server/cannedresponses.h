#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace relaydesk::server {

// One of a workspace's quick replies: the agent types its shortcut (or picks
// its title) and the composer gets the text.
struct CannedResponse
{
    QString shortcut; // unique in the workspace: 1-32 of a-z 0-9 - _
    QString title;    // one line, 1-128 characters
    QString text;     // 1-4096 characters
};

// The quick replies document, {"canned_responses": [{shortcut, title, text}, …]},
// as GET /v1/canned-responses answers and `--canned-responses FILE` reads.
namespace cannedresponses {

inline constexpr int kMaxCount = 200;
inline constexpr int kMaxShortcutChars = 32;
inline constexpr int kMaxTitleChars = 128;

// Reads and checks a document; on a mistake returns nothing and says which
// entry and field in `error`. An empty list is valid (no quick replies).
[[nodiscard]] std::optional<QVector<CannedResponse>> fromJson(const QJsonObject &document, QString *error);
QJsonObject toJson(const QVector<CannedResponse> &responses);

} // namespace cannedresponses

} // namespace relaydesk::server
