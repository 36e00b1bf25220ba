# NetBoxSnapshotReader and PlanApplier against NetBoxSim (tests/integration/sync).
leaselink_add_qtest(tst_sync_snapshotreader SOURCES tst_snapshotreader.cpp SyncLabSupport.h
    LIBS leaselink_core leaselink_lab LABELS integration)
leaselink_add_qtest(tst_sync_applier SOURCES tst_applier.cpp SyncLabSupport.h
    LIBS leaselink_core leaselink_lab LABELS integration)
