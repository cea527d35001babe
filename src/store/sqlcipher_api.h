#pragma once

// The SQLCipher C API. Debian installs it as <sqlcipher/sqlite3.h>; some
// systems put SQLCipher's header first on the include path as <sqlite3.h>.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#if __has_include(<sqlcipher/sqlite3.h>)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif
