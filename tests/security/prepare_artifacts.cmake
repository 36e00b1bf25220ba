# Empties the test artifacts directory before the suite (cmake -DDIR=… -P this file).
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
