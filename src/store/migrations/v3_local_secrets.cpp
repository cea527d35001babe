// Schema version 3: secrets that belong to this device only, such as the key
// of the encrypted media cache. They live inside the encrypted database, so
// they are as safe as the history and work the same with a keychain key or a
// passphrase.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo3(Connection &connection, QString *error)
{
    return connection.exec(R"sql(
CREATE TABLE local_secrets (
    name    TEXT PRIMARY KEY,
    value   BLOB NOT NULL
) WITHOUT ROWID;
)sql",
                           error);
}

} // namespace relaydesk::store
