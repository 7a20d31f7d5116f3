# The README's two commands are `make run` and `make test`; the rest are their parts.
BUILD ?= build
MESON_SETUP = meson setup $(BUILD) --buildtype=debugoptimized

.PHONY: all deps build run test bench screenshots clean

all: build

deps:
	./build-aux/install-deps.sh

$(BUILD)/build.ninja:
	$(MESON_SETUP)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

# Opens the bundled sample investigation (a copy in the user's data folder) on first start,
# the last investigation afterwards.
run: build
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data DOSSIER_SAMPLE=$(BUILD)/data/sample.dossier \
	  $(BUILD)/src/dossier

test: build
	REQUIRE_DISPLAY=1 meson test -C $(BUILD) --print-errorlogs

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
	rm -rf $(BUILD)
