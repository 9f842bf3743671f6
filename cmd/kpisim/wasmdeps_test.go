//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// The browser's build links no HTTP server or client, no TLS, no crypto and
// no templates: a go-app program brings the first four by default (net/http
// alone is 16 % of app.wasm; third_party/go-app/PATCH.md), go-echarts its
// HTML renderer (third_party/go-echarts/PATCH.md).
func TestWasmLinksNoServer(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		switch {
		case dep == "net/http", dep == "html/template", dep == "text/template",
			strings.HasPrefix(dep, "crypto/"), dep == "github.com/google/uuid":
			t.Errorf("the wasm build links %s", dep)
		}
	}
}

var deferAttr = regexp.MustCompile(`\sdefer[\s>]`)

// The page paints before ECharts (1 MB) runs: every script is deferred,
// ECharts first, so it is there when app.js starts the app.
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
		if len(srcs) < 3 || !strings.Contains(srcs[0], "echarts.min.js") || !strings.Contains(srcs[len(srcs)-1], "app.js") {
			t.Errorf("%s: scripts in order %q, want ECharts first and app.js last", base, srcs)
		}
	}
}
