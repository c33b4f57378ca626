# Funnelscope's two commands on a fresh Debian 12 machine:
#   make run    installs what is missing, builds the app (not the tests), opens it (demo shop
#               on first start)
#   make test   installs what is missing, builds, runs the test suite, then runs it again
#               built with AddressSanitizer and UndefinedBehaviorSanitizer, then each
#               fuzzer for 30 seconds (CI's command)
# Also: make build (the app and the tests), make app, make deps, make clean, make package, make bench (and bench-large), make fuzz (each fuzzer
# for FUZZ_SECONDS, three minutes by default), make test-plain (the first part alone),
# make clickhouse-current (the server tests' SQL on a current ClickHouse too).

BUILD_DIR  ?= build
SANITIZE_DIR ?= build-asan
FUZZ_DIR   ?= build-fuzz
FUZZ_SECONDS ?= 180
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# Every Debian 12 package the build, the app and the tests need (README lists them too).
PACKAGES := \
	build-essential cmake ninja-build pkg-config \
	qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev libqt6opengl6-dev \
	libsqlite3-dev sqlite3 libsimdjson-dev libssl-dev zlib1g-dev libarchive-dev libxlsxwriter-dev \
	qtkeychain-qt6-dev \
	clang libclang-rt-14-dev ccache clickhouse-server gnome-keyring dbus-daemon \
	fonts-dejavu-core e2fsprogs \
	dpkg-dev file appstream desktop-file-utils

# ccache keeps what the compiler made: building the same sources again, here or in a clone
# in another folder (CI's clean clone), takes the objects instead of compiling them. It
# hashes paths relative to the checkout, and the debug info names them so too (the build
# folder is ./build, the sources ../). Looked up when a build is configured, after deps.
CCACHE = $(shell command -v ccache 2>/dev/null)
CCACHE_FLAGS = $(if $(CCACHE),"-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$(CURDIR);$(CCACHE)" \
	"-DCMAKE_CXX_FLAGS=-fdebug-prefix-map=$(CURDIR)=.")
CMAKE_FLAGS = -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CCACHE_FLAGS)

.PHONY: all deps print-packages configure build app run test test-plain test-sanitized fuzz-build fuzz \
	bench bench-duckdb bench-large clickhouse-current package clean

all: build

deps:
	@missing=""; \
	for package in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$package 2>/dev/null | grep -q '^install ok installed' \
			|| missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing:$$missing"; \
			apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		else \
			echo "Funnelscope needs these Debian packages. Install them with:"; \
			echo "  sudo apt-get install$$missing"; \
			exit 1; \
		fi; \
	fi

# The list itself, for tests/packaging/tst_debianpackages (which checks it covers the build).
print-packages:
	@echo $(PACKAGES)

$(BUILD_DIR)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The program alone, without the tests: about half of what `make build` compiles.
app: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target funnelscope

run: app
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display found. On a desktop run 'make run' there; on a server try 'xvfb-run make run'."; \
		exit 1; \
	fi
	$(BUILD_DIR)/bin/funnelscope

test: test-plain test-sanitized fuzz-build
	tests/fuzz/run-fuzzers $(FUZZ_DIR) 30

test-plain: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The same suite under ASan and UBSan (any error fails its test). -O1 -g1 and Debug, so
# Q_ASSERTs hold too and the build takes about as long as the normal one.
$(SANITIZE_DIR)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
		-DFUNNELSCOPE_SANITIZE=ON $(CCACHE_FLAGS)

test-sanitized: deps $(SANITIZE_DIR)/build.ninja
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure -j $(JOBS)

# libFuzzer targets: clang, the models library with coverage, ASan and UBSan.
$(FUZZ_DIR)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
		-DFUNNELSCOPE_FUZZ=ON $(CCACHE_FLAGS)

fuzz-build: deps $(FUZZ_DIR)/build.ninja
	cmake --build $(FUZZ_DIR) -j $(JOBS)

fuzz: fuzz-build
	tests/fuzz/run-fuzzers $(FUZZ_DIR) $(FUZZ_SECONDS)

# Funnelscope against DuckDB and the sqlite3 CLI on 1M and 10M generated shop events, and
# appending a million events (slow: about half an hour). DuckDB comes from npm's
# @duckdb/node-api, installed into the build folder on first use: a benchmark-only
# dependency (Debian's nodejs and npm), never needed by the app or make test.
# BENCH_ARGS="--sizes 1000000 --runs 1" for a quicker run.
BENCH_ARGS ?= --sizes 1000000,10000000 --runs 3
DUCKDB_NODE_API ?= 1.5.6-r.1
BENCH := $(BUILD_DIR)/bin/funnelscope_bench --funnelscope $(BUILD_DIR)/bin/funnelscope \
	--sql tests/bench --duckdb $(BUILD_DIR)/bench/duckdb --workdir $(BUILD_DIR)/bench \
	--clickhouse $(BUILD_DIR)/tests/clickhouse/clickhouse_fixture
bench-duckdb: build
	@if [ ! -f $(BUILD_DIR)/bench/duckdb/node_modules/@duckdb/node-api/package.json ]; then \
		if ! command -v npm >/dev/null; then \
			echo "make bench compares with DuckDB through Node.js: sudo apt-get install nodejs npm"; exit 1; \
		fi; \
		mkdir -p $(BUILD_DIR)/bench/duckdb && \
		npm install --silent --no-save --prefix $(BUILD_DIR)/bench/duckdb @duckdb/node-api@$(DUCKDB_NODE_API); \
	fi

bench: bench-duckdb
	$(BENCH) --appbench $(BUILD_DIR)/bin/funnelscope_appbench --json $(BUILD_DIR)/bench/results.json $(BENCH_ARGS)

# 100M events (a 10 GB CSV the demo writes; about 25 GB of disk and an hour), against
# DuckDB alone: not in every run.
bench-large: bench-duckdb
	$(BENCH) --large --sizes 100000000 --runs 1 --json $(BUILD_DIR)/bench/results-large.json

# The ClickHouse tests' SQL on a current ClickHouse too (Debian 12 has 18.16): chDB, the
# current release as a library (npm's chdb, about 550 MB, installed into the build folder on
# first use like DuckDB), runs every statement tst_clickhousebackend and
# tst_clickhouserandomexports send to the single server again (tests/clickhouse/current)
# and compares every answer. Not in make test.
CHDB_NODE ?= 3.4.0
clickhouse-current: build
	@if [ ! -f $(BUILD_DIR)/chdb/node_modules/chdb/package.json ]; then \
		if ! command -v npm >/dev/null; then \
			echo "make clickhouse-current runs chDB through Node.js: sudo apt-get install nodejs npm"; exit 1; \
		fi; \
		mkdir -p $(BUILD_DIR)/chdb && \
		npm install --silent --no-save --prefix $(BUILD_DIR)/chdb chdb@$(CHDB_NODE); \
	fi
	tests/clickhouse/current/run.sh $(BUILD_DIR) $(BUILD_DIR)/chdb

package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR)
