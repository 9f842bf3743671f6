# kpisim: `make run` builds the web app and serves it; `make test` is what CI runs.
# `make help` lists every target.

GO       ?= go
DIST     ?= dist
BASE     ?= /
ADDR     ?= 127.0.0.1:8000
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm
ECHARTS  := web/echarts/echarts.min.js
# axe-core for the accessibility tests only: installed under testdata/, never
# copied into web/ or the site.
AXE      := testdata/axe/node_modules/axe-core/axe.min.js
# The pure packages (core, i18n, chart options): their tests also run under
# GOOS=js GOARCH=wasm (Node), proving they behave the same in the browser.
CORE     := ./app/kpi/... ./app/scenario/... ./app/i18n/... ./app/chart/... ./app/forecast/... ./app/report/... ./app/actuals/... ./app/share/...

.PHONY: help run build web wasm test vet unit wasm-test bench bench-e2e presets clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

run: web ## build everything and serve it on http://127.0.0.1:8000/
	$(GO) run ./cmd/kpisim serve -addr $(ADDR) -base $(BASE)

build: web ## write the deployable static site to $(DIST) (BASE=/repo/ for a path)
	$(GO) run ./cmd/kpisim build -o $(DIST) -base $(BASE)
	@echo "static site in $(DIST)/: serve it with any static file server"

web: wasm $(ECHARTS) ## the browser's files in web/: app.wasm and ECharts

# wasmpack (cmd/wasmpack) merges the linker's 100,000 data segments: the
# same memory, 180 KB less gzip. WASMGC turns inlining off except in the
# runtime and the engine's loops (app/kpi, app/forecast): 280 KB less gzip,
# and the input path and Monte Carlo as fast (README, issue 14). The bench
# builds its hello-world floor with the same flags (bench_floor_test.go).
WASMGC   := -gcflags=all=-l -gcflags=runtime/...= -gcflags=github.com/kpisim/kpisim/app/kpi= -gcflags=github.com/kpisim/kpisim/app/forecast=
# -strip-lines clears the file and line tables of Go's function table, which
# only tracebacks read: 138 KB less gzip; -strip-names the names the runtime
# only prints: 54 KB less. `make wasm STRIP=` keeps both, for a panic's
# trace with its functions, files and lines.
STRIP    ?= -strip-lines -strip-names
# The old file goes first: go build leaves a file whose build ID matches
# alone, and wasmpack keeps the ID, so a packed file would not be rebuilt
# with another STRIP.
wasm: ## web/app.wasm
	rm -f web/app.wasm
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" $(WASMGC) -o web/app.wasm ./cmd/kpisim
	$(GO) run ./cmd/wasmpack $(STRIP) web/app.wasm

# ECharts from npm at the version and integrity pinned in the lockfile,
# tree-shaken to the charts kpisim draws; its LICENSE and NOTICE ship beside it.
$(ECHARTS): web/echarts-build/package.json web/echarts-build/package-lock.json web/echarts-build/entry.js
	cd web/echarts-build && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build
	cp web/echarts-build/node_modules/echarts/LICENSE web/echarts-build/node_modules/echarts/NOTICE web/echarts/

# axe-core from npm at the version and integrity pinned in the lockfile, for
# the browser tests (cmd/kpisim/e2e_a11y_test.go) to inject into the page.
$(AXE): testdata/axe/package.json testdata/axe/package-lock.json
	cd testdata/axe && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: vet unit wasm-test ## what CI runs: vet, go test (app/forecast with -race; browser tests), core tests in wasm

vet: ## go vet, natively and for wasm
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

# app/forecast, the one package under app/ that shares state between
# goroutines (the holiday tables behind a mutex), runs with the race
# detector; the other packages start no goroutine, and -race cost them a
# minute of CI's twenty. The command's tests (mostly Chromium driving the
# built site) run without it: under -race the site's build alone takes half
# a minute each time, and the browser's side is not Go. The browser tests take
# about 15 minutes on this 2-core VM (one Chromium shared by the tests, V8's
# baseline compiler alone: README), more on a slow day: their timeout leaves
# room for such a day.
unit: web $(AXE) ## go test (app/ with -race) and the browser tests (KPISIM_E2E=1: a missing browser fails)
	$(GO) test -race -count=1 ./app/forecast
	KPISIM_E2E=1 $(GO) test -count=1 ./app/... ./scenarios/...
	KPISIM_E2E=1 $(GO) test -count=1 -timeout 30m ./cmd/...
	cd third_party/yaml && $(GO) test -count=1 ./...
	cd third_party/go-echarts && $(GO) test -count=1 ./...
	$(GO) test -count=1 github.com/maxence-charriere/go-app/v10/pkg/app # the patch's tests (PATCH.md changes 5, 6 and 9)

wasm-test: ## the core packages' tests under GOOS=js GOARCH=wasm with Node
	PATH="$(WASMEXEC):$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 $(CORE)

bench: ## engine benchmarks (the README quotes them)
	$(GO) test -run '^$$' -bench . -benchmem ./app/...

bench-e2e: web ## browser measurements: download size, time to ready, slider latency
	KPISIM_BENCH=1 $(GO) test -count=1 -timeout 20m -run TestBrowserBench -v ./cmd/kpisim

presets: ## regenerate scenarios/presets.json (what the browser loads) from the YAML presets
	$(GO) run ./cmd/kpisim presets -json > scenarios/presets.json.tmp && mv scenarios/presets.json.tmp scenarios/presets.json

clean: ## remove build outputs
	rm -rf $(DIST) web/app.wasm web/echarts web/echarts-build/node_modules testdata/axe/node_modules
