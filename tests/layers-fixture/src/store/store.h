// Fixture for scripts/check-layers --self-test; not built.
#pragma once

#include "protocol/types.h"
