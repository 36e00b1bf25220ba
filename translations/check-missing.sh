#!/bin/sh
# Lists the texts of the sources that the .ts files do not translate yet (or no longer need),
# without changing the committed files: the same check the i18n_ts_complete test runs.
# Usage: translations/check-missing.sh [path/to/lupdate]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
# Qt 6's lupdate: Debian keeps it out of PATH, where "lupdate" may be Qt 5's.
if [ $# -gt 0 ]; then
    lupdate=$1
elif [ -x /usr/lib/qt6/bin/lupdate ]; then
    lupdate=/usr/lib/qt6/bin/lupdate
else
    lupdate=$(command -v lupdate6 || command -v lupdate)
fi
exec python3 "$root/tests/i18n/check_translations.py" --lupdate "$lupdate" --source-root "$root" \
    "$here"/*.ts
