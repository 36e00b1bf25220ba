# Issue 8's crash safety: leaselink-cli sync killed with SIGKILL at random points, and two
# processes on one data directory (label crash). POSIX signals: Linux only.
if(UNIX)
    leaselink_add_qtest(tst_sync_crashsafety SOURCES tst_crashsafety.cpp
        LIBS leaselink_core leaselink_lab Qt6::Sql LABELS integration crash)
    target_compile_definitions(tst_sync_crashsafety PRIVATE
        LEASELINK_CLI_PATH="$<TARGET_FILE:leaselink-cli>")
    add_dependencies(tst_sync_crashsafety leaselink-cli)
endif()
