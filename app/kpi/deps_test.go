package kpi_test

import (
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// The core packages know nothing of the browser, the UI or the network:
// app/kpi uses the standard library only, and the other core packages add
// only the YAML library (for the scenario file codec) and the holiday
// calendar (for business days); i18n and report, which write the figures,
// stand on the core only; actuals on jpnum, the one reading of Japanese
// units, which stands on the standard library.
func TestCorePackagesArePure(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("go list cannot run inside WebAssembly")
	}
	allowed := map[string][]string{
		"github.com/kpisim/kpisim/app/kpi":      nil,
		"github.com/kpisim/kpisim/app/scenario": {"go.yaml.in/yaml/v3", "github.com/kpisim/kpisim/", "github.com/rickar/cal/v2"},
		"github.com/kpisim/kpisim/app/forecast": {"github.com/kpisim/kpisim/", "github.com/rickar/cal/v2"},
		"github.com/kpisim/kpisim/app/i18n":     {"github.com/kpisim/kpisim/app/kpi"},
		"github.com/kpisim/kpisim/app/report":   {"github.com/kpisim/kpisim/", "github.com/rickar/cal/v2"},
		"github.com/kpisim/kpisim/app/actuals":  {"github.com/kpisim/kpisim/app/jpnum"},
		"github.com/kpisim/kpisim/app/jpnum":    nil,
		"github.com/kpisim/kpisim/app/share":    nil,
	}
	forbidden := []string{"syscall/js", "net/http", "github.com/maxence-charriere/go-app", "github.com/go-echarts"}
	for pkg, extra := range allowed {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", pkg).CombinedOutput()
		if err != nil {
			if strings.Contains(string(out), "cannot find") || strings.Contains(string(out), "no required module") || strings.Contains(string(out), "is not in std") {
				continue // a package not written yet
			}
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			ok := dep == pkg
			for _, prefix := range extra {
				ok = ok || strings.HasPrefix(dep, prefix)
			}
			for _, f := range forbidden {
				if strings.HasPrefix(dep, f) {
					ok = false
				}
			}
			if !ok {
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
		std, _ := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg).Output()
		for _, dep := range strings.Fields(string(std)) {
			for _, f := range forbidden {
				if dep == f {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
