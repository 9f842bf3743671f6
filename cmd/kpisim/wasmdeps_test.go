//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// The browser's build links no HTTP server or client, no TLS, no crypto, no
// templates and no package html: a go-app program brings the first four by
// default (net/http alone is 16 % of app.wasm; third_party/go-app/PATCH.md),
// go-echarts its HTML renderer (third_party/go-echarts/PATCH.md), and html's
// entity table is built at init whether used or not (20 KB gzip; go-app's
// PATCH.md change 6).
func TestWasmLinksNoServer(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		switch {
		case dep == "net/http", dep == "html/template", dep == "text/template", dep == "html",
			strings.HasPrefix(dep, "crypto/"), dep == "github.com/google/uuid":
			t.Errorf("the wasm build links %s", dep)
		}
	}
}

// Nor regexp (with regexp/syntax and the unicode tables, 117 KB gzip of
// app.wasm): the YAML codec (third_party/yaml/PATCH.md), go-echarts and
// scenario's YAML errors match by hand. go-app's router still imports it,
// for RouteWithRegexp alone, which kpisim never calls: the linker leaves it
// out (third_party/go-app/PATCH.md change 4).
func TestWasmLinksNoRegexp(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}} {{join .Imports " "}}`, ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		for _, imp := range f[1:] {
			if imp == "regexp" && f[0] != "github.com/maxence-charriere/go-app/v10/pkg/app" {
				t.Errorf("%s imports regexp into the wasm build", f[0])
			}
		}
	}
	src, err := exec.Command("grep", "-rl", "--include=*.go", "--exclude=*_test.go", "RouteWithRegexp", "../../app", ".").CombinedOutput()
	if len(strings.TrimSpace(string(src))) > 0 {
		t.Errorf("kpisim calls RouteWithRegexp, which links regexp into app.wasm: %s", src)
	}
	_ = err // grep exits 1 when it finds nothing
}

var deferAttr = regexp.MustCompile(`\sdefer[\s>]`)

// The page paints before ECharts (1 MB) runs: every script is deferred,
// and ECharts comes last, so app.js starts app.wasm's download and
// compile before ECharts runs (app.js then waits for it).
func TestScriptsDeferred(t *testing.T) {
	for _, base := range []string{"/", "/kpisim/"} {
		page, err := os.ReadFile(siteDir(t, base) + "/index.html")
		if err != nil {
			t.Fatal(err)
		}
		var srcs []string
		for _, tag := range scriptTag.FindAllString(string(page), -1) {
			if !deferAttr.MatchString(tag) {
				t.Errorf("%s: %s blocks the page", base, tag)
			}
			srcs = append(srcs, tag)
		}
		if len(srcs) < 3 || !strings.Contains(srcs[len(srcs)-2], "app.js") || !strings.Contains(srcs[len(srcs)-1], "echarts.min.js") {
			t.Errorf("%s: scripts in order %q, want app.js then ECharts last", base, srcs)
		}
	}
}
