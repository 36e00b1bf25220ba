# ReservationPushApplier against the lab PSU server (2.0.1 bulk path and 1.0.2 single calls).
leaselink_add_qtest(tst_sync_reservationpush
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reservationpush.cpp
    LIBS leaselink_core leaselink_lab
    LABELS integration)
# C-11: the invalid-hostname tag planned and written to NetBoxSim by PlanApplier.
leaselink_add_qtest(tst_sync_invalidhostnametag
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_invalidhostnametag.cpp
        ${CMAKE_CURRENT_LIST_DIR}/SyncLabSupport.h
    LIBS leaselink_core leaselink_lab
    LABELS integration)
