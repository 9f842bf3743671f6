//go:build !wasm

package main

import (
	"bytes"
	"cmp"
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
		edits              [][2]string // text of the preset's file and what is written instead
		want               []string
		file               string // the edited file's name; the preset's when ""
	}{
		// The peak had read "(最大4.4件/人日)" after 1月・2月・3月・4月・5月・6月.
		{"route sales with a ceiling of 4.2, Japanese", "ja", "route-sales", [][2]string{{"ceiling: 8", "ceiling: 4.2"}}, []string{
			"  ✓✓✗✓✓  訪問件数\n         A: 上限4.2件/人日を超える月があります: 1月〜6月（最も多い月で4.4件/人日が必要）\n",
			"  ✓✓✓✓✓  リピート率\n",
			"記事の失敗パターンには当てはまりません。",
		}, ""},
		// It had read "in Apr, May, …, Mar (at most 41.7 / rep / day)".
		{"outbound with a ceiling of 30, English", "en", "outbound", [][2]string{{"ceiling: 100", "ceiling: 30"}}, []string{
			"  ✓✓✗✓✓  Calls\n         A: Above the ceiling of 30 / rep / day in every month (the most a month needs: 41.7 / rep / day)\n",
		}, ""},
		{"outbound, English", "en", "outbound", nil, []string{
			"  SMART  KPI\n", "  ✓✓✓✓✓  Calls\n", "None of the article's failure patterns applies.",
		}, ""},
		// Saved from the page with the close rate at 90 %: the file holds
		// the range as moved with it; Achievable tests it against the
		// preset's 20–30 %, as the page does. It had read "inside 72–100 %".
		{"outbound saved with the close rate moved, English", "en", "outbound", [][2]string{
			{"value: 25%", "value: 90%"}, {"close_rate: {low: 20%, likely: 25%, high: 30%}", "close_rate: {low: 72%, likely: 90%, high: 100%}"},
		}, []string{
			"  ✓✓✗✓✓  Close rate\n         A: 90% is outside the range set under Uncertainty before the value moved (20% to 30%)\n",
		}, ""},
		// The same file renamed: the range as stated travels in it
		// (stated:, which the page writes), and nothing ties the file to
		// the preset any more. It had read "inside 72–100 %" too.
		{"outbound saved with the close rate moved, renamed, Japanese", "ja", "outbound", [][2]string{
			{"value: 25%", "value: 90%"}, {"close_rate: {low: 20%, likely: 25%, high: 30%}",
				"close_rate: {low: 72%, likely: 90%, high: 100%, stated: {low: 20%, likely: 25%, high: 30%, at: 25%}}"},
		}, []string{
			"  ✓✓✗✓✓  受注率\n         A: 90%は値を動かす前に「不確実性」で設定した幅（20%〜30%）の外です\n",
		}, "team-a.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := "../../scenarios/" + tc.preset + ".yaml"
			if len(tc.edits) > 0 {
				b, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range tc.edits {
					if bytes.Count(b, []byte(e[0])) != 1 {
						t.Fatalf("%s has %q not once", file, e[0])
					}
					b = bytes.Replace(b, []byte(e[0]), []byte(e[1]), 1)
				}
				file = filepath.Join(t.TempDir(), cmp.Or(tc.file, tc.preset+".yaml"))
				if err := os.WriteFile(file, b, 0o644); err != nil {
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
