//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// validate -smart prints each KPI's five results and the reason of a
// failed test, in the language asked; the exit code stays the file's.
func TestValidateSmart(t *testing.T) {
	for _, tc := range []struct {
		name, lang, file string
		want             []string
	}{
		{"route sales with a ceiling of 4.2, Japanese", "ja", "route-sales-4.2.yaml", []string{
			"  ✓✓✗✓✓  訪問件数\n         A: 上限4.2件/日/人を超える月があります: 1月・2月・3月・4月・5月・6月（最大4.4件/日/人）",
			"  ✓✓✓✓✓  リピート率\n",
			"記事の失敗パターンには当てはまりません。",
		}},
		{"outbound, English", "en", "../../scenarios/outbound.yaml", []string{
			"  SMART  KPI\n", "  ✓✓✓✓✓  Calls\n", "None of the article's failure patterns applies.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := tc.file
			if file == "route-sales-4.2.yaml" { // January to June need 4.4 visits a rep a day
				b, err := os.ReadFile("../../scenarios/route-sales.yaml")
				if err != nil {
					t.Fatal(err)
				}
				file = filepath.Join(t.TempDir(), file)
				if err := os.WriteFile(file, bytes.Replace(b, []byte("ceiling: 8"), []byte("ceiling: 4.2"), 1), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			out, errOut, code := runCmd("validate", "-lang", tc.lang, "-smart", file)
			if code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
