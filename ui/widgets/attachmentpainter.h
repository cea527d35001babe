#pragma once

// How an attachment looks inside a message bubble, and what a click on it
// means: photos as thumbnails (a placeholder with the size while loading),
// videos as their first frame with the length, documents as cards, voice
// notes as a play button, a waveform to seek on and a speed (1×, 1.5×, 2×). Sizes depend only on the attachment's
// record and the width, never on whether its bytes have arrived, so the thread's cached row heights hold.

#include "store/rows.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QRect>
#include <QString>
#include <QVector>

#include <optional>

class QFont;
class QPainter;
class QPalette;

namespace relaydesk::ui {

struct MediaSummary;

class AttachmentPainter
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentPainter)

public:
    enum class Kind { Image, Video, Audio, Document };
    static Kind kindOf(const store::AttachmentRow &attachment);

    // What a click on a part of the block asks for.
    enum class Action { None, Open, PlayPause, Seek, SaveAs, Retry, Speed };

    // What is known right now about the attachment's bytes and playback.
    struct State
    {
        QPixmap thumbnail;
        bool thumbnailFailed = false;
        QString failure; // why the original could not be brought
        bool downloading = false;
        qint64 done = 0;
        qint64 total = 0;
        bool hasOriginal = false;
        bool unreachable = false; // not here, and nothing can bring it now (signed out)
        bool current = false;     // the audio player holds this one
        bool playing = false;
        qint64 position = 0;
        qint64 duration = 0; // ms, 0: unknown
        QString playbackError;
        double rate = 1.0;      // the speed voice notes play at
        QVector<float> peaks;   // a voice note's waveform (empty: not known)
        QImage poster;          // a video's first frame (null: none)
        QString contentProblem; // why the recording or video could not be read before playing
    };

    // Adds what is known of a voice note's or video's content (may be null).
    static void addSummary(State *state, const MediaSummary *summary);

    static QSize blockSize(const store::AttachmentRow &attachment, int maxWidth, const QFont &font);
    static void paint(QPainter *painter, const QRect &block, const store::AttachmentRow &attachment, const State &state,
                      const QFont &font, const QPalette &palette);
    // The action under `point`; for Seek, `share` (0–1) says where.
    static Action actionAt(const QRect &block, const store::AttachmentRow &attachment, const State &state,
                           const QFont &font, const QPoint &point, double *share = nullptr);
    // What Enter or Space does on the message: open it, play it, or retry.
    static Action defaultAction(const store::AttachmentRow &attachment, const State &state);

    // "Photo", "Video", "Voice note", "PDF document": what it is, for a person.
    static QString kindName(const store::AttachmentRow &attachment);
    // The name to show: the file name, or the kind when it has none.
    static QString displayName(const store::AttachmentRow &attachment);

private:
    struct Button
    {
        Action action;
        QRect rect;
        QString label;
    };
    static QVector<Button> buttons(const QRect &block, const store::AttachmentRow &attachment, const State &state,
                                   const QFont &font);
    static QRect seekTrack(const QRect &block, const QFont &font);
    static QRect playCircle(const QRect &block);
    static QRect speedChip(const QRect &block, const QFont &font);
    static void paintAudio(QPainter *painter, const QRect &block, const store::AttachmentRow &attachment,
                           const State &state, const QFont &font, const QPalette &palette);
    static void paintVideo(QPainter *painter, const QRect &block, const store::AttachmentRow &attachment,
                           const State &state, const QFont &font, const QPalette &palette);
};

} // namespace relaydesk::ui
