//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/parser"
	"go/token"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func runCmd(args ...string) (stdout, stderr string, code int) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return o.String(), e.String(), code
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update to accept):\n%s", name, got)
	}
}

func TestCalcGolden(t *testing.T) {
	// The presets' plan year is the one running on a fixed day.
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"calc-outbound-en.golden", []string{"calc", "-lang", "en"}},
		{"calc-outbound-ja.golden", []string{"calc", "-lang", "ja", "outbound"}},
		{"calc-close20-en.golden", []string{"calc", "-lang", "en", "-set", "close_rate=20%"}},
		{"calc-route-sales-en.golden", []string{"calc", "-lang", "en", "route-sales"}},
		{"calc-solve-close-rate-en.golden", []string{"calc", "-lang", "en", "-solve", "close_rate", "-set", "calls=50"}},
		{"calc-outbound.csv.golden", []string{"calc", "-csv", "-lang", "en"}},
		{"calc-outbound.json.golden", []string{"calc", "-json", "-lang", "en"}},
		{"forecast-outbound-en.golden", []string{"forecast", "-lang", "en", "-trials", "1000"}},
		{"forecast-field-sales-ja.golden", []string{"forecast", "-lang", "ja", "field-sales"}},
		{"forecast-route-sales.csv.golden", []string{"forecast", "-csv", "route-sales"}},
		{"sensitivity-route-sales-en.golden", []string{"sensitivity", "-lang", "en", "route-sales"}},
		// Long labels at the widths of a narrow, the default and a wide
		// terminal (TestCalcLongLabels checks what these show).
		{"calc-long-labels-en-80.golden", []string{"calc", "-lang", "en", "-width", "80", "testdata/long-labels.yaml"}},
		{"calc-long-labels-en-100.golden", []string{"calc", "-lang", "en", "testdata/long-labels.yaml"}},
		{"calc-long-labels-en-120.golden", []string{"calc", "-lang", "en", "-width", "120", "testdata/long-labels.yaml"}},
		{"calc-long-labels-ja-80.golden", []string{"calc", "-lang", "ja", "-width", "80", "testdata/long-labels.yaml"}},
		{"calc-long-labels-ja-100.golden", []string{"calc", "-lang", "ja", "testdata/long-labels.yaml"}},
		{"calc-long-labels-ja-120.golden", []string{"calc", "-lang", "ja", "-width", "120", "testdata/long-labels.yaml"}},
		{"sensitivity-long-labels-ja-100.golden", []string{"sensitivity", "-lang", "ja", "testdata/long-labels.yaml"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			out, errOut, code := runCmd(tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden(t, tc.golden, out)
		})
	}
}

// The -json output is an interface: check the worked example through it,
// as a script would.
func TestCalcJSON(t *testing.T) {
	out, errOut, code := runCmd("calc", "-json")
	if code != 0 {
		t.Fatal(errOut)
	}
	var r Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	byID := map[string]ReportNode{}
	for _, n := range r.Nodes {
		byID[n.ID] = n
	}
	for _, tc := range []struct {
		node, period string
		exact        float64
		target       float64
	}{
		{"deals", "year", 100, 100},
		{"deals", "quarter", 25, 25},
		{"opportunities", "year", 400, 400},
		{"opportunities", "quarter", 100, 100},
		{"opportunities", "month", 400.0 / 12, 34},
		{"first_meetings", "year", 2000, 2000},
		{"calls", "year", 100000, 100000},
		{"calls", "day", 100000.0 / 240, 416.7},
		{"calls", "rep_day", 100000.0 / 2400, 41.7},
	} {
		n := byID[tc.node]
		if got := n.Required[tc.period]; math.Abs(got-tc.exact) > 1e-9 {
			t.Errorf("%s required.%s = %v, want %v", tc.node, tc.period, got, tc.exact)
		}
		if got := n.Target[tc.period]; got != tc.target {
			t.Errorf("%s target.%s = %v, want %v", tc.node, tc.period, got, tc.target)
		}
	}
	if r.Forecast != 96_000_000 || r.Gap != -4_000_000 {
		t.Errorf("forecast %v gap %v, want 96,000,000 and -4,000,000", r.Forecast, r.Gap)
	}
	if v := byID["close_rate"].Value; v == nil || *v != 0.25 {
		t.Errorf("close_rate value = %v, want 0.25", v)
	}
	if byID["close_rate"].Required != nil {
		t.Error("close_rate is not on the path to calls; it has no required value")
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\ngoal: {node: revenue, value: 1}\nnodes:\n  - id: revenue\n    unit: currency\n    product: [a]\n  - id: a\n    unit: rate\n    vaule: 3\n"), 0o644)
	// A count of 5 added to revenue: validate said ok and calc ¥960,000,005.
	mixed := filepath.Join(dir, "mixed.yaml")
	os.WriteFile(mixed, []byte("version: 1\ngoal: {node: revenue, value: 1億}\nnodes:\n  - id: revenue\n    unit: currency\n    sum: [a, b]\n"+
		"  - {id: a, unit: currency, product: [price, deals]}\n  - {id: price, unit: currency, value: 100万}\n"+
		"  - {id: deals, unit: count, value: 0.4, activity: true}\n  - {id: b, unit: count, value: 5}\n"), 0o644)
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"version":1,"goal":{"node":"r","value":100},"nodes":[{"id":"r","unit":"count","product":["c"]},{"id":"c","unit":"count","value":1,"activity":true}]}`), 0o644)
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"no command", nil, 2, "", "Usage:"},
		{"help", []string{"help"}, 0, "kpisim calc", ""},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"unknown preset", []string{"calc", "nope"}, 2, "", `"nope" is neither a preset`},
		{"zero close rate", []string{"calc", "-set", "close_rate=0%"}, 2, "", "-set close_rate: must be more than 0% and at most 100%"},
		{"negative price", []string{"calc", "-set", "unit_price=-1"}, 2, "", "-set unit_price: must be greater than 0"},
		{"bad -set", []string{"calc", "-set", "close_rate"}, 2, "", "want id=value"},
		{"bad rounding", []string{"calc", "-rounding", "up"}, 2, "", `unknown rounding "up"`},
		{"bad lang", []string{"calc", "-lang", "fr"}, 2, "", "want ja or en"},
		{"unknown flag", []string{"calc", "-x"}, 2, "", "flag provided but not defined"},
		{"unreachable rate", []string{"calc", "-solve", "close_rate", "-set", "calls=5"}, 2, "", "a rate is at most 100%"},
		{"zero activity", []string{"calc", "-solve", "close_rate", "-set", "calls=0"}, 2, "", "Calls is 0, so the goal can never be reached"},
		{"invalid file in calc", []string{"calc", bad}, 2, "", "line 7"},
		{"validate", []string{"validate", bad, good}, 1, "bad.yaml:9: a.vaule: unknown key (did you mean \"value\"?)", ""},
		{"validate ok", []string{"validate", good, "../../scenarios/outbound.yaml"}, 0, "good.json: ok", ""},
		{"validate missing", []string{"validate", filepath.Join(dir, "none.yaml")}, 1, "cannot read", ""},
		{"validate nothing", []string{"validate"}, 2, "", "name at least one"},
		{"json file", []string{"calc", "-lang", "en", good}, 0, "Required: c 0.5 / rep / day (exact 0.4167, round up); planned 1", ""},
		{"too many trials", []string{"forecast", "-trials", "1000000"}, 2, "", "-trials: want 0 to 100,000, not 1000000"},
		{"bad seed", []string{"forecast", "-seed", "x"}, 2, "", "-seed: want a whole number"},
		{"forecast bad set", []string{"forecast", "-set", "close_rate=0"}, 2, "", "-set close_rate: must be more than 0%"},
		{"sensitivity unknown preset", []string{"sensitivity", "nope"}, 2, "", `"nope" is neither a preset`},
		// A refused -set and a file's problem read in the language of -lang,
		// with the rule it breaks (the page's words, app/scenario RuleText).
		{"goal too large", []string{"calc", "-lang", "en", "-set", "goal.value=1e16"}, 2, "", "-set goal.value: cannot be above the maximum ¥1,000,000,000,000,000"},
		{"goal too large in Japanese", []string{"calc", "-lang", "ja", "-set", "goal.value=1e16"}, 2, "", "-set goal.value: 最大値1,000兆円を超えられません"},
		{"zero close rate in Japanese", []string{"calc", "-lang", "ja", "-set", "close_rate=0%"}, 2, "", "-set close_rate: 0%より大きく100%以下にしてください"},
		{"not a number in Japanese", []string{"calc", "-lang", "ja", "-set", "close_rate=abc"}, 2, "", "-set close_rate: 数値を入力してください"},
		{"no such lever in Japanese", []string{"calc", "-lang", "ja", "-set", "成約率=20%"}, 2, "", "-set 成約率: このシナリオのレバーではありません"},
		{"eight days a week in Japanese", []string{"forecast", "-lang", "ja", "-set", "calendar.days_per_week=8"}, 2, "", "-set calendar.days_per_week: 最大値7を超えられません"},
		{"computed node in Japanese", []string{"sensitivity", "-lang", "ja", "-set", "deals=5"}, 2, "", "-set deals: 下位の項目から計算されます"},
		{"invalid file in Japanese", []string{"calc", "-lang", "ja", bad}, 2, "", "7行目: "},
		// A goal too small to compute is not said to be too large: a money
		// goal is at least 1 (¥0.0001 had read "Goal ¥0").
		{"goal too small in Japanese", []string{"calc", "-lang", "ja", "-set", "goal.value=1e-300"}, 2, "", "-set goal.value: 最小値1円より小さくできません"},
		{"goal too small", []string{"calc", "-lang", "en", "-set", "goal.value=1e-300"}, 2, "", "-set goal.value: cannot be below the minimum ¥1"},
		// English says the rule as the page does: the limit in the value's unit
		// (the engine's own words quoted 2e15 yen ungrouped).
		{"money above its limit", []string{"calc", "-lang", "en", "-set", "unit_price=2e15"}, 2, "", "-set unit_price: cannot be above the maximum ¥1,000,000,000,000,000"},
		// Beyond its slider's ends a lever widens them, as the page's field does.
		{"a lever beyond its slider", []string{"calc", "-lang", "en", "-set", "calls=250"}, 0, "planned 250", ""},
		{"bad -set in Japanese", []string{"calc", "-lang", "ja", "-set", "close_rate"}, 2, "", `-set "close_rate": id=値 の形で書いてください（例: close_rate=20%）`},
		// Usage errors read in -lang's language too, even those the flag
		// package makes before -lang is read.
		{"unknown preset in Japanese", []string{"calc", "-lang", "ja", "nope"}, 2, "", `"nope" はプリセット（`},
		{"bad rounding in Japanese", []string{"calc", "-lang", "ja", "-rounding", "up"}, 2, "", `-rounding: 丸め方 "up" は使えません`},
		{"unknown flag in Japanese", []string{"calc", "-x", "-lang", "ja"}, 2, "", "-x というフラグはありません（kpisim calc -h で一覧を表示）"},
		{"unknown flag, -lang=ja", []string{"validate", "-lang=ja", "-x"}, 2, "", "-x というフラグはありません（kpisim validate -h で一覧を表示）"},
		{"bad flag value in Japanese", []string{"forecast", "-lang", "ja", "-trials", "many"}, 2, "", `-trials の値 "many" が読めません`},
		{"bad flag value", []string{"forecast", "-trials", "many"}, 2, "", `invalid value "many" for flag -trials (run kpisim forecast -h)`},
		{"flag without value in Japanese", []string{"calc", "-lang", "ja", "-set"}, 2, "", "-set には値が必要です"},
		{"two scenarios in Japanese", []string{"calc", "-lang", "ja", "outbound", "velocity"}, 2, "", "プリセットかファイルは1つだけ指定してください（2個あります）"},
		{"json and csv in Japanese", []string{"calc", "-lang", "ja", "-json", "-csv"}, 2, "", "-json と -csv はどちらか一方だけ"},
		{"unknown command in Japanese", []string{"frobnicate", "-lang", "ja"}, 2, "", `コマンド "frobnicate" はありません`},
		{"empty key in Japanese", []string{"calc", "-lang", "ja", "-set", "=20%"}, 2, "", `-set "=20%": id=値 の形で書いてください`},
		// validate, presets and forecast's own flags said theirs in English.
		{"validate nothing in Japanese", []string{"validate", "-lang", "ja"}, 2, "", "シナリオファイルを1つ以上指定してください"},
		{"presets argument in Japanese", []string{"presets", "-lang", "ja", "outbound"}, 2, "", `presets に指定できるのは -lang と -json だけです（"outbound" は使えません）`},
		{"too many trials in Japanese", []string{"forecast", "-lang", "ja", "-trials", "1000000"}, 2, "", "-trials: 0〜100,000 の整数にしてください（1000000 は使えません）"},
		{"negative trials", []string{"forecast", "-lang", "en", "-trials", "-5"}, 2, "", "-trials: want 0 to 100,000, not -5"},
		{"bad seed in Japanese", []string{"forecast", "-lang", "ja", "-seed", "x"}, 2, "", `-seed: 0以上の整数にしてください（"x" は使えません）`},
		{"too narrow", []string{"calc", "-lang", "en", "-width", "20"}, 2, "", "-width: want 40 to 1000 columns (0: the terminal's), not 20"},
		{"too narrow in Japanese", []string{"sensitivity", "-lang", "ja", "-width", "-1"}, 2, "", "-width: 40〜1000 の整数にしてください（0 は端末の幅。-1 は使えません）"},
		// A scenario that does not solve says why in the language of
		// -lang, as the page does: not the engine's English and raw numbers.
		{"other terms past the goal in Japanese", []string{"calc", "-lang", "ja", "-set", "accounts=1000", "route-sales"}, 2, "", "kpisim calc: アップセル売上がなくても売上は4億8,000万円になり、必要な1億円を超えています。目標を上げるか、売上の他の項目を下げてください。"},
		{"forecast past the goal in Japanese", []string{"forecast", "-lang", "ja", "-set", "accounts=1000", "route-sales"}, 2, "", "kpisim forecast: アップセル売上がなくても売上は4億8,000万円になり、必要な1億円を超えています。目標を上げるか、売上の他の項目を下げてください。"},
		{"sensitivity past the goal in Japanese", []string{"sensitivity", "-lang", "ja", "-set", "accounts=1000", "route-sales"}, 2, "", "kpisim sensitivity: アップセル売上がなくても売上は4億8,000万円になり、必要な1億円を超えています。目標を上げるか、売上の他の項目を下げてください。"},
		{"unreachable rate in Japanese", []string{"calc", "-lang", "ja", "-solve", "close_rate", "-set", "calls=5"}, 2, "", "目標には受注率が208.33%必要ですが、率は100%が上限です。"},
		{"zero activity in Japanese", []string{"calc", "-lang", "ja", "-solve", "close_rate", "-set", "calls=0"}, 2, "", "架電数が0のため、目標には届きません。"},
		// A sum adds money only to money, said as a file's problems are.
		{"money and a count in a sum", []string{"calc", "-lang", "en", mixed}, 2, "", `mixed.yaml: line 6: revenue.sum: "b" is in count but revenue is in currency; the terms of a sum or difference must be in its unit (money only with money`},
		{"validate money and a count", []string{"validate", "-lang", "en", mixed}, 1, `mixed.yaml:6: revenue.sum: "b" is in count but revenue is in currency`, ""},
		{"validate money and a count in Japanese", []string{"validate", "-lang", "ja", mixed}, 1, `mixed.yaml:6: revenue.sum: 「b」の単位は件数（count）、「revenue」の単位は金額（currency）です。和・差の項は同じ種類の単位にしてください。金額は金額とだけ`, ""},
		{"money and a count in Japanese", []string{"forecast", "-lang", "ja", mixed}, 2, "", `6行目: revenue.sum: 「b」の単位は件数（count）`},
		{"goal in 千万", []string{"calc", "-lang", "en", "-set", "goal.value=5千万"}, 0, "Revenue ¥50,000,000 a year", ""},
		{"goal in 億 and 万", []string{"calc", "-lang", "ja", "-set", "goal.value=1億2,000万"}, 0, "売上 年間1億2,000万円", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCmd(tc.args...)
			if code != tc.code || !strings.Contains(out, tc.stdout) || !strings.Contains(errOut, tc.stderr) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s\nwant stdout ~ %q, stderr ~ %q", code, tc.code, out, errOut, tc.stdout, tc.stderr)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") > 0 && tc.code == 2 && len(tc.args) > 0 && tc.args[0] != "help" {
				t.Errorf("bad input should give a one-line error, got:\n%s", errOut)
			}
			if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
				t.Errorf("stack trace on stderr:\n%s", errOut)
			}
		})
	}
}

// The doc comment is the usage text: they must not drift apart.
func TestUsageMatchesDoc(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	doc := f.Doc.Text()
	for _, line := range strings.Split(usage, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "kpisim:") && !strings.Contains(doc, line) {
			t.Errorf("usage line %q is not in the doc comment", line)
		}
	}
}

// The same seed gives the same bands; another seed other ones. The median
// lands near the deterministic plan.
func TestForecastSeeded(t *testing.T) {
	get := func(args ...string) ForecastReport {
		out, errOut, code := runCmd(append([]string{"forecast", "-json", "-trials", "2000"}, args...)...)
		if code != 0 {
			t.Fatal(errOut)
		}
		var r ForecastReport
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	a, b, c := get("-seed", "7"), get("-seed", "7"), get("-seed", "8")
	last := func(r ForecastReport) forecast.Quantiles { return *r.Months[len(r.Months)-1].Cum90 }
	if *a.ProbGoal != *b.ProbGoal || last(a) != last(b) {
		t.Errorf("seed 7 twice: %v %v, %v %v", *a.ProbGoal, last(a), *b.ProbGoal, last(b))
	}
	if last(a) == last(c) {
		t.Error("seeds 7 and 8 gave the same bands")
	}
	// The text says the chance as the page does (i18n.Chance, one decimal:
	// 45.5 %, where two decimals printed the 3,000 trials' 45.47 %).
	p := get("-seed", "7", "-trials", "3000").ProbGoal
	out, errOut, code := runCmd("forecast", "-lang", "en", "-seed", "7", "-trials", "3000")
	if code != 0 {
		t.Fatal(errOut)
	}
	if want := "Probability of reaching the goal: " + i18n.Chance(*p, false) + " (3,000 trials"; !strings.Contains(out, want) {
		t.Errorf("forecast does not say %q:\n%s", want, out)
	}
	if q := last(a); q.P10 > q.P50 || q.P50 > q.P90 || math.Abs(q.P50-a.Forecast) > 0.05*a.Forecast {
		t.Errorf("year-end bands %+v around a forecast of %v", q, a.Forecast)
	}
}

// TestCommandHelp: kpisim COMMAND -h prints the command's usage line and
// every flag it takes, on stdout, and exits 0; each flag it lists is one
// the command knows.
func TestCommandHelp(t *testing.T) {
	for _, c := range []struct {
		cmd   string
		flags []string
	}{
		{"calc", []string{"-set", "-lang", "-json", "-csv", "-width", "-solve", "-rounding", "-wide"}},
		{"forecast", []string{"-set", "-lang", "-json", "-csv", "-width", "-trials", "-seed", "-actuals"}},
		{"sensitivity", []string{"-set", "-lang", "-json", "-csv", "-width"}},
		{"validate", []string{"-lang", "-smart"}},
		{"presets", []string{"-lang", "-json"}},
		{"serve", []string{"-addr", "-dir", "-base", "-web"}},
		{"build", []string{"-o", "-base", "-web"}},
	} {
		for _, h := range []string{"-h", "--help"} {
			out, errOut, code := runCmd(c.cmd, h)
			if code != 0 || errOut != "" {
				t.Errorf("kpisim %s %s: exit %d, stderr %q", c.cmd, h, code, errOut)
			}
			if !strings.Contains(out, "kpisim "+c.cmd+" ") {
				t.Errorf("kpisim %s %s has no usage line:\n%s", c.cmd, h, out)
			}
			var listed []string
			for _, line := range strings.Split(out, "\n") {
				if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(line, "\t-") {
					listed = append(listed, f[0])
				}
			}
			if !slices.Equal(listed, c.flags) {
				t.Errorf("kpisim %s %s lists %v, want %v", c.cmd, h, listed, c.flags)
			}
		}
		// Each flag listed is defined: "-x" after it is either its value or
		// the one undefined flag.
		if c.cmd == "serve" || c.cmd == "build" {
			continue // they would serve or write a site
		}
		for _, f := range c.flags {
			_, errOut, _ := runCmd(c.cmd, f, "-x")
			if strings.Contains(errOut, "not defined: "+f) {
				t.Errorf("kpisim %s lists %s, which it does not take: %s", c.cmd, f, errOut)
			}
		}
	}
}

// TestCommandHelpStreams: help asked for goes to stdout with exit 0, so
// that kpisim help | less shows it, whichever way it is asked (it went to
// stderr); a usage error goes to stderr with exit 2.
func TestCommandHelpStreams(t *testing.T) {
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		stdout string // the start of stdout, "" for none
		stderr string // in stderr, "" for none
	}{
		{"help", []string{"help"}, 0, usage, ""},
		{"-h", []string{"-h"}, 0, usage, ""},
		{"-help", []string{"-help"}, 0, usage, ""},
		{"--help", []string{"--help"}, 0, usage, ""},
		{"help -h", []string{"help", "-h"}, 0, usage, ""},
		{"help with -lang", []string{"help", "-lang", "ja"}, 0, usage, ""},
		{"help calc", []string{"help", "calc"}, 0, helpFor("calc"), ""},
		{"help forecast", []string{"help", "forecast"}, 0, helpFor("forecast"), ""},
		{"help help", []string{"help", "help"}, 0, "Usage:\n\n\tkpisim help [command | set]", ""},
		{"calc -h", []string{"calc", "-h"}, 0, helpFor("calc"), ""},
		{"validate --help", []string{"validate", "--help"}, 0, helpFor("validate"), ""},
		{"no command", nil, 2, "", "Usage:"},
		{"unknown command", []string{"nosuch"}, 2, "", `unknown command "nosuch"`},
		{"help for an unknown command", []string{"help", "nosuch"}, 2, "", `kpisim help: unknown command "nosuch"`},
		{"help for an unknown command in Japanese", []string{"help", "nosuch", "-lang", "ja"}, 2, "", `コマンド "nosuch" はありません`},
		{"help for two commands", []string{"help", "calc", "forecast"}, 2, "", `help takes one command name ("forecast" is one too many)`},
		{"unknown flag", []string{"calc", "-x"}, 2, "", "flag provided but not defined: -x"},
		{"bad flag value", []string{"forecast", "-trials", "many"}, 2, "", "-trials"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runCmd(c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d", code, c.code)
			}
			if c.stdout == "" && out != "" || !strings.HasPrefix(out, c.stdout) {
				t.Errorf("stdout %q, want it to start %q", out, c.stdout)
			}
			if c.stderr == "" && errOut != "" || !strings.Contains(errOut, c.stderr) {
				t.Errorf("stderr %q, want %q in it", errOut, c.stderr)
			}
		})
	}
}

// -set goal.period takes the period word a scenario file takes and states
// the same goal per it, a goal.value beside it read per that period
// whichever comes first; a word that is no goal's period is refused
// naming the field and the periods allowed, and an unknown key is named as
// one, not as a value that is not a number (both said "not a number").
func TestSetGoalPeriod(t *testing.T) {
	calcCases(t, []calcCase{
		{"week", []string{"-lang", "en", "-set", "goal.period=week"}, 0, "Goal: Revenue ¥2,083,333 a week ·", ""},
		{"month in Japanese", []string{"-lang", "ja", "-set", "goal.period=month"}, 0, "目標: 売上 月間833.3万円　", ""},
		{"capitals and spaces", []string{"-lang", "en", "-set", " goal.period = Quarter "}, 0, "Goal: Revenue ¥25,000,000 a quarter ·", ""},
		{"value first", []string{"-lang", "en", "-set", "goal.value=2,000,000", "-set", "goal.period=week"}, 0, "Goal: Revenue ¥2,000,000 a week ·", ""},
		{"value after", []string{"-lang", "en", "-set", "goal.period=week", "-set", "goal.value=2,000,000"}, 0, "Goal: Revenue ¥2,000,000 a week ·", ""},
		{"not a period", []string{"-lang", "en", "-set", "goal.period=weekly"}, 2, "", "-set goal.period: must be year, quarter, month, week or day"},
		{"not a goal's period", []string{"-lang", "en", "-set", "goal.period=rep_day"}, 2, "", "-set goal.period: must be year, quarter, month, week or day"},
		{"not a period in Japanese", []string{"-lang", "ja", "-set", "goal.period=週"}, 2, "", "-set goal.period: year・quarter・month・week・day のいずれかにしてください"},
		{"unknown key with a word", []string{"-lang", "en", "-set", "calls.per=week"}, 2, "", "-set calls.per: is not a setting kpisim knows"},
		{"unknown key in Japanese", []string{"-lang", "ja", "-set", "calls.per=week"}, 2, "", "-set calls.per: kpisimの設定項目ではありません"},
	})
}

// calcCase is kpisim calc run with args on outbound: its exit code and a
// part of its stdout and of its stderr.
type calcCase struct {
	name   string
	args   []string
	code   int
	stdout string // substring
	stderr string // substring
}

// calcCases runs each case as a subtest.
func calcCases(t *testing.T, cases []calcCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCmd(append([]string{"calc"}, append(tc.args, "outbound")...)...)
			if code != tc.code || !strings.Contains(out, tc.stdout) || !strings.Contains(errOut, tc.stderr) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s\nwant stdout ~ %q, stderr ~ %q", code, tc.code, out, errOut, tc.stdout, tc.stderr)
			}
		})
	}
}

// -set currency= counts a scenario's money in another currency, as the
// page's editor does, and a key that names no lever is named as one
// whatever its value ("-set foo=abc" said "enter a number").
func TestSetCurrency(t *testing.T) {
	calcCases(t, []calcCase{
		{"dollars", []string{"-lang", "en", "-set", "currency=USD"}, 0, "Goal: Revenue $100,000,000 a year ·", ""},
		{"euros in lower case, in Japanese", []string{"-lang", "ja", "-set", " currency = eur "}, 0, "目標: 売上 年間€100,000,000　", ""},
		{"a sign", []string{"-lang", "en", "-set", "currency=$"}, 2, "", `-set currency: "$" is no currency code: write a three-letter ISO 4217 code such as JPY or USD`},
		{"a word in Japanese", []string{"-lang", "ja", "-set", "currency=ドル"}, 2, "", "-set currency: 「ドル」は通貨コードではありません。JPY や USD のようなISO 4217の3文字の通貨コードにしてください"},
		{"no lever, a word", []string{"-lang", "en", "-set", "foo=abc"}, 2, "", "-set foo: is not a lever of this scenario"},
		{"no lever, a word, in Japanese", []string{"-lang", "ja", "-set", "foo=abc"}, 2, "", "-set foo: このシナリオのレバーではありません"},
		{"no lever, a number", []string{"-lang", "en", "-set", "foo=1"}, 2, "", "-set foo: is not a lever of this scenario"},
		{"a lever, a word", []string{"-lang", "en", "-set", "close_rate=abc"}, 2, "", "-set close_rate: enter a number"},
		// A value as a field takes it (it was "not a number" here).
		{"an amount with its currency and a unit", []string{"-lang", "en", "-set", "currency=USD", "-set", "goal.value=$1.5M"}, 0, "Goal: Revenue $1,500,000 a year ·", ""},
		{"an amount in 億円", []string{"-lang", "ja", "-set", "goal.value=1億2,000万円"}, 0, "目標: 売上 年間1億2,000万円　", ""},
	})
}

// Every rounding policy is named for what it does, in the header and the
// requirement, in both languages: none is no rounding (English said
// "exact" beside figures rounded for display, 41.7 for 41.6667).
func TestCalcRoundingLabels(t *testing.T) {
	for _, tc := range []struct {
		rounding, lang, head, required string
	}{
		{"ceil", "en", "· rounding round up", "(exact 41.6667, round up)"},
		{"none", "en", "· no rounding", "(exact 41.6667, no rounding)"},
		{"round", "en", "· rounding round to nearest", "(exact 41.6667, round to nearest)"},
		{"ceil", "ja", "　丸め 切り上げ", "（正確には 41.6667、切り上げ）"},
		{"none", "ja", "　丸めなし", "（正確には 41.6667、丸めなし）"},
		{"round", "ja", "　丸め 四捨五入", "（正確には 41.6667、四捨五入）"},
	} {
		t.Run(tc.rounding+"-"+tc.lang, func(t *testing.T) {
			out := mustRun(t, "calc", "-lang", tc.lang, "-rounding", tc.rounding, "outbound")
			if head := strings.SplitN(out, "\n", 3)[1]; !strings.HasSuffix(head, tc.head) {
				t.Errorf("header %q, want it to end %q", head, tc.head)
			}
			if !strings.Contains(out, tc.required) {
				t.Errorf("no %q in\n%s", tc.required, out)
			}
		})
	}
}

// forecast -trials says why half the runs land short of the forecast,
// in the page's words (report.LeanNote), and says nothing of it when the
// runs centre on the forecast.
func TestForecastLean(t *testing.T) {
	for _, c := range []struct{ lang, preset, want string }{
		{"en", "inside-sales", "Half the runs land under ¥51,500,000, short of the forecast of ¥74,880,000, which takes every planned value as it is: the range of cost per lead (CPA), ¥5,000–¥22,500, centres on ¥11,000, not on the planned ¥7,500."},
		{"ja", "inside-sales", "試行の半分は5,150万円未満で、計画値どおりの予測7,488万円に届きません。リード獲得単価（CPA）の幅（5,000円〜22,500円）の中央が、計画値の7,500円ではなく11,000円にあるためです。"},
		{"en", "outbound", ""},
	} {
		out, errOut, code := runCmd("forecast", "-lang", c.lang, "-trials", "10000", c.preset)
		if code != 0 {
			t.Fatal(errOut)
		}
		joined := strings.Join(strings.Fields(out), " ") // the lines as wrapped, joined again
		if c.lang == "ja" {
			joined = strings.ReplaceAll(out, "\n", "") // Japanese wraps between characters
		}
		switch {
		case c.want == "" && (strings.Contains(out, "Half the runs") || strings.Contains(out, "試行の半分")):
			t.Errorf("%s: a note on runs centred on the forecast:\n%s", c.preset, out)
		case c.want != "" && !strings.Contains(joined, c.want):
			t.Errorf("%s (%s) does not say %q:\n%s", c.preset, c.lang, c.want, out)
		}
	}
}

// A file without a title is named by its id alone: every report's first
// line read "m — ", a dash before nothing.
func TestUntitledFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "m.yaml")
	yaml := "version: 1\nid: m\ncurrency: USD\ngoal: {node: revenue, value: 1.2M, period: year}\ncalendar: {headcount: 2, working_days: 20}\nsolve: calls\n" +
		"nodes:\n  - {id: revenue, unit: currency, product: [price, deals]}\n  - {id: price, unit: currency, value: 20k}\n" +
		"  - {id: deals, unit: count, product: [calls, rate]}\n  - {id: calls, unit: count, value: 10, activity: true}\n  - {id: rate, unit: rate, value: 2%}\n"
	if err := os.WriteFile(file, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ cmd, first string }{
		{"calc", "m"}, {"forecast", "m"}, {"sensitivity", "m: Revenue forecast $1,920,000, Required calls 6.3 / rep / day"},
	} {
		out, errOut, code := runCmd(c.cmd, "-lang", "en", file)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.cmd, code, errOut)
		}
		if first, _, _ := strings.Cut(out, "\n"); first != c.first {
			t.Errorf("%s: the first line reads %q, want %q", c.cmd, first, c.first)
		}
	}
}
