# Read by cpack once per generator, after CPackConfig.cmake.

if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's description starts with its own summary line
    # (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION); without this CPack would put the
    # project's one summary above both.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()

if(CPACK_GENERATOR STREQUAL "RPM")
    # CPackRPM (CMake 3.25 at least) probes for weak dependencies with
    # `${RPM_EXECUTABLE} --suggests` but never sets RPM_EXECUTABLE, so it
    # drops every Suggests:. Setting it here lets the probe work.
    if(NOT RPM_EXECUTABLE)
        find_program(RPM_EXECUTABLE rpm)
    endif()
endif()
