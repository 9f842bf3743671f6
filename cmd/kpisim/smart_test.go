//go:build !wasm

package main

import (
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
		{"route sales, Japanese", "ja", "../../scenarios/route-sales.yaml", []string{
			"  ✓✓✗✓✓  訪問件数\n         A: 上限8件/日/人を超える月があります: 3月・6月・9月・12月",
			"  ✓✓✓✓✓  リピート率\n",
			"記事の失敗パターンには当てはまりません。",
		}},
		{"outbound, English", "en", "../../scenarios/outbound.yaml", []string{
			"  SMART  KPI\n", "  ✓✓✓✓✓  Calls\n", "None of the article's failure patterns applies.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCmd("validate", "-lang", tc.lang, "-smart", tc.file)
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
