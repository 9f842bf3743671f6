//go:build !wasm

// The YAML codec is native only (the browser reads the JSON form), so its
// tests are too.

package scenario_test

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// The worked examples: each testdata/examples/*.txtar holds a scenario (or
// names a preset) and the expected table: node, period, exact, target.
func TestWorkedExamples(t *testing.T) {
	files, _ := filepath.Glob("testdata/examples/*.txtar")
	if len(files) < 7 {
		t.Fatalf("found %d examples, want the 6 published ones and the default preset", len(files))
	}
	ps := presets(t)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var s *scenario.Scenario
			var want string
			for _, f := range ar.Files {
				switch f.Name {
				case "scenario.yaml":
					if s, err = scenario.Parse(f.Data, "example"); err != nil {
						t.Fatal(err)
					}
				case "preset":
					if s, err = ps.Get(strings.TrimSpace(string(f.Data))); err != nil {
						t.Fatal(err)
					}
				case "want":
					want = string(f.Data)
				}
			}
			res, err := s.Result()
			if err != nil {
				t.Fatal(err)
			}
			rows := 0
			for _, line := range strings.Split(want, "\n") {
				fs := strings.Fields(line)
				if len(fs) == 0 || strings.HasPrefix(fs[0], "#") {
					continue
				}
				rows++
				i, ok := res.Model.Index(fs[0])
				if !ok {
					t.Fatalf("no node %s", fs[0])
				}
				p, err := kpi.ParsePeriod(fs[1])
				if err != nil {
					t.Fatal(err)
				}
				wantExact, _ := strconv.ParseFloat(fs[2], 64)
				wantTarget, _ := strconv.ParseFloat(fs[3], 64)
				exact, onPath := res.Exact(i, p)
				target, _ := res.TargetValue(i, p)
				if !onPath || math.Abs(exact-wantExact) > 1e-6*math.Max(1, wantExact) || target != wantTarget {
					t.Errorf("%s per %s = %.6f, target %v under %s; want %s, target %s", fs[0], fs[1], exact, target, s.Rounding, fs[2], fs[3])
				}
			}
			if rows == 0 {
				t.Fatal("the example has no expected rows")
			}
		})
	}
}

// A file's goal, calendar and values out of bounds say the rule they
// break in both languages, with the limit's digits grouped: the Japanese
// read Japanese (they read the engine's English before), and a goal over
// the largest no longer reads "must be greater than 0". A limit that is a
// value of a node or of the goal reads as -set and the page write it, in
// its unit (scenario.Limit): "unit_price.value: 100000000000000 is above
// the maximum 5000000" and 「最大値5,000,000を超えられません」 before.
func TestFileBoundsInBothLanguages(t *testing.T) {
	good, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, old, new string
		en, ja         string
	}{
		{"goal above the largest", "value: 100000000, period", "value: 1e16, period",
			"goal.value: cannot be above the maximum ¥1,000,000,000,000,000", "goal.value: 最大値1,000兆円を超えられません"},
		{"goal of nothing", "value: 100000000, period", "value: 0, period",
			"goal.value: must be a number greater than 0 and at most 1,000,000,000,000,000", "goal.value: 0より大きい値にしてください"},
		{"price above the largest", "value: 1000000\n", "value: 2e15\n",
			"unit_price.value: cannot be above the maximum ¥1,000,000,000,000,000", "unit_price.value: 最大値1,000兆円を超えられません"},
		{"price above its maximum", "value: 1000000\n", "value: 1e14\n",
			"unit_price.value: cannot be above the maximum ¥5,000,000", "unit_price.value: 最大値500万円を超えられません"},
		{"price below its minimum", "min: 100000\n", "min: 2000000\n",
			"unit_price.value: cannot be below the minimum ¥2,000,000", "unit_price.value: 最小値200万円より小さくできません"},
		{"a rate above its maximum", "max: 100%\n", "max: 20%\n",
			"close_rate.value: cannot be above the maximum 20%", "close_rate.value: 最大値20%を超えられません"},
		{"40 working days", "working_days: 20", "working_days: 40",
			"calendar.working_days: must be more than 0 and at most 31", "calendar.working_days: 0より大きく31以下にしてください"},
		{"no reps", "headcount: 10", "headcount: 0",
			"calendar.headcount: must be more than 0 and at most 1,000,000", "calendar.headcount: 0より大きく1,000,000以下にしてください"},
		{"a 40-month plan", "months: 12,", "months: 40,",
			"calendar.months: must be a whole number from 1 to 36", "calendar.months: 1〜36の整数にしてください"},
		{"nine days a week", "headcount: 10}", "headcount: 10, days_per_week: 9}",
			"calendar.days_per_week: must be from 0 (not stated) to 7 days a week", "calendar.days_per_week: 最大値7を超えられません"},
		{"negative hours", "headcount: 10}", "headcount: 10, hours_per_day: -2}",
			"calendar.hours_per_day: must be from 0 (not stated) to 24 hours a day", "calendar.hours_per_day: マイナスにはできません"},
		// A three-point range's values read in the lever's unit, as the
		// file wrote them: the close rate's "low 0.3 is above high 0.2"
		// and a price's 「low 1,200,000 が high 900,000 を上回っています」
		// before.
		{"a rate's range upside down", "close_rate: {low: 20%, likely: 25%, high: 30%}", "close_rate: {low: 30%, likely: 25%, high: 20%}",
			"forecast.ranges.close_rate: low 30% is above high 20%", "forecast.ranges.close_rate: low 30% が high 20% を上回っています"},
		{"a likely outside its range", "close_rate: {low: 20%, likely: 25%, high: 30%}", "close_rate: {low: 20%, likely: 35%, high: 30%}",
			"forecast.ranges.close_rate.likely: 35% is outside low 20% to high 30%", "forecast.ranges.close_rate.likely: 35% が low 20%〜high 30% の外にあります"},
		{"a price's range upside down", "close_rate: {low: 20%, likely: 25%, high: 30%}", "unit_price: {low: 1200000, likely: 1000000, high: 900000}",
			"forecast.ranges.unit_price: low ¥1,200,000 is above high ¥900,000", "forecast.ranges.unit_price: low 120万円 が high 90万円 を上回っています"},
		{"a lever outside a range without likely", "close_rate: {low: 20%, likely: 25%, high: 30%}", "close_rate: {low: 10%, high: 20%}",
			"forecast.ranges.close_rate: the lever's value 25% is outside low 10% to high 20%; set likely", "forecast.ranges.close_rate: レバーの値25%が low 10%〜high 20% の外にあります。likely を書いてください"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(string(good), tc.old) {
				t.Fatalf("outbound.yaml has no %q", tc.old)
			}
			_, err := scenario.Parse([]byte(strings.Replace(string(good), tc.old, tc.new, 1)), "outbound")
			var es scenario.Errors
			if !errors.As(err, &es) || len(es) != 1 {
				t.Fatalf("Parse = %v, want one problem", err)
			}
			if got := es[0].Text(i18n.En); got != tc.en {
				t.Errorf("English %q, want %q", got, tc.en)
			}
			if got := es[0].Text(i18n.Ja); got != tc.ja {
				t.Errorf("Japanese %q, want %q", got, tc.ja)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	good, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(old, new string) string {
		if !strings.Contains(string(good), old) {
			t.Fatalf("outbound.yaml has no %q", old)
		}
		return strings.Replace(string(good), old, new, 1)
	}
	lineOf := func(s, sub string) int { return strings.Count(s[:strings.Index(s, sub)], "\n") + 1 }
	for _, tc := range []struct {
		name string
		file string
		at   string // the text on the line the first error must name
		want string
	}{
		{"typo in a key", edit("    value: 25%", "    vaule: 25%"), "vaule", `close_rate.vaule: unknown key (did you mean "value"?)`},
		{"unknown top key", edit("currency: JPY", "curency: JPY"), "curency", `curency: unknown key (did you mean "currency"?)`},
		{"rate zero", edit("value: 25%", "value: 0%"), "value: 0%", "close_rate.value: must be more than 0% and at most 100%"},
		{"rate as a whole number", edit("value: 25%", "value: 25"), "value: 25", "close_rate.value: 25 is more than 100%; write a rate as a percentage (25%) or a fraction (0.25)"},
		// 1.3 / 100 is 0.013000000000000001 in floating point: said as 0.013.
		{"rate with a decimal", edit("value: 25%", "value: 1.3"), "value: 1.3", "close_rate.value: 1.3 is more than 100%; write a rate as a percentage (1.3%) or a fraction (0.013)"},
		{"negative price", edit("value: 1000000\n", "value: -1000000\n"), "value: -1000000", "unit_price.value: must be greater than 0"},
		{"not a number", edit("value: 1000000\n", "value: lots\n"), "value: lots", `unit_price.value: "lots" is not a number`},
		// An amount with its currency reads as a field reads it, and is
		// refused where what it sets is no amount or in another currency.
		{"yen for calls", edit("    value: 40\n", "    value: 40円\n"), "value: 40円", `calls.value: "40円" is an amount, and this is no amount: write a number without a currency`},
		{"dollars for a plan in yen", edit("value: 100000000, period", "value: $100M, period"), "goal:", `goal.value: "$100M" is in another currency than the plan's (JPY), and no exchange rate is applied: write it in JPY`},
		{"unknown child", edit("product: [close_rate, opportunities]", "product: [close_rate, opportunity]"), "product: [close_rate, opportunity]", `deals.product: "opportunity" is not a node`},
		{"two parents", edit("product: [meeting_rate, first_meetings]", "product: [meeting_rate, first_meetings, deals]"), "- id: deals", "deals: is a child of both revenue and opportunities"},
		{"both value and product", edit("    product: [close_rate, opportunities]", "    product: [close_rate, opportunities]\n    value: 3"), "value: 3", "deals: has both a value and children"},
		{"both product and sum", edit("    product: [close_rate, opportunities]", "    product: [close_rate, opportunities]\n    sum: [calls]"), "sum: [calls]", "deals: has more than one of product, sum, difference and ratio"},
		{"both difference and ratio", edit("    product: [close_rate, opportunities]", "    difference: [close_rate, opportunities]\n    ratio: [calls]"), "ratio: [calls]", "deals: has more than one of product, sum, difference and ratio"},
		{"bad cadence", edit("    cadence: monthly\n    unit: rate\n    value: 25%", "    cadence: hourly\n    unit: rate\n    value: 25%"), "cadence: hourly", "close_rate.cadence: must be daily, weekly, monthly or quarterly"},
		{"bad per", edit("    unit: rate\n    value: 25%", "    unit: rate\n    per: year\n    value: 25%"), "per: year", "close_rate.per: must be day, week or month"},
		{"no unit", edit("    unit: rate\n    value: 25%", "    value: 25%"), "- id: close_rate", "close_rate: has no unit"},
		{"bad unit", edit("    unit: rate\n    value: 25%", "    unit: percent\n    value: 25%"), "unit: percent", "close_rate.unit: must be number, currency, count or rate"},
		{"goal node unknown", edit("node: revenue", "node: sales"), "goal:", `goal.node: "sales" is not a node`},
		{"goal period", edit("period: year", "period: rep_day"), "goal:", "goal.period: must be year, quarter, month, week or day"},
		{"zero headcount", edit("headcount: 10", "headcount: 0"), "calendar:", "calendar.headcount: must be more than 0"},
		{"version", edit("version: 1", "version: 2"), "version: 2", "version: is 2; this kpisim reads version 1"},
		{"no version", edit("version: 1\n", ""), "title:", "version: is missing"},
		{"duplicate key", edit("currency: JPY", "currency: JPY\ncurrency: USD"), "currency: USD", "currency: appears twice"},
		{"bad currency", edit("currency: JPY", "currency: yen"), "currency: yen", "currency: must be a three-letter ISO 4217 code"},
		{"solve a computed node", edit("solve: calls", "solve: deals"), "- id: deals", "deals.solve: only a lever can be solved for"},
		{"bad rounding", edit("rounding: ceil", "rounding: up"), "rounding: up", "rounding: must be ceil, none or round"},
		{"syntax", edit("nodes:\n", "nodes:\n  - id: [\n"), "- id: [", "a '[' or '{' on this line is not closed"},
		{"activity not a bool", edit("activity: true", "activity: maybe"), "activity: maybe", "calls.activity: must be true or false"},
		{"seasonality of 2 weights", edit("  start_month: 4\n", "  start_month: 4\n  seasonality: [1, 2]\n"), "seasonality: [1, 2]", "forecast.seasonality: must hold 12 weights"},
		{"negative weight", edit("  start_month: 4\n", "  start_month: 4\n  seasonality: [1, 1, 1, 1, 1, -1, 1, 1, 1, 1, 1, 1]\n"), "seasonality: [1", "forecast.seasonality: the weight for"},
		{"lag as long as the plan", edit("  start_month: 4\n", "  start_month: 4\n  lag_months: 12\n"), "lag_months: 12", "forecast.lag_months"},
		{"range low above high", edit("close_rate: {low: 20%", "close_rate: {low: 40%"), "close_rate: {low: 40%", "forecast.ranges.close_rate"},
		{"range on no lever", edit("    close_rate: {low: 20%", "    close_rat: {low: 20%"), "close_rat: {low", "forecast.ranges.close_rat"},
		{"typo in forecast", edit("  start_month: 4\n", "  start_mnth: 4\n"), "start_mnth", `forecast.start_mnth: unknown key (did you mean "start_month"?)`},
		{"too many trials", edit("  start_month: 4\n", "  start_month: 4\n  trials: 10000000\n"), "trials: 10000000", "forecast.trials"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scenario.Parse([]byte(tc.file), "outbound")
			if err == nil {
				t.Fatalf("Parse succeeded, want %q", tc.want)
			}
			es, ok := err.(scenario.Errors)
			if !ok || len(es) == 0 {
				t.Fatalf("error %T %v is not scenario.Errors", err, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q\nwant it to contain %q", err, tc.want)
			}
			wantLine := lineOf(tc.file, tc.at)
			found := false
			for _, e := range es {
				found = found || e.Line == wantLine
			}
			if !found {
				t.Errorf("no error names line %d (%q): %v", wantLine, tc.at, err)
			}
		})
	}
}

func TestParseEmptyAndHuge(t *testing.T) {
	for name, data := range map[string]string{
		"empty":   "",
		"a list":  "- 1\n- 2\n",
		"huge":    strings.Repeat("#", scenario.MaxFileSize+1),
		"no goal": "version: 1\nnodes: []\n",
	} {
		if _, err := scenario.Parse([]byte(data), "x"); err == nil {
			t.Errorf("%s: Parse succeeded", name)
		}
	}
}

func BenchmarkParseOutbound(b *testing.B) {
	data, _ := os.ReadFile("../../scenarios/outbound.yaml")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scenario.Parse(data, "outbound"); err != nil {
			b.Fatal(err)
		}
	}
}

// A file's amount may carry its own currency, as a field's and -set's do:
// 「12万円」 was "not a number" in a file and 120,000 in a field.
func TestFileAmountWithItsCurrency(t *testing.T) {
	good, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(good), "value: 100000000, period", "value: 1億2000万円, period", 1)
	text = strings.Replace(text, "value: 1000000\n", "value: ¥1,500,000\n", 1)
	s, err := scenario.OpenFile("outbound.yaml", []byte(text), "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Goal.Value != 120_000_000 || s.Node("unit_price").Value != 1_500_000 {
		t.Errorf("goal %v, deal size %v; want 120,000,000 and 1,500,000", s.Goal.Value, s.Node("unit_price").Value)
	}
}
