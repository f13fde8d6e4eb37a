# Helder — build, run and test.
#
#   make setup          install the build tools (idempotent; first run takes ~15 min)
#   make setup-browser  install Debian's Chromium + chromedriver (for the browser tests)
#   make run            development server on http://127.0.0.1:8080/
#   make build          release build into dist/
#   make test           style gates (fmt, clippy) + content check + unit tests (host) + browser tests
#   make lint           the style gates alone: cargo fmt --check, clippy (host and wasm) with -D warnings
#   make content-check  readability report of content/, fails on missing translations or sources
#   make screenshots    renews the README's phone screenshots in docs/img (debug build)
#   make fuzz           property tests of file reading, 100 000 cases each (minutes)
#   make bench          release build, then size / Lighthouse / interaction benchmark (README)
#
# Only the package registries are reachable from the build machines, so every tool
# comes from the Rust, npm or Debian package registries, and Trunk runs --offline (it never
# downloads wasm-bindgen, wasm-opt or sass itself; it takes them from PATH).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# Targets run in the order they are listed, even under `make -j`.
.NOTPARALLEL:

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

TRUNK_VERSION := 0.21.14
WASM_TARGET   := wasm32-unknown-unknown
# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION = $(shell awk -F'"' '$$0 == "name = \"wasm-bindgen\"" { getline; print $$2; exit }' Cargo.lock 2>/dev/null)
SUDO := $(shell [ $$(id -u) = 0 ] || echo sudo)

E2E_DIST := target/e2e/dist

.PHONY: help setup setup-rust-target setup-trunk setup-wasm-bindgen setup-wasm-split setup-npm setup-fetch \
        setup-browser run build test lint test-unit test-e2e content-check screenshots fuzz bench bench-setup bench-run bench-peer fmt clean

help:
	@echo "make setup | setup-browser | run | build | test | test-unit | test-e2e | content-check | fuzz | bench | bench-run | fmt | clean"

## ---------------------------------------------------------------- setup

setup: setup-rust-target setup-trunk setup-wasm-bindgen setup-wasm-split setup-npm setup-fetch

setup-rust-target:
	@if ! rustup target list --installed | grep -qx '$(WASM_TARGET)'; then \
	  echo ">> Adding the Rust target $(WASM_TARGET) (one-time download)..."; \
	  rustup target add $(WASM_TARGET); \
	fi

setup-trunk:
	@if ! trunk --version 2>/dev/null | grep -qw '$(TRUNK_VERSION)'; then \
	  echo ">> Building Trunk $(TRUNK_VERSION) from source (one-time, about 10 minutes on 2 cores)..."; \
	  cargo install trunk@$(TRUNK_VERSION) --locked; \
	fi

# Without --locked: the CLI's own lock file asks for a crate version the registry lacks.
setup-wasm-bindgen:
	@v='$(WASM_BINDGEN_VERSION)'; \
	if [ -z "$$v" ]; then echo "Cargo.lock has no wasm-bindgen package; run 'cargo generate-lockfile' first." >&2; exit 1; fi; \
	if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $$v" ]; then \
	  echo ">> Building wasm-bindgen-cli $$v to match Cargo.lock (one-time, about 2 minutes)..."; \
	  cargo install wasm-bindgen-cli --version "$$v"; \
	fi

# wasm-split-cli splits the app into the first screen and the parts loaded on demand
# (tools/wasm.mjs); it must speak the same format as wasm_split_helpers in Cargo.lock (0.2.x).
WASM_SPLIT_VERSION := 0.2.4
setup-wasm-split:
	@if ! cargo install --list | grep -qx 'wasm_split_cli_support v$(WASM_SPLIT_VERSION):'; then \
	  echo ">> Building wasm-split-cli $(WASM_SPLIT_VERSION) (one-time, about 3 minutes)..."; \
	  cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary --locked; \
	fi

setup-npm: node_modules/.stamp

# npm ci removes node_modules first, so the stamp is written afterwards.
node_modules/.stamp: package-lock.json package.json
	@echo ">> Installing the npm tools (Playwright, axe, sass, wasm-opt) with npm ci..."
	npm ci --no-audit --no-fund
	@touch $@

setup-fetch:
	@cargo fetch --quiet

# Debian's Chromium; Playwright's own browser download is not reachable here.
setup-browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo ">> Installing Chromium and chromedriver from Debian (one-time)..."; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; \
	fi

## ---------------------------------------------------------------- run / build

# Trunk answers unknown paths (/kader, /plan, ...) with index.html itself.
run: setup
	trunk serve --offline --address 127.0.0.1 --port 8080

build: setup
	trunk build --offline --release

## ---------------------------------------------------------------- tests

test: setup setup-browser lint content-check test-unit test-e2e

# Fast gates first, so a style slip fails in a minute and not after the browser suite.
lint: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets --quiet -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --bins --quiet -- -D warnings

test-unit: setup
	cargo test --lib

# tools/content_check.rs, run as a host test: per file and language the average sentence length
# and long words; fails on a key in one language only, or a legal statement without source/date.
content-check: setup-fetch
	cargo test --lib --quiet content_check::tests::content_check -- --nocapture

# The long property run: 100 000 cases per property for reading files (README, "Tests").
fuzz:
	PROPTEST_CASES=100000 cargo test --lib fuzz_tests -- --test-threads=1

# A debug build (faster to compile) in its own folder, served by end2end/serve.mjs.
# At another mocked "today" (docs/testing.md): make test-e2e HELDER_TEST_TODAY=2028-02-29
# E2E_ARGS goes to Playwright, e.g. E2E_ARGS="--project=phone --workers=1".
export HELDER_TEST_TODAY
test-e2e: setup setup-browser
	trunk build --offline --dist $(E2E_DIST)
	npx --no-install playwright test -c end2end/playwright.config.ts $(E2E_ARGS)

# The README's screenshots (docs/img/), from the same debug build as the browser tests.
screenshots: setup setup-browser
	trunk build --offline --dist $(E2E_DIST)
	node tools/screenshots.mjs --dir $(E2E_DIST) --out docs/img

## ---------------------------------------------------------------- benchmark

# Release build, then tools/bench/bench.mjs: serves a precompressed copy of dist/ with nginx and
# measures download size, Lighthouse (against a static floor page) and interaction latency.
# Budgets are reported as PASS/FAIL; only a broken benchmark exits non-zero.
bench: build setup-browser bench-setup bench-peer bench-run

# The benchmark alone, on the dist/ that is there (no rebuild).
bench-run: setup-npm
	NGINX_BROTLI_MODULE=$(BROTLI_MODULE) node tools/bench/bench.mjs

# The peer (tools/bench/peer): a minimal Leptos app built with the same pipeline, measured in the
# same run. Built only when it is missing or one of its inputs changed; it shares Helder's
# compiled dependencies in target/, so a rebuild is one release link. Its Cargo.lock is a copy
# of Helder's: the build stops if leptos or leptos_router differ.
PEER_DIR  := tools/bench/peer
PEER_DIST := target/bench/peer/dist
bench-peer: $(PEER_DIST)/index.html

$(PEER_DIST)/index.html: $(PEER_DIR)/Cargo.toml $(PEER_DIR)/Cargo.lock $(PEER_DIR)/Trunk.toml $(PEER_DIR)/index.html \
                         $(wildcard $(PEER_DIR)/src/*.rs) tools/wasm.mjs Cargo.lock
	@for crate in leptos leptos_router; do \
	  ours=$$(awk -F'"' -v n="name = \"$$crate\"" '$$0 == n { getline; print $$2; exit }' Cargo.lock); \
	  peer=$$(awk -F'"' -v n="name = \"$$crate\"" '$$0 == n { getline; print $$2; exit }' $(PEER_DIR)/Cargo.lock); \
	  if [ "$$ours" != "$$peer" ]; then \
	    echo "The peer's $$crate is $$peer, Helder's $$ours: copy Cargo.lock to $(PEER_DIR)/Cargo.lock." >&2; exit 1; \
	  fi; \
	done
	cd $(PEER_DIR) && trunk build --offline --release --dist $(CURDIR)/$(PEER_DIST)

# Debian's nginx, its brotli_static module (when the distribution has it) and the brotli CLI.
BROTLI_MODULE := /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
bench-setup:
	@if [ ! -x /usr/sbin/nginx ] || ! command -v brotli >/dev/null; then \
	  echo ">> Installing nginx and brotli from Debian (one-time)..."; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx brotli; \
	fi
	@if [ ! -e $(BROTLI_MODULE) ]; then \
	  if apt-cache show libnginx-mod-http-brotli-static >/dev/null 2>&1; then \
	    echo ">> Installing nginx's brotli_static module from Debian (one-time)..."; \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y libnginx-mod-http-brotli-static; \
	  else \
	    echo ">> libnginx-mod-http-brotli-static is not available: the bench serves gzip only."; \
	  fi; \
	fi

## ---------------------------------------------------------------- misc

fmt:
	cargo fmt --all

clean:
	cargo clean
	rm -rf dist target/e2e
