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
		name, lang, preset string
		ceiling            [2]string // the preset's ceiling and the one written instead
		want               []string
	}{
		// The peak had read "(最大4.4件/日/人)" after 1月・2月・3月・4月・5月・6月.
		{"route sales with a ceiling of 4.2, Japanese", "ja", "route-sales", [2]string{"ceiling: 8", "ceiling: 4.2"}, []string{
			"  ✓✓✗✓✓  訪問件数\n         A: 上限4.2件/日/人を超える月があります: 1月〜6月（最も多い月で4.4件/日/人が必要）\n",
			"  ✓✓✓✓✓  リピート率\n",
			"記事の失敗パターンには当てはまりません。",
		}},
		// It had read "in Apr, May, …, Mar (at most 41.7 / rep / day)".
		{"outbound with a ceiling of 30, English", "en", "outbound", [2]string{"ceiling: 100", "ceiling: 30"}, []string{
			"  ✓✓✗✓✓  Calls\n         A: Above the ceiling of 30 / rep / day in every month (the most a month needs: 41.7 / rep / day)\n",
		}},
		{"outbound, English", "en", "outbound", [2]string{}, []string{
			"  SMART  KPI\n", "  ✓✓✓✓✓  Calls\n", "None of the article's failure patterns applies.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := "../../scenarios/" + tc.preset + ".yaml"
			if tc.ceiling[0] != "" {
				b, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Contains(b, []byte(tc.ceiling[0])) {
					t.Fatalf("%s has no %q", file, tc.ceiling[0])
				}
				file = filepath.Join(t.TempDir(), tc.preset+".yaml")
				if err := os.WriteFile(file, bytes.Replace(b, []byte(tc.ceiling[0]), []byte(tc.ceiling[1]), 1), 0o644); err != nil {
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
