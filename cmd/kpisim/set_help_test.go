//go:build !wasm

package main

import (
	"math"

	"github.com/kpisim/kpisim/app/i18n"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/scenario"
)

// A lever is set by its label as well as its id, in either language and
// any case, alone or inside a key that names one: what `kpisim calc`
// prints and the page's fields show, typed back.
func TestSetByLabel(t *testing.T) {
	calcCases(t, []calcCase{
		{"an id", []string{"-lang", "en", "-set", "close_rate=30%"}, 0, "Required: Calls 34.8 / rep / day", ""},
		{"a Japanese label", []string{"-lang", "en", "-set", "受注率=30%"}, 0, "Required: Calls 34.8 / rep / day", ""},
		{"an English label with a space, in capitals", []string{"-lang", "ja", "-set", "CLOSE RATE=30%"}, 0, "必要: 架電数 34.8件/人日", ""},
		{"a ceiling by label", []string{"-lang", "en", "-set", "ceiling.架電数=30"}, 0, "beyond the ceiling of 30", ""},
		{"a variability by label", []string{"-lang", "en", "-set", "forecast.activity_cv.Calls=200%"}, 2, "", "-set forecast.activity_cv.calls: must be from 0% to 100%"},
		{"a range by label", []string{"-lang", "en", "-set", "forecast.ranges.Close rate.low=40%"}, 2, "", "-set forecast.ranges.close_rate.low: cannot be above"},
		{"a computed node by label", []string{"-lang", "en", "-set", "Deals won=100"}, 2, "", "-set deals: is computed from its children"},
	})
}

// A key that names no lever, activity or range of the scenario says which
// would do, in -lang's language; an unknown setting says where every one is
// listed. Each said only what was wrong.
func TestSetChoices(t *testing.T) {
	levers := "unit_price (Average deal size), close_rate (Close rate), meeting_rate (Meeting conversion), appointment_rate (Appointment rate), calls (Calls))"
	calcCases(t, []calcCase{
		{"no lever", []string{"-lang", "en", "-set", "close=20%"}, 2, "", "-set close: is not a lever of this scenario (its levers: " + levers},
		{"no lever, in Japanese", []string{"-lang", "ja", "-set", "成約率=20%"}, 2, "", "-set 成約率: このシナリオのレバーではありません（レバー: unit_price（平均単価）、close_rate（受注率）、"},
		{"a computed node", []string{"-lang", "en", "-set", "deals=100"}, 2, "", "set one of its levers instead (its levers: " + levers},
		{"no activity", []string{"-lang", "en", "-set", "ceiling.close_rate=4"}, 2, "", "-set ceiling.close_rate: is not an activity of this scenario (its activities: calls (Calls))"},
		{"no range", []string{"-lang", "en", "-set", "forecast.ranges.calls.low=4"}, 2, "", "is not a range of this scenario (its ranges: close_rate (Close rate), meeting_rate (Meeting conversion), appointment_rate (Appointment rate))"},
		{"no setting", []string{"-lang", "en", "-set", "calendar.start=4"}, 2, "", "-set calendar.start: is not a setting kpisim knows (a lever id, goal.value, calendar.headcount and the others kpisim help set lists)"},
		{"no setting, in Japanese", []string{"-lang", "ja", "-set", "calendar.start=4"}, 2, "", "一覧は kpisim help set"},
	})
}

// kpisim help set names every key -set takes, and -set's flag says so.
func TestSetHelp(t *testing.T) {
	out, errOut, code := runCmd("help", "set")
	if code != 0 || errOut != "" || out != setHelp {
		t.Fatalf("kpisim help set: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	keys := append(scenario.SettingKeys(), keyGoalPeriod, keyCurrency,
		scenario.KeyCeiling+"ID", scenario.KeyActivityCV+"ID", scenario.KeyRange+"ID.low", scenario.KeyRange+"ID.high", scenario.KeyRange+"ID.of")
	for _, k := range keys {
		if !strings.Contains(out, "\t"+k+" ") && !strings.Contains(out, "\t"+k+"\n") {
			t.Errorf("kpisim help set does not list %s", k)
		}
	}
	for _, cmd := range []string{"calc", "forecast", "sensitivity"} {
		if h, _, _ := runCmd("help", cmd); !strings.Contains(h, "kpisim help set lists every one") {
			t.Errorf("kpisim help %s does not say where the settings are listed", cmd)
		}
	}
}

// Any -set argument either changes the scenario into one with an answer
// (finite figures) or is refused with a message naming the key as read;
// nothing panics, labels included.
func FuzzApplySet(f *testing.F) {
	for _, seed := range []string{"close_rate=30%", "受注率=20%", "Close Rate=1", "ceiling.架電数=30", "forecast.ranges.Close rate.low=10%",
		"forecast.activity_cv.Calls=5%", "deals=1", "close=2", "calendar.start=4", "goal.period=week", "currency=usd", "=", "forecast.ranges..low=1", "ceiling.=3"} {
		f.Add(seed)
	}
	l := i18n.En
	f.Fuzz(func(t *testing.T, arg string) {
		s, _, err := load("outbound", l)
		if err != nil {
			t.Fatal(err)
		}
		key, err := applySet(s, arg)
		if err != nil {
			if msg := setError(s, l, key, err); msg == "" {
				t.Fatalf("-set %q: an empty message for %v", arg, err)
			}
			return
		}
		a, err := s.Answer()
		if err != nil {
			return // a tree the engine refuses names its own field; the CLI prints it
		}
		if v := a.Forecast(); math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("-set %q: forecast %v", arg, v)
		}
	})
}

// A percentage is a rate's: for an amount or a count -set refuses it, in
// -lang's language (goal.value=25% read a goal of ¥0.25, calls=50% half a
// call a day).
func TestSetPercentOnlyForRates(t *testing.T) {
	calcCases(t, []calcCase{
		{"the goal", []string{"-lang", "en", "-set", "goal.value=25%"}, 2, "", "-set goal.value: is not a rate: enter a number without %"},
		{"a count, in Japanese, full-width", []string{"-lang", "ja", "-set", "calls=５０％"}, 2, "", "-set calls: 率の項目ではないため、%は付けられません"},
		{"a ceiling", []string{"-lang", "en", "-set", "ceiling.calls=80%"}, 2, "", "-set ceiling.calls: is not a rate"},
		{"a rate", []string{"-lang", "en", "-set", "close_rate=30%"}, 0, "Required: Calls 34.8 / rep / day", ""},
		{"a variability", []string{"-lang", "en", "-set", "forecast.activity_cv.calls=20%"}, 0, "Required: Calls 41.7", ""},
		{"a rate's range", []string{"-lang", "en", "-set", "forecast.ranges.close_rate.low=20%"}, 0, "Required: Calls 41.7", ""},
	})
}

// An amount in another currency than the plan's is refused, naming both,
// in -lang's language: goal.value=$1,000,000 read a goal of ¥1,000,000
// (and unit_price=£8,000 a deal of ¥8,000) as an import never would. The
// plan's own currency, said or not, is read as before.
func TestSetOtherCurrency(t *testing.T) {
	calcCases(t, []calcCase{
		{"dollars for yen", []string{"-lang", "en", "-set", "goal.value=$1,000,000"}, 2, "",
			`-set goal.value: "$1,000,000" is in another currency than the plan's (JPY), and no exchange rate is applied: enter it in JPY`},
		{"a code, in Japanese", []string{"-lang", "ja", "-set", "goal.value=USD 10,000"}, 2, "",
			"-set goal.value: 「USD 10,000」は計画の通貨（JPY）と別の通貨の金額です。為替レートは使わないため、JPYで入力してください"},
		{"pounds for a deal", []string{"-lang", "en", "-set", "unit_price=£8,000"}, 2, "", "-set unit_price: \"£8,000\" is in another currency"},
		{"euros for a ceiling of money", []string{"-lang", "en", "-set", "currency=EUR", "-set", "goal.value=¥1億"}, 2, "", "(EUR)"},
		{"yen for yen", []string{"-lang", "en", "-set", "goal.value=¥1億"}, 0, "Required: Calls 41.7", ""},
		{"JPY for yen", []string{"-lang", "en", "-set", "goal.value=JPY 100,000,000"}, 0, "Required: Calls 41.7", ""},
		{"dollars for dollars", []string{"-lang", "en", "-set", "currency=USD", "-set", "goal.value=$100M"}, 0, "Required: Calls 41.7", ""},
		// A currency for a count or a rate is refused, naming the rule:
		// 12万円 calls read 120,000 calls and $30 a close rate of 30 %.
		{"a count is no amount", []string{"-lang", "en", "-set", "calls=$40"}, 2, "", "-set calls: is not an amount: enter a number without a currency"},
		{"yen for reps, in Japanese", []string{"-lang", "ja", "-set", "calendar.headcount=¥12"}, 2, "", "金額の項目ではないため"},
		{"dollars for a rate", []string{"-lang", "en", "-set", "close_rate=$30"}, 2, "", "is not an amount"},
		{"万円 for calls", []string{"-lang", "en", "-set", "calls=12万円"}, 2, "", "is not an amount"},
	})
}
