# Use ccache when it is installed, unless the caller already chose a launcher.
if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(RELAYDESK_CCACHE ccache)
    if(RELAYDESK_CCACHE)
        message(STATUS "Using ccache: ${RELAYDESK_CCACHE}")
        set(CMAKE_CXX_COMPILER_LAUNCHER "${RELAYDESK_CCACHE}")
    endif()
endif()
