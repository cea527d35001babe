#include "cannedresponses.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace relaydesk::server::cannedresponses {

namespace {

const QString kList = QStringLiteral("canned_responses");

// Control characters, and text no peer could decode (an unpaired surrogate).
bool hasControlCharacters(const QString &text, bool allowNewLines)
{
    if (!protocol::textProblem(text).isEmpty())
        return true;
    for (const QChar c : text) {
        if (allowNewLines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control || c.isNull())
            return true;
    }
    return false;
}

} // namespace

std::optional<QVector<CannedResponse>> fromJson(const QJsonObject &document, QString *error)
{
    for (const QString &key : document.keys()) {
        if (key != kList) {
            *error = QStringLiteral("unknown setting \"%1\"; the file holds {\"canned_responses\": [ … ]}")
                         .arg(key.left(64));
            return std::nullopt;
        }
    }
    const QJsonValue listValue = document.value(kList);
    if (!listValue.isArray()) {
        *error = QStringLiteral("canned_responses must be a list [ … ] of {\"shortcut\", \"title\", \"text\"}");
        return std::nullopt;
    }
    const QJsonArray list = listValue.toArray();
    if (list.size() > kMaxCount) {
        *error = QStringLiteral("%1 canned responses; a workspace has at most %2").arg(list.size()).arg(kMaxCount);
        return std::nullopt;
    }
    static const QRegularExpression shortcutPattern(QStringLiteral("^[a-z0-9_-]{1,%1}$").arg(kMaxShortcutChars));
    QVector<CannedResponse> responses;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("canned_responses[%1]").arg(i);
        if (!list.at(i).isObject()) {
            *error = QStringLiteral("%1 must be an object {\"shortcut\", \"title\", \"text\"}").arg(at);
            return std::nullopt;
        }
        const QJsonObject entry = list.at(i).toObject();
        for (const QString &key : entry.keys()) {
            if (key != QLatin1String("shortcut") && key != QLatin1String("title") && key != QLatin1String("text")) {
                *error = QStringLiteral("%1: unknown field \"%2\"").arg(at, key.left(64));
                return std::nullopt;
            }
        }
        for (const char *field : {"shortcut", "title", "text"}) {
            if (!entry.value(QLatin1String(field)).isString()) {
                *error = QStringLiteral("%1.%2 is required and must be a string").arg(at, QLatin1String(field));
                return std::nullopt;
            }
        }
        CannedResponse r{entry.value(QStringLiteral("shortcut")).toString().trimmed(),
                         entry.value(QStringLiteral("title")).toString().trimmed(),
                         entry.value(QStringLiteral("text")).toString().trimmed()};
        if (!shortcutPattern.match(r.shortcut).hasMatch()) {
            *error = QStringLiteral("%1.shortcut \"%2\" must be 1-%3 of a-z, 0-9, - and _ (lower case, no spaces)")
                         .arg(at, r.shortcut.left(64))
                         .arg(kMaxShortcutChars);
            return std::nullopt;
        }
        if (const auto earlier = seen.constFind(r.shortcut); earlier != seen.cend()) {
            *error =
                QStringLiteral(
                    "%1.shortcut \"%2\" is used twice (also by canned_responses[%3]); each shortcut names one reply")
                    .arg(at, r.shortcut)
                    .arg(*earlier);
            return std::nullopt;
        }
        if (r.title.isEmpty() || protocol::codePointCount(r.title) > kMaxTitleChars
            || hasControlCharacters(r.title, false)) {
            *error = QStringLiteral("%1.title must be one line of 1-%2 characters").arg(at).arg(kMaxTitleChars);
            return std::nullopt;
        }
        if (r.text.isEmpty()) {
            *error = QStringLiteral("%1.text must not be empty").arg(at);
            return std::nullopt;
        }
        if (protocol::codePointCount(r.text) > protocol::kMaxTextChars || hasControlCharacters(r.text, true)) {
            *error = QStringLiteral("%1.text must be at most %2 characters, without control characters")
                         .arg(at)
                         .arg(protocol::kMaxTextChars);
            return std::nullopt;
        }
        seen.insert(r.shortcut, i);
        responses.append(r);
    }
    return responses;
}

QJsonObject toJson(const QVector<CannedResponse> &responses)
{
    QJsonArray list;
    for (const CannedResponse &r : responses) {
        list.append(QJsonObject{{QStringLiteral("shortcut"), r.shortcut},
                                {QStringLiteral("title"), r.title},
                                {QStringLiteral("text"), r.text}});
    }
    return QJsonObject{{kList, list}};
}

} // namespace relaydesk::server::cannedresponses
