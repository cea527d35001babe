#pragma once

// Helpers shared by the media cache suites (tst_mediacache, tst_mediacache_files).

#include "store/mediacache.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QString>
#include <QStringList>

#include <sodium.h>

namespace relaydesk::test {

inline constexpr qint64 kPlenty = qint64(1) << 30;

inline QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    if (size > 0)
        randombytes_buf(data.data(), size_t(size));
    return data;
}

inline QByteArray newKey()
{
    return randomBytes(store::MediaCache::KeyBytes);
}

// Every file under `root`, as paths relative to it, subfolders included.
inline QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

inline QSet<QString> namesIn(const QString &dir)
{
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    return QSet<QString>(names.cbegin(), names.cend());
}

// The one file that appeared in `dir` since `before` was taken.
inline QString newFile(const QString &dir, const QSet<QString> &before)
{
    const QSet<QString> added = namesIn(dir) - before;
    if (added.size() != 1)
        return QString();
    return QDir(dir).filePath(*added.cbegin());
}

inline qint64 bytesOnDisk(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        total += info.size();
    return total;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace relaydesk::test
