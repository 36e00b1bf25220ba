# The Importer (sync-rules.md A) against the lab PSU server and NetBox and a fresh store.
leaselink_add_qtest(tst_sync_importer
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_importer.cpp
    LIBS leaselink_core leaselink_lab
    LABELS integration)
