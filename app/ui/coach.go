package ui

import (
	"fmt"
	"slices"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// Coach is the SMART check, the failure patterns and the checklist as the
// page shows them (issue 12): report.Smart and report.Assess in words of
// the page's language.
type Coach struct {
	Heads    []string // the five tests' names: S 具体的 ... T 期限
	Rows     []CoachRow
	Summary  string // KPIs meeting all of SMART: 8 of 8
	Patterns []CoachPattern
	// Checked are the failure patterns not found, each with what was
	// checked (Reason): the room learns all five, whatever the tree, where
	// no preset showed any.
	Checked []CoachPattern
	Items   []CheckView // the checklist in the article's order
	Score   int
	Total   int
	Scored  string      // 達成 3/15
	Next    []CheckView // the unticked items, in priority order, those the scenario judges met last (HintMet)
}

// CoachRow is one KPI's five tests.
type CoachRow struct {
	ID, Label string
	Badges    [5]Badge
	Why       []string // the failed tests' reasons, each after its letter
}

// Badge is one test of one KPI, readable without colour: a ✓ or ✗, and
// the words for screen readers.
type Badge struct {
	Letter string // S, M, A, R, T
	Pass   bool
	Symbol string // ✓ or ✗
	Words  string // S 具体的: 満たす
	Reason string
}

// CoachPattern is one failure pattern found.
type CoachPattern struct {
	Key, Title, Reason string
}

// CheckView is one checklist item.
type CheckView struct {
	N       int
	Text    string
	Ticked  bool
	Hint    string // what the scenario says of it; "" when it cannot tell
	HintMet bool
}

// coach builds the section's view from the table and the ticked items.
// Without a table (the scenario does not solve) the checklist stands
// alone, with no SMART rows and no suggestions.
func coach(t *report.Table, l i18n.Lang, ticked []int) Coach {
	var c Coach
	hints := map[int]report.Suggestion{}
	if t != nil {
		hints = c.smart(t, l)
	}
	ticks := report.Ticks(ticked)
	item := func(it report.CheckItem) CheckView {
		v := CheckView{N: it.N, Text: it.Text(l), Ticked: slices.Contains(ticks, it.N)}
		if h, ok := hints[it.N]; ok {
			key := "coach.hint_not_met"
			if h.Met {
				key = "coach.hint_met"
			}
			v.Hint, v.HintMet = l.T(key)+" — "+h.Reason, h.Met
		}
		return v
	}
	for _, it := range report.Checklist {
		c.Items = append(c.Items, item(it))
	}
	a := report.Assess(ticks, hints) // what the scenario judges met goes last
	c.Score, c.Total = a.Score, a.Total
	c.Scored = fmt.Sprintf(l.T("coach.score"), a.Score, a.Total)
	for _, it := range a.Next {
		c.Next = append(c.Next, item(it))
	}
	return c
}

// smart fills the SMART table and the patterns, and returns what the
// scenario suggests of the checklist's items.
func (c *Coach) smart(t *report.Table, l i18n.Lang) map[int]report.Suggestion {
	s := t.Smart()
	for _, k := range report.Letters {
		c.Heads = append(c.Heads, l.T("coach.letter."+k.String()))
	}
	passed := 0
	for _, r := range s.Rows {
		row := CoachRow{ID: r.ID, Label: r.Label}
		for k, test := range r.Tests {
			b := Badge{Letter: report.Letters[k].String(), Pass: test.Pass, Symbol: "✓", Reason: test.Reason}
			state := l.T("coach.pass")
			if !test.Pass {
				b.Symbol, state = "✗", l.T("coach.fail")
				row.Why = append(row.Why, b.Letter+": "+test.Reason)
			}
			b.Words = c.Heads[k] + ": " + state
			row.Badges[k] = b
		}
		if r.Passed() {
			passed++
		}
		c.Rows = append(c.Rows, row)
	}
	c.Summary = fmt.Sprintf(l.T("coach.score_smart"), passed, len(s.Rows))
	found := map[string]bool{}
	for _, p := range s.Patterns {
		c.Patterns = append(c.Patterns, CoachPattern{Key: p.Key, Title: p.Title, Reason: p.Reason})
		found[p.Key] = true
	}
	for _, k := range report.PatternKeys {
		if !found[k] {
			c.Checked = append(c.Checked, CoachPattern{Key: k, Title: l.T("coach.p." + k + ".title"), Reason: l.T("coach.p." + k + ".check")})
		}
	}
	return t.Suggest(s)
}

// SetCheck ticks or unticks item n of the checklist; an item that does
// not exist is ignored.
func (m *Model) SetCheck(n int, on bool) {
	if _, ok := report.CheckItemOf(n); !ok {
		return
	}
	t := slices.DeleteFunc(slices.Clone(m.Checklist), func(x int) bool { return x == n })
	if on {
		t = append(t, n)
	}
	m.Checklist = report.Ticks(t)
}
