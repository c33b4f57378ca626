# Funnelscope's two commands on a fresh Debian 12 machine:
#   make run    installs what is missing, builds, opens the app (demo shop on first start)
#   make test   installs what is missing, builds, runs the test suite
# Also: make build, make deps, make clean, make package, make bench.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# Every Debian 12 package the build, the app and the tests need (README lists them too).
PACKAGES := \
	build-essential cmake ninja-build pkg-config \
	qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev libqt6opengl6-dev \
	libsqlite3-dev sqlite3 libsimdjson-dev libssl-dev zlib1g-dev libarchive-dev \
	fonts-dejavu-core e2fsprogs \
	dpkg-dev appstream desktop-file-utils

CCACHE := $(shell command -v ccache 2>/dev/null)
CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	$(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))

.PHONY: all deps print-packages configure build run test bench package clean

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

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display found. On a desktop run 'make run' there; on a server try 'xvfb-run make run'."; \
		exit 1; \
	fi
	$(BUILD_DIR)/bin/funnelscope

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# Funnelscope against the sqlite3 CLI on 1M and 10M generated shop events (slow: minutes).
# BENCH_ARGS="--sizes 1000000 --runs 3" for a quicker run.
BENCH_ARGS ?= --sizes 1000000,10000000 --runs 3
bench: build
	$(BUILD_DIR)/bin/funnelscope_bench --funnelscope $(BUILD_DIR)/bin/funnelscope \
		--appbench $(BUILD_DIR)/bin/funnelscope_appbench --sql tests/bench \
		--workdir $(BUILD_DIR)/bench --json $(BUILD_DIR)/bench/results.json $(BENCH_ARGS)

package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR)
