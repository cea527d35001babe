// Fixture for scripts/check-layers --self-test; not built.
#pragma once
