#include "imagecheck.h"

#include <QDir>
#include <QSet>

namespace relaydesk::test {

QString blankReason(const QImage &image)
{
    if (image.isNull() || image.width() < 50 || image.height() < 50)
        return QStringLiteral("image is empty or tiny (%1x%2)").arg(image.width()).arg(image.height());
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    qint64 dark = 0;
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2) {
            colours.insert(line[x]);
            if (qGray(line[x]) < 100)
                ++dark;
        }
    }
    if (colours.size() < 16)
        return QStringLiteral("only %1 distinct colours").arg(colours.size());
    if (dark < 200)
        return QStringLiteral("only %1 dark (text) pixels").arg(dark);
    return {};
}

QString outputPath(const QString &fileName)
{
    QDir().mkpath(QStringLiteral(RELAYDESK_TEST_OUTPUT_DIR));
    return QStringLiteral(RELAYDESK_TEST_OUTPUT_DIR "/") + fileName;
}

} // namespace relaydesk::test
