//go:build !wasm

package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The browser's build links no HTTP server or client, no TLS, no crypto, no
// templates and no package html: a go-app program brings the first four by
// default (net/http alone is 16 % of app.wasm; third_party/go-app/PATCH.md),
// go-echarts its HTML renderer (third_party/go-echarts/PATCH.md), and html's
// entity table is built at init whether used or not (20 KB gzip; go-app's
// PATCH.md change 6). Nor golang.org/x/text, whose Shift_JIS tables (71 KB
// gzip) the CLI uses for CRM exports: the page decodes with the browser's
// TextDecoder (app/ui/actuals_file.go).
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
			strings.HasPrefix(dep, "crypto/"), dep == "github.com/google/uuid", strings.HasPrefix(dep, "golang.org/x/text/"):
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

// Nor YAML's reflective codec (30 KB gzip of app.wasm): the page reads and
// writes scenario files as yaml.Nodes alone, through DecodeNode and
// EncodeNode (third_party/yaml/PATCH.md change 2). A call of Decode,
// Encode, Marshal or Unmarshal in a file that imports the codec would link
// it back.
func TestWasmYAMLNodesOnly(t *testing.T) {
	files, err := filepath.Glob("../../app/*/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no files under app/: %v", err)
	}
	// Decode and Encode on any receiver (a yaml.Decoder, a yaml.Node);
	// Marshal and Unmarshal on the package.
	reflective := map[string]bool{"Decode": true, "Encode": true, "Marshal": false, "Unmarshal": false}
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		imports := false
		for _, imp := range f.Imports {
			imports = imports || imp.Path.Value == `"go.yaml.in/yaml/v3"`
		}
		if !imports {
			continue
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			anyReceiver, listed := reflective[sel.Sel.Name]
			if x, _ := sel.X.(*ast.Ident); listed && (anyReceiver || x != nil && x.Name == "yaml") {
				t.Errorf("%s calls %s, which links YAML's reflective codec into app.wasm", name, sel.Sel.Name)
			}
			return true
		})
	}
	if checked == 0 {
		t.Error("no file under app/ imports the YAML codec: the check checked nothing")
	}
}

var deferAttr = regexp.MustCompile(`\sdefer[\s>]`)

// The page paints before ECharts (1 MB) runs: every script is deferred,
// and ECharts comes last, so app.js starts app.wasm's download and
// compile before ECharts runs (app.js then waits for it). One script
// blocks the parser: web/lang.js, which reads the visitor's language
// before the first paint; it comes before the style sheets (a script
// after them would wait for them) and is small.
func TestScriptsDeferred(t *testing.T) {
	lang, err := os.ReadFile("../../web/lang.js")
	if err != nil {
		t.Fatal(err)
	}
	if len(lang) > 2048 {
		t.Errorf("web/lang.js is %d bytes, which the first paint waits for: keep it under 2 KB", len(lang))
	}
	for _, base := range []string{"/", "/kpisim/"} {
		page, err := os.ReadFile(siteDir(t, base) + "/index.html")
		if err != nil {
			t.Fatal(err)
		}
		var srcs []string
		for _, m := range scriptTag.FindAllStringIndex(string(page), -1) {
			tag := string(page[m[0]:m[1]])
			switch {
			case tag == `<script src="`+base+`web/lang.js">`:
				if css := strings.Index(string(page), `rel="stylesheet"`); css < m[0] {
					t.Errorf("%s: %s comes after a style sheet, which it would wait for", base, tag)
				}
				continue
			case !deferAttr.MatchString(tag):
				t.Errorf("%s: %s blocks the page", base, tag)
			}
			srcs = append(srcs, tag)
		}
		if len(srcs) < 3 || !strings.Contains(srcs[len(srcs)-2], "app.js") || !strings.Contains(srcs[len(srcs)-1], "echarts.min.js") {
			t.Errorf("%s: scripts in order %q, want app.js then ECharts last", base, srcs)
		}
	}
}

// index.html holds the page pre-rendered in Japanese, go-app's, as the
// first element of <body> (the app's mount replaces it), and the English
// one after it, marked lang="en"; each id once in the document (the
// English copy has none), and no id named that is not there.
func TestPageInTwoLanguages(t *testing.T) {
	page, err := os.ReadFile(siteDir(t, "/") + "/index.html")
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	body := html[strings.Index(html, "<body>")+len("<body>"):]
	if first := strings.TrimSpace(body); !strings.HasPrefix(first, "<div") || !strings.Contains(first[:strings.Index(first, ">")], `class="app"`) {
		t.Errorf("<body>'s first element is not the Japanese page: %.80q", first)
	}
	en := strings.Index(body, `<div class="prerender-en" lang="en">`)
	if en < 0 || !strings.Contains(body[en:], "Required activity") || strings.Contains(body[:max(en, 0)], "Required activity") {
		t.Fatalf("no English page after the Japanese one (at %d)", en)
	}
	ids := map[string]int{}
	for _, m := range regexp.MustCompile(` id="([^"]*)"`).FindAllStringSubmatch(body, -1) {
		ids[m[1]]++
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q %d times", id, n)
		}
	}
	if len(ids) < 20 {
		t.Errorf("%d ids in the page", len(ids))
	}
	for _, m := range regexp.MustCompile(` (?:for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"`).FindAllStringSubmatch(body, -1) {
		for _, id := range strings.Fields(m[1]) {
			if ids[id] == 0 {
				t.Errorf("%s names id %q, which the page does not hold", m[0], id)
			}
		}
	}
}
