# kpisim: `make run` builds the web app and serves it; `make test` is what CI runs.
# `make help` lists every target.

GO       ?= go
DIST     ?= dist
BASE     ?= /
ADDR     ?= 127.0.0.1:8000
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm
# The pure core: these tests also run under GOOS=js GOARCH=wasm (Node), to
# prove the engine behaves the same in the browser's runtime.
CORE     := ./app/kpi/... ./app/scenario/... ./app/i18n/... $(wildcard ./app/forecast)

.PHONY: help test vet unit wasm-test bench build run clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

test: vet unit wasm-test ## everything CI runs: vet, unit tests with -race, core tests in wasm, browser tests

vet: ## go vet, natively and for wasm
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

unit: ## go test -race ./... (includes the browser end-to-end tests when Chromium is present)
	$(GO) test -race -count=1 ./...

wasm-test: ## the core packages' tests under GOOS=js GOARCH=wasm with Node
	PATH="$(WASMEXEC):$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 $(CORE)

bench: ## engine benchmarks (see README for the figures)
	$(GO) test -run '^$$' -bench . -benchmem ./app/...

clean: ## remove build outputs
	rm -rf $(DIST)
