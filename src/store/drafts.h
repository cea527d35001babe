#pragma once

// How a draft's staged files are kept in its row (JSON: [{"path", "temporary"}]).

#include "store/rows.h"

#include <QByteArray>

namespace relaydesk::store {

QByteArray draftFilesToJson(const QVector<DraftFile> &files);
// Entries without a path are left out; anything unreadable reads as none.
QVector<DraftFile> draftFilesFromJson(const QByteArray &json);

} // namespace relaydesk::store
