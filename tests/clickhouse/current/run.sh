#!/bin/sh
# make clickhouse-current: tst_clickhousebackend and tst_clickhouserandomexports with their
# single server behind dualproxy.js,
# so every statement also runs on a current ClickHouse (chDB). Fails when the test fails, or
# when the current release refuses a statement or answers a SELECT otherwise.
#
# run.sh BUILD_DIR CHDB_PREFIX (the folder npm installed chdb into)
set -u
BUILD=$1
CHDB=$2
HERE=$(dirname "$0")
WORK=$BUILD/clickhouse-current
rm -rf "$WORK"
mkdir -p "$WORK"
FIXTURE=$BUILD/tests/clickhouse/clickhouse_fixture
"$FIXTURE" start "$WORK/servers" || exit 1
UPSTREAM=$(sed -n '/^\[single\]/,/^\[/s#^url=clickhouse://127.0.0.1:\([0-9]*\)/#\1#p' "$WORK/servers/servers.ini")
NODE_PATH=$CHDB/node_modules node "$HERE/dualproxy.js" 0 "$UPSTREAM" "$WORK/chdb" "$WORK/differences.log" > "$WORK/proxy.out" 2>&1 &
PROXY=$!
PORT=
for _ in $(seq 1 100); do
    PORT=$(sed -n 's/^dualproxy: .* on port \([0-9]*\)$/\1/p' "$WORK/proxy.out")
    [ -n "$PORT" ] && break
    sleep 0.2
done
if [ -z "$PORT" ]; then
    cat "$WORK/proxy.out"
    kill "$PROXY" 2>/dev/null
    "$FIXTURE" stop "$WORK/servers"
    exit 1
fi
head -n 1 "$WORK/proxy.out"
sed "s#^url=clickhouse://127.0.0.1:$UPSTREAM/#url=clickhouse://127.0.0.1:$PORT/#" "$WORK/servers/servers.ini" > "$WORK/servers-proxied.ini"
TEST=0
for test in tst_clickhousebackend tst_clickhouserandomexports; do
    QTEST_FUNCTION_TIMEOUT=3600000 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/no-session-bus \
        FUNNELSCOPE_CLICKHOUSE_SERVERS="$WORK/servers-proxied.ini" "$BUILD/tests/clickhouse/$test" -silent || TEST=1
done
kill -TERM "$PROXY"
wait "$PROXY"
"$FIXTURE" stop "$WORK/servers"
grep -v '^SUMMARY' "$WORK/differences.log" | head -n 40
grep '^SUMMARY' "$WORK/differences.log"
if [ "$TEST" -ne 0 ] || grep -q '^FAILED\|^DIFFER' "$WORK/differences.log"; then
    echo "make clickhouse-current: see $WORK/differences.log"
    exit 1
fi
