package ui

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// solved is the scenario of m solved as the comparison solves a copy.
func solved(t *testing.T, m *Model, name string) (compareInput, Variant) {
	t.Helper()
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	v := Variant{Name: name, Preset: st.Preset, Scenario: st.Scenario}
	view, err := solveVariant(m.Presets, m.Lang, v)
	if err != nil {
		t.Fatal(err)
	}
	return compareInput{Name: name, View: view}, v
}

// Each column reads as its scenario opened alone; differences are to the
// base, in value and %, and follow the base when it is swapped.
func TestCompareModel(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		m := newModel(t, lang)
		base, _ := solved(t, m, "A")
		m.SetText("close_rate", "20")
		lower, _ := solved(t, m, "B")
		c := compare(lang, []compareInput{base, lower}, 0)
		if len(c.Cols) != 2 || !c.Cols[0].Base || c.Cols[1].Base {
			t.Fatalf("columns: %+v", c.Cols)
		}
		alone := newModel(t, lang)
		alone.SetText("close_rate", "20")
		a, err := alone.Scenario.Answer()
		if err != nil {
			t.Fatal(err)
		}
		tab := report.New(a, lang, alone.Scenario.Currency)
		req := row(t, c.Heads, "required")
		if req.Cells[1].Exact != tab.Head.Figure.Exact || !strings.Contains(req.Cells[1].Text, tab.Head.Figure.Text) {
			t.Errorf("%s: required %+v, alone %+v", lang, req.Cells[1], tab.Head.Figure)
		}
		if f := row(t, c.Heads, "forecast").Cells[1]; f.Exact != tab.Total.Exact || f.Text != tab.Total.Text {
			t.Errorf("%s: forecast %+v, alone %+v", lang, f, tab.Total)
		}
		// Named as the page names them, in the goal's words (they read
		// 予測売上 and 累計予測売上 for net new ARR too).
		if r := row(t, c.Heads, "forecast"); r.Label != tab.ForecastTitle() || c.ChartTitle != tab.CompareTitle() {
			t.Errorf("%s: the forecast reads %q, its chart %q", lang, r.Label, c.ChartTitle)
		}
		m.Load("saas-revenue")
		arr, _ := solved(t, m, "ARR")
		want := map[i18n.Lang][2]string{i18n.Ja: {"ARR純増予測", "累計予測ARR純増"}, i18n.En: {"Net new ARR forecast", "Cumulative net new ARR forecast"}}[lang]
		if s := compare(lang, []compareInput{arr, base}, 0); row(t, s.Heads, "forecast").Label != want[0] || s.ChartTitle != want[1] {
			t.Errorf("%s: net new ARR's forecast reads %q, its chart %q; want %q", lang, row(t, s.Heads, "forecast").Label, s.ChartTitle, want)
		}
		if g := row(t, c.Heads, "gap").Cells[1]; g.Exact != tab.Gap.Exact || g.Text != tab.Gap.Text {
			t.Errorf("%s: gap %+v, alone %+v", lang, g, tab.Gap)
		}
		// A lower close rate needs more activity: a rise, in value and %.
		if d := req.Cells[1]; !strings.HasPrefix(d.Diff, "+") || !strings.HasSuffix(d.Pct, "%") || !strings.HasPrefix(d.Pct, "+") {
			t.Errorf("%s: a lower close rate needs more activity: %q %q", lang, d.Diff, d.Pct)
		}
		if req.Cells[0].Diff != "" || req.Cells[0].Pct != "" {
			t.Errorf("%s: the base has a difference to itself: %+v", lang, req.Cells[0])
		}
		// In yen only: a share of the base's gap read "-480%".
		if g := row(t, c.Heads, "gap").Cells[1]; !strings.HasPrefix(g.Diff, "-") || g.Pct != "" {
			t.Errorf("%s: the gap's difference %q %q, want a fall in yen alone", lang, g.Diff, g.Pct)
		}
		if p := row(t, c.Heads, "probability").Cells; p[0].Exact < 0 || p[1].Exact < 0 || !strings.HasSuffix(p[1].Diff, "pt") {
			t.Errorf("%s: probability %+v", lang, p)
		}
		// The required table: every node and period of the solve path, the
		// figures as the table alone shows them.
		if len(c.Req) == 0 {
			t.Fatalf("%s: no required table", lang)
		}
		for _, r := range tab.Rows {
			if !r.OnPath || !r.Periodic() {
				continue
			}
			for _, fig := range r.Required {
				cr := row(t, c.Req, r.ID+"/"+fig.Period)
				if cr.Cells[1].Text != fig.Text || cr.Cells[1].Exact != fig.Exact {
					t.Errorf("%s: %s/%s = %+v, alone %+v", lang, r.ID, fig.Period, cr.Cells[1], fig)
				}
				if cr.Cells[1].Diff == "" && cr.Cells[1].Exact != cr.Cells[0].Exact {
					t.Errorf("%s: %s/%s has no difference", lang, r.ID, fig.Period)
				}
			}
		}
		// One line per scenario.
		var opt struct{ Series []json.RawMessage }
		if err := json.Unmarshal([]byte(c.Chart), &opt); err != nil || len(opt.Series) != 2 || c.Error != "" {
			t.Errorf("%s: chart: %v %d series %q", lang, err, len(opt.Series), c.Error)
		}

		// Swap the base: the differences turn round.
		s := compare(lang, []compareInput{base, lower}, 1)
		if !s.Cols[1].Base || s.Cols[0].Base {
			t.Fatalf("swapped: %+v", s.Cols)
		}
		sr := row(t, s.Heads, "required")
		if sr.Cells[1].Diff != "" || !strings.HasPrefix(sr.Cells[0].Diff, "-") || !strings.HasPrefix(sr.Cells[0].Pct, "-") {
			t.Errorf("%s: swapped base: %+v", lang, sr.Cells)
		}
		if strings.TrimPrefix(sr.Cells[0].Diff, "-") != strings.TrimPrefix(req.Cells[1].Diff, "+") {
			t.Errorf("%s: swapped difference %q, was %q", lang, sr.Cells[0].Diff, req.Cells[1].Diff)
		}
	}
}

func row(t *testing.T, rows []CompareRow, key string) CompareRow {
	t.Helper()
	for _, r := range rows {
		if r.Key == key {
			return r
		}
	}
	t.Fatalf("no row %s", key)
	return CompareRow{}
}

// A base of 0 gives a difference without %, never an infinity; no figure
// ever reads NaN, Inf or -0; a scenario that cannot be solved has its
// reason and no differences.
func TestCompareEdges(t *testing.T) {
	m := newModel(t, i18n.En)
	a, _ := solved(t, m, "A")
	// The same scenario twice: every difference is 0, never -0.
	b, _ := solved(t, m, "B")
	c := compare(i18n.En, []compareInput{a, b, {Name: "broken", Err: "close_rate: must be between 0 and 100%"}}, 0)
	for _, rows := range [][]CompareRow{c.Heads, c.Req} {
		for _, r := range rows {
			cell := r.Cells[1]
			if cell.Diff != "" && strings.Trim(cell.Diff, "0 pt¥$") != "" || cell.Pct != "" && cell.Pct != "0%" {
				t.Errorf("%s: the same scenario differs by %q %q", r.Key, cell.Diff, cell.Pct)
			}
			for _, s := range []string{cell.Text, cell.Diff, cell.Pct} {
				if strings.Contains(s, "NaN") || strings.Contains(s, "Inf") || strings.HasPrefix(s, "-0") {
					t.Errorf("%s: %q", r.Key, s)
				}
			}
			if !r.Cells[2].None {
				t.Errorf("%s: a broken scenario has a figure", r.Key)
			}
		}
	}
	if c.Cols[2].Err == "" {
		t.Error("the broken scenario's reason is lost")
	}
	// A gap of 0 in the base: a difference, no %.
	g := row(t, c.Heads, "gap")
	tb := *a.View.table
	tb.Gap.Exact, tb.Gap.Value = 0, 0
	va := *a.View
	va.table = &tb
	z := compare(i18n.En, []compareInput{{Name: "zero", View: &va}, b}, 0)
	zg := row(t, z.Heads, "gap").Cells[1]
	if zg.Diff == "" || zg.Pct != "" {
		t.Errorf("a zero base: %q %q (gap %v)", zg.Diff, zg.Pct, g.Cells[1].Exact)
	}
	// A probability not computed yet has no difference.
	vb := *b.View
	vb.Forecast.Probability = Figure{Exact: -1, Text: "…"}
	p := compare(i18n.En, []compareInput{a, {Name: "B", View: &vb}}, 0)
	if d := row(t, p.Heads, "probability").Cells[1]; d.Diff != "" {
		t.Errorf("a probability not computed has a difference %q", d.Diff)
	}
	if math.IsNaN(row(t, c.Heads, "forecast").Cells[0].Exact) {
		t.Error("NaN forecast")
	}
}

// The comparison is part of the state: the page restored from a state
// shows the same columns and base; the view renders them with names as
// text and both languages' words.
func TestCompareState(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		p := &Page{model: newModel(t, lang)}
		_, start := solved(t, p.model, "")
		p.model.SetText("close_rate", "20")
		other := newModel(t, lang)
		other.SetText("calls", "50")
		_, named := solved(t, other, `<b>Plan B</b>`)
		p.model.SetCompare([]Variant{start, {Current: true}, named}, 2)
		st, err := p.model.State()
		if err != nil {
			t.Fatal(err)
		}
		q := &Page{model: newModel(t, i18n.En)}
		if err := q.model.Restore(st); err != nil {
			t.Fatal(err)
		}
		q.refresh()
		c := q.comparison()
		if len(c.Cols) != 3 || c.Base != 2 || c.Cols[0].Name != lang.T("compare.start") || c.Cols[1].Name != lang.T("compare.current") || !c.Cols[1].Current {
			t.Fatalf("%s: restored comparison %+v", lang, c.Cols)
		}
		html := app.HTMLString(q.compareView(lang))
		for _, want := range []string{`id="chart-compare"`, "&lt;b&gt;Plan B", lang.T("compare.make_base"), `data-row="calls/rep_day"`, "compare-delta"} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: compare view lacks %s", lang, want)
			}
		}
		if strings.Contains(html, "<b>Plan") {
			t.Errorf("%s: a name became markup", lang)
		}
		// Marking and unmarking one of My scenarios adds and removes it.
		mn := mine{Name: "C", State: st, Compare: true}
		q.markMine(mn)
		if len(q.model.Compare) != 4 {
			t.Errorf("%s: marked: %d columns", lang, len(q.model.Compare))
		}
		mn.Compare = false
		q.markMine(mn)
		if len(q.model.Compare) != 3 || q.model.CompareBase != 2 {
			t.Errorf("%s: unmarked: %d columns, base %d", lang, len(q.model.Compare), q.model.CompareBase)
		}
	}
}

// Making the current work the base replaces the state kept at the first
// change, keeps the comparison's other copies, and starts a comparison
// when none is on show.
func TestCompareRebase(t *testing.T) {
	p := &Page{model: newModel(t, i18n.En)}
	p.refresh()
	p.rebase()
	if len(p.model.Compare) != 2 || p.model.CompareBase != 0 || p.model.Compare[0].Name != "" || !p.model.Compare[0].Rebased || !p.model.Compare[1].Current {
		t.Fatalf("rebase without a comparison: %+v", p.model.Compare)
	}
	_, named := solved(t, p.model, "Plan A")
	p.model.SetCompare(append(p.model.Compare, named), 2)
	p.model.SetText("close_rate", "20")
	p.rebase()
	vs := p.model.Compare
	if len(vs) != 3 || p.model.CompareBase != 0 || vs[2].Name != "Plan A" {
		t.Fatalf("rebase: %+v base %d", vs, p.model.CompareBase)
	}
	cur, _ := p.model.State()
	if !sameJSON(vs[0].Scenario, cur.Scenario) {
		t.Error("the new base is not the current work")
	}
	// The base column and the hint say what the base now is: they read
	// "Before changes" and "the state before the first change" after it.
	for l, want := range map[i18n.Lang][2]string{
		i18n.En: {"Chosen base", "The base is the state when Make the current state the base was pressed."},
		i18n.Ja: {"基準にした状態", "「今の状態を基準にする」を押したときの状態が基準です。"},
	} {
		if got := variantName(l, vs[0]); got != want[0] {
			t.Errorf("%s: the base column reads %q, want %q", l, got, want[0])
		}
		if got := compareHint(l, vs); !strings.HasPrefix(got, want[1]) {
			t.Errorf("%s: the hint reads %q", l, got)
		}
	}
	if got := compareHint(i18n.En, []Variant{{}, {Current: true}}); !strings.HasPrefix(got, "The base is the state before the first change") {
		t.Errorf("before a rebase the hint reads %q", got)
	}
}

// Two scenarios whose plans start in different months are drawn on one
// calendar: each line's first point sits at its own first month.
func TestCompareChartCalendar(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		m := newModel(t, lang)
		m.SetStartYear("2026")
		m.SetText(scenario.KeyStartMonth, "4")
		april, _ := solved(t, m, "April")
		m.SetText(scenario.KeyStartMonth, "1")
		january, _ := solved(t, m, "January")
		c := compare(lang, []compareInput{april, january}, 0)
		if c.Error != "" {
			t.Fatalf("%s: %s", lang, c.Error)
		}
		var opt struct {
			Series []struct {
				Data []struct {
					Value []any `json:"value"`
				} `json:"data"`
			} `json:"series"`
			XAxis []struct {
				Data []string `json:"data"`
			} `json:"xAxis"`
		}
		if err := json.Unmarshal([]byte(c.Chart), &opt); err != nil || len(opt.Series) != 2 || len(opt.XAxis) != 1 {
			t.Fatalf("%s: %v: %s", lang, err, c.Chart)
		}
		axis := opt.XAxis[0].Data
		name := func(y int, mo time.Month) string { return report.MonthName(lang, forecast.Month{Year: y, Month: mo}) }
		if len(axis) != 15 || axis[0] != name(2026, time.January) || axis[14] != name(2027, time.March) {
			t.Errorf("%s: axis %q, want 2026-01 to 2027-03", lang, axis)
		}
		for i, in := range []compareInput{april, january} {
			first := in.View.Forecast.Months[0]
			p := opt.Series[i].Data[0].Value
			x, _ := p[0].(float64)
			if int(x) >= len(axis) || axis[int(x)] != name(first.Year, first.Month) || p[1] != first.Forecast {
				t.Errorf("%s: %s's first point %v, want at %s (%v)", lang, in.Name, p, name(first.Year, first.Month), first.Forecast)
			}
		}
		if got := april.View.Forecast.Months[0]; got.Year != 2026 || got.Month != time.April {
			t.Errorf("%s: April's plan starts %d-%d", lang, got.Year, got.Month)
		}
		if p := opt.Series[0].Data[0].Value; p[0] != 3.0 {
			t.Errorf("%s: April's first point at %v, want 3 (%s)", lang, p[0], name(2026, time.April))
		}
	}
}

// A node's change reads the same share in every period: the % is of the
// exact requirements, the difference of the figures as they read. Half
// the close rate doubles the opportunities needed: +100 % in every period
// (the week's rounded-up figures, 8.4 → 16.7, read +98.8 %).
func TestCompareShareOfExact(t *testing.T) {
	m := newModel(t, i18n.En)
	base, _ := solved(t, m, "A")
	m.SetText("close_rate", "12.5")
	half, _ := solved(t, m, "B")
	c := compare(i18n.En, []compareInput{base, half}, 0)
	seen := 0
	for _, r := range c.Req {
		if !strings.HasPrefix(r.Key, "opportunities/") {
			continue
		}
		seen++
		if got := r.Cells[1].Pct; got != "+100%" {
			t.Errorf("%s: %s → %s reads %s (%s), want +100%%", r.Key, r.Cells[0].Text, r.Cells[1].Text, got, r.Cells[1].Diff)
		}
	}
	if seen < 4 {
		t.Fatalf("%d rows of opportunities", seen)
	}
}

// A scenario whose goal is counted in another currency is left out of the
// comparison's chart, and the chart says so: its line was drawn on the
// base's axis, its dollars read as yen in the tooltip. Its columns show
// its own figures, with no difference to the base.
func TestCompareChartOtherCurrency(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		note string
	}{
		{i18n.En, "Not drawn, as their goal is counted in another unit: US team (USD). The chart is in JPY."},
		{i18n.Ja, "目標の単位がグラフと違うため、描いていないシナリオ: 「US team」（USD）。グラフはJPYで描いています。"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := newModel(t, tc.lang)
			yen, _ := solved(t, m, "Tokyo")
			if err := m.Scenario.SetCurrency("USD"); err != nil {
				t.Fatal(err)
			}
			usd, _ := solved(t, m, "US team")
			c := compare(tc.lang, []compareInput{yen, usd}, 0)
			var opt struct {
				Series []struct{ Name string } `json:"series"`
			}
			if err := json.Unmarshal([]byte(c.Chart), &opt); err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, s := range opt.Series {
				names = append(names, s.Name)
			}
			if strings.Contains(strings.Join(names, ","), "US team") || !strings.Contains(strings.Join(names, ","), "Tokyo") {
				t.Errorf("the chart draws %v", names)
			}
			if c.ChartNote != tc.note {
				t.Errorf("note %q, want %q", c.ChartNote, tc.note)
			}
			if f := row(t, c.Heads, "forecast").Cells[1]; !strings.HasPrefix(f.Text, "$") || f.Diff != "" {
				t.Errorf("the dollars' forecast reads %q, %q against the base", f.Text, f.Diff)
			}
			// No difference to the base in any row: a count of calls, or the
			// chance, compared between a yen plan and a dollar plan read
			// "-82.5 %" and "+55.3 pt".
			for _, r := range append(append([]CompareRow(nil), c.Heads...), c.Req...) {
				if d := r.Cells[1]; d.Diff != "" || d.Pct != "" {
					t.Errorf("%s: the dollars' %q against the yen base: %q %q", r.Key, d.Text, d.Diff, d.Pct)
				}
			}
			// Both in yen: every line drawn, no note.
			if c := compare(tc.lang, []compareInput{yen, yen}, 0); c.ChartNote != "" {
				t.Errorf("one currency: %q", c.ChartNote)
			}
		})
	}
}

// A scenario marked to compare while the comparison is full is not dropped
// without a word: the comparison and its mark in My scenarios say it is
// not shown, and it takes the place of the next one unmarked. A third
// plan marked beside the state before changes, the current work and two
// plans had vanished, its mark still ticked.
func TestCompareFull(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			p := &Page{model: newModel(t, lang)}
			_, start := solved(t, p.model, "")
			p.model.SetText("close_rate", "30")
			st, err := p.model.State()
			if err != nil {
				t.Fatal(err)
			}
			p.model.SetCompare([]Variant{start, {Current: true}}, 0)
			plans := []mine{{Name: "Plan A", State: st, Compare: true}, {Name: "Plan B", State: st, Compare: true}, {Name: "Plan C", State: st, Compare: true}}
			p.share.mine = plans
			for _, m := range plans {
				p.markMine(m)
			}
			p.refresh()
			names := func() (out []string) {
				for _, c := range p.comparison().Cols {
					out = append(out, c.Name)
				}
				return out
			}
			want := []string{lang.T("compare.start"), lang.T("compare.current"), "Plan A", "Plan B"}
			if got := names(); !slices.Equal(got, want) {
				t.Fatalf("columns %q, want %q", got, want)
			}
			note := fmt.Sprintf(lang.T("compare.left"), maxCompare, fmt.Sprintf(lang.T("compare.left_name"), "Plan C"))
			if html := app.HTMLString(p.compareView(lang)); !strings.Contains(html, `data-output="compare-left"`) || !strings.Contains(html, note) {
				t.Errorf("the comparison does not say Plan C is not shown (%q)", note)
			}
			// A reloaded page (the comparison restored from the saved
			// state, the marks from My scenarios) says it too.
			st, err = p.model.State()
			if err != nil {
				t.Fatal(err)
			}
			q := &Page{model: newModel(t, lang)}
			if err := q.model.Restore(st); err != nil {
				t.Fatal(err)
			}
			q.share.mine = plans
			q.refresh()
			if html := app.HTMLString(q.compareView(lang)); !strings.Contains(html, note) {
				t.Errorf("reloaded, the comparison does not say Plan C is not shown")
			}
			bar := app.HTMLString(p.shareBar(p.model.View()))
			if strings.Count(bar, "mine-left") != 1 || !strings.Contains(bar, fmt.Sprintf(lang.T("compare.left_one"), maxCompare)) {
				t.Errorf("My scenarios marks %d left out, want Plan C's alone:\n%s", strings.Count(bar, "mine-left"), bar)
			}
			// Plan A unmarked: Plan C takes its place, and nothing is left out.
			plans[0].Compare = false
			p.markMine(plans[0])
			want = []string{lang.T("compare.start"), lang.T("compare.current"), "Plan B", "Plan C"}
			if got := names(); !slices.Equal(got, want) || len(p.comparedLeft()) != 0 {
				t.Errorf("after unmarking Plan A: columns %q, left out %d; want %q", got, len(p.comparedLeft()), want)
			}
			if html := app.HTMLString(p.compareView(lang)); strings.Contains(html, "compare-left") {
				t.Error("a note of one left out with none left out")
			}
		})
	}
}

// A node of the same name and unit under another id is one row of the
// required table, with its difference: field sales' meetings are named
// Opportunities, as outbound's opportunities are, and the comparison read
// two "Opportunities" rows in each period, each with one scenario's figure
// and "—".
func TestCompareSameNameOneRow(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			m := newModel(t, lang)
			m.Load("outbound")
			out, _ := solved(t, m, "outbound")
			m.Load("field-sales")
			field, _ := solved(t, m, "field-sales")
			c := compare(lang, []compareInput{out, field}, 0)
			opps := map[i18n.Lang]string{i18n.Ja: "商談数", i18n.En: "Opportunities"}[lang]
			seen := map[string]int{}
			day := map[string]float64{}
			for _, r := range c.Req {
				seen[r.Label+" / "+r.Period]++
				if r.Label == opps && (r.Cells[0].None || r.Cells[1].None || r.Cells[1].Diff == "") {
					t.Errorf("%s %s: cells %+v, want both figures and the difference", r.Label, r.Period, r.Cells)
				}
				if r.Label == opps && !r.Cells[0].None {
					day[rowPeriod(r)] = r.Cells[0].Exact
				}
			}
			// Field sales states its meetings per week; outbound's
			// week of one rep is its day's times a week's working days
			// (the week row read "—" for outbound).
			if w, d := day["rep_week"], day["rep_day"]; d <= 0 || math.Abs(w-5*d) > 1e-9*w {
				t.Errorf("outbound's opportunities a rep a week %v, a day %v: want five days' worth", w, d)
			}
			for k, n := range seen {
				if n > 1 {
					t.Errorf("%d rows read %s", n, k)
				}
			}
			if seen[opps+" / "+lang.T("period.month")] != 1 {
				t.Errorf("no row of opportunities a month: %v", seen)
			}
		})
	}
}

// A change that rounds away in the figures shown reads "≈0" with its
// share of the exact values: 0.1667 and 0.1447 opportunities a rep a day
// both read 0.2, and the row said "0 (0%)" beside first meetings' "-13.2%"
// for the same change. Figures the same to the exact value read "0 (0%)".
func TestCompareRoundedAway(t *testing.T) {
	m := newModel(t, i18n.En)
	base, _ := solved(t, m, "A")
	m.SetText("goal", "150,000,000")
	m.SetText("headcount", "12")
	m.SetText("close_rate", "30")
	other, _ := solved(t, m, "B")
	c := compare(i18n.En, []compareInput{base, other, base}, 0)
	seen := false
	for _, r := range c.Req {
		b, o := r.Cells[0], r.Cells[1]
		if b.Text == o.Text && b.Exact != o.Exact && math.Abs(o.Exact/b.Exact-1) > 0.01 {
			seen = true
			if o.Diff != "≈0" || o.Pct == "0%" || o.Pct == "" {
				t.Errorf("%s: %s → %s reads %s (%s), want ≈0 and the exact share", r.Key, b.Text, o.Text, o.Diff, o.Pct)
			}
		}
		if same := r.Cells[2]; !same.None && (same.Diff == "≈0" || same.Pct != "" && same.Pct != "0%") {
			t.Errorf("%s: the base against itself reads %s (%s)", r.Key, same.Diff, same.Pct)
		}
	}
	if !seen {
		t.Fatal("no row rounds its change away: the case no longer tests anything")
	}
}

// The required activity's cell wraps its KPI's name and keeps its figure
// whole: four columns of 「マーケティング予算 214.4万円 /人月」 ran into one
// another at 1280 px.
func TestCompareRequiredWraps(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			m := newModel(t, lang)
			m.Load("inside-sales")
			in, _ := solved(t, m, "inside-sales")
			c := compare(lang, []compareInput{in, in}, 0)
			cell := c.Heads[0].Cells[1]
			if c.Heads[0].Key != "required" || cell.Lead == "" || !strings.HasPrefix(cell.Text, cell.Lead+" ") {
				t.Fatalf("the required row %q: cell %+v, want its KPI's name as its lead", c.Heads[0].Key, cell)
			}
			html := app.HTMLString(compareValue(cell))
			figure := strings.TrimPrefix(cell.Text, cell.Lead+" ")
			if !strings.Contains(html, `<span class="compare-lead">`+cell.Lead+`</span>`) || !strings.Contains(html, `<span class="whole">`+figure+`</span>`) {
				t.Errorf("cell %q written %s: want the lead apart and %q whole", cell.Text, html, figure)
			}
		})
	}
}
