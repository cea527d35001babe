// Schema version 10: each contact's `version` as the server last said it
// (`contact.update` is based on it, and an older copy of a contact never
// replaces a newer one). Contacts stored before this step read 0, "not
// known", until their next change arrives; an edit based on 0 that the
// server refuses only for the version is sent again by itself when the
// server's contact is the one the agent saw (see outboxwriter.cpp).

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo10(Connection &connection, QString *error)
{
    return connection.exec("ALTER TABLE contacts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;", error);
}

} // namespace relaydesk::store
