# The README's two commands are `make run` and `make test`; the rest are their parts.
BUILD ?= build
MESON_SETUP = meson setup $(BUILD) --buildtype=debugoptimized

.PHONY: all deps build asan-build run test bench fuzz memcheck screenshots clean

# The sanitizer build (clang, AddressSanitizer, UndefinedBehaviorSanitizer, libFuzzer's
# coverage): `make test` runs the whole suite there too, and the fuzz targets' smoke
# runs; `make fuzz` runs each target for FUZZ_SECONDS (FUZZ_JOBS at a time).
ASAN_BUILD ?= build-asan
FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 1
SANITIZER_ENV = \
  ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:fast_unwind_on_malloc=0 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/build-aux/lsan.supp:print_suppressions=0
# Long fuzzing runs keep ASan's fast stack unwinding (the fuzz targets need no leak
# suppressions), which multiplies executions per second.
FUZZ_ENV = \
  ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

all: build

deps:
	./build-aux/install-deps.sh

$(BUILD)/build.ninja:
	$(MESON_SETUP)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

$(ASAN_BUILD)/build.ninja:
	CC=clang meson setup $(ASAN_BUILD) --buildtype=debugoptimized \
	  -Db_sanitize=address,undefined -Db_lundef=false -Dfuzzing=true

asan-build: deps $(ASAN_BUILD)/build.ninja
	meson compile -C $(ASAN_BUILD)

# Opens the bundled sample investigation (a copy in the user's data folder) on first start,
# the last investigation afterwards.
run: build
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data DOSSIER_SAMPLE=$(BUILD)/data/sample.dossier \
	  $(BUILD)/src/dossier

# Both suites run even when the first fails; .ci/run counts both test logs. The
# sanitizer run leaves out the end-to-end tests, which drive the real app with a real
# pointer and wait on its timing: the widget tests run the same code under the
# sanitizers.
test: build asan-build
	status=0; \
	REQUIRE_DISPLAY=1 meson test -C $(BUILD) --print-errorlogs || status=1; \
	$(SANITIZER_ENV) REQUIRE_DISPLAY=1 meson test -C $(ASAN_BUILD) --print-errorlogs \
	  --no-suite e2e --timeout-multiplier 10 || status=1; \
	exit $$status

fuzz: asan-build
	$(FUZZ_ENV) ./fuzz/run-all.sh $(ASAN_BUILD) $(FUZZ_SECONDS) $(FUZZ_JOBS)

# Valgrind memcheck on importing the sample documents: fails on a leak that is ours.
memcheck: build
	./build-aux/memcheck-import.sh $(BUILD)

bench: build
	./build-aux/install-deps.sh build-aux/bench-packages.txt
	$(BUILD)/bench/run-benchmarks
	$(BUILD)/bench/quotes-bench
	$(BUILD)/bench/board-bench
	xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- $(BUILD)/bench/ui-bench
	python3 bench/extraction-bench.py $(BUILD)
	python3 bench/ner-bench.py $(BUILD)

# Light and dark screenshots of the real window into data/screenshots/ (AppStream, README).
screenshots: build
	./build-aux/screenshots.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
