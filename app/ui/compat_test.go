package ui

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/scenarios"
)

// compatDir holds work made by earlier builds of the page, as users keep
// it: links, the work the browser saved, "My scenarios" and downloaded
// files. Each entry has a .want file beside it: what the page shows once it
// has opened the entry.
const compatDir = "testdata/compat"

// Work made by an earlier build opens, now and in years to come, with what
// its maker saw: the same settings, the same figures. Every entry in
// testdata/compat was made by a build of the page (testdata/compat/README.md
// says which, and how), and opens here through the page's own path: a link
// through the link codec with the page's preset forms (share.Bases), the
// saved work and "My scenarios" as localStorage holds them, a file as the
// page's file picker reads it.
//
// A change that strands old work fails here: a link codec or state that
// no longer reads an earlier form, a preset changed without keeping its
// earlier form for the links made from it (linkForms), a file rule made
// stricter. The fix is to keep reading the old form, not to edit an entry.
// When a format changes, add entries made by the new build; never rewrite
// one.
//
// The year against its actuals is as of a day: the months ended by then
// close, with actuals or without (forecast.Reforecast.Ended). Its line is
// compared opened on the day the entry was made (its name's date) with the
// .want's "year:", and years on with its "year after its plan:"; on the
// other clocks it must read, without NaN or Inf.
func TestEarlierWorkOpens(t *testing.T) {
	shipped, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := filepath.Glob(filepath.Join(compatDir, "*.want"))
	if err != nil || len(entries) == 0 {
		t.Fatalf("no entries in %s: %v", compatDir, err)
	}
	kinds := map[string]bool{}
	for _, want := range entries {
		name := strings.TrimSuffix(filepath.Base(want), ".want")
		kind := compatKind(name)
		kinds[kind] = true
		wantText, err := os.ReadFile(want)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(compatDir, name))
		if err != nil {
			t.Fatalf("%s: the entry is missing beside its .want: %v", name, err)
		}
		made, err := time.ParseInLocation("2006-01-02", name[:min(len(name), 10)], time.Local)
		if err != nil {
			t.Fatalf("%s: the entry's name does not begin with the day it was made: %v", name, err)
		}
		body, year := cutLine(string(wantText), yearHead)
		body, after := cutLine(body, yearAfterHead)
		if after != "" { // as the page's year reads: "year: …"
			after = yearHead + strings.TrimPrefix(after, yearAfterHead)
		}
		// Opened the day it was made, today, after the plan year has
		// turned, and years on.
		for _, c := range []struct {
			now  time.Time
			year string // the year's line it reads ("" unchecked)
		}{
			{made.Add(12 * time.Hour), year},
			{time.Now(), ""},
			{time.Date(2027, 4, 2, 9, 0, 0, 0, time.UTC), ""},
			{yearsOn, after},
		} {
			t.Run(name+"/opened "+c.now.Format("2006-01-02"), func(t *testing.T) {
				m, err := openEarlier(shipped, c.now, kind, data)
				if err != nil {
					t.Fatalf("the page refuses it: %v", err)
				}
				gotBody, gotYear := cutLine(compatSummary(m), yearHead)
				if got, want := sinceMade(gotBody, body); got != want {
					t.Errorf("it opens to something else than its maker saw:\n%s", lineDiff(want, got))
				}
				if c.year != "" && gotYear != c.year || strings.Contains(gotYear, "NaN") || strings.Contains(gotYear, "Inf") || (year == "") != (gotYear == "") {
					t.Errorf("its year reads:\n%s\nwant:\n%s", gotYear, c.year)
				}
			})
		}
	}
	for _, k := range []string{"link", "saved", "mine", "file"} {
		if !kinds[k] {
			t.Errorf("no %s among the entries: each way users keep work needs one", k)
		}
	}
}

// yearHead and yearAfterHead begin the year's lines of a .want: as of the
// day the entry was made, and years on (yearsOn), after its plan.
const (
	yearHead      = "year: "
	yearAfterHead = "year after its plan: "
)

// yearsOn is a day years after the plans of the entries: every month of
// theirs has ended.
var yearsOn = time.Date(2036, 1, 5, 9, 0, 0, 0, time.UTC)

// cutLine is s without its line that begins with head, and that line
// ("" when s has none).
func cutLine(s, head string) (rest, line string) {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, head) {
			return strings.Join(slices.Delete(lines, i, i+1), "\n"), l
		}
	}
	return s, ""
}

// compatKind tells an entry's kind by its name: name.link (the address),
// name.saved.json (localStorage's kpisim.state), name.mine.json
// (localStorage's kpisim.mine), name.yaml or name.json (a file).
func compatKind(name string) string {
	switch {
	case strings.HasSuffix(name, ".link"):
		return "link"
	case strings.HasSuffix(name, ".saved.json"):
		return "saved"
	case strings.HasSuffix(name, ".mine.json"):
		return "mine"
	default:
		return "file"
	}
}

// openEarlier opens an entry as the page does, on a page whose clock reads
// now: a link as the address (Page.decodeLink), the saved work and "My
// scenarios" as localStorage holds them (savedEarly, loadMine: the first
// of the list), a file as the file picker (openScenarioFile).
func openEarlier(shipped scenario.Presets, now time.Time, kind string, data []byte) (*Model, error) {
	m := NewModel(shipped.Dated(now), scenario.DefaultPreset, i18n.En)
	m.clock = func() time.Time { return now }
	var st State
	switch kind {
	case "link":
		payload, ok := share.FromURL(strings.TrimSpace(string(data)))
		if !ok {
			return nil, fmt.Errorf("not a link")
		}
		dec, err := share.Decode(payload, newLinkForms(shipped, now).bases())
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(dec, &st); err != nil {
			return nil, err
		}
	case "saved":
		var item string // go-app's LocalStorage keeps the value as JSON
		if err := json.Unmarshal(data, &item); err != nil {
			return nil, err
		}
		var ok bool
		if st, ok = parseSaved(item); !ok {
			return nil, fmt.Errorf("not saved work")
		}
	case "mine":
		var ms []mine
		if err := json.Unmarshal(data, &ms); err != nil || len(ms) == 0 {
			return nil, fmt.Errorf("not My scenarios: %v", err)
		}
		st = ms[0].State
	default:
		s, err := scenario.Open(data, "")
		if err != nil {
			return nil, err
		}
		enc, err := scenario.EncodeJSON(s)
		if err != nil {
			return nil, err
		}
		st = State{Version: StateVersion, Preset: s.ID, Scenario: enc, Lang: string(i18n.En)}
	}
	if err := m.Restore(st); err != nil {
		return nil, err
	}
	return m, nil
}

// compatSummary is what a user would check on the page that opened some
// work: the language and settings, the scenario's values, the actuals, and
// every figure as it reads.
func compatSummary(m *Model) string {
	var b strings.Builder
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	s := m.Scenario
	line("lang: %s", m.Lang)
	line("scenario: %s (%s)", s.ID, s.Title.In(string(m.Lang)))
	sens, of := cmp.Or(m.Sensitivity, SensitivityStep), m.SensitivityOf
	if of != SensitivityRequired {
		of = SensitivityRevenue // as the page reads ""
	}
	v := m.View().Complete()
	var selected []string
	for _, n := range v.Tree {
		if n.Selected {
			selected = append(selected, n.ID)
		}
	}
	line("selected: %s; explained: %s; seek: %s; sensitivity: %s of %s", strings.Join(selected, " "), v.Explain.ID, m.Seek, sens, of)
	line("open: %s", strings.Join(slices.Sorted(maps.Keys(m.open)), " "))
	keys := slices.DeleteFunc(slices.Sorted(maps.Keys(m.errs)), func(k string) bool { return m.errs[k] == nil })
	for _, k := range keys {
		line("typed: %s = %q", k, m.raw[k])
	}
	line("checklist: %v", m.Checklist)
	for i, v := range m.Compare {
		line("compare %d: name %q, preset %q, current %v, base %v", i, v.Name, v.Preset, v.Current, i == m.CompareBase)
	}
	line("goal: %g %s; solve: %s; rounding: %v", s.Goal.Value, s.Goal.Period, s.Solve, s.Rounding)
	f := s.Forecast
	line("plan: start %d-%02d, %d months, lag %d, seasonality %v, hires %v", f.StartYear, f.StartMonth, f.Months, f.LagMonths, f.Seasonality, f.Hires)
	for _, n := range s.Nodes {
		kids := ""
		if n.Op != kpi.Lever {
			kids = " " + strings.Join(n.Children, ",")
		}
		line("node %s %q: %s%s = %g [%g, %g]", n.ID, n.Label.In(string(m.Lang)), n.Op, kids, n.Value, n.Min, n.Max)
	}
	for _, a := range s.Actuals {
		line("actual %d-%02d w%d %s = %g", a.Year, a.Month, a.Week, a.Node, a.Value)
	}
	for _, fg := range v.figures() {
		line("figure %s/%s: %s", fg.Node, fg.Period, fg.Text)
	}
	if r := m.YearView().Refit; r != nil {
		line("year: through %s, %s %s of %s, forecast %s, gap %s; %s", r.Through, r.ToDateLabel, r.ToDate, r.GoalToDate, r.Forecast, r.Gap, r.PaceLine)
	}
	return b.String()
}

// sinceMade is got and want less the figures of a column the required
// table has had since the entry was made: an activity stated per week or
// month has one rep's week or month in place of one rep's day (since the
// fifty-fourth session). Each node's day then leaves want, and its week
// or month got, but for the headline's own figure, which was there
// already; every other figure the maker saw stays, to the digit. And a
// level's figure the table shows since the fifty-fifth session.
func sinceMade(got, want string) (string, string) {
	span := func(l string) (node string, ok bool) {
		k, _, _ := strings.Cut(strings.TrimPrefix(l, "figure "), ": ")
		node, period, _ := strings.Cut(k, "/")
		return node, strings.HasPrefix(l, "figure ") && (period == "rep_week" || period == "rep_month")
	}
	seen := map[string]int{}
	for _, l := range strings.Split(want, "\n") {
		seen[l]++
	}
	moved := map[string]bool{} // nodes whose day became a week or a month
	gotLines := slices.DeleteFunc(strings.Split(got, "\n"), func(l string) bool {
		node, ok := span(l)
		if !ok {
			return false
		}
		seen[l]--
		if seen[l] < 0 {
			moved[node] = true
			return true
		}
		return false
	})
	wantLines := slices.DeleteFunc(strings.Split(want, "\n"), func(l string) bool {
		k, _, _ := strings.Cut(strings.TrimPrefix(l, "figure "), ": ")
		node, period, _ := strings.Cut(k, "/")
		return strings.HasPrefix(l, "figure ") && period == "rep_day" && moved[node]
	})
	// A level on the solve path (sales velocity's open opportunities) has
	// its figure in the table since the fifty-fifth session: a line got
	// alone, added.
	gotLines = slices.DeleteFunc(gotLines, func(l string) bool {
		k, _, _ := strings.Cut(strings.TrimPrefix(l, "figure "), ": ")
		_, period, _ := strings.Cut(k, "/")
		if !strings.HasPrefix(l, "figure ") || period != "value" {
			return false
		}
		seen[l]--
		return seen[l] < 0
	})
	return strings.Join(gotLines, "\n"), strings.Join(wantLines, "\n")
}

// lineDiff lists the lines of want and got that differ, in order.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(w), len(g)) {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "  want %s\n  got  %s\n", a, c)
		}
	}
	return b.String()
}
