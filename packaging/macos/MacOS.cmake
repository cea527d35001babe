# macOS: Relaydesk.app (Info.plist with the app id, the icon, the Qt
# frameworks and plugins macdeployqt copies in, signed ad hoc) in a
# drag-and-drop .dmg. Included from packaging/Packaging.cmake.
#
# UNTESTED: the reference machines run Linux only. .github/workflows/installers.yml
# builds this on a macOS runner; docs/packaging.md says what to check.

set(_macos "${RELAYDESK_PACKAGING_DIR}/macos")
set(_out "${CMAKE_BINARY_DIR}/packaging/macos")

# --- relaydesk.icns from the SVG: rsvg-convert draws the sizes, iconutil packs them
find_program(RELAYDESK_RSVG_CONVERT rsvg-convert)
find_program(RELAYDESK_ICONUTIL iconutil)
if(NOT RELAYDESK_RSVG_CONVERT OR NOT RELAYDESK_ICONUTIL)
    message(FATAL_ERROR
        "Relaydesk's macOS icon needs rsvg-convert (brew install librsvg) and iconutil (Xcode's command line tools).")
endif()
set(RELAYDESK_MACOS_ICON "${_out}/relaydesk.icns")
set(_iconset "${_out}/relaydesk.iconset")
set(_draw "")
foreach(size IN ITEMS 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND _draw
        COMMAND "${RELAYDESK_RSVG_CONVERT}" --width ${size} --height ${size} --format png
                --output "${_iconset}/icon_${size}x${size}.png" "${PROJECT_SOURCE_DIR}/resources/icons/relaydesk.svg"
        COMMAND "${RELAYDESK_RSVG_CONVERT}" --width ${double} --height ${double} --format png
                --output "${_iconset}/icon_${size}x${size}@2x.png" "${PROJECT_SOURCE_DIR}/resources/icons/relaydesk.svg")
endforeach()
add_custom_command(OUTPUT "${RELAYDESK_MACOS_ICON}"
    COMMAND "${CMAKE_COMMAND}" -E rm -rf "${_iconset}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${_iconset}"
    ${_draw}
    COMMAND "${RELAYDESK_ICONUTIL}" --convert icns --output "${RELAYDESK_MACOS_ICON}" "${_iconset}"
    DEPENDS "${PROJECT_SOURCE_DIR}/resources/icons/relaydesk.svg"
    COMMENT "Drawing relaydesk.icns"
    VERBATIM)
add_custom_target(relaydesk-macos-icon ALL DEPENDS "${RELAYDESK_MACOS_ICON}")

# --- The bundle -------------------------------------------------------------------
# Info.plist.in is filled in by CMake from these properties and variables.
set_target_properties(relaydesk PROPERTIES
    OUTPUT_NAME "Relaydesk"
    MACOSX_BUNDLE_INFO_PLIST "${_macos}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${RELAYDESK_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "Relaydesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "relaydesk.icns"
    MACOSX_BUNDLE_COPYRIGHT "Relaydesk")

# Install order is the order below: the icon into the installed bundle, then
# macdeployqt (frameworks, plugins, and the Homebrew dylibs: SQLCipher,
# libsodium, QtKeychain, OpenSSL), then an ad-hoc signature over the result,
# which Apple silicon needs to run it at all. A release signs with a
# Developer ID and notarizes instead (docs/packaging.md).
install(FILES "${RELAYDESK_MACOS_ICON}" DESTINATION "Relaydesk.app/Contents/Resources" COMPONENT client)
qt_generate_deploy_app_script(TARGET relaydesk FILENAME_VARIABLE _deploy_client)
install(SCRIPT "${_deploy_client}" COMPONENT client)
install(CODE "
    execute_process(COMMAND codesign --force --deep --sign - \"\${CMAKE_INSTALL_PREFIX}/Relaydesk.app\"
                    RESULT_VARIABLE _signed)
    if(NOT _signed EQUAL 0)
        message(FATAL_ERROR \"codesign could not sign Relaydesk.app\")
    endif()
" COMPONENT client)

# --- CPack: a drag-and-drop .dmg with the app only ---------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "Relaydesk-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Relaydesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# Only the client component goes in (the server is built from source on macOS).
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};Relaydesk;client;/")
