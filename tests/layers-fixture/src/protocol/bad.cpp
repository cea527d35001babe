// Fixture for scripts/check-layers --self-test; not built.
#include "types.h"

#include "store/store.h"
