//go:build !wasm

package main

// The floors kpisim is measured against (issue 14), built the way kpisim
// is and served the way it is: a hello-world go-app program
// (testdata/floor/hello), a plain-JS funnel page and an ECharts-only page
// (testdata/floor/*.html).

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// benchSite writes kpisim's static site as kpisim build does, brotli at
// quality 11 (siteDir's copies are quicker, at 6, and larger).
func benchSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := buildSiteWith(dir, filepath.Join("..", "..", "web"), "/", brotliBest); err != nil {
		t.Fatal(err)
	}
	return dir
}

// helloSite builds testdata/floor/hello as make wasm builds kpisim (packed
// by wasmpack too), writes its static site with the native build of the same
// program, and finishes it as kpisim's: the icons, kpisim's loader appended
// to app.js (boot.js, so both wasm binaries load the same way) and .br/.gz
// copies at brotli quality 11. The worker is go-app's own.
func helloSite(t *testing.T) string {
	t.Helper()
	const pkg = "./testdata/floor/hello"
	dir := t.TempDir()
	wasm := filepath.Join(t.TempDir(), "app.wasm")
	args := append([]string{"build", "-trimpath", "-ldflags=-s -w"}, makeWasmGC(t)...)
	goCmd(t, []string{"GOOS=js", "GOARCH=wasm"}, append(args, "-o", wasm, pkg)...)
	goCmd(t, nil, append(append([]string{"run", "../wasmpack"}, makeVar(t, "STRIP")...), wasm)...)
	st, err := os.Stat(wasm)
	if err != nil {
		t.Fatal(err)
	}
	goCmd(t, nil, "run", pkg, dir, strconv.FormatInt(st.Size(), 10))
	for dst, src := range map[string]string{
		"web/app.wasm":     wasm,
		"web/icon-192.png": "../../web/icon-192.png",
		"web/icon-512.png": "../../web/icon-512.png",
		"web/icon.svg":     "../../web/icon.svg",
	} {
		if err := copyFile(filepath.Join(dir, dst), src); err != nil {
			t.Fatal(err)
		}
	}
	if err := editFile(filepath.Join(dir, "app.js"), func(js string) (string, error) {
		return js + strings.NewReplacer("{{KPISIM_WASM}}", "/web/app.wasm", "{{KPISIM_WORKER}}", "/app-worker.js").Replace(bootJS), nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := precompress(dir, brotliBest); err != nil {
		t.Fatal(err)
	}
	return dir
}

// makeWasmGC is the Makefile's WASMGC: the -gcflags make wasm builds
// app.wasm with.
func makeWasmGC(t *testing.T) []string {
	return makeVar(t, "WASMGC")
}

// makeVar is the words the Makefile gives name, with := or ?=.
func makeVar(t *testing.T, name string) []string {
	t.Helper()
	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(mk), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			v = strings.TrimSpace(v)
			for _, op := range []string{":=", "?="} {
				if v, ok := strings.CutPrefix(v, op); ok {
					return strings.Fields(v)
				}
			}
		}
	}
	t.Fatalf("the Makefile sets no %s", name)
	return nil
}

// floorPages is a site of the two static floor pages, funnel.html and
// echarts.html (their scripts in files: kpisim's server sends a policy
// that allows no inline script), with the ECharts kpisim ships under
// web/echarts.
func floorPages(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "web", "echarts"), 0o755); err != nil {
		t.Fatal(err)
	}
	for dst, src := range map[string]string{
		"funnel.html":                "testdata/floor/funnel.html",
		"funnel.js":                  "testdata/floor/funnel.js",
		"echarts.html":               "testdata/floor/echarts.html",
		"echarts-page.js":            "testdata/floor/echarts-page.js",
		"web/echarts/echarts.min.js": "../../web/echarts/echarts.min.js",
	} {
		if err := copyFile(filepath.Join(dir, dst), src); err != nil {
			t.Fatal(err)
		}
	}
	if err := precompress(dir, brotliBest); err != nil {
		t.Fatal(err)
	}
	return dir
}

// serveDir serves a built site at the root as kpisim serve does (the
// .br and .gz copies to browsers that accept them).
func serveDir(t *testing.T, dir string) string {
	url, _ := serveCounted(t, dir)
	return url
}

// serveCounted is serveDir that also counts the bytes of the bodies it has
// sent (a 304 sends none).
func serveCounted(t *testing.T, dir string) (url string, sent *atomic.Int64) {
	t.Helper()
	site, sent := siteHandler(dir, "/"), new(atomic.Int64)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingWriter{ResponseWriter: w}
		site.ServeHTTP(cw, r)
		sent.Add(int64(cw.n))
	}))
	t.Cleanup(srv.Close)
	return srv.URL, sent
}

// goCmd runs the go command in this package's folder with env added.
func goCmd(t *testing.T, env []string, args ...string) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goBin, args...)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}
