#pragma once

#include <QString>

namespace relaydesk::store {

class MediaCache;
class StoreReader;

struct ExportSummary
{
    int contacts = 0;
    int conversations = 0;
    int messages = 0;
    int attachmentsSaved = 0;   // decrypted from the cache into the folder
    int attachmentsMissing = 0; // never downloaded to this device: listed only
};

// Writes the local history of the workspace, in a machine-readable form, to
// `folder`: history.json (contacts with their leads, conversations, messages,
// attachment details) and attachments/ with every attachment this device has
// cached, under safe file names. Streams conversation by conversation, so a
// large history does not have to fit in memory. The folder must be empty or new.
[[nodiscard]] bool exportHistory(StoreReader &reader, MediaCache *cache, const QString &folder, ExportSummary *summary,
                                 QString *error);

} // namespace relaydesk::store
