# Installers through CPack: `cmake --build --preset release --target package`.
#
# Two components, packaged apart where the format allows:
#   client  the desktop app `relaydesk` (package `relaydesk`)
#   server  the backend `relaydesk-server` (package `relaydesk-server`)
# Linux: one .deb and one .rpm per component (packaging/linux/Linux.cmake).
# Windows: one NSIS installer with both, the server optional (windows/Windows.cmake).
# macOS: a .dmg holding Relaydesk.app (macos/MacOS.cmake).
# docs/packaging.md says how each is built and what is tested where.

set(RELAYDESK_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
# No licence has been chosen yet; every package says so in its own format.
set(RELAYDESK_LICENSE_SPDX "LicenseRef-proprietary")

set(CPACK_PACKAGE_NAME "relaydesk")
set(CPACK_PACKAGE_VENDOR "Relaydesk")
set(CPACK_PACKAGE_CONTACT "Relaydesk maintainers <maintainers@relaydesk.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Relaydesk")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_COMPONENTS_ALL client server)

set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Relaydesk")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "The desktop app for support agents: WhatsApp, Messenger and web chat conversations in one window.")
set(CPACK_COMPONENT_CLIENT_REQUIRED ON)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Relaydesk server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "The backend the desktop app connects to; only needed on the machine that hosts it.")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    include("${RELAYDESK_PACKAGING_DIR}/linux/Linux.cmake")
elseif(WIN32)
    include("${RELAYDESK_PACKAGING_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${RELAYDESK_PACKAGING_DIR}/macos/MacOS.cmake")
endif()

include(CPack)
