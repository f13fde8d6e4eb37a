# Helder — build, run and test.
#
#   make setup          install the build tools (idempotent; first run takes ~15 min)
#   make setup-browser  install Debian's Chromium + chromedriver (for the browser tests)
#   make run            development server on http://127.0.0.1:8080/
#   make build          release build into dist/
#   make test           unit tests (host) + browser tests (Playwright in Chromium)
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

.PHONY: help setup setup-rust-target setup-trunk setup-wasm-bindgen setup-npm setup-fetch \
        setup-browser run build test test-unit test-e2e fmt clean

help:
	@echo "make setup | setup-browser | run | build | test | test-unit | test-e2e | fmt | clean"

## ---------------------------------------------------------------- setup

setup: setup-rust-target setup-trunk setup-wasm-bindgen setup-npm setup-fetch

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

test: setup setup-browser test-unit test-e2e

test-unit: setup
	cargo test --lib

# A debug build (faster to compile) in its own folder, served by end2end/serve.mjs.
test-e2e: setup setup-browser
	trunk build --offline --dist $(E2E_DIST)
	npx --no-install playwright test -c end2end/playwright.config.ts

## ---------------------------------------------------------------- misc

fmt:
	cargo fmt --all

clean:
	cargo clean
	rm -rf dist target/e2e
