//go:build !wasm

package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
)

// forecast -trials 0 -actuals asks for no Monte Carlo run, in the
// re-forecast too: no chance in the text, which says in one line, in
// -lang's language, why there is none and how to get it; none in -json
// (probability_goal left out, not a 0 % that would read as certain
// failure) and the same -csv. The re-forecast ran its 10,000 trials all
// the same, "<0.1% (10,000 trials)". Without -trials it still takes the
// scenario's trials (10,000 by default); -trials N and -set
// forecast.trials=N run N; -trials 0 wins over the -set.
func TestActualsCLITrialsZero(t *testing.T) {
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return planDay }
	const file = "../../testdata/actuals/salesforce-en.csv"
	const (
		chanceEn = "Chance of the goal (the plan's rates updated with those seen so far): "
		chanceJa = "目標達成の確率（計画の転換率を実績で更新して再計算）: "
		noneEn   = "Chance of the goal: not computed, as -trials is 0; leave -trials out to run 10,000 trials."
		noneJa   = "目標達成の確率: 計算していません（-trials 0）。-trials を外すと10,000回の試行で計算します。"
	)
	for _, tc := range []struct {
		name   string
		lang   string
		args   []string
		want   string // a line of the text output
		absent string // text the output must not hold
		trials int    // -json's reforecast.trials; 0: no probability_goal
	}{
		{"-trials 0 en", "en", []string{"-trials", "0"}, noneEn, chanceEn, 0},
		{"-trials 0 ja", "ja", []string{"-trials", "0"}, noneJa, chanceJa, 0},
		{"-trials 0 wins over -set", "en", []string{"-set", "forecast.trials=500", "-trials", "0"},
			"Chance of the goal: not computed, as -trials is 0; leave -trials out to run 500 trials.", chanceEn, 0},
		{"no -trials en", "en", nil, chanceEn + "<0.1% (10,000 trials)", noneEn, 10_000},
		{"no -trials ja", "ja", nil, chanceJa + "0.1%未満（10,000回の試行）", noneJa, 10_000},
		{"-trials 500", "en", []string{"-trials", "500"}, chanceEn + "<0.1% (500 trials)", noneEn, 500},
		{"-set forecast.trials=500", "en", []string{"-set", "forecast.trials=500"}, chanceEn + "<0.1% (500 trials)", noneEn, 500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"forecast", "-actuals", file}, tc.args...)
			out := mustRun(t, append(args, "-lang", tc.lang, "outbound")...)
			if !hasLine(out, tc.want) {
				t.Errorf("no line %q in\n%s", tc.want, out)
			}
			if strings.Contains(out, tc.absent) {
				t.Errorf("%q in\n%s", tc.absent, out)
			}
			var raw struct {
				Reforecast map[string]json.RawMessage `json:"reforecast"`
			}
			if err := json.Unmarshal([]byte(mustRun(t, append(args, "-json", "outbound")...)), &raw); err != nil {
				t.Fatal(err)
			}
			p, has := raw.Reforecast["probability_goal"]
			if got := string(raw.Reforecast["trials"]); got != strconv.Itoa(tc.trials) || has != (tc.trials > 0) {
				t.Errorf("-json reforecast trials %s, probability_goal %s (given %v); want trials %d, probability_goal given %v",
					got, p, has, tc.trials, tc.trials > 0)
			}
			csv := mustRun(t, append(args, "-csv", "outbound")...)
			if head, _, _ := strings.Cut(csv, "\n"); strings.Contains(head, "prob") {
				t.Errorf("-csv carries a chance: %s", head)
			}
			if plain := mustRun(t, "forecast", "-actuals", file, "-csv", "outbound"); csv != plain {
				t.Errorf("-csv differs from the one without -trials:\n%s\nwant\n%s", csv, plain)
			}
		})
	}
}

// hasLine reports whether out has a line equal to line.
func hasLine(out, line string) bool {
	for l := range strings.Lines(out) {
		if strings.TrimSuffix(l, "\n") == line {
			return true
		}
	}
	return false
}
