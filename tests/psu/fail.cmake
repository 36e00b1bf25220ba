# Fails a test with the message in $ENV{MESSAGE}; used when a tool the test needs is missing.
message(FATAL_ERROR "$ENV{MESSAGE}")
