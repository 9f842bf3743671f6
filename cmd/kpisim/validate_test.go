//go:build !wasm

package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Three problems: the decoder's two and the engine's one, all in one run.
	bad := write("bad.yaml", "version: 1\ngoal: {node: r, value: 100}\nnodes:\n  - {id: r, unit: count, product: [c, k, p]}\n  - {id: p, unit: count, value: -5}\n  - {id: c, unit: count, value: 1, activity: yes}\n  - {id: k, unit: rate, value: 50%, colour: red}\n")
	// What the page once refused and validate took: now the same answer.
	issue := write("issue.json", `{"version":1,"goal":{"node":"r","value":"1億"},"nodes":[{"id":"r","unit":"count","product":["c","k"]},{"id":"k","unit":"rate","value":"50%"},{"id":"c","unit":"count","value":1,"activity":"yes"}]}`)
	// Read, with the editor's caution: deals in money (the editor refuses
	// it now; a file or an older link may state it) read "ok" alone.
	money := write("money.json", `{"version":1,"goal":{"node":"r","value":"1億"},"nodes":[{"id":"r","label":{"en":"Deals","ja":"件数"},"unit":"currency","product":["c","k"]},{"id":"k","label":{"en":"Rate","ja":"率"},"unit":"rate","value":"50%"},{"id":"c","label":{"en":"Calls","ja":"架電"},"unit":"count","value":1,"activity":true}]}`)
	good := write("good.json", `{"version":1,"goal":{"node":"r","value":"1億"},"nodes":[{"id":"r","unit":"count","product":["c","k"]},{"id":"k","unit":"rate","value":"50%"},{"id":"c","unit":"count","value":1,"activity":true}]}`)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string // lines of stdout, in order
	}{
		{"every problem, English", []string{"validate", "-lang", "en", bad}, 1, []string{
			bad + ":5: p.value: must not be negative",
			bad + ":6: c.activity: must be true or false",
			bad + `:7: k.colour: unknown key; known keys are id, label, unit, product, sum, value, min, max, step, activity, ceiling`,
		}},
		{"every problem, Japanese", []string{"validate", "-lang", "ja", bad}, 1, []string{
			bad + ":5: p.value: マイナスにはできません",
			bad + ":6: c.activity: true か false にしてください",
			bad + ":7: k.colour: 不明なキーです。使えるキー: id, label, unit, product, sum, value, min, max, step, activity, ceiling",
		}},
		{"json as the browser reads it", []string{"validate", "-lang", "en", issue, good}, 1, []string{
			issue + ":1: c.activity: must be true or false",
			good + ": ok",
		}},
		{"ok in Japanese", []string{"validate", "-lang", "ja", good}, 0, []string{good + ": 問題ありません"}},
		{"a caution", []string{"validate", "-lang", "en", money}, 0, []string{money + ": ok",
			money + ": caution: Deals is Calls × Rate, so its unit is Count, not Currency: set Count, or change the units below it."}},
		{"a caution in Japanese", []string{"validate", "-lang", "ja", money}, 0, []string{money + ": 問題ありません",
			money + ": 注意: 件数は架電 × 率なので、単位は件数です（今は金額）。件数にするか、下の項目の単位を見直してください。"}},
		// Flags may follow the files, as calc's follow its scenario: -lang
		// and ja were read as two files that could not be read (exit 1).
		{"flags after the file", []string{"validate", good, "-lang", "ja"}, 0, []string{good + ": 問題ありません"}},
		{"flags between the files", []string{"validate", good, "-lang=en", issue}, 1, []string{good + ": ok", issue + ":1: c.activity: must be true or false"}},
		{"a file named like a flag, after --", []string{"validate", "-lang", "en", "--", "-lang"}, 1, []string{"-lang: cannot read: "}},
		{"dev zero", []string{"validate", "-lang", "en", "/dev/zero"}, 1, []string{"/dev/zero: the file is larger than 1 MiB; a scenario is at most 1 MiB"}},
		{"a directory", []string{"validate", "-lang", "en", dir}, 1, []string{dir + ": cannot read: "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCmd(tc.args...)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if code != tc.code || len(lines) != len(tc.want) {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, out, errOut)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("line %d = %q\nwant %q", i+1, lines[i], w)
				}
			}
		})
	}
	if out, _, code := runCmd("validate", good, "-smart", "-lang", "en"); code != 0 || !strings.HasPrefix(out, good+": ok\n  SMART  KPI\n") {
		t.Errorf("-smart after the file: exit %d\n%s", code, out)
	}
	if _, errOut, code := runCmd("validate", "-lang", "fr", good); code != 2 || !strings.Contains(errOut, "want ja or en") {
		t.Errorf("-lang fr: exit %d, %s", code, errOut)
	}
	t.Run("bad lang in a Japanese locale", func(t *testing.T) {
		t.Setenv("LC_ALL", "ja_JP.UTF-8")
		want := `kpisim validate: -lang: ja か en を指定してください（"fr" は使えません）` + "\n"
		if _, errOut, code := runCmd("validate", good, "-lang", "fr"); code != 2 || errOut != want {
			t.Errorf("exit %d, %q; want 2, %q", code, errOut, want)
		}
	})
	// One problem, one message: route-sales whose 400 accounts alone pass
	// the goal reads in validate as calc says it, in each language, with
	// the nodes' names and the amounts as money (validate said "revenueの
	// 他の項目だけで…" in Japanese and "its other terms already reach
	// 192000000, … of upsell_revenue" in English).
	preset, err := os.ReadFile("../../scenarios/route-sales.yaml")
	if err != nil {
		t.Fatal(err)
	}
	over := write("route400.yaml", strings.Replace(string(preset), "    value: 120\n", "    value: 400\n", 1))
	for _, c := range []struct{ lang, want string }{
		{"ja", "アップセル売上がなくても売上は1億9,200万円になり、必要な1億円を超えています。目標を上げるか、売上の他の項目を下げてください。"},
		{"en", "Without Upsell revenue, Revenue already reaches ¥192,000,000, above the ¥100,000,000 it must reach. Raise the goal or lower the other terms of Revenue."},
	} {
		out, _, _ := runCmd("validate", "-lang", c.lang, over)
		_, calc, _ := runCmd("calc", "-lang", c.lang, "-set", "accounts=400", "route-sales")
		if want := over + ":20: revenue: " + c.want + "\n"; out != want {
			t.Errorf("%s: validate says %q, want %q", c.lang, out, want)
		}
		if want := "kpisim calc: " + c.want + "\n"; calc != want {
			t.Errorf("%s: calc says %q, want %q", c.lang, calc, want)
		}
	}
}

// A file that cannot be read is said in -lang's language, by validate and
// by calc: validate -lang ja said 「読めません: no such file or directory」.
func TestReadProblem(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.yaml")
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string // stdout, or stderr when code is 2
	}{
		{"validate, no file, ja", []string{"validate", missing, "-lang", "ja"}, 1, missing + ": 読めません: ファイルがありません\n"},
		{"validate, no file, en", []string{"validate", missing, "-lang", "en"}, 1, missing + ": cannot read: no such file\n"},
		{"validate, a folder, ja", []string{"validate", dir, "-lang", "ja"}, 1, dir + ": 読めません: フォルダです。ファイルを指定してください\n"},
		{"validate, a folder, en", []string{"validate", dir, "-lang", "en"}, 1, dir + ": cannot read: a folder, not a file\n"},
		{"calc, a folder, ja", []string{"calc", "-lang", "ja", dir}, 2, "kpisim calc: " + dir + ": 読めません: フォルダです。ファイルを指定してください\n"},
		{"calc, a folder, en", []string{"calc", "-lang", "en", dir}, 2, "kpisim calc: " + dir + ": cannot read: a folder, not a file\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCmd(tc.args...)
			if code == 2 {
				out = errOut
			}
			if code != tc.code || out != tc.out {
				t.Errorf("exit %d, %q; want %d, %q", code, out, tc.code, tc.out)
			}
		})
	}
	// No permission to read (a test run as root reads any file).
	denied := &os.PathError{Op: "open", Path: "x.yaml", Err: fs.ErrPermission}
	for l, want := range map[i18n.Lang]string{i18n.Ja: "読む権限がありません", i18n.En: "no permission to read it"} {
		if got := readProblem(l, denied); got != want {
			t.Errorf("%s: no permission reads %q, want %q", l, got, want)
		}
	}
}

// A tree drawn in the editor has keys its maker never saw (item_2): a
// file's problem names the field by its key and its label on the page,
// in both languages, and a negative term of a sum, which may be 0, is
// told the sign's rule. It read "activity.value: must be greater than 0"
// for an expansion revenue whose 0 was taken.
func TestValidateNamesLabels(t *testing.T) {
	data, err := os.ReadFile("testdata/gap-zero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), "    value: 300000\n", "    value: -50000\n", 1)
	path := filepath.Join(t.TempDir(), "neg.yaml")
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{
		"en": path + ":20: activity.value (Expansion revenue): must not be negative",
		"ja": path + ":20: activity.value (拡張売上): マイナスにはできません",
	} {
		out, _, code := runCmd("validate", "-lang", lang, path)
		if code == 0 || strings.TrimSpace(out) != want {
			t.Errorf("%s: exit %d, %q; want %q", lang, code, out, want)
		}
	}
}
