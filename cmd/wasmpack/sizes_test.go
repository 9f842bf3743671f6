package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestPkgOf(t *testing.T) {
	for _, tc := range []struct{ name, fn, want string }{
		{"a method of a module's package", "github.com_kpisim_kpisim_app_ui.__Page_.presentation", "github.com_kpisim_kpisim_app_ui"},
		{"a dotted domain", "go.yaml.in_yaml_v3.__parser_.parse", "go.yaml.in_yaml_v3"},
		{"the runtime", "runtime.mallocgc", "runtime"},
		{"an underscore in a function's name", "runtime.gc_drain.func1", "runtime"},
		{"a standard package's path", "internal_runtime_maps.__Map_.Get", "internal_runtime_maps"},
		{"a generic instance", "slices.pdqsortCmpFunc_go.shape.int_", "slices"},
		{"no dot", "wasm_export_run", "wasm_export_run"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pkgOf(tc.fn); got != tc.want {
				t.Errorf("pkgOf(%q) = %q, want %q", tc.fn, got, tc.want)
			}
		})
	}
}

// A module built with its names lists main.main among its functions, the
// sizes summing to the code section's bodies; one built with -s says to
// build without it.
func TestSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm module")
	}
	build := func(flags ...string) []byte {
		out := filepath.Join(t.TempDir(), "hello.wasm")
		cmd := exec.Command("go", append(append([]string{"build", "-trimpath"}, flags...), "-o", out, "./testdata/hello")...)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, b)
		}
		return mustRead(t, out)
	}
	fs, err := sizes(build())
	if err != nil {
		t.Fatal(err)
	}
	seen := false
	for i, f := range fs {
		seen = seen || f.Name == "main.main" && f.Size > 0
		if i > 0 && f.Size > fs[i-1].Size {
			t.Fatalf("not largest first: %v then %v", fs[i-1], f)
		}
	}
	if !seen || len(fs) < 100 {
		t.Errorf("%d functions, main.main among them: %v", len(fs), seen)
	}
	var w bytes.Buffer
	writeSizes(&w, fs, true, 5)
	if lines := strings.Split(strings.TrimSpace(w.String()), "\n"); len(lines) != 6 || !strings.Contains(w.String(), " runtime\n") || !strings.HasSuffix(lines[5], "total code bytes") {
		t.Errorf("by package:\n%s", w.String())
	}
	if _, err := sizes(build("-ldflags=-s -w")); err == nil || !strings.Contains(err.Error(), "without -ldflags=-s") {
		t.Errorf("a stripped module: %v", err)
	}
}
