# The sync end to end: the lab's dataset M over HTTPS, a LeaseLink data directory configured by
# LabSetup, and the job (health phase, import, sync, repeated sync).
leaselink_add_qtest(tst_sync_labsetup SOURCES tst_labsetup.cpp
    LIBS leaselink_core leaselink_lab LABELS integration)
leaselink_add_qtest(tst_sync_job SOURCES tst_syncjob.cpp
    LIBS leaselink_core leaselink_lab LABELS integration)
leaselink_add_qtest(tst_sync_jobexamples SOURCES tst_jobexamples.cpp
    LIBS leaselink_core leaselink_lab LABELS integration)
