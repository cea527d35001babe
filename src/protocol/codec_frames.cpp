#include "protocol/codec.h"
#include "protocol/codec_internal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <iterator>

namespace relaydesk::protocol {

using namespace detail;

namespace {

// Tokens: printable ASCII without spaces.
bool isTokenChar(char16_t c)
{
    return c > 0x20 && c < 0x7f;
}

bool isCode(QStringView text)
{
    return !text.isEmpty() && text.size() <= kMaxCodeChars && allCharsIn(text, isCodeChar);
}

// --- Frames ------------------------------------------------------------------------------

QJsonObject frameObject(QLatin1String type)
{
    return QJsonObject{{key::type, QString(type)}};
}

struct FrameEncoder
{
    QJsonObject operator()(const Hello &h) const
    {
        QJsonObject o = frameObject(frameTypes::hello);
        o.insert(key::protocol, h.protocol);
        o.insert(key::token, h.token);
        o.insert(key::lastSeq, h.lastSeq);
        o.insert(key::client, QJsonObject{{key::name, h.clientName}, {key::version, h.clientVersion}});
        if (!h.features.isEmpty())
            o.insert(key::features, QJsonArray::fromStringList(h.features));
        return o;
    }
    QJsonObject operator()(const Welcome &w) const
    {
        QJsonObject o = frameObject(frameTypes::welcome);
        o.insert(key::protocol, w.protocol);
        o.insert(key::agentId, w.agentId);
        o.insert(key::workspaceId, w.workspaceId);
        o.insert(key::headSeq, w.headSeq);
        o.insert(key::heartbeatMs, w.heartbeatMs);
        if (!w.features.isEmpty())
            o.insert(key::features, QJsonArray::fromStringList(w.features));
        return o;
    }
    QJsonObject operator()(const Event &e) const { return encodeEvent(e); }
    QJsonObject operator()(const Command &c) const
    {
        QJsonObject o = frameObject(frameTypes::command);
        o.insert(key::clientId, c.clientId);
        o.insert(key::name, c.name);
        o.insert(key::args, c.args);
        return o;
    }
    QJsonObject operator()(const Ack &a) const
    {
        QJsonObject o = frameObject(frameTypes::ack);
        o.insert(key::clientId, a.clientId);
        o.insert(key::ok, a.ok);
        if (a.ok) {
            o.insert(key::result, a.result);
        } else {
            QJsonObject error{{key::code, a.errorCode}, {key::message, a.errorMessage}};
            if (!a.current.isEmpty())
                error.insert(key::current, a.current);
            o.insert(key::error, error);
        }
        return o;
    }
    QJsonObject operator()(const ErrorFrame &e) const
    {
        QJsonObject o = frameObject(frameTypes::error);
        o.insert(key::code, e.code);
        o.insert(key::message, e.message);
        if (e.protocol > 0)
            o.insert(key::protocol, e.protocol);
        return o;
    }
    QJsonObject operator()(const Resync &r) const
    {
        QJsonObject o = frameObject(frameTypes::resync);
        o.insert(key::reason, r.reason);
        o.insert(key::resumeSeq, r.resumeSeq);
        return o;
    }
    QJsonObject operator()(const Ping &p) const
    {
        QJsonObject o = frameObject(frameTypes::ping);
        o.insert(key::id, p.id);
        return o;
    }
    QJsonObject operator()(const Pong &p) const
    {
        QJsonObject o = frameObject(frameTypes::pong);
        o.insert(key::id, p.id);
        return o;
    }
    QJsonObject operator()(const Presence &p) const
    {
        QJsonObject o = frameObject(frameTypes::presence);
        o.insert(key::conversationId, p.conversationId);
        o.insert(key::agentId, p.agentId);
        o.insert(key::activity, toString(p.activity));
        o.insert(key::until, p.until);
        return o;
    }
};

// A hello's or welcome's `features`: codes; ones this version does not know
// are kept (and never acted on), anything that is not a code is an error.
QStringList readFeatures(Fields &f)
{
    const QJsonArray list = f.array(key::features, Need::Optional, kMaxFeatures);
    QStringList features;
    for (qsizetype i = 0; i < list.size() && !f.failed(); ++i) {
        const QString name = list.at(i).toString();
        if (!list.at(i).isString() || name.isEmpty() || name.size() > kMaxCodeChars || !allCharsIn(name, isCodeChar))
            f.fail(key::features, QStringLiteral("item %1: expected a code of a-z, 0-9, '_' and '.'").arg(i));
        else
            features.append(name);
    }
    return features;
}

std::optional<Frame> readHello(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Hello h;
    h.protocol = int(f.integer(key::protocol, Need::Required, 1, kMaxInt));
    if (!f.failed() && h.protocol != kProtocolVersion)
        return Frame(h); // nothing else of another version's hello is interpreted
    h.token = f.ascii(key::token, Need::Required, 1, kMaxTokenChars, isTokenChar,
                      QStringLiteral("expected printable ASCII without spaces"));
    h.lastSeq = f.count(key::lastSeq, Need::Required);
    const QJsonObject client = f.object(key::client, Need::Optional);
    if (!f.failed()) {
        Fields c(client, QStringLiteral("client."));
        h.clientName = c.string(key::name, Need::Optional, kMaxNameChars);
        h.clientVersion = c.string(key::version, Need::Optional, kMaxNameChars);
        f.adopt(c.error());
    }
    h.features = readFeatures(f);
    return finish(f, Frame(std::move(h)), error);
}

std::optional<Frame> readWelcome(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Welcome w;
    w.protocol = int(f.integer(key::protocol, Need::Required, 1, kMaxInt));
    w.agentId = f.id(key::agentId);
    w.workspaceId = f.id(key::workspaceId);
    w.headSeq = f.count(key::headSeq, Need::Required);
    w.heartbeatMs = int(f.integer(key::heartbeatMs, Need::Optional, kMinHeartbeatMs, kMaxHeartbeatMs, kHeartbeatMs));
    w.features = readFeatures(f);
    return finish(f, Frame(w), error);
}

std::optional<Frame> readCommand(const QJsonObject &json, QString *error, QString *clientId)
{
    Fields f(json, QString());
    Command c;
    c.clientId = f.ascii(key::clientId, Need::Required, 1, kMaxClientIdChars, isClientIdChar, clientIdProblem());
    if (!f.failed())
        *clientId = c.clientId;
    c.name = f.code(key::name, Need::Required);
    c.args = f.object(key::args, Need::Optional);
    return finish(f, Frame(std::move(c)), error);
}

std::optional<Frame> readAck(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Ack a;
    a.clientId = f.ascii(key::clientId, Need::Required, 1, kMaxClientIdChars, isClientIdChar, clientIdProblem());
    a.ok = f.boolean(key::ok, Need::Required);
    if (f.failed())
        return finish(f, Frame(a), error);
    if (a.ok) {
        a.result = f.object(key::result, Need::Optional);
    } else {
        const QJsonObject e = f.object(key::error, Need::Required);
        if (!f.failed()) {
            Fields ef(e, QStringLiteral("error."));
            a.errorCode = ef.code(key::code, Need::Required);
            a.errorMessage = ef.string(key::message, Need::Optional, kMaxReasonChars);
            a.current = ef.object(key::current, Need::Optional);
            f.adopt(ef.error());
        }
    }
    return finish(f, Frame(std::move(a)), error);
}

std::optional<Frame> readErrorFrame(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    ErrorFrame e;
    e.code = f.code(key::code, Need::Required);
    e.message = f.string(key::message, Need::Optional, kMaxReasonChars);
    e.protocol = int(f.integer(key::protocol, Need::Optional, 0, kMaxInt));
    return finish(f, Frame(std::move(e)), error);
}

std::optional<Frame> readResync(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Resync r;
    r.reason = f.code(key::reason, Need::Required);
    r.resumeSeq = f.count(key::resumeSeq, Need::Required);
    return finish(f, Frame(std::move(r)), error);
}

template<typename PingOrPong>
std::optional<Frame> readPingOrPong(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    PingOrPong p;
    p.id = f.count(key::id, Need::Required);
    return finish(f, Frame(p), error);
}

std::optional<Frame> readPresence(const QJsonObject &json, QString *error)
{
    Fields f(json, QString());
    Presence p;
    p.conversationId = f.id(key::conversationId);
    p.agentId = f.id(key::agentId);
    p.activity = f.enumeration(key::activity, Need::Required, presenceActivityFromString).value_or(p.activity);
    p.until = f.time(key::until, Need::Required);
    return finish(f, Frame(p), error);
}

std::optional<Frame> refuse(DecodeError *error, DecodeError::Code code, QString message, QString type = QString(),
                            QString clientId = QString())
{
    if (error) {
        error->code = code;
        error->message = std::move(message);
        error->type = std::move(type);
        error->clientId = std::move(clientId);
    }
    return std::nullopt;
}

} // namespace

// --- Public: frames ----------------------------------------------------------------------

QString toString(PresenceActivity activity)
{
    switch (activity) {
    case PresenceActivity::Viewing:
        return QStringLiteral("viewing");
    case PresenceActivity::Typing:
        return QStringLiteral("typing");
    }
    return {};
}

std::optional<PresenceActivity> presenceActivityFromString(const QString &name)
{
    if (name == QLatin1String("viewing"))
        return PresenceActivity::Viewing;
    if (name == QLatin1String("typing"))
        return PresenceActivity::Typing;
    return std::nullopt;
}

QString toString(DecodeError::Code code)
{
    switch (code) {
    case DecodeError::Code::Malformed:
        return QString::fromLatin1(errors::kMalformed);
    case DecodeError::Code::TooLarge:
        return QString::fromLatin1(errors::kTooLarge);
    case DecodeError::Code::UnknownType:
        return QString::fromLatin1(errors::kUnknownType);
    case DecodeError::Code::Invalid:
        return QString::fromLatin1(errors::kInvalid);
    }
    return {};
}

QString frameType(const Frame &frame)
{
    static constexpr QLatin1String types[] = {frameTypes::hello,   frameTypes::welcome, frameTypes::event,
                                              frameTypes::command, frameTypes::ack,     frameTypes::error,
                                              frameTypes::resync,  frameTypes::ping,    frameTypes::pong,
                                              frameTypes::presence};
    static_assert(std::size(types) == std::variant_size_v<Frame>);
    return QString(types[frame.index()]);
}

QByteArray encodeFrame(const Frame &frame)
{
    return QJsonDocument(std::visit(FrameEncoder{}, frame)).toJson(QJsonDocument::Compact);
}

std::optional<Frame> decodeFrame(QByteArrayView bytes, DecodeError *error)
{
    using Code = DecodeError::Code;
    if (bytes.size() > kMaxFrameBytes) {
        return refuse(error, Code::TooLarge,
                      QStringLiteral("frame of %1 bytes, at most %2").arg(bytes.size()).arg(kMaxFrameBytes));
    }
    if (bytes.isEmpty())
        return refuse(error, Code::Malformed, QStringLiteral("empty frame"));

    // Qt's parser refuses invalid UTF-8, numbers it cannot represent and
    // nesting deeper than it can handle; what it accepts is checked below.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(error, Code::Malformed,
                      QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return refuse(error, Code::Malformed, QStringLiteral("not a JSON object"));
    const QJsonObject json = document.object();

    const QJsonValue typeValue = json.value(key::type);
    if (typeValue.isUndefined() || typeValue.isNull())
        return refuse(error, Code::Invalid, QStringLiteral("type: missing"));
    if (!typeValue.isString()) {
        return refuse(error, Code::Invalid, QStringLiteral("type: expected a string, got %1").arg(describe(typeValue)));
    }
    const QString type = typeValue.toString();

    QString problem;
    QString clientId;
    std::optional<Frame> frame;
    if (type == frameTypes::event) {
        if (std::optional<Event> event = decodeEvent(json, &problem))
            frame = Frame(std::move(*event));
    } else if (type == frameTypes::hello) {
        frame = readHello(json, &problem);
    } else if (type == frameTypes::welcome) {
        frame = readWelcome(json, &problem);
    } else if (type == frameTypes::command) {
        frame = readCommand(json, &problem, &clientId);
    } else if (type == frameTypes::ack) {
        frame = readAck(json, &problem);
    } else if (type == frameTypes::error) {
        frame = readErrorFrame(json, &problem);
    } else if (type == frameTypes::resync) {
        frame = readResync(json, &problem);
    } else if (type == frameTypes::ping) {
        frame = readPingOrPong<Ping>(json, &problem);
    } else if (type == frameTypes::pong) {
        frame = readPingOrPong<Pong>(json, &problem);
    } else if (type == frameTypes::presence) {
        frame = readPresence(json, &problem);
    } else {
        return refuse(error, Code::UnknownType, QStringLiteral("unknown frame type %1").arg(quoted(type)),
                      isCode(type) ? type : QString());
    }
    if (!frame)
        return refuse(error, Code::Invalid, type + QStringLiteral(": ") + problem, type, clientId);
    return frame;
}

} // namespace relaydesk::protocol
