//go:build !wasm

package main

import (
	"os"
	"strings"
	"testing"
)

// A file imported again whose September row is refused (#VALUE! in its
// 売上) says the row was left out, not that September is missing from the
// file; an empty file says it is empty, not that it has no header row.
// Both in the language of -lang, as the page says them
// (report.KeptNote, report.Problem).
func TestActualsCLIRefusedAndEmpty(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		path := dir + "/" + name
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("good.csv", "年月,売上\n2026年4月,6000000\n2026年9月,7000000\n")
	bad := write("bad.csv", "年月,売上\n2026年4月,6000000\n2026年9月,#VALUE!\n")
	empty := write("empty.csv", "")
	for _, tc := range []struct {
		name, lang string
		args       []string
		want, not  string
	}{
		{"refused row, ja", "ja", []string{"-actuals", good, "-actuals", bad, "outbound"}, "2026年9月は行を読み込めなかったため（問題を参照）、それまでの実績をそのまま使っています。", "このファイルにない"},
		{"refused row, en", "en", []string{"-actuals", good, "-actuals", bad, "outbound"}, "Sep 2026: its row was left out (see the problems), so the actuals held before stay.", "not in this file"},
		{"empty, ja", "ja", []string{"-actuals", empty, "outbound"}, "ファイルが空です", "見出し行がありません"},
		{"empty, en", "en", []string{"-actuals", empty, "outbound"}, "the file is empty", "no header row"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, _ := runCmd(append([]string{"forecast", "-lang", tc.lang}, tc.args...)...)
			if !strings.Contains(stderr, tc.want) || strings.Contains(stderr, tc.not) {
				t.Errorf("stderr:\n%s\nwant %q in it, not %q", stderr, tc.want, tc.not)
			}
		})
	}
}
