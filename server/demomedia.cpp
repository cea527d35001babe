#include "demomedia.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <cmath>

namespace relaydesk::server::demomedia {

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QImage picture(int width, int height, int frame)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, QColor(0x8e, 0xc5, 0xfc));
    sky.setColorAt(1, QColor(0xe0, 0xc3, 0xfc));
    painter.fillRect(image.rect(), sky);
    // A parcel, moving when there are frames.
    const int size = height / 3;
    const int x = (width - size) / 2 + int(std::sin(frame / 3.0) * width / 4);
    painter.setBrush(QColor(0xc8, 0x8f, 0x4e));
    painter.setPen(QPen(QColor(0x7a, 0x52, 0x26), std::max(1, height / 80)));
    painter.drawRect(x, height / 2 - size / 2, size, size);
    painter.drawLine(x + size / 2, height / 2 - size / 2, x + size / 2, height / 2 + size / 2);
    return image;
}

void putU32(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void putU16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

QByteArray chunk(const char *id, const QByteArray &data)
{
    QByteArray out(id, 4);
    putU32(out, quint32(data.size()));
    out += data;
    if (data.size() % 2)
        out.append('\0');
    return out;
}

QByteArray list(const char *type, const QByteArray &data)
{
    return chunk("LIST", QByteArray(type, 4) + data);
}

} // namespace

QByteArray productPhoto()
{
    return encode(picture(640, 480, 0), "PNG");
}

QByteArray voiceNote()
{
    constexpr int kRate = 8000;
    constexpr int kSamples = kRate * 2;
    QByteArray samples;
    for (int i = 0; i < kSamples; ++i) {
        // Two tones rising and falling, faded in and out: something to hear.
        const double t = double(i) / kRate;
        const double envelope = std::min({1.0, t * 8, (2.0 - t) * 8});
        const double value = 0.3 * envelope
                             * (std::sin(2 * M_PI * 440 * t)
                                + 0.5 * std::sin(2 * M_PI * (660 + 80 * std::sin(t * 3)) * t));
        putU16(samples, quint16(qint16(std::lround(value * 32767 / 1.5))));
    }
    QByteArray format;
    putU16(format, 1); // PCM
    putU16(format, 1); // mono
    putU32(format, kRate);
    putU32(format, kRate * 2); // bytes per second
    putU16(format, 2);         // block align
    putU16(format, 16);        // bits per sample
    return chunk("RIFF", QByteArray("WAVE") + chunk("fmt ", format) + chunk("data", samples));
}

QByteArray shortVideo()
{
    constexpr int kWidth = 160, kHeight = 120, kFps = 10, kFrames = 20;
    QVector<QByteArray> frames;
    quint32 largest = 0;
    for (int f = 0; f < kFrames; ++f) {
        frames.append(encode(picture(kWidth, kHeight, f), "JPEG", 70));
        largest = std::max(largest, quint32(frames.constLast().size()));
    }
    QByteArray avih;
    putU32(avih, 1000000 / kFps); // microseconds per frame
    putU32(avih, largest * kFps); // max bytes per second
    putU32(avih, 0);              // padding granularity
    putU32(avih, 0x10);           // flags: has index
    putU32(avih, kFrames);
    putU32(avih, 0);       // initial frames
    putU32(avih, 1);       // streams
    putU32(avih, largest); // suggested buffer size
    putU32(avih, kWidth);
    putU32(avih, kHeight);
    for (int i = 0; i < 4; ++i)
        putU32(avih, 0); // reserved
    QByteArray strh("vidsMJPG", 8);
    putU32(strh, 0);           // flags
    putU16(strh, 0);           // priority
    putU16(strh, 0);           // language
    putU32(strh, 0);           // initial frames
    putU32(strh, 1);           // scale
    putU32(strh, kFps);        // rate
    putU32(strh, 0);           // start
    putU32(strh, kFrames);     // length
    putU32(strh, largest);     // suggested buffer size
    putU32(strh, quint32(-1)); // quality
    putU32(strh, 0);           // sample size
    for (int i = 0; i < 4; ++i)
        putU16(strh, 0); // frame rectangle
    QByteArray strf;     // BITMAPINFOHEADER
    putU32(strf, 40);
    putU32(strf, kWidth);
    putU32(strf, kHeight);
    putU16(strf, 1);
    putU16(strf, 24);
    strf += QByteArray("MJPG", 4);
    putU32(strf, kWidth * kHeight * 3);
    for (int i = 0; i < 4; ++i)
        putU32(strf, 0);
    const QByteArray header = list("hdrl",
                                   chunk("avih", avih) + list("strl", chunk("strh", strh) + chunk("strf", strf)));
    QByteArray movi;
    QByteArray index;
    quint32 offset = 4; // from the start of the movi list's data, after its type
    for (const QByteArray &frame : frames) {
        const QByteArray data = chunk("00dc", frame);
        index += QByteArray("00dc", 4);
        putU32(index, 0x10); // key frame
        putU32(index, offset);
        putU32(index, quint32(frame.size()));
        movi += data;
        offset += quint32(data.size());
    }
    return chunk("RIFF", QByteArray("AVI ") + header + list("movi", movi) + chunk("idx1", index));
}

QByteArray invoice()
{
    // Written by hand: a PDF needs no fonts embedded for the standard
    // Helvetica, and the server has no GUI font machinery to draw text with.
    const QList<QByteArray> lines{"Demo Shop - Invoice RD-4471",
                                  "",
                                  "Blue dress, size M      1 x  249.00",
                                  "Express delivery        1 x   19.00",
                                  "",
                                  "Total                      268.00",
                                  "",
                                  "Thank you for shopping with us!"};
    QByteArray content = "BT /F1 20 Tf 60 760 Td (" + lines.constFirst() + ") Tj ET\n";
    int y = 720;
    for (qsizetype i = 1; i < lines.size(); ++i, y -= 18)
        content += "BT /F1 11 Tf 60 " + QByteArray::number(y) + " Td (" + lines.at(i) + ") Tj ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace relaydesk::server::demomedia
