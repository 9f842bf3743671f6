package ui

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// An activity stated per week or per month reads in its span wherever a
// sentence names it: the forecast's source, the tree's explanation and goal
// seek's field, and the ceiling's field in the settings. None of them calls
// a week's 1.5 opportunities a day's.
func TestActivityReadsInItsSpan(t *testing.T) {
	for _, c := range []struct {
		name, preset  string
		lang          i18n.Lang
		from, forward string
		unit          string
		said          string    // goal seek field's name for a screen reader
		ceiling       [2]string // the ceiling's field: its label and unit
		chart         string    // the activity chart's title
		bar           string    // its required bar's label: the headline's figure (it read ¥1.92M, below the ¥1,923,077 required)
	}{
		{"a day's count, ja", "outbound", i18n.Ja, "計画した行動量（1人1日40件）からの予測",
			"架電数 = 1人1日40件 × 10人 × 20営業日 × 12か月 = 96,000", "件/人日のとき、", "逆算の前提の架電数（件/人日）", [2]string{"1人1日の上限・架電数", "件/人日"}, "1人1日あたりの行動量", "41.7"},
		{"a day's count, en", "outbound", i18n.En, "From the planned activity (40 a rep a day)",
			"Calls = 40 a rep a day × 10 reps × 20 days × 12 months = 96,000", "a rep a day,", "Calls for goal seek (a rep a day)", [2]string{"Ceiling per rep per day · Calls", "/ rep / day"}, "Activity per rep per day", "41.7"},
		{"a week's count, ja", "saas-revenue", i18n.Ja, "計画した行動量（1.5件/人週）からの予測",
			"商談数 = 1.5件/人週 × 4人 × 4週 × 12か月 = 288", "件/人週のとき、", "逆算の前提の商談数（件/人週）", [2]string{"1人1週の上限・商談数", "件/人週"}, "1人1週あたりの行動量", "1.7"},
		{"a week's count, en", "saas-revenue", i18n.En, "From the planned activity (1.5 / rep / week)",
			"Opportunities = 1.5 / rep / week × 4 reps × 4 weeks × 12 months = 288", "a rep a week,", "Opportunities for goal seek (a rep a week)", [2]string{"Ceiling per rep per week · Opportunities", "/ rep / week"}, "Activity per rep per week", "1.7"},
		// Two hires join in month 3 and ramp up over three months: the
		// year holds 78 rep-months, not 5 × 12.
		{"a month's money with hires, ja", "inside-sales", i18n.Ja, "計画した行動量（240万円/人月）からの予測",
			"マーケティング予算 = 240万円/人月 × 年間延べ78人月 = 1億8,720万円", "円/人月のとき、", "逆算の前提のマーケティング予算（円/人月）", [2]string{"1人1か月の上限・マーケティング予算", "円/人月"}, "1人1か月あたりの行動量", "192.4万円"},
		{"a month's money with hires, en", "inside-sales", i18n.En, "From the planned activity (¥2,400,000 / rep / month)",
			"Marketing budget = ¥2,400,000 / rep / month × 78 rep-months a year = ¥187,200,000", "JPY a rep a month,", "Marketing budget for goal seek (JPY a rep a month)", [2]string{"Ceiling per rep per month · Marketing budget", "JPY / rep / month"}, "Activity per rep per month", "¥1,923,077"},
		{"no activity: the comma follows the field, en", "velocity", i18n.En, "", "Opportunities = 50 (lever)", ",", "Opportunities for goal seek", [2]string{}, "Activity per rep per day", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			v := m.View().Complete()
			if v.Forecast.From != c.from {
				t.Errorf("forecast from %q, want %q", v.Forecast.From, c.from)
			}
			if v.Explain.Forward != c.forward {
				t.Errorf("explanation %q, want %q", v.Explain.Forward, c.forward)
			}
			if v.Ask.Unit != c.unit {
				t.Errorf("goal seek's unit %q, want %q", v.Ask.Unit, c.unit)
			}
			if v.Ask.Name != c.said {
				t.Errorf("goal seek's field is named %q, want %q", v.Ask.Name, c.said)
			}
			// The chart's title names the span, and its required bar is
			// the headline's figure.
			if v.Forecast.Activity != c.chart {
				t.Errorf("the activity chart's title %q, want %q", v.Forecast.Activity, c.chart)
			}
			if c.bar != "" && !strings.Contains(v.ChartOptions().Activity, fmt.Sprintf("%q]", c.bar)) {
				t.Errorf("the activity chart's required bar is not %q (the headline: %q): %s", c.bar, v.Head.Figure.Text, v.ChartOptions().Activity)
			}
			for _, f := range v.Settings {
				if strings.HasPrefix(f.Key, scenario.KeyCeiling) && [2]string{f.Label, f.Unit} != c.ceiling {
					t.Errorf("the ceiling's field reads %q %q, want %q", f.Label, f.Unit, c.ceiling)
				}
			}
		})
	}
}

// Solving for a churn rate, no count lies on the path: the funnel says so
// rather than stand empty, and the activity, off the path, has no
// required bar reading "0".
func TestChartsOffThePath(t *testing.T) {
	for _, c := range []struct {
		name string
		lang i18n.Lang
		note string
	}{
		{"en", i18n.En, "No count lies on the path solved for Churn rate."},
		{"ja", i18n.Ja, "解約率を逆算する経路には件数の項目がありません。"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load("saas-revenue")
			m.SetSolve("churn_rate")
			ch := m.View().Complete().ChartOptions()
			if ch.FunnelNote != c.note {
				t.Errorf("funnel note %q, want %q", ch.FunnelNote, c.note)
			}
			if strings.Contains(ch.Activity, `"text":"0"`) || !strings.Contains(ch.Activity, `"text":""`) {
				t.Errorf("the activity off the path has a required label: %s", ch.Activity)
			}
			m.SetSolve("opportunities")
			if ch := m.View().Complete().ChartOptions(); ch.FunnelNote != "" {
				t.Errorf("solving for opportunities, the funnel says %q", ch.FunnelNote)
			}
		})
	}
}

// The monthly plan's need per rep reads in the target's span too: SaaS's
// opportunities per week (the headline's 1.7), inside sales' budget per
// month (April's 250万円, the busiest month the headline names).
func TestMonthsPerRepInItsSpan(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		head, first  string
	}{
		{"a week's count", "saas-revenue", i18n.En, "Required / rep / week", "1.7"},
		{"a month's money", "inside-sales", i18n.Ja, "必要（1人1か月）", "250万円"},
		{"a day's count", "outbound", i18n.Ja, "必要（1人1日）", "41.7"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			fc := m.View().Complete().Forecast
			if fc.PerRepHead != c.head || len(fc.Months) == 0 || fc.Months[0].PerRepText != c.first {
				t.Errorf("head %q, first month %q; want %q, %q", fc.PerRepHead, fc.Months[0].PerRepText, c.head, c.first)
			}
		})
	}
}

// The tornado of the requirement reads in the target's span: inside
// sales' budget per rep per month (a move of the close rate shifts it by
// hundreds of thousands of yen, not the thousands of a day).
func TestTornadoRequirementInItsSpan(t *testing.T) {
	m := newModel(t, i18n.En)
	m.Load("inside-sales")
	m.SetSensitivityOf(SensitivityRequired)
	v := m.View().Complete()
	if want := "Marketing budget required per rep per month"; !strings.Contains(v.Forecast.Tornado, want) {
		t.Errorf("the tornado's title %q lacks %q", v.Forecast.Tornado, want)
	}
	var opt struct {
		Series []struct {
			Data []struct {
				Value []any `json:"value"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal([]byte(v.ChartOptions().Tornado), &opt); err != nil {
		t.Fatal(err)
	}
	most := 0.0
	for _, s := range opt.Series {
		for _, d := range s.Data {
			for _, x := range d.Value {
				if f, ok := x.(float64); ok {
					most = max(most, math.Abs(f))
				}
			}
		}
	}
	if most < 100000 {
		t.Errorf("the largest change is %v: a day's, not a month's", most)
	}
}

// A whole-number setting refused says so with a whole number's example,
// not "25%, 1,000,000, 100万 or 12.5".
func TestWholeNumberHint(t *testing.T) {
	for _, c := range []struct {
		name, key string
		lang      i18n.Lang
		want      string
	}{
		{"months, en", scenario.KeyMonths, i18n.En, "Months: enter a whole number (such as 12)"},
		{"start year, ja", scenario.KeyStartYear, i18n.Ja, "Start: 年を入力してください（例: 2026、指定しないなら0）"}, // a year's example, not 12
		{"start year, en", scenario.KeyStartYear, i18n.En, "Start: enter a year (such as 2026, or 0 for none)"},
		{"trials, en", scenario.KeyTrials, i18n.En, "Months: enter a whole number (such as 12)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.SetText(c.key, "abc")
			e := m.errs[c.key]
			if e == nil {
				t.Fatalf("%s took abc", c.key)
			}
			label := "Months"
			if c.key == scenario.KeyStartYear {
				label = "Start"
			}
			if got := m.errText(label, e); got != c.want {
				t.Errorf("%s says %q, want %q", c.key, got, c.want)
			}
		})
	}
}

// A tree with no activity lever (the velocity preset: opportunities are a
// pipeline) says so under the activity chart, which drew an empty axis and
// a legend with nothing to say why; a tree with one says nothing.
func TestChartsNoActivity(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		note         string
	}{
		{"velocity en", "velocity", i18n.En, "This tree has no activity lever (a count or an amount per rep) to chart."},
		{"velocity ja", "velocity", i18n.Ja, "このツリーには行動量のレバー（1人あたりの件数や金額）がないため、描く行動量がありません。"},
		{"outbound en", "outbound", i18n.En, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			ch := m.View().Complete().ChartOptions()
			if ch.ActivityNote != c.note {
				t.Errorf("activity note %q, want %q", ch.ActivityNote, c.note)
			}
			// Its funnel: the opportunities are a count on the path, but
			// a pipeline's (it said no count lies on the path).
			if c.preset == "velocity" && !strings.Contains(ch.FunnelNote, map[i18n.Lang]string{i18n.En: "Opportunities: a count at any one time", i18n.Ja: "商談数はある時点の件数"}[c.lang]) {
				t.Errorf("funnel note %q", ch.FunnelNote)
			}
		})
	}
}

// The activity chart's bars read as the headline and the table: a need
// of 108.3333 calls is 108.4 under round-up, where the chart's count
// format had read 108, below what is required.
func TestActivityBarReadsTheHeadline(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		m := newModel(t, lang)
		m.Load("outbound")
		m.SetText(scenario.KeyGoal, "260000000")
		m.SetText(scenario.KeyCeiling+"calls", "200")
		v := m.View().Complete()
		if v.Head.Figure.Text != "108.4" {
			t.Fatalf("%s: the headline reads %q", lang, v.Head.Figure.Text)
		}
		var opt struct {
			Series []struct {
				ID   string `json:"id"`
				Data []struct {
					Value []any `json:"value"`
				} `json:"data"`
			} `json:"series"`
		}
		if err := json.Unmarshal([]byte(v.ChartOptions().Activity), &opt); err != nil {
			t.Fatal(err)
		}
		got := map[string]any{}
		for _, s := range opt.Series {
			if len(s.Data) > 0 && len(s.Data[0].Value) == 3 {
				got[s.ID] = s.Data[0].Value[2]
			}
		}
		if got["required"] != "108.4" || got["planned"] != "40" {
			t.Errorf("%s: the bars read %v, want required 108.4 and planned 40", lang, got)
		}
	}
}
