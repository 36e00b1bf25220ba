# Packaging checks run by CTest (cmake -P, so they need no shell):
#   -DCHECK=desktop  -DDESKTOP_FILE=… -DAPP_ID=…            the .desktop entry
#   -DCHECK=metainfo -DMETAINFO_FILE=… -DAPP_ID=… -DVERSION=… the AppStream metainfo
#   -DCHECK=version  -DEXECUTABLE=… -DEXPECTED=…             `EXECUTABLE --version` prints EXPECTED
#   -DCHECK=install  -DBUILD_DIR=… -DPREFIX=… -DEXPECTED_FILES=a|b  `cmake --install` into PREFIX
# The structural checks always run; the official validators run when installed, and a missing
# validator makes the test report SKIPPED (CTest's SKIP_REGULAR_EXPRESSION) rather than pass.
cmake_minimum_required(VERSION 3.25)

function(require_match text regex what)
    if(NOT text MATCHES "${regex}")
        message(FATAL_ERROR "${what}: expected a match for '${regex}'")
    endif()
endfunction()

# Runs a validator; any non-zero exit fails the check, and its report is shown either way.
function(run_validator)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out
                    ERROR_VARIABLE out)
    message(STATUS "${ARGN}:\n${out}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "validation failed (exit ${result})")
    endif()
endfunction()

if(CHECK STREQUAL "desktop")
    file(READ "${DESKTOP_FILE}" desktop)
    require_match("${desktop}" "^\\[Desktop Entry\\]\n" "first group")
    require_match("${desktop}" "\nType=Application\n" "Type")
    require_match("${desktop}" "\nName=LeaseLink\n" "Name")
    require_match("${desktop}" "\nExec=leaselink( [^\n]*)?\n" "Exec")
    require_match("${desktop}" "\nIcon=${APP_ID}\n" "Icon (the installed icon's name)")
    require_match("${desktop}" "\nCategories=[^\n]*Network;" "Categories")
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    if(NOT DESKTOP_FILE_VALIDATE)
        message("SKIPPED: desktop-file-validate is not installed (Debian: desktop-file-utils)")
        return()
    endif()
    run_validator("${DESKTOP_FILE_VALIDATE}" "${DESKTOP_FILE}")
elseif(CHECK STREQUAL "metainfo")
    file(READ "${METAINFO_FILE}" metainfo)
    require_match("${metainfo}" "<id>${APP_ID}</id>" "component id")
    require_match("${metainfo}" "<launchable type=\"desktop-id\">${APP_ID}\\.desktop</launchable>"
                  "launchable")
    require_match("${metainfo}" "<release version=\"${VERSION}\" date=\"[0-9]+-[0-9]+-[0-9]+\""
                  "release of this version")
    find_program(APPSTREAMCLI appstreamcli)
    if(NOT APPSTREAMCLI)
        message("SKIPPED: appstreamcli is not installed (Debian: appstream)")
        return()
    endif()
    run_validator("${APPSTREAMCLI}" validate --no-net --explain "${METAINFO_FILE}")
elseif(CHECK STREQUAL "version")
    execute_process(COMMAND "${EXECUTABLE}" --version RESULT_VARIABLE result
                    OUTPUT_VARIABLE out ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT result EQUAL 0 OR NOT out STREQUAL EXPECTED)
        message(FATAL_ERROR "${EXECUTABLE} --version: exit ${result}, printed '${out}' "
                            "(stderr '${err}'); expected '${EXPECTED}'")
    endif()
    message(STATUS "${EXECUTABLE} --version: ${out}")
elseif(CHECK STREQUAL "install")
    # A fresh, unusual prefix: nothing may be hard-wired to /usr or /usr/local.
    file(REMOVE_RECURSE "${PREFIX}")
    execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cmake --install --prefix ${PREFIX} failed:\n${out}")
    endif()
    string(REPLACE "|" ";" expected_files "${EXPECTED_FILES}")
    foreach(expected IN LISTS expected_files)
        if(NOT EXISTS "${PREFIX}/${expected}")
            message(FATAL_ERROR "cmake --install did not install ${expected}")
        endif()
    endforeach()
    file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
    foreach(file IN LISTS installed)
        if(file MATCHES "leaselink-lab|/lab/|/tst_|/tests?/")
            message(FATAL_ERROR "cmake --install installed a lab or test file: ${file}")
        endif()
    endforeach()
    list(LENGTH installed count)
    message(STATUS "installed ${count} files into ${PREFIX}")
    file(REMOVE_RECURSE "${PREFIX}")
else()
    message(FATAL_ERROR "unknown CHECK '${CHECK}'")
endif()
