# Issue 8's fault matrix: every call of a sync × every fault the lab injects (label fault).
leaselink_add_qtest(tst_sync_faultmatrix SOURCES tst_faultmatrix.cpp
    LIBS leaselink_core leaselink_lab LABELS integration fault)
