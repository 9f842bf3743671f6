package ui

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// Everything a user sets survives State → JSON → Restore: the page built
// from the restored session reads the same, figure for figure.
func TestStateRoundTrip(t *testing.T) {
	m := newModel(t, i18n.En)
	m.Load("route-sales")
	m.SetText("visits", "5")
	m.SetText("repeat_rate", "150") // not valid: kept as typed
	m.SetGoalPeriod(kpi.Quarter)
	m.SetSeek("upsell_price")
	m.SetSensitivity(SensitivityRange)
	m.SetSensitivityOf(SensitivityRequired)
	m.SetOpen(SectionMonths, true)
	m.Selected = "visits"
	m.Lang = i18n.Ja
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	m2 := newModel(t, i18n.En)
	if err := m2.Restore(st); err != nil {
		t.Fatal(err)
	}
	st2, err := m2.State()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st, st2) {
		t.Errorf("state changed in a round trip:\n%+v\n%+v", st, st2)
	}
	v1, v2 := m.View().Complete(), m2.View().Complete()
	if !reflect.DeepEqual(v1.figures(), v2.figures()) || v1.Head != v2.Head || !reflect.DeepEqual(v1.Levers, v2.Levers) {
		t.Errorf("the restored page differs")
	}
	if got := lever(v2, "repeat_rate"); got.Text != "150" || got.Error == "" {
		t.Errorf("typed text not restored with its rule: %+v", got)
	}
	if !m2.Open(SectionMonths) || m2.Seek != "upsell_price" || m2.Lang != i18n.Ja {
		t.Errorf("settings not restored: %+v", m2)
	}
	// A state from a later build is refused, and nothing changes.
	st.Version = StateVersion + 1
	if err := m2.Restore(st); err == nil {
		t.Error("a state from a newer build was taken")
	}
}

// A scenario whose goal cannot be solved as it stands (typed: the page
// takes it and says why) reopens as it was left: from the saved work or a
// link (State → Restore), and from its downloaded YAML opened on the page.
// The page wrote such states and then refused them ("its other terms
// already reach 192000000"): a reload lost the work, a link did not open.
// kpisim validate still names the problem in the file.
func TestStateReopensWhatThePageShows(t *testing.T) {
	for _, c := range []struct {
		name, preset, solve string
		key, text           string
		says                string
	}{
		{"the other terms past the goal", "route-sales", "", "accounts", "400", "Without Upsell revenue, Revenue already reaches ¥192,000,000, above the ¥100,000,000 it must reach. Raise the goal or lower the other terms of Revenue."},
		{"a factor of 0", "outbound", "close_rate", "calls", "0", "Calls is 0, so the goal can never be reached: raise it above 0."},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, i18n.En)
			m.Load(c.preset)
			m.SetText(c.key, c.text)
			m.Commit(c.key)
			if c.solve != "" {
				// After the 0: typed with the close rate solved for, it is
				// refused at its field (zeroRefused).
				m.SetSolve(c.solve)
			}
			if got := m.View().Error; got != c.says {
				t.Fatalf("the page says %q, want %q", got, c.says)
			}
			st, err := m.State()
			if err != nil {
				t.Fatal(err)
			}
			m2 := newModel(t, i18n.En)
			if err := m2.Restore(st); err != nil {
				t.Fatalf("the page's own state does not reopen: %v", err)
			}
			if got := m2.View().Error; got != c.says {
				t.Errorf("reopened, the page says %q, want %q", got, c.says)
			}
			yaml, err := scenario.Encode(m.Scenario)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := scenario.Open(yaml, ""); err != nil {
				t.Errorf("its YAML does not open on the page: %v", err)
			}
			if _, err := scenario.Parse(yaml, ""); err == nil {
				t.Error("kpisim's file rules no longer name the goal that cannot be solved")
			}
		})
	}
}

// Only text the scenario refused travels in the state: a valid value being
// typed is in the scenario already (and would lengthen every share link).
func TestStateKeepsOnlyRefusedText(t *testing.T) {
	m := newModel(t, i18n.En)
	m.SetText("close_rate", "21")
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Typed) != 0 {
		t.Errorf("valid text in the state: %v", st.Typed)
	}
	m.SetText("unit_price", "abc")
	if st, _ = m.State(); st.Typed["unit_price"] != "abc" || len(st.Typed) != 1 {
		t.Errorf("refused text not kept alone: %v", st.Typed)
	}
}

// A snapshot's state is the model's state when it was taken, whatever the
// model does after (the mount keeps the work it opened with this way and
// encodes it later: Page.opened).
func TestSnapshotKeepsTheState(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(m *Model)
	}{
		{"a lever typed", func(m *Model) { m.SetText("close_rate", "30") }},
		{"a lever dragged", func(m *Model) { m.SetDisplay("unit_price", 1_200_000) }},
		{"text the scenario refuses", func(m *Model) { m.SetText("close_rate", "0") }},
		{"another preset", func(m *Model) { m.Load("route-sales") }},
		{"the goal's period", func(m *Model) { m.SetGoalPeriod(kpi.Quarter) }},
		{"a section unfolded", func(m *Model) { m.SetOpen(SectionMonths, true) }},
		{"a checklist item ticked", func(m *Model) { m.SetCheck(3, true) }},
		{"a comparison", func(m *Model) { m.SetCompare([]Variant{{Current: true}}, 0) }},
		{"the language", func(m *Model) { m.Lang = i18n.Ja }},
		{"an actual typed", func(m *Model) { m.SetStartYear("2026"); m.SetActual(2026, time.April, 0, "revenue", "5000000") }},
		{"an actual refused", func(m *Model) { m.SetActual(2026, time.April, 0, "revenue", "-2") }},
		{"a hire's cell refused", func(m *Model) { m.SetHire(0, "count", "0") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, i18n.En)
			m.SetText("calls", "35")
			m.SetOpen(SectionReasons, true)
			want, err := m.State()
			if err != nil {
				t.Fatal(err)
			}
			snap := m.snapshot()
			tc.change(m)
			if now, _ := m.State(); reflect.DeepEqual(now, want) {
				t.Fatal("the change changed nothing: the case tests nothing")
			}
			got, err := snap.State()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("the snapshot's state moved with the model:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// Text the year's section refused comes back from the state (a reload, a
// link) in its field, marked, with its message in either language: the
// actuals' cells came back empty and a hire with its last value, silently.
func TestStateKeepsTheYearsRefusedText(t *testing.T) {
	for _, tc := range []struct {
		name   string
		refuse func(m *Model)
	}{
		{"a month's actual below 0, a value kept", func(m *Model) {
			m.SetActual(2026, time.October, 0, "revenue", "5,000,000")
			m.SetActual(2026, time.October, 0, "revenue", "-2")
		}},
		{"a week's actual that is no number", func(m *Model) { m.SetActual(2027, time.January, 2, "calls", "たくさん") }},
		{"two cells, one a column pasted", func(m *Model) {
			m.SetActual(2026, time.May, 0, "deals", "3 4")
			m.SetActual(2026, time.April, 0, "calls", "-1")
		}},
		{"a hire's count of 0", func(m *Model) { m.SetHire(0, "count", "1"); m.SetHire(0, "count", "0") }},
		{"a new hire's month not whole, another's ramp", func(m *Model) {
			m.SetHire(0, "month", "7")
			m.SetHire(0, "ramp_months", "-3")
			m.SetHire(1, "month", "2.5")
		}},
		{"a seasonality row of 3 weights", func(m *Model) { m.SetSeasonalityText("1 1 1") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
				m := newModel(t, lang)
				m.SetStartYear("2026")
				tc.refuse(m)
				m2 := reopened(t, m)
				v1, v2 := m.YearView(), m2.YearView()
				if len(v1.EntryErrs)+len(v1.HireErrs)+len(v1.SeasonErr) == 0 {
					t.Fatal("nothing refused: the case tests nothing")
				}
				for _, c := range []struct {
					what      string
					was, came any
				}{
					{"the actuals' messages", v1.EntryErrs, v2.EntryErrs},
					{"the hires' messages", v1.HireErrs, v2.HireErrs},
					{"the hires' cells", v1.HireTyped, v2.HireTyped},
					{"the hires", v1.Hires, v2.Hires},
					{"the season's message", v1.SeasonErr, v2.SeasonErr},
					{"the season", v1.Season, v2.Season},
					{"the entry table", v1.Rows, v2.Rows},
				} {
					if !reflect.DeepEqual(c.was, c.came) {
						t.Errorf("%s: %s was\n%v\ncame back\n%v", lang, c.what, c.was, c.came)
					}
				}
				st, _ := m.State()
				if st2, _ := m2.State(); !reflect.DeepEqual(st.Typed, st2.Typed) {
					t.Errorf("%s: typed %v came back %v", lang, st.Typed, st2.Typed)
				}
			}
		})
	}
}

// reopened is m as a reload or a link brings it back: its state through
// JSON, restored in a new session.
func reopened(t *testing.T, m *Model) *Model {
	t.Helper()
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var back State
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	m2 := newModel(t, m.Lang)
	if err := m2.Restore(back); err != nil {
		t.Fatal(err)
	}
	return m2
}

// Keys of the year's form that name no field are dropped, not taken for a
// lever's; the rest of the state opens.
func TestStateDropsUnknownYearKeys(t *testing.T) {
	m := newModel(t, i18n.En)
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	st.Typed = map[string]string{"actual/2026/13/0/revenue": "-1", "actual/x": "-1", "hire/0/salary": "0", "hire/x/count": "0", "close_rate": "0"}
	if err := m.Restore(st); err != nil {
		t.Fatal(err)
	}
	v := m.YearView()
	if len(v.EntryErrs)+len(v.HireErrs) != 0 || len(m.raw) != 1 || m.raw["close_rate"] != "0" {
		t.Errorf("unknown keys taken: entry %v, hires %v, fields %v", v.EntryErrs, v.HireErrs, m.raw)
	}
}
