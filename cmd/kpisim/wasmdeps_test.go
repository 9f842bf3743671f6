//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The browser's build links no HTTP server or client and no TLS: they are
// what a go-app program brings by default, 16 % of app.wasm
// (third_party/go-app/PATCH.md). (go-echarts still brings html/template.)
func TestWasmLinksNoServer(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		switch dep {
		case "net/http", "crypto/tls":
			t.Errorf("the wasm build links %s", dep)
		}
	}
}
