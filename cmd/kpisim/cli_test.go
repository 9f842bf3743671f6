//go:build !wasm

package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
	"golang.org/x/tools/txtar"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// cliCase is a scenario as the CLI is given it (a preset id or a file)
// and as the page loads it.
type cliCase struct {
	name string
	arg  string
	s    *scenario.Scenario
}

// everyScenario is every preset and every published example.
func everyScenario(t *testing.T) []cliCase {
	t.Helper()
	var out []cliCase
	ps := presets()
	for _, id := range ps.IDs() {
		s, err := ps.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, cliCase{id, id, s})
	}
	files, _ := filepath.Glob("../../app/scenario/testdata/examples/*.txtar")
	if len(files) == 0 {
		t.Fatal("no published examples")
	}
	dir := t.TempDir()
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		for _, f := range ar.Files {
			switch f.Name {
			case "preset":
				id := strings.TrimSpace(string(f.Data))
				s, err := ps.Get(id)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, cliCase{name, id, s})
			case "scenario.yaml", "scenario.json":
				path := filepath.Join(dir, name+filepath.Ext(f.Name))
				if err := os.WriteFile(path, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
				s, err := scenario.Parse(f.Data, name)
				if err != nil {
					t.Fatalf("%s: %v", file, err)
				}
				out = append(out, cliCase{name, path, s})
			}
		}
	}
	return out
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := runCmd(args...)
	if code != 0 {
		t.Fatalf("kpisim %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func same(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// For every preset and example, calc -json, forecast -json and sensitivity
// -json give the figures of the one model, as the page shows them:
// report.New(s.Answer()) and forecast.NeededAlone.
func TestOneModel(t *testing.T) {
	for _, c := range everyScenario(t) {
		t.Run(c.name, func(t *testing.T) {
			a, err := c.s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			page := report.New(a, i18n.En, c.s.Currency)
			var r Report
			if err := json.Unmarshal([]byte(mustRun(t, "calc", "-json", "-lang", "en", c.arg)), &r); err != nil {
				t.Fatal(err)
			}
			if !same(r.Forecast, page.Total.Exact) || !same(r.Gap, page.Gap.Exact) || !same(r.Goal.PerYear, page.Goal.Exact) {
				t.Errorf("calc forecast %v gap %v goal %v, page %v %v %v", r.Forecast, r.Gap, r.Goal.PerYear, page.Total.Exact, page.Gap.Exact, page.Goal.Exact)
			}
			for _, n := range r.Nodes {
				row := page.Row(n.ID)
				if row.OnPath != (n.Required != nil) {
					t.Errorf("%s: on the path in calc %v, in the page %v", n.ID, n.Required != nil, row.OnPath)
					continue
				}
				for _, f := range row.Required {
					if !same(n.Required[f.Period], f.Exact) || !same(n.Target[f.Period], f.Value) {
						t.Errorf("%s %s: calc %v/%v, page %v/%v", n.ID, f.Period, n.Required[f.Period], n.Target[f.Period], f.Exact, f.Value)
					}
				}
			}
			// The text: calc's summary and forecast's say the headline's figure.
			head := page.Head.Figure.Text + unitAfter(page, i18n.En)
			calcOut := mustRun(t, "calc", "-lang", "en", c.arg)
			fcOut := mustRun(t, "forecast", "-lang", "en", c.arg)
			for name, out := range map[string]string{"calc": calcOut, "forecast": fcOut} {
				if !strings.Contains(out, "Required: "+page.Head.Label+" "+head) {
					t.Errorf("%s does not say the headline %q:\n%s", name, head, out)
				}
			}
			if !strings.Contains(calcOut, page.Total.Text+" a year; gap "+page.Gap.Text+" ("+page.GapPct+")") {
				t.Errorf("calc does not say forecast %s gap %s:\n%s", page.Total.Text, page.Gap.Text, calcOut)
			}
			var fr ForecastReport
			if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", c.arg)), &fr); err != nil {
				t.Fatal(err)
			}
			if !a.Tree.Model.Node(a.Target).Activity {
				if fr.RequiredRep != nil {
					t.Errorf("forecast -json gives required_rep_day %v for %s, no activity", *fr.RequiredRep, fr.Target)
				}
			} else if rd, ok := a.Required(a.Target, kpi.RepDay); ok && (fr.RequiredRep == nil || !same(*fr.RequiredRep, rd)) {
				t.Errorf("forecast required_rep_day %v, page %v", fr.RequiredRep, rd)
			}
			var sr SensitivityReport
			if err := json.Unmarshal([]byte(mustRun(t, "sensitivity", "-json", c.arg)), &sr); err != nil {
				t.Fatal(err)
			}
			m := a.Tree.Model
			for _, b := range sr.Bars {
				sk, _ := forecast.NeededAlone(m, b.Lever, c.s.Forecast)
				if sk == nil {
					t.Errorf("%s: no goal seek", b.Lever)
					continue
				}
				if !same(b.Needed, sk.Needed) || b.Reachable != sk.Reachable {
					t.Errorf("%s needed alone: sensitivity %v (%v), goal seek %v (%v)", b.Lever, b.Needed, b.Reachable, sk.Needed, sk.Reachable)
				}
			}
		})
	}
}

// calc -solve takes every lever the page's goal seek offers, the headcount
// too; the answer is goal seek's.
func TestSolveEveryLever(t *testing.T) {
	s, _ := presets().Get("field-sales")
	a, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	m := a.Tree.Model
	levers := []string{forecast.Headcount, "headcount"}
	for _, i := range m.Levers() {
		levers = append(levers, m.Node(i).ID)
	}
	for _, lever := range levers {
		t.Run(lever, func(t *testing.T) {
			id := lever
			if id == "headcount" {
				id = forecast.Headcount
			}
			sk, _ := forecast.NeededAlone(m, id, s.Forecast)
			var r Report
			if err := json.Unmarshal([]byte(mustRun(t, "calc", "-json", "-solve", lever, "field-sales")), &r); err != nil {
				t.Fatal(err)
			}
			if r.Solve != id {
				t.Errorf("solve = %q, want %q", r.Solve, id)
			}
			got := math.NaN()
			if r.Needed != nil {
				got = r.Needed.Value
			}
			for _, n := range r.Nodes {
				if n.ID == id && n.Activity {
					got = n.Required["rep_"+cmp.Or(n.Per, "day")] // in the span it is stated in, as goal seek's
				} else if n.ID == id {
					got = n.Required["value"]
				}
			}
			if !same(got, sk.Needed) {
				t.Errorf("calc -solve %s = %v, goal seek %v", lever, got, sk.Needed)
			}
			out := mustRun(t, "calc", "-lang", "en", "field-sales", "-solve", lever)
			// Whole reps under round-up (the default), tenths without it.
			if lever == "headcount" && !strings.Contains(out, "Required: Reps 5 (planned 4)") {
				t.Errorf("calc -solve headcount:\n%s", out)
			}
			out = mustRun(t, "calc", "-lang", "en", "field-sales", "-solve", lever, "-rounding", "none")
			if lever == "headcount" && !strings.Contains(out, "Required: Reps 4.2 (planned 4)") {
				t.Errorf("calc -solve headcount -rounding none:\n%s", out)
			}
		})
	}
}

// calc -solve headcount prints the headcount's answer and no line about
// the activity's requirement it does not print: inside sales read "必要:
// 営業人数 3.8（計画 5）", then 「最も多い2026年4月〜5月は250万円/人月
// です」 and 「どの月も上限…以内です」 of a figure shown nowhere. The per-rep
// line stays: the table below it divides by the reps.
func TestSolveHeadcountSaysHeadcount(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		for _, id := range []string{"outbound", "inside-sales", "route-sales"} {
			t.Run(lang+"/"+id, func(t *testing.T) {
				sc, a := engine(t, id, nil)
				tab := report.New(a, i18n.Lang(lang), sc.Currency)
				out := mustRun(t, "calc", "-lang", lang, "-solve", "headcount", id)
				// A sentence may wrap at the width: compared without spaces.
				bare := func(s string) string { return strings.Join(strings.Fields(s), "") }
				for _, not := range []string{tab.Head.Busiest, tab.Head.Message} {
					if not != "" && strings.Contains(bare(out), bare(not)) {
						t.Errorf("-solve headcount says %q, of the activity's requirement:\n%s", not, out)
					}
				}
				if tab.Head.Reps != "" && !strings.Contains(out, tab.Head.Reps) {
					t.Errorf("-solve headcount leaves out %q:\n%s", tab.Head.Reps, out)
				}
				if plain := mustRun(t, "calc", "-lang", lang, id); tab.Head.Message != "" && !strings.Contains(bare(plain), bare(tab.Head.Message)) {
					t.Errorf("calc without -solve lacks %q: the test shows nothing", tab.Head.Message)
				}
			})
		}
	}
}

// Flags may follow the scenario's name.
func TestFlagsAnywhere(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"forecast trials after", []string{"forecast", "field-sales", "-trials", "500", "-lang", "en"}, "(500 trials"},
		{"calc lang after", []string{"calc", "outbound", "-lang", "ja"}, "売上 = 平均単価 × 受注件数"},
		{"between", []string{"sensitivity", "-lang", "en", "route-sales", "-json"}, `"scenario": "route-sales"`},
		{"set after", []string{"calc", "outbound", "-lang", "en", "-set", "close_rate=20%"}, "Close rate            20%"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if out := mustRun(t, tc.args...); !strings.Contains(out, tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, out)
			}
		})
	}
	if _, errOut, code := runCmd("calc", "outbound", "field-sales"); code != 2 || !strings.Contains(errOut, "give one preset or file, not 2") {
		t.Errorf("two scenarios: exit %d %s", code, errOut)
	}
	if _, errOut, code := runCmd("calc", "--", "-lang"); code != 2 || !strings.Contains(errOut, `"-lang" is neither a preset`) {
		t.Errorf("after --, a name: exit %d %s", code, errOut)
	}
}

// The default table fits 100 columns, in both languages, for every preset;
// -wide prints the ids, formulas and every period.
func TestCalcFits100Columns(t *testing.T) {
	for _, id := range presets().IDs() {
		for _, lang := range []string{"en", "ja"} {
			t.Run(id+"-"+lang, func(t *testing.T) {
				for _, cmd := range []string{"calc", "forecast"} {
					out := mustRun(t, cmd, "-lang", lang, id)
					for _, line := range strings.Split(out, "\n") {
						if w := runewidth.StringWidth(line); w > maxWidth {
							t.Errorf("%s: %d columns: %s", cmd, w, line)
						}
					}
				}
				wide := mustRun(t, "calc", "-wide", "-lang", lang, id)
				if !strings.Contains(wide, "  revenue") && !strings.Contains(wide, "revenue ") {
					t.Errorf("-wide has no node ids:\n%s", wide)
				}
				for _, p := range kpi.Periods {
					head := strings.ToUpper(i18n.Lang(lang).T("period." + p.String()))
					if p == kpi.Day && !strings.Contains(wide, head) {
						head = strings.ToUpper(i18n.Lang(lang).T("period.cal_day")) // a calendar-day plan's day
					}
					if !strings.Contains(wide, head) {
						t.Errorf("-wide has no %s column", p)
					}
				}
			})
		}
	}
}

// Japanese: labels in the formulas, 万/億 for money.
func TestCalcJapanese(t *testing.T) {
	out := mustRun(t, "calc", "-lang", "ja", "outbound")
	for _, want := range []string{"売上 = 平均単価 × 受注件数", "初回商談数（アポ） = アポイント獲得率 × 架電数", "1億円", "9,600万円", "-400万円"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	for _, not := range []string{"unit_price", "100,000,000円", "close_rate ×"} {
		if strings.Contains(out, not) {
			t.Errorf("%q in:\n%s", not, out)
		}
	}
}

// A label with a terminal control character is printed escaped.
func TestControlCharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "evil.yaml")
	yaml := "version: 1\ntitle: \"\\e]0;owned\\a Evil\"\ngoal: {node: revenue, value: 1000000}\nnodes:\n" +
		"  - {id: revenue, label: \"\\e[31mRevenue\\e[0m\", unit: currency, product: [price, deals]}\n" +
		"  - {id: price, label: \"Price\\rX\", unit: currency, value: 1000}\n" +
		"  - {id: deals, label: \"Deals\\u0085\", unit: count, value: 1, activity: true}\n"
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := scenario.Parse([]byte(yaml), "evil"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"calc", []string{"calc", "-lang", "en", path}},
		{"calc wide", []string{"calc", "-wide", "-lang", "en", path}},
		{"forecast", []string{"forecast", "-lang", "en", path}},
		{"sensitivity", []string{"sensitivity", "-lang", "en", path}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := mustRun(t, tc.args...)
			for _, r := range out {
				if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)) {
					t.Fatalf("raw control character %U in:\n%s", r, out)
				}
			}
			if !strings.Contains(out, `\x1b]0;owned\a Evil`) || strings.HasPrefix(tc.name, "calc") && !strings.Contains(out, `\x1b[31mRevenue\x1b[0m`) {
				t.Errorf("the label is not escaped visibly:\n%s", out)
			}
		})
	}
	for _, tc := range []struct{ in, want string }{
		{"plain 売上", "plain 売上"},
		{"\x1b[31mred", `\x1b[31mred`},
		{"a\rb\tc", `a\rb\tc`},
		{`say "hi"`, `say "hi"`},
		{"bad \xff byte", `bad \xff byte`},
	} {
		if got := esc(tc.in); got != tc.want {
			t.Errorf("esc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A goal that is a count is said as a count, never as money; every goal
// is named as the page names it (report.Table.ForecastTitle, RangeTitle):
// the SaaS preset's net new ARR read 予測売上 in Japanese.
func TestCountGoal(t *testing.T) {
	var path string
	for _, c := range everyScenario(t) {
		if c.name == "2-mysalesprocess" {
			path = c.arg
		}
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"calc", []string{"calc", "-lang", "en", path}, "\nDeals forecast: 168 a year; gap"},
		{"calc ja", []string{"calc", "-lang", "ja", path}, "\ndeals予測: 年間168件"},
		{"forecast", []string{"forecast", "-lang", "en", path}, "\nDeals forecast: 168 / Goal 168"},
		{"sensitivity", []string{"sensitivity", "-lang", "en", path}, ": Deals forecast 168, Required"},
		{"net new ARR, forecast", []string{"forecast", "-lang", "en", "saas-revenue"}, "\nNet new ARR forecast: ¥92,400,000 / Goal ¥100,000,000"},
		{"net new ARR, forecast ja", []string{"forecast", "-lang", "ja", "saas-revenue"}, "\nARR純増予測: 9,240万円 / 目標 1億円"},
		{"net new ARR, calc ja", []string{"calc", "-lang", "ja", "saas-revenue"}, "\nARR純増予測: 年間9,240万円"},
		{"net new ARR, sensitivity", []string{"sensitivity", "-lang", "en", "saas-revenue"}, "\nNet new ARR with each lever at the ends of its range:"},
		{"net new ARR, sensitivity ja", []string{"sensitivity", "-lang", "ja", "saas-revenue"}, "\n各レバーを範囲の端（最小・最大）に動かしたときのARR純増:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := mustRun(t, tc.args...)
			if !strings.Contains(out, tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, out)
			}
			if strings.Contains(tc.name, "ARR") {
				return
			}
			if strings.ContainsAny(out, "¥$€円") {
				t.Errorf("a count goal printed as money:\n%s", out)
			}
		})
	}
}

// JSON cannot say NaN or an infinity: the CLI refuses to write one, naming
// the field, and tiny inputs give a clear error, not a json error.
func TestNoInfinityInJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    any
		want string
	}{
		{"node", Report{Nodes: []ReportNode{{ID: "calls", Required: map[string]float64{"year": 1, "rep_day": math.Inf(1)}}}}, "nodes[calls].required.rep_day"},
		{"top", Report{Gap: math.NaN()}, "gap: "},
		{"month", ForecastReport{Months: []ForecastMonth{{}, {Revenue: math.Inf(-1)}}}, "months[1].revenue"},
		{"pointer", ForecastReport{ProbGoal: new(math.NaN())}, "probability_goal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			err := writeJSON(&b, tc.v)
			if err == nil || !strings.Contains(err.Error(), tc.want) || b.Len() > 0 {
				t.Errorf("writeJSON: %v (wrote %q), want an error naming %s", err, b.String(), tc.want)
			}
		})
	}
	if err := writeJSON(&strings.Builder{}, Report{Forecast: 1}); err != nil {
		t.Error(err)
	}
	for _, args := range [][]string{
		{"calc", "-json", "-set", "goal.value=5e-324"},
		{"calc", "-json", "-set", "calendar.working_days=5e-324"},
		{"forecast", "-json", "-set", "calendar.headcount=1e-300"},
		{"sensitivity", "-json", "-set", "goal.value=5e-324"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out, errOut, code := runCmd(args...)
			if code == 0 {
				if !json.Valid([]byte(out)) {
					t.Errorf("invalid JSON:\n%s", out)
				}
				return
			}
			if code != 2 || strings.Contains(errOut, "json:") || !strings.Contains(errOut, "goal.value") && !strings.Contains(errOut, "calendar.") {
				t.Errorf("exit %d: %s", code, errOut)
			}
		})
	}
}

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		pos  []string
		n    int
	}{
		{"none", nil, nil, 0},
		{"before", []string{"-n", "1", "a"}, []string{"a"}, 1},
		{"after", []string{"a", "-n", "2"}, []string{"a"}, 2},
		{"around", []string{"-n", "1", "a", "b", "-n", "3"}, []string{"a", "b"}, 3},
		{"dashdash", []string{"a", "--", "-n", "4"}, []string{"a", "-n", "4"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := newScenarioFlags("t").fs
			n := fs.Int("n", 0, "")
			pos, err := parseFlags(fs, tc.args)
			if err != nil || !reflect.DeepEqual(pos, tc.pos) || *n != tc.n {
				t.Errorf("parseFlags(%q) = %q, n=%d, %v; want %q, n=%d", tc.args, pos, *n, err, tc.pos, tc.n)
			}
		})
	}
}

// Every label of every preset reads whole in the default table, in both
// languages, at its depth in the tree, at 80, 100 and 120 columns
// (checkTable): a label too long for the room the figures leave wraps in
// its column, its figures on its first line, or, where they leave it too
// little, goes on a line of its own above them; the table is within the
// width, or as wide as its figures where they alone are wider (80).
// saas-revenue's English labels read "De…", "Op…" once, then stood above
// their figures at 100 columns, and route-sales' "Revenue per account
// (year)" too.
func TestCalcLabelsWhole(t *testing.T) {
	for _, id := range presets().IDs() {
		for _, lang := range []string{"en", "ja"} {
			var r Report
			if err := json.Unmarshal([]byte(mustRun(t, "calc", "-json", "-lang", lang, id)), &r); err != nil {
				t.Fatal(err)
			}
			// Each node's depths below the goal.
			depths := map[string][]int{r.Goal.Node: {0}}
			byID := map[string]ReportNode{}
			for _, n := range r.Nodes {
				byID[n.ID] = n
			}
			for queue := []string{r.Goal.Node}; len(queue) > 0; queue = queue[1:] {
				for _, c := range byID[queue[0]].Children {
					depths[c] = append(depths[c], depths[queue[0]][0]+1)
					queue = append(queue, c)
				}
			}
			rows, figs := tableRows(t, mustRun(t, "calc", "-lang", lang, "-width", "1000", id))
			for _, n := range r.Nodes {
				if !slices.ContainsFunc(rows, func(x tableRow) bool {
					return x.label == n.Label && slices.ContainsFunc(depths[n.ID], func(d int) bool { return x.indent == 2*d })
				}) {
					t.Errorf("%s-%s: no row %q at depth %v in %+v", id, lang, n.Label, depths[n.ID], rows)
				}
			}
			for _, width := range []int{80, 100, 120} {
				t.Run(id+"-"+lang+"-"+strconv.Itoa(width), func(t *testing.T) {
					out := mustRun(t, "calc", "-lang", lang, "-width", strconv.Itoa(width), id)
					checkTable(t, out, max(width, figs), rows)
					if strings.Contains(out, "…") {
						t.Errorf("a cut label in\n%s", out)
					}
				})
			}
		}
	}
}

// TestCalcJapaneseWording: every line the CLI prints in Japanese, for
// every preset and published example, writes a figure and its unit or span
// together (12か月, 41.7件/人日, 年間9,600万円, as the page does) and
// separates with 、 rather than an English comma.
func TestCalcJapaneseWording(t *testing.T) {
	rules := []struct {
		name string
		bad  *regexp.Regexp
	}{
		{"a space between a figure and its unit", regexp.MustCompile(`[0-9] (か月|件|円|万円|億円|人|回|/[^ ])`)},
		{"the span after the figure", regexp.MustCompile(`[0-9円件] (年間|月間|週間|四半期|1日)`)},
		{"an English comma", regexp.MustCompile(`[^\x00-\x7f], |, [^\x00-\x7f]`)},
	}
	files, _ := filepath.Glob("../../scenarios/*.yaml")
	runs := []struct {
		name string
		args []string
	}{
		{"validate", append([]string{"validate", "-lang", "ja", "-smart"}, files...)},
		{"presets", []string{"presets", "-lang", "ja"}},
	}
	for _, c := range everyScenario(t) {
		for _, cmd := range [][]string{{"calc"}, {"calc", "-wide"}, {"calc", "-solve", "headcount"}, {"forecast"}, {"forecast", "-trials", "2000"}, {"sensitivity"}} {
			runs = append(runs, struct {
				name string
				args []string
			}{strings.Join(cmd, " ") + " " + c.name, append(append(cmd, "-lang", "ja"), c.arg)})
		}
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			out, errOut, _ := runCmd(r.args...)
			for _, line := range strings.Split(out+errOut, "\n") {
				for _, rule := range rules {
					if m := rule.bad.FindString(line); m != "" {
						t.Errorf("%s (%q) in %q", rule.name, m, line)
					}
				}
			}
		})
	}
}

// NEEDED ALONE says why a lever alone cannot meet the goal, as the page's
// goal seek does (report.Table.Unreached): at a 10% close rate the calls
// need 104.2 a day, within their range of 0 to 200 but over their ceiling
// of 100; the column read "not within range".
func TestSensitivityUnreached(t *testing.T) {
	for _, c := range []struct {
		name      string
		args      []string
		want, not string
	}{
		{"over the ceiling", []string{"sensitivity", "-lang", "en", "-set", "close_rate=10%"}, "104.2 > ceiling 100", "not within range"},
		{"over the ceiling in Japanese", []string{"sensitivity", "-lang", "ja", "-set", "close_rate=10%"}, "104.2（上限100超）", "範囲内では不可"},
		{"over the range's end", []string{"sensitivity", "-lang", "en", "-set", "close_rate=5%", "-set", "ceiling.calls=300"}, "208.4 > max 200", "not within range"},
		// A lever the goal falls by needs at most a value, as the page's
		// goal seek says; the cell read a bare 5.46%.
		{"a most", []string{"sensitivity", "-lang", "en", "saas-revenue"}, "5.46% at most\n", "5.46%\n"},
		{"a most in Japanese", []string{"sensitivity", "-lang", "ja", "saas-revenue"}, "5.46%（上限）\n", "5.46%\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := mustRun(t, c.args...)
			if !strings.Contains(out, c.want) || strings.Contains(out, c.not) {
				t.Errorf("want %q, not %q, in:\n%s", c.want, c.not, out)
			}
		})
	}
}

// kpisim forecast writes the chance as the page does (i18n.Chance): none
// of 10,000 trials reaching the goal at a 10% close rate is "<0.1%", as
// forecast -actuals writes a chance as slim; it read "0%".
func TestForecastNeverClaimsCertainty(t *testing.T) {
	for _, c := range []struct {
		name, lang, want, not string
	}{
		{"in Japanese", "ja", "目標達成の確率: 0.1%未満", "目標達成の確率: 0%"},
		{"in English", "en", "Probability of reaching the goal: <0.1%", "goal: 0%"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := mustRun(t, "forecast", "-lang", c.lang, "-trials", "10000", "-set", "close_rate=10%")
			if !strings.Contains(out, c.want) || strings.Contains(out, c.not) {
				t.Errorf("want %q, not %q, in:\n%s", c.want, c.not, out)
			}
		})
	}
}

// Sensitivity's heading gives the forecast over the plan, as its bars,
// its -json revenue and kpisim forecast do: a plan of 36 months was
// headed "Revenue forecast ¥96,000,000" (calc's figure a year) above bars
// of ¥259,200,000 and ¥316,800,000 at ±10 %, and a plan of one month
// "売上予測 9,600万円" above bars of 720万円 and 880万円.
func TestSensitivityHeadsItsBars(t *testing.T) {
	for _, c := range []struct {
		name, lang, months string
		head, forecast     string // the heading's figure; kpisim forecast's line
	}{
		{"a year", "en", "12", "Revenue forecast ¥96,000,000,", "Revenue forecast: ¥96,000,000 /"},
		{"36 months", "en", "36", "Revenue forecast ¥288,000,000,", "Revenue forecast: ¥288,000,000 /"},
		{"one month in Japanese", "ja", "1", "売上予測 800万円、", "売上予測: 800万円 /"},
		{"36 months in Japanese", "ja", "36", "売上予測 2億8,800万円、", "売上予測: 2億8,800万円 /"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"-lang", c.lang, "-set", "calendar.months=" + c.months}
			sens := mustRun(t, append([]string{"sensitivity"}, args...)...)
			if head, _, _ := strings.Cut(sens, "\n"); !strings.Contains(head, c.head) {
				t.Errorf("sensitivity heads %q, want %q", head, c.head)
			}
			if fc := mustRun(t, append([]string{"forecast"}, args...)...); !strings.Contains(fc, c.forecast) {
				t.Errorf("forecast reads, want %q:\n%s", c.forecast, fc)
			}
			var rep SensitivityReport
			if err := json.Unmarshal([]byte(mustRun(t, append([]string{"sensitivity", "-json"}, args...)...)), &rep); err != nil {
				t.Fatal(err)
			}
			perMonth := 8_000_000.0
			if n, _ := strconv.Atoi(c.months); math.Abs(rep.Revenue-perMonth*float64(n)) > 1 {
				t.Errorf("-json revenue %v, want %v a month × %s", rep.Revenue, perMonth, c.months)
			}
		})
	}
}

// Sensitivity's requirement columns read in the headline's span: SaaS
// revenue, headed "Required Opportunities 1.7 / rep / week", gave 0.3 and
// 0.4 (a rep's day) beside it, where the page's tornado moves by the week.
// The solve lever's own row changes nothing of the requirement: both its
// columns read the headline's figure, in every preset and language.
func TestSensitivityRequiredInHeadlineSpan(t *testing.T) {
	for _, lang := range []string{"en", "ja"} {
		for _, id := range []string{"outbound", "saas-revenue", "field-sales", "inside-sales", "route-sales", "velocity"} {
			t.Run(lang+"/"+id, func(t *testing.T) {
				sc, a := engine(t, id, nil)
				tab := report.New(a, i18n.Lang(lang), sc.Currency)
				n := a.Tree.Model.Node(a.Target)
				out := mustRun(t, "sensitivity", "-lang", lang, "-width", "200", id) // no label wraps
				label := n.Label.In(lang)
				for _, line := range strings.Split(out, "\n")[3:] {
					if line == "" {
						break
					}
					if !strings.HasPrefix(line, label+" ") {
						continue
					}
					cells := strings.Fields(line)
					if len(cells) < 3 || cells[len(cells)-3] != tab.Head.Figure.Text || cells[len(cells)-2] != tab.Head.Figure.Text {
						t.Errorf("%s's own row reads %q, want %s in both requirement columns (the headline's figure)", label, line, tab.Head.Figure.Text)
					}
					return
				}
				t.Errorf("no row for %s in:\n%s", label, out)
			})
		}
	}
}

// -set forecast.trials=N asks forecast for a Monte Carlo run of N trials,
// as -trials N does, and -trials given beside it wins: the -set was
// taken and then dropped without a word, the plan printed with no
// probability.
func TestForecastSetTrials(t *testing.T) {
	for _, c := range []struct {
		name   string
		args   []string
		want   string // "" for no run
		trials int    // -json's trials
	}{
		{"-set alone", []string{"-set", "forecast.trials=500"}, "(500 trials, seed 20260401)", 500},
		{"-trials wins", []string{"-set", "forecast.trials=500", "-trials", "100"}, "(100 trials, seed 20260401)", 100},
		{"-trials 0 wins", []string{"-trials", "0", "-set", "forecast.trials=500"}, "", 0},
		{"neither", nil, "", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := mustRun(t, append([]string{"forecast", "-lang", "en"}, c.args...)...)
			if got := strings.Contains(out, "Probability of reaching the goal"); got != (c.want != "") || !strings.Contains(out, c.want) {
				t.Errorf("want a run %q, got:\n%s", c.want, out)
			}
			var rep ForecastReport
			if err := json.Unmarshal([]byte(mustRun(t, append([]string{"forecast", "-json"}, c.args...)...)), &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Trials != c.trials || (rep.ProbGoal != nil) != (c.trials > 0) {
				t.Errorf("-json trials %d (probability %v), want %d", rep.Trials, rep.ProbGoal, c.trials)
			}
		})
	}
}

// calc -json lists a node's other names for imports, as the file gives
// them, beside its cadence.
func TestCalcJSONAliases(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "aliases.yaml")
	text := strings.Replace(string(data), "  - id: opportunities\n", "  - id: opportunities\n    aliases: [Demo, 'Web 商談']\n", 1)
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if err := runCalc([]string{"-json", file}, &out, &errs); err != nil {
		t.Fatalf("kpisim calc -json: %v\n%s", err, errs.String())
	}
	var r struct {
		Nodes []struct {
			ID      string   `json:"id"`
			Aliases []string `json:"aliases"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	for _, n := range r.Nodes {
		want := map[string][]string{"opportunities": {"Demo", "Web 商談"}}[n.ID]
		if !slices.Equal(n.Aliases, want) {
			t.Errorf("%s: aliases %q, want %q", n.ID, n.Aliases, want)
		}
	}
}

// A lever whose range's end cannot be computed (a sales cycle from 0
// days, a divisor) is named under the range's table, in both languages,
// and -json marks it, as the page's tornado says (report.RangeLeftOut):
// it was left out with nothing said.
func TestSensitivityRangeFails(t *testing.T) {
	base, err := os.ReadFile("../../scenarios/velocity.yaml")
	if err != nil {
		t.Fatal(err)
	}
	spec := strings.Replace(string(base), "value: 45\n    min: 1\n", "value: 45\n    min: 0\n", 1)
	if spec == string(base) {
		t.Fatal("velocity's sales cycle no longer starts at 1")
	}
	path := filepath.Join(t.TempDir(), "velocity-0.yaml")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Langs {
		want := report.RangeLeftOut(l, []string{map[i18n.Lang]string{i18n.Ja: "平均商談期間（日）", i18n.En: "Sales cycle (days)"}[l]})
		if out := mustRun(t, "sensitivity", "-lang", string(l), path); !strings.Contains(unwrapped(out), unwrapped(want)) {
			t.Errorf("%s: the table does not say %q:\n%s", l, want, out)
		}
	}
	var sr SensitivityReport
	if err := json.Unmarshal([]byte(mustRun(t, "sensitivity", "-json", path)), &sr); err != nil {
		t.Fatal(err)
	}
	for _, b := range sr.Bars {
		if b.RangeFails != (b.Lever == "cycle_days") || b.RangeFails && b.Range != nil {
			t.Errorf("%s: range %v, not computable %v", b.Lever, b.Range, b.RangeFails)
		}
	}
}

// A lever without a range (no min and max in the file) is named under
// the table, in both languages, as the page's tornado names it
// (report.NoRange): it had no row at its ends and nothing said so.
func TestSensitivityNoRange(t *testing.T) {
	base, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	spec, n := string(base), 0
	for _, k := range []string{"min", "max"} { // the close rate's range
		at := strings.Index(spec, "id: close_rate")
		i := at + strings.Index(spec[at:], "\n    "+k+": ")
		if at < 0 || i <= at {
			t.Fatalf("outbound's close rate has no %s", k)
		}
		j := i + 1 + strings.Index(spec[i+1:], "\n")
		spec, n = spec[:i]+spec[j:], n+1
	}
	path := filepath.Join(t.TempDir(), "outbound-bare.yaml")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Langs {
		want := report.NoRange(l, []string{map[i18n.Lang]string{i18n.Ja: "受注率", i18n.En: "Close rate"}[l]})
		out := mustRun(t, "sensitivity", "-lang", string(l), path)
		if !strings.Contains(unwrapped(out), unwrapped(want)) || strings.Count(unwrapped(out), unwrapped(want)) != 1 {
			t.Errorf("%s: the table does not say %q once:\n%s", l, want, out)
		}
		if shipped := mustRun(t, "sensitivity", "-lang", string(l), "outbound"); strings.Contains(shipped, want[len(want)-20:]) {
			t.Errorf("%s: outbound as shipped names a lever without a range:\n%s", l, shipped)
		}
	}
}

// unwrapped is s without its whitespace: a sentence as wrapText wrapped it
// (between two characters of Japanese, at a space in English) compares
// with the sentence.
func unwrapped(s string) string {
	return strings.Join(strings.Fields(s), "")
}
