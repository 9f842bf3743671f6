package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

func TestGrouped(t *testing.T) {
	for v, want := range map[float64]string{
		100000000: "100,000,000", 1000: "1,000", 999: "999", 0.5: "0.5", 1234.25: "1,234.25", -1500000: "-1,500,000", 0: "0",
	} {
		if got := grouped(v); got != want {
			t.Errorf("grouped(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestProbBand(t *testing.T) {
	for p, want := range map[float64]string{0: BandLow, 0.29: BandLow, 0.3: BandMid, 0.5: BandMid, 0.7: BandMid, 0.71: BandHigh, 1: BandHigh} {
		if got := probBand(p); got != want {
			t.Errorf("probBand(%v) = %s, want %s", p, got, want)
		}
	}
}

// The probability in a leader's words: band, word, assumptions in one line
// and the spread of the year, once a run is done.
func TestProbabilityWords(t *testing.T) {
	for _, c := range []struct {
		lang          i18n.Lang
		word, assumes string
		spread        string
	}{
		{i18n.En, "a coin toss", "Close rate 20–30%, Meeting conversion 15–25%, Appointment rate from 40 of 2,000", "80% likely: revenue lands between ¥"},
		{i18n.Ja, "五分五分", "受注率 20〜30%、商談化率 15〜25%、アポイント獲得率は2,000件中40件の実績から", "80%の確率で"},
	} {
		m := newModel(t, c.lang)
		v := m.View()
		if v.Forecast.ProbBand != "" || !v.Forecast.Computing {
			t.Errorf("%s: a band before the run: %q", c.lang, v.Forecast.ProbBand)
		}
		if !strings.Contains(v.Forecast.Assumes, c.assumes) {
			t.Errorf("%s: assumptions %q, want %q", c.lang, v.Forecast.Assumes, c.assumes)
		}
		b := runBands(t, m)
		m.Bands = b
		v = m.View()
		if v.Forecast.ProbBand != probBand(b.ProbGoal) || v.Forecast.ProbWord != c.word {
			t.Errorf("%s: probability %v reads %q (%s), want %q", c.lang, b.ProbGoal, v.Forecast.ProbWord, v.Forecast.ProbBand, c.word)
		}
		if !strings.Contains(v.Forecast.Spread, c.spread) {
			t.Errorf("%s: spread %q, want %q", c.lang, v.Forecast.Spread, c.spread)
		}
		if !strings.Contains(v.Forecast.How, "10,000") {
			t.Errorf("%s: how it is computed does not say the trials: %q", c.lang, v.Forecast.How)
		}
	}
}

// A history moves with its lever (the run draws around the plan): the
// assumptions then name the record's size as the spread, not wins that no
// one had (10 % of 2,000 had read "from 200 of 2,000").
func TestAssumptionsOfAMovedHistory(t *testing.T) {
	for _, c := range []struct {
		lang      i18n.Lang
		want, not string
	}{
		{i18n.En, "Appointment rate at 10%, as sure as a record of 2,000", "200 of 2,000"},
		{i18n.Ja, "アポイント獲得率は10%（2,000件の実績と同じ確かさ）", "2,000件中200件"},
	} {
		m := newModel(t, c.lang)
		m.SetText("appointment_rate", "10")
		m.Commit("appointment_rate")
		got := m.View().Forecast.Assumes
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%s: assumptions %q, want %q", c.lang, got, c.want)
		}
		m.SetText("appointment_rate", "2")
		m.Commit("appointment_rate")
		if got := m.View().Forecast.Assumes; !strings.Contains(got, map[i18n.Lang]string{i18n.En: "Appointment rate from 40 of 2,000", i18n.Ja: "アポイント獲得率は2,000件中40件の実績から"}[c.lang]) {
			t.Errorf("%s: back at its value, assumptions %q", c.lang, got)
		}
	}
}

// Solve for any lever: the headline is the requirement of the close rate,
// and goal seek's choices leave the solved lever out.
func TestSolveFor(t *testing.T) {
	m := newModel(t, i18n.En)
	m.SetSolve("close_rate")
	v := m.View().Complete()
	if h := v.Head.Figure; h.Node != "close_rate" || h.Text != "26.05%" {
		t.Errorf("solving for the close rate, the headline is %+v", h)
	}
	for _, o := range v.Forecast.Seek {
		if o.Value == "close_rate" {
			t.Error("goal seek offers the lever solved for")
		}
	}
	if v.Ask.Given.Key != "close_rate" || v.Ask.With != "With close rate at" { // lower case mid-sentence, as the spread's "revenue lands"
		t.Errorf("the sentence's field is %q (%q)", v.Ask.Given.Key, v.Ask.With)
	}
	m.SetSolve("no_such_lever")
	if m.Scenario.Solve != "close_rate" {
		t.Error("an unknown lever was taken")
	}
	// The sentence: at 30 calls a day the close rate must be 34.7222 %,
	// rounded up as the policy says: 34.73 %.
	m.SetSolve("calls")
	m.SetText("calls", "30")
	if v := m.View().Complete(); !strings.Contains(v.Forecast.SeekText, "34.73%") {
		t.Errorf("30 calls a day: %q, want 34.73%%", v.Forecast.SeekText)
	}
}

// Equal bars are said to be equal, with the arithmetic.
func TestTornadoNote(t *testing.T) {
	if !equalBars([]float64{-1, -1, -1}, []float64{1, 1, 1}) || equalBars([]float64{-1, -2}, []float64{1, 1}) || equalBars([]float64{1}, []float64{1}) {
		t.Error("equalBars")
	}
	// The goal's product is named as the goal is (it read 売上 / revenue
	// for net new ARR too).
	for _, c := range []struct {
		name       string
		lang       i18n.Lang
		bars       int
		ofRequired bool
		goal, want string
	}{
		{"calls required", i18n.En, 5, true, "Revenue", "Every bar is the same: what is needed of calls is the goal divided by these levers, so moving any one by 10% moves it by the same share. Pick “min to max” to see which matters more."},
		{"revenue, en", i18n.En, 7, false, "Revenue", "Every bar is the same: revenue is a product of these levers, so moving any one by 10% moves revenue by the same share (all 7 up 10%: 1.1⁷ = 1.95×). Pick “min to max” to see which matters more."},
		{"revenue, ja", i18n.Ja, 7, false, "売上", "どのバーも同じ長さです。売上は各レバーの掛け算なので、どのレバーを10%動かしても売上は同じ割合だけ動きます（7個すべてを10%上げると 1.1⁷ = 1.95倍）。違いを見るには「最小〜最大」を選んでください。"},
		{"net new ARR, en", i18n.En, 3, false, "Net new ARR", "Every bar is the same: net new ARR is a product of these levers, so moving any one by 10% moves net new ARR by the same share (all 3 up 10%: 1.1³ = 1.33×). Pick “min to max” to see which matters more."},
		{"gross profit, ja", i18n.Ja, 3, false, "粗利", "どのバーも同じ長さです。粗利は各レバーの掛け算なので、どのレバーを10%動かしても粗利は同じ割合だけ動きます（3個すべてを10%上げると 1.1³ = 1.33倍）。違いを見るには「最小〜最大」を選んでください。"},
	} {
		if got := tornadoNote(c.lang, c.bars, false, c.ofRequired, "Calls", c.goal); got != c.want {
			t.Errorf("%s: note %q, want %q", c.name, got, c.want)
		}
	}
	m := newModel(t, i18n.En)
	m.SetSensitivity(SensitivityStep)
	if c := m.View().ChartOptions(); !strings.Contains(c.TornadoNote, "1.1⁶") {
		t.Errorf("±10 %% on the outbound product: note %q", c.TornadoNote)
	}
	m.SetSensitivity("")
	if c := m.View().ChartOptions(); c.TornadoNote != "" {
		t.Errorf("by range the bars differ, yet the note says %q", c.TornadoNote)
	}
}

func TestAxisLabel(t *testing.T) {
	for _, c := range []struct {
		name string
		v    float64
		want string
	}{
		{axisName(i18n.Ja, true, "JPY"), 1e8, "1億円"},
		{axisName(i18n.Ja, true, "JPY"), 5e7, "5,000万円"},
		{axisName(i18n.En, true, "JPY"), 1e8, "¥100M"},
		{axisName(i18n.En, false, ""), 100000, "100K"},
		{axisName(i18n.Ja, false, ""), 100000, "10万"},
		// From 1万, in 万 as from 10万: an axis read 「80,000」 beside 「10万」.
		{axisName(i18n.Ja, false, ""), 80000, "8万"},
		{axisName(i18n.Ja, false, ""), 25000, "2.5万"},
		{axisName(i18n.Ja, false, ""), 5000, "5,000"},
		{axisName(i18n.Ja, true, "JPY"), 40000, "4万円"},
		{axisName(i18n.En, false, ""), 40, "40"},
	} {
		if got, ok := axisLabel(c.name, c.v); !ok || got != c.want {
			t.Errorf("axisLabel(%s, %v) = %q, want %q", c.name, c.v, got, c.want)
		}
	}
	if _, ok := axisLabel("nonsense", 1); ok {
		t.Error("an unknown axis function was read")
	}
	if axisFunc("__f__money:ja:JPY__f__") != "money:ja:JPY" || axisFunc("plain") != "" {
		t.Error("axisFunc")
	}
}

// A view built while the Monte Carlo run was under way, brought up to the
// run's result (withBands, as the page does when the run's last stream
// comes in), is the view View builds with it: completed before the run or
// after, its charts built or not yet, in both languages, for every preset.
func TestWithBands(t *testing.T) {
	for _, lang := range i18n.Langs {
		m := newModel(t, lang)
		for _, p := range m.Presets {
			m.Load(p.ID)
			m.Scenario.Forecast.Trials = 1000
			b := runBands(t, m)
			for _, tc := range []struct {
				name   string
				before func(v *View) // what the page did with the view before the run ended
			}{
				{"completed, charts built", func(v *View) { v.ChartOptions() }},
				{"completed, charts not built", func(v *View) { v.Complete() }},
				{"not completed", func(*View) {}},
			} {
				m.Bands = nil
				v := m.View()
				tc.before(v)
				if !v.Forecast.Computing {
					t.Fatalf("%s/%s: a view before the run is not computing", lang, p.ID)
				}
				m.Bands = b
				m.withBands(v)
				v.ChartOptions()
				want := m.View()
				want.ChartOptions()
				if d := viewDiff(v, want); d != "" {
					t.Errorf("%s/%s, %s: with the run's bands, the view differs from View's: %s", lang, p.ID, tc.name, d)
				}
			}
		}
	}
}

// viewDiff names the first exported field in which a and b differ, and
// their charts; "" when they are the same.
func viewDiff(a, b *View) string {
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := range va.NumField() {
		f := va.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		if x, y := va.Field(i).Interface(), vb.Field(i).Interface(); !reflect.DeepEqual(x, y) {
			return fmt.Sprintf("%s: %+v\nwant %+v", f.Name, x, y)
		}
	}
	if x, y := a.ChartOptions(), b.ChartOptions(); !reflect.DeepEqual(x, y) {
		return fmt.Sprintf("charts: %+v\nwant %+v", x, y)
	}
	return ""
}

// The spread reads to three significant digits, as much as 10,000 trials
// know, and a plan where nothing varies says so.
func TestSpread(t *testing.T) {
	for _, c := range []struct {
		name     string
		lang     i18n.Lang
		p10, p90 float64
		months   int
		want     string
	}{
		{"en", i18n.En, 84453214, 132456789, 12, "80% likely: revenue lands between ¥84,500,000 and ¥132,000,000."},
		{"ja", i18n.Ja, 84453214, 132456789, 12, "80%の確率で、売上は8,450万円〜1億3,200万円に収まります。"},
		{"nothing varies, en", i18n.En, 12000000, 12000000, 12, "Every year, revenue lands at ¥12,000,000: nothing in the plan varies."},
		{"nothing varies, ja", i18n.Ja, 12000000, 12000000, 12, "どの試行でも売上は1,200万円です（ばらつきが設定されていません）。"},
		// A close rate of 0.001 %: no run closes a deal, though rates vary.
		{"ranges, one figure, en", i18n.En, 0, 0, 12, "80% likely: revenue lands at about ¥0."},
		{"too narrow for three digits, en", i18n.En, 1000050, 1000140, 12, "80% likely: revenue lands at about ¥1,000,000."},
		{"too narrow for three digits, ja", i18n.Ja, 1000050, 1000140, 12, "80%の確率で、売上は約100万円に収まります。"},
		{"too narrow, 6 months, en", i18n.En, 1000050, 1000140, 6, "8 runs in 10, revenue over the 6 months lands at about ¥1,000,000."},
		{"a plan of 6 months, en", i18n.En, 34012345, 65987654, 6, "8 runs in 10, revenue over the 6 months lands between ¥34,000,000 and ¥66,000,000."},
		{"a plan of 6 months, ja", i18n.Ja, 34012345, 65987654, 6, "80%の確率で、6か月の売上は3,400万円〜6,600万円に収まります。"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			if strings.HasPrefix(c.name, "nothing varies") {
				m.Scenario.Forecast.Ranges, m.Scenario.Forecast.ActivityCV = nil, nil
			}
			mod, err := m.Scenario.Model()
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := m.spread(mod.Node(mod.Goal()), c.p10, c.p90, c.months); got != c.want {
				t.Errorf("spread %q, want %q", got, c.want)
			}
		})
	}
}

// A deal so large that the goal needs next to nothing: the exact value
// beside the headline never reads 0 when it is not, and goal seek names
// the end of the range that is already enough, not a close rate of "0%".
func TestTinyNeeds(t *testing.T) {
	for _, c := range []struct {
		name        string
		lang        i18n.Lang
		exact, seek string
	}{
		{"en", i18n.En, "0.000000042", "— even 1%, the end of its range, is enough (now 25%)."},
		{"ja", i18n.Ja, "0.000000042", "は範囲の端の1%でも足ります（現在 25%）。"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.SetText("unit_price", "999兆")
			m.Commit("unit_price")
			v := m.View().Complete()
			if v.Head.Exact != c.exact || v.Forecast.SeekText != c.seek {
				t.Errorf("exact %q, seek %q; want %q, %q", v.Head.Exact, v.Forecast.SeekText, c.exact, c.seek)
			}
		})
	}
}

// A rate's range reads to its first digits however small: a close rate
// of 0.001 % ±20 % is 0.0008–0.0012 %, not 0–0 %.
func TestRangeEndTiny(t *testing.T) {
	m := newModel(t, i18n.En)
	n := m.Scenario.Node("close_rate")
	if got := m.rangeEnd(n, 0.000008, false) + "–" + m.rangeEnd(n, 0.000012, true); got != "0.0008–0.0012%" {
		t.Errorf("tiny range %q", got)
	}
	if got := m.rangeEnd(n, 0.2, false) + "–" + m.rangeEnd(n, 0.305, true); got != "20–30.5%" {
		t.Errorf("range %q", got)
	}
}

// A lever whose range's end cannot be computed (velocity's sales cycle
// from 0 days: a divisor) is named under the tornado by range, in both
// languages; by ±10 % it has its bar and nothing is said. It was left out
// of the range's bars with nothing said.
func TestTornadoRangeFailsNamed(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.En, "Left out: Sales cycle (days), as the plan cannot be computed at an end of its range (a divisor's min of 0, say). Mend the range to bring it in."},
		{i18n.Ja, "平均商談期間（日）は範囲の端で計画を計算できないため、入れていません（割る数の最小が0など）。範囲を直すと入ります。"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := newModel(t, tc.lang)
			m.Load("velocity")
			c := m.Scenario.Clone()
			for i := range c.Nodes {
				if c.Nodes[i].ID == "cycle_days" {
					c.Nodes[i].Min = 0
				}
			}
			m.Scenario = c
			m.changed()
			m.SetSensitivity("")
			if got := m.View().ChartOptions().TornadoNote; !strings.HasSuffix(got, tc.want) {
				t.Errorf("by range: note %q, want it to end %q", got, tc.want)
			}
			m.SetSensitivity(SensitivityStep)
			if got := m.View().ChartOptions().TornadoNote; strings.Contains(got, tc.want) {
				t.Errorf("by ±10%%: note %q names the range", got)
			}
		})
	}
}

// A lever without a range (one added in the editor, a file's lever with no
// min and max) has no bar at its ends: the tornado by range names it, in
// both languages, where it was left out with nothing said; by ±10 % it has
// its bar and nothing is said. The reps, the calendar's, are never named.
func TestTornadoNoRangeNamed(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.En, "Close rate has no range (a minimum and a maximum), so its effect at the range's ends is not shown: give it one (in the page: Edit the tree)."},
		{i18n.Ja, "受注率には範囲（最小・最大）がないため、範囲の端での効果を示していません。範囲を設定してください（ページでは「ツリーを編集」）。"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := newModel(t, tc.lang)
			if got := m.View().ChartOptions().TornadoNote; strings.Contains(got, tc.want[:10]) {
				t.Fatalf("outbound as shipped: note %q", got)
			}
			c := m.Scenario.Clone()
			for i := range c.Nodes {
				if c.Nodes[i].ID == "close_rate" {
					c.Nodes[i].Min, c.Nodes[i].Max = 0, 0
				}
			}
			m.Scenario = c
			m.changed()
			m.SetSensitivity("")
			if got := m.View().ChartOptions().TornadoNote; !strings.Contains(got, tc.want) {
				t.Errorf("by range: note %q, want %q", got, tc.want)
			}
			m.SetSensitivity(SensitivityStep)
			if got := m.View().ChartOptions().TornadoNote; strings.Contains(got, tc.want) {
				t.Errorf("by ±10%%: note %q names the range", got)
			}
		})
	}
}

// TestBandReadsAlike: the cumulative chart's band reads in its tooltip as
// the monthly plan reads it, to three significant digits: the tooltip read
// $4,608,000 – $7,104,000 beside the table's $4,610,000 – $7,100,000.
func TestBandReadsAlike(t *testing.T) {
	for _, lang := range i18n.Langs {
		m := newModel(t, lang)
		m.SetText("unit_price", "48000") // deals of ¥48,000: the band's ends are no round figures
		m.Scenario.Forecast.Trials = 1000
		m.Bands = runBands(t, m)
		v := m.View()
		opt := v.ChartOptions().Cumulative
		n := 0
		for _, r := range v.Forecast.Months {
			if r.BandText == "" {
				continue
			}
			n++
			tip := strings.Replace(r.BandText, lang.RangeSep(), " – ", 1)
			if !strings.Contains(opt, tip) {
				t.Errorf("%s %s: the plan reads %q, the chart's band has no %q", lang, r.Label, r.BandText, tip)
			}
		}
		if n == 0 {
			t.Fatalf("%s: no month has a band", lang)
		}
	}
}
