# Windows: an NSIS installer (CPack) holding the app and, as an optional
# component, the server, each with the Qt libraries and plugins windeployqt
# picks and the other DLLs they load. Included from packaging/Packaging.cmake.
#
# UNTESTED: the reference machines run Linux only. .github/workflows/installers.yml
# builds this on a Windows runner; docs/packaging.md says what to check.

set(_windows "${RELAYDESK_PACKAGING_DIR}/windows")
set(_out "${CMAKE_BINARY_DIR}/packaging/windows")

# --- The app's icon: relaydesk.ico drawn from the SVG with ImageMagick --------
find_program(RELAYDESK_MAGICK magick)
if(NOT RELAYDESK_MAGICK)
    message(FATAL_ERROR
        "Relaydesk's Windows icon is drawn with ImageMagick's `magick`, which was not found.\n"
        "  Install it (e.g. `choco install imagemagick`) or pass -DRELAYDESK_MAGICK=<path to magick.exe>.")
endif()
set(RELAYDESK_WINDOWS_ICON "${_out}/relaydesk.ico")
add_custom_command(OUTPUT "${RELAYDESK_WINDOWS_ICON}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${_out}"
    COMMAND "${RELAYDESK_MAGICK}" -background none -density 384
            "${PROJECT_SOURCE_DIR}/resources/icons/relaydesk.svg"
            -define icon:auto-resize=256,128,64,48,40,32,24,20,16 "${RELAYDESK_WINDOWS_ICON}"
    DEPENDS "${PROJECT_SOURCE_DIR}/resources/icons/relaydesk.svg"
    COMMENT "Drawing relaydesk.ico"
    VERBATIM)
add_custom_target(relaydesk-windows-icon DEPENDS "${RELAYDESK_WINDOWS_ICON}")

# The icon and version information inside relaydesk.exe.
configure_file("${_windows}/relaydesk.rc.in" "${_out}/relaydesk.rc" @ONLY)
target_sources(relaydesk PRIVATE "${_out}/relaydesk.rc")
add_dependencies(relaydesk relaydesk-windows-icon)

# --- Deployment at install time -----------------------------------------------
# windeployqt copies each program's Qt DLLs and plugins next to it
# (qt_generate_deploy_app_script, Qt 6.3+).
qt_generate_deploy_app_script(TARGET relaydesk FILENAME_VARIABLE _deploy_client)
install(SCRIPT "${_deploy_client}" COMPONENT client)
qt_generate_deploy_app_script(TARGET relaydesk-server FILENAME_VARIABLE _deploy_server)
install(SCRIPT "${_deploy_server}" COMPONENT server)

# windeployqt copies only Qt's DLLs and plugins: SQLCipher, libsodium,
# QtKeychain and what they need (OpenSSL's libcrypto) are found from the
# programs' imports and copied too (Qt's own again, harmlessly). The search
# looks where vcpkg (or another prefix) put them.
set(_dll_dirs "$<TARGET_FILE_DIR:Qt6::Core>")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _dll_dirs "${prefix}/bin")
endforeach()
set(_dll_dirs_quoted "")
foreach(dir IN LISTS _dll_dirs)
    string(APPEND _dll_dirs_quoted " \"${dir}\"")
endforeach()
foreach(program IN ITEMS relaydesk relaydesk-server)
    if(program STREQUAL "relaydesk")
        set(component client)
    else()
        set(component server)
    endif()
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:${program}>\"
            RESOLVED_DEPENDENCIES_VAR _resolved
            UNRESOLVED_DEPENDENCIES_VAR _unresolved
            DIRECTORIES ${_dll_dirs_quoted}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
            POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ss]ys[Ww][Oo][Ww]64\")
        foreach(_dll IN LISTS _resolved)
            file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endforeach()
        if(_unresolved)
            message(WARNING \"${program}: DLLs not found to bundle: \${_unresolved}\")
        endif()
    " COMPONENT ${component})
endforeach()

# --- CPack: NSIS ------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_FILE_NAME "Relaydesk-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "Relaydesk")
set(CPACK_NSIS_DISPLAY_NAME "Relaydesk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${RELAYDESK_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${RELAYDESK_WINDOWS_ICON}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\relaydesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "maintainers@relaydesk.example")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "relaydesk.exe")
set(CPACK_NSIS_BRANDING_TEXT "Relaydesk ${PROJECT_VERSION}")
# A Start menu entry "Relaydesk" for bin\relaydesk.exe.
set(CPACK_PACKAGE_EXECUTABLES "relaydesk;Relaydesk")
# The server is for the machine that hosts it: offered, not ticked.
set(CPACK_COMPONENT_SERVER_DISABLED ON)
