package share_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The codec is the standard library alone: it cannot reach the page.
func TestStandardLibraryOnly(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").Output()
	if err != nil {
		t.Skip("go list:", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p != "github.com/kpisim/kpisim/app/share" {
			t.Errorf("app/share imports %s", p)
		}
	}
}
