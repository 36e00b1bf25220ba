# ScopePlanApplier against the lab PSU server and a fresh store.
leaselink_add_qtest(tst_sync_scopeapplier
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scopeapplier.cpp
    LIBS leaselink_core leaselink_lab
    LABELS integration)
