package actuals_test

import (
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// The importer stands on the standard library alone, and on app/jpnum,
// the one reading of Japanese units, which does too.
func TestStandardLibraryOnly(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("go list cannot run inside WebAssembly")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", "github.com/kpisim/kpisim/app/actuals").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep != "github.com/kpisim/kpisim/app/actuals" && dep != "github.com/kpisim/kpisim/app/jpnum" {
			t.Errorf("depends on %s", dep)
		}
	}
}
