# Installs the pinned parser packages into NODE_DIR (a build-tree directory) with 'npm ci'.
file(MAKE_DIRECTORY ${NODE_DIR})
file(COPY ${SOURCE_DIR}/package.json ${SOURCE_DIR}/package-lock.json DESTINATION ${NODE_DIR})
execute_process(COMMAND ${NPM} ci --ignore-scripts --no-audit --no-fund --loglevel=error
    WORKING_DIRECTORY ${NODE_DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${result}) in ${NODE_DIR}")
endif()
