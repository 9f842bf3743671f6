package ui

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// badges writes a row's five results as the page shows them: ✓ or ✗.
func badges(r CoachRow) string {
	var b strings.Builder
	for _, x := range r.Badges {
		b.WriteString(x.Symbol)
	}
	return b.String()
}

func coachOf(t *testing.T, m *Model) Coach {
	t.Helper()
	v := m.View()
	if v.table == nil {
		t.Fatal(v.Error)
	}
	return coach(v.table, m.Lang, m.Checklist)
}

func TestCoachPresets(t *testing.T) {
	for _, tc := range []struct {
		name, preset string
		lang         i18n.Lang
		want         map[string]string // node → ✓/✗ for S M A R T
		why          map[string]string // node → a part of its failed reasons
		typed        [2]string         // a field and what is typed into it
	}{
		{"outbound ja: every KPI passes", "outbound", i18n.Ja,
			map[string]string{"calls": "✓✓✓✓✓", "close_rate": "✓✓✓✓✓", "first_meetings": "✓✓✓✓✓"}, nil, [2]string{}},
		{"route sales en: visits above a ceiling of 4.2 in the first half", "route-sales", i18n.En,
			map[string]string{"visits": "✓✓✗✓✓", "upsells": "✓✓✗✓✓", "repeat_rate": "✓✓✓✓✓"},
			map[string]string{"visits": "A: Above the ceiling of 4.2 / rep / day in Jan–Jun (the most a month needs: 4.4 / rep / day)"}, [2]string{"ceiling.visits", "4.2"}},
		// A monthly KGI is time-bound with no plan start; 360 days a year
		// is no KPI (its row had read ✗ S "No unit").
		{"velocity ja: a monthly KGI", "velocity", i18n.Ja,
			map[string]string{"win_rate": "✓✓✓✓✓", "cycle_days": "✓✓✓✓✓"}, nil, [2]string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			m.Load(tc.preset)
			if tc.typed[0] != "" {
				m.SetText(tc.typed[0], tc.typed[1])
			}
			c := coachOf(t, m)
			if len(c.Heads) != 5 || len(c.Items) != 15 || c.Total != 15 || len(c.Next) != 15 {
				t.Fatalf("coach %+v", c)
			}
			for _, r := range c.Rows {
				if got, ok := tc.want[r.ID]; ok && badges(r) != got {
					t.Errorf("%s: %s, want %s", r.ID, badges(r), got)
				}
				if part, ok := tc.why[r.ID]; ok && !strings.Contains(strings.Join(r.Why, "\n"), part) {
					t.Errorf("%s: reasons %q lack %q", r.ID, r.Why, part)
				}
				if badges(r) == "✓✓✓✓✓" && len(r.Why) > 0 {
					t.Errorf("%s passes with reasons %q", r.ID, r.Why)
				}
			}
		})
	}
}

// A tree of activity alone, with no conversion rate, shows the article's
// first failure pattern, naming the activity.
func TestCoachActivityOnly(t *testing.T) {
	s, err := scenario.Parse([]byte(`version: 1
title: {ja: 架電だけ, en: Calls alone}
goal: {node: revenue, value: 12000000, period: year}
calendar: {months: 12, working_days: 20, headcount: 1}
nodes:
  - {id: revenue, label: {ja: 売上, en: Revenue}, unit: currency, product: [price, calls], cadence: monthly}
  - {id: price, label: {ja: 架電単価, en: Revenue per call}, unit: currency, value: 10000, cadence: monthly}
  - {id: calls, label: {ja: 架電数, en: Calls}, unit: count, activity: true, value: 5, ceiling: 100, cadence: daily}
`), "calls-only")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Langs {
		m := newModel(t, l)
		m.Scenario = s
		c := coachOf(t, m)
		if len(c.Patterns) == 0 || c.Patterns[0].Key != report.PatternActivityOnly || !strings.Contains(c.Patterns[0].Reason, s.Nodes[2].Label.In(string(l))) {
			t.Errorf("%s patterns %+v", l, c.Patterns)
		}
		everyPattern(t, c)
		var hint string
		for _, it := range c.Items {
			if it.N == 15 {
				hint = it.Hint
				if it.HintMet {
					t.Errorf("%s: item 15 suggested as met with no outcome indicator", l)
				}
			}
		}
		if hint == "" {
			t.Errorf("%s: no suggestion for item 15", l)
		}
	}
}

// Ticks survive State → JSON → Restore and travel with the scenario; an
// old state without them still loads, with none ticked.
func TestCoachTicksRoundTrip(t *testing.T) {
	m := newModel(t, i18n.En)
	m.SetCheck(3, true)
	m.SetCheck(1, true)
	m.SetCheck(15, true)
	m.SetCheck(3, false)
	m.SetCheck(99, true) // no such item
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"checklist":[1,15]`) {
		t.Errorf("state JSON %s", data)
	}
	var back State
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	m2 := newModel(t, i18n.En)
	if err := m2.Restore(back); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m2.Checklist, []int{1, 15}) {
		t.Errorf("restored ticks %v", m2.Checklist)
	}
	c := coachOf(t, m2)
	// 2 and 3 look met from the scenario: they come last, to confirm.
	if n := len(c.Next); c.Score != 2 || c.Scored != "Score: 2 of 15" || c.Next[0].N != 4 || c.Next[1].N != 5 || c.Next[n-2].N != 2 || c.Next[n-1].N != 3 {
		t.Errorf("score %d %q, next %+v", c.Score, c.Scored, c.Next)
	}
	// An old state: no checklist key.
	var old State
	if err := json.Unmarshal([]byte(strings.Replace(string(data), `,"checklist":[1,15]`, "", 1)), &old); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"checklist"`) && old.Checklist != nil {
		t.Fatalf("old state still has ticks: %v", old.Checklist)
	}
	m3 := newModel(t, i18n.En)
	m3.Checklist = []int{4}
	if err := m3.Restore(old); err != nil || len(m3.Checklist) != 0 {
		t.Errorf("old state: %v, ticks %v", err, m3.Checklist)
	}
	if st3, _ := m3.State(); st3.Checklist != nil {
		t.Errorf("no ticks should write no checklist key: %v", st3.Checklist)
	}
}

// The section renders in both languages: a badge per test with words for
// screen readers, the reasons of failed tests as text, fifteen checkboxes.
func TestCoachRender(t *testing.T) {
	for _, l := range i18n.Langs {
		p := loadedPage(t, l)
		p.model.Load("route-sales")
		p.model.SetText("ceiling.visits", "4.2") // January to June need 4.4 a rep a day
		p.model.SetCheck(2, true)
		p.refresh()
		html := normalizeHTML(app.HTMLString(p.coach(p.view)))
		start := strings.Index(html, `id="coach"`)
		if start < 0 {
			t.Fatalf("%s: no coach section", l)
		}
		sec := html[start:]
		for _, want := range []string{`data-smart="visits"`, `data-pass="false" data-test="A"`, `class="sr-only"`, l.T("coach.fail"),
			`data-check="15"`, `data-score="1"`, `data-next="1"`, l.T("coach.checklist"), report.Checklist[0].Text(l)} {
			if !strings.Contains(sec, want) {
				t.Errorf("%s: coach section lacks %s", l, want)
			}
		}
		if strings.Count(sec, `type="checkbox"`) != 15 || strings.Count(sec, `checked`) != 1 {
			t.Errorf("%s: %d checkboxes, %d checked", l, strings.Count(sec, `type="checkbox"`), strings.Count(sec, "checked"))
		}
		if strings.Contains(sec, ` style=`) {
			t.Errorf("%s: an inline style (the CSP forbids it)", l)
		}
	}
}

// With no answer the checklist stands alone: the ticks, the score and the
// next items, without suggestions.
func TestCoachWithoutAnswer(t *testing.T) {
	c := coach(nil, i18n.Ja, []int{2})
	if len(c.Rows) != 0 || len(c.Items) != 15 || c.Score != 1 || c.Next[0].N != 1 || c.Next[1].N != 3 {
		t.Fatalf("%+v", c)
	}
	for _, it := range c.Items {
		if it.Hint != "" {
			t.Errorf("item %d suggested without an answer: %s", it.N, it.Hint)
		}
	}
}

// The card's fields hold what it shows, no more: go-app renders and
// compares a component again only when its fields change, and the card is
// a third of the page's elements. A slider's release that leaves the card
// as it reads leaves its fields as they were, folded or not; and the card
// reads as the whole coach would.
func TestCoachCardFieldsAreWhatItShows(t *testing.T) {
	moved := 0
	for _, open := range []bool{false, true} {
		for _, l := range i18n.Langs {
			for _, preset := range newModel(t, l).Presets.IDs() {
				p := &Page{model: newModel(t, l)}
				p.model.Load(preset)
				p.model.SetOpen(SectionReasons, open)
				p.refresh()
				before := p.coach(p.view).(*CoachCard)
				// Folding leaves out nothing the card shows.
				whole := &CoachCard{Lang: l, C: p.view.coach(p.model.Checklist), ReasonsOpen: open}
				if normalizeHTML(app.HTMLString(whole)) != normalizeHTML(app.HTMLString(before)) {
					t.Errorf("%s %s, reasons open %v: the card reads differently from the whole coach", l, preset, open)
				}
				for _, lv := range p.view.Levers {
					q := &Page{model: newModel(t, l)}
					q.model.Load(preset)
					q.model.SetOpen(SectionReasons, open)
					q.model.SetDisplay(lv.Key, lv.Min+(lv.Max-lv.Min)*0.45)
					q.refresh()
					after := q.coach(q.view).(*CoachCard)
					same := normalizeHTML(app.HTMLString(before)) == normalizeHTML(app.HTMLString(after))
					if same && !reflect.DeepEqual(before.C, after.C) {
						t.Errorf("%s %s, reasons open %v, %s moved: the card reads the same but its fields changed", l, preset, open, lv.Key)
					}
					if !same {
						moved++
					}
				}
			}
		}
	}
	if moved == 0 {
		t.Error("no lever changed what the card shows: the test compares nothing")
	}
}

// What to do next starts with what is not met: outbound's KGI, tree, SMART
// KPIs and outcome indicators look met from the scenario, and the list
// began "The KGI … is clearly set", "The KPI tree is designed…" beside
// their "looks met"; they now come last, and say so.
func TestCoachNextLeadsWithUnmet(t *testing.T) {
	for _, c := range []struct {
		name   string
		lang   i18n.Lang
		ticked []int
		first  int
		last   []int
	}{
		{"nothing ticked", i18n.En, nil, 4, []int{1, 2, 3, 15}},
		{"nothing ticked, in Japanese", i18n.Ja, nil, 4, []int{1, 2, 3, 15}},
		{"the KGI ticked", i18n.En, []int{1}, 4, []int{2, 3, 15}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			for _, n := range c.ticked {
				m.SetCheck(n, true)
			}
			co := coachOf(t, m)
			next := co.Next
			if next[0].N != c.first || next[0].HintMet {
				t.Errorf("next starts with %d (met %v), want %d", next[0].N, next[0].HintMet, c.first)
			}
			tail := next[len(next)-len(c.last):]
			for k, n := range c.last {
				if tail[k].N != n || !tail[k].HintMet {
					t.Errorf("next ends %+v, want %v, each met", tail, c.last)
					break
				}
			}
			html := app.HTMLString(nextList(co, c.lang.T("coach.next_met")))
			if got := strings.Count(html, c.lang.T("coach.next_met")); got != len(c.last) {
				t.Errorf("%d items say they look met, want %d:\n%s", got, len(c.last), html)
			}
		})
	}
}

// A lever dragged out of the range the team stated reads outside it after
// the work is saved and read back, an undo, or a link: the scenario holds
// the range as moved with the lever (72–100 % around 90 %), which had then
// counted as stated, and the close rate read inside it. The assumptions
// line said a moved history's wins as a record, the same way.
func TestStatedRangeRoundTrip(t *testing.T) {
	m := newModel(t, i18n.En) // outbound: close rate 20–30 % around 25 %, appointments 40 of 2,000
	m.SetText("close_rate", "90")
	m.SetText("appointment_rate", "3")
	why := func(m *Model) string {
		t.Helper()
		for _, r := range coachOf(t, m).Rows {
			if r.ID == "close_rate" {
				return strings.Join(r.Why, " ")
			}
		}
		t.Fatal("no close rate row in the coach")
		return ""
	}
	want, wantLine := why(m), m.View().Forecast.Assumes
	if !strings.Contains(want, "90% is outside the range set under Uncertainty before the value moved (20% to 30%)") || !strings.Contains(wantLine, "as sure as a record of 2,000") {
		t.Fatalf("before: %q; %q", want, wantLine)
	}
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	if st.Stated != nil { // the preset states them: a link made before Stated reads the same
		t.Errorf("the preset's own ranges travel as stated: %v (a link of one change grows past 200 characters)", st.Stated)
	}
	m2 := reopened(t, m)
	if got, line := why(m2), m2.View().Forecast.Assumes; got != want || line != wantLine {
		t.Errorf("read back: %q; %q\nwant %q; %q", got, line, want, wantLine)
	}

	// A range the team set by hand, then the lever moved: that range is
	// what it states, and it travels.
	m = newModel(t, i18n.En)
	m.SetText(scenario.KeyRange+"close_rate.low", "22")
	m.SetText("close_rate", "40")
	if st, err = m.State(); err != nil || len(st.Stated) != 1 || st.Stated["close_rate"].Low != 0.22 {
		t.Fatalf("stated %v (%v), want close_rate's 22–30 %% at 25 %%", st.Stated, err)
	}
	if got := why(reopened(t, m)); !strings.Contains(got, "40% is outside the range set under Uncertainty before the value moved (22% to 30%)") {
		t.Errorf("read back: %q", got)
	}
}

// everyPattern checks that c says of each of the article's failure patterns
// either that it is found, or what was checked: once each, in order.
func everyPattern(t *testing.T, c Coach) {
	t.Helper()
	var keys []string
	for _, p := range slices.Concat(c.Patterns, c.Checked) {
		keys = append(keys, p.Key)
		if p.Title == "" || p.Reason == "" || strings.HasPrefix(p.Reason, "coach.") {
			t.Errorf("pattern %s reads %q: %q", p.Key, p.Title, p.Reason)
		}
	}
	slices.Sort(keys)
	want := slices.Sorted(slices.Values(report.PatternKeys))
	if !slices.Equal(keys, want) {
		t.Errorf("patterns said: %v, want each of %v once", keys, want)
	}
}

// With no failure pattern in its tree (every preset's), the coach still
// lists the article's patterns, each with what it checked, so a trainer can
// teach them: the section had said only that none applies.
func TestCoachSaysWhatItChecked(t *testing.T) {
	for _, l := range i18n.Langs {
		m := newModel(t, l)
		c := coachOf(t, m)
		if len(c.Patterns) != 0 || len(c.Checked) != len(report.PatternKeys) {
			t.Errorf("%s: found %+v, checked %d of %d", l, c.Patterns, len(c.Checked), len(report.PatternKeys))
		}
		everyPattern(t, c)
	}
}
