#pragma once

#include <QImage>
#include <QString>

namespace relaydesk::test {

// Why an image would pass for an empty screen, or an empty string if it shows
// real content: a handful of colours and some text-dark pixels.
QString blankReason(const QImage &image);

// Where suites save the pictures they take, for a person to look at.
QString outputPath(const QString &fileName);

} // namespace relaydesk::test
