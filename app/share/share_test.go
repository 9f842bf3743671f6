package share_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/app/ui"
	"github.com/kpisim/kpisim/scenarios"
)

func presets(t testing.TB) scenario.Presets {
	t.Helper()
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

// bases gives each preset's JSON, as the page does.
func bases(t testing.TB, ps scenario.Presets) share.Bases {
	t.Helper()
	m := map[string][]byte{}
	for _, s := range ps {
		data, err := scenario.EncodeJSON(s)
		if err != nil {
			t.Fatal(err)
		}
		m[s.ID] = data
	}
	return func(id string) [][]byte {
		if b, ok := m[id]; ok {
			return [][]byte{b}
		}
		return nil
	}
}

func link(t testing.TB, m *ui.Model, b share.Bases) string {
	t.Helper()
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	p, err := share.Encode(data, b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// open restores a payload into a fresh model.
func open(t testing.TB, ps scenario.Presets, p string, b share.Bases) (*ui.Model, error) {
	t.Helper()
	data, err := share.Decode(p, b)
	if err != nil {
		return nil, err
	}
	var st ui.State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, err
	}
	m := ui.NewModel(ps, "", i18n.En)
	return m, m.Restore(st)
}

func levers(s *scenario.Scenario) []string {
	var ids []string
	for _, n := range s.Nodes {
		if n.Op == 0 && (n.Max > n.Min) {
			ids = append(ids, n.ID)
		}
	}
	return ids
}

// randomise moves some levers of m's scenario to random valid values.
func randomise(r *rand.Rand, m *ui.Model) {
	ids := levers(m.Scenario)
	for range r.IntN(len(ids) + 1) {
		id := ids[r.IntN(len(ids))]
		n := m.Scenario.Node(id)
		v := n.Min + r.Float64()*(n.Max-n.Min)
		if n.Step > 0 {
			v = n.Min + float64(int((v-n.Min)/n.Step))*n.Step
		}
		old := n.Value
		if m.Scenario.Set(id, v) == nil {
			if data, err := scenario.EncodeJSON(m.Scenario); err != nil || parseErr(data, m.Scenario.ID) != nil {
				_ = m.Scenario.Set(id, old) // a goal the other terms already reach: not a state to share
			}
		}
	}
	if r.IntN(2) == 0 {
		m.Lang = i18n.Ja
	}
	if ids := levers(m.Scenario); r.IntN(2) == 0 && len(ids) > 0 {
		m.Selected = ids[r.IntN(len(ids))]
	}
	if r.IntN(3) == 0 {
		m.SetOpen(ui.SectionMonths, true)
	}
}

func parseErr(data []byte, id string) error {
	_, err := scenario.ParseJSON(data, id)
	return err
}

// Every preset, and random valid edits of each, survive a link unchanged.
func TestRoundTrip(t *testing.T) {
	ps := presets(t)
	b := bases(t, ps)
	r := rand.New(rand.NewPCG(11, 11))
	for _, s := range ps {
		for i := range 40 {
			m := ui.NewModel(ps, s.ID, i18n.En)
			if i > 0 {
				randomise(r, m)
			}
			want := direct(t, ps, m)
			for _, bb := range []share.Bases{b, nil} {
				m2, err := open(t, ps, link(t, m, bb), bb)
				if err != nil {
					t.Fatalf("%s #%d: %v", s.ID, i, err)
				}
				got, err := m2.State()
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(normal(t, want), normal(t, got)) {
					w, g := normal(t, want), normal(t, got)
					w.Scenario, g.Scenario = nil, nil
					t.Fatalf("%s #%d: state changed in a link:\n%+v\n%+v", s.ID, i, w, g)
				}
			}
		}
	}
	// A custom tree travels in full.
	for _, n := range []int{5, 17, 40} {
		st := customState(t, n)
		data, _ := json.Marshal(st)
		p, err := share.Encode(data, b)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := open(t, ps, p, b)
		if err != nil {
			t.Fatalf("custom %d: %v", n, err)
		}
		got, _ := m2.State()
		m3 := ui.NewModel(ps, "", i18n.En)
		if err := m3.Restore(st); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normal(t, direct(t, ps, m3)), normal(t, got)) {
			t.Fatalf("custom %d changed", n)
		}
	}
}

// direct is m's state after a Restore without a link, the reference a
// link must reproduce (Restore fills in defaults).
func direct(t testing.TB, ps scenario.Presets, m *ui.Model) ui.State {
	t.Helper()
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	m2 := ui.NewModel(ps, "", i18n.En)
	if err := m2.Restore(st); err != nil {
		t.Fatal(err)
	}
	if st, err = m2.State(); err != nil {
		t.Fatal(err)
	}
	return st
}

// normal compares scenarios by their meaning, not their bytes.
func normal(t testing.TB, st ui.State) ui.State {
	var v any
	if err := json.Unmarshal(st.Scenario, &v); err != nil {
		t.Fatal(err)
	}
	st.Scenario, _ = json.Marshal(v)
	if len(st.Open) == 0 {
		st.Open = nil
	}
	if len(st.Typed) == 0 {
		st.Typed = nil
	}
	return st
}

// customState is a valid custom tree of n nodes (n ≥ 3): revenue =
// price × stage1, each stage a rate × the next, the last an activity.
func customState(t testing.TB, n int) ui.State {
	t.Helper()
	type label struct {
		Ja string `json:"ja"`
		En string `json:"en"`
	}
	type node struct {
		ID       string   `json:"id"`
		Label    label    `json:"label"`
		Unit     string   `json:"unit"`
		Product  []string `json:"product,omitempty"`
		Value    float64  `json:"value,omitempty"`
		Min      float64  `json:"min,omitempty"`
		Max      float64  `json:"max,omitempty"`
		Step     float64  `json:"step,omitempty"`
		Activity bool     `json:"activity,omitempty"`
	}
	nodes := []node{
		{ID: "revenue", Label: label{"売上", "Revenue"}, Unit: "currency", Product: []string{"unit_price", "stage_1"}},
		{ID: "unit_price", Label: label{"平均単価", "Average deal size"}, Unit: "currency", Value: 1200000, Min: 100000, Max: 5000000, Step: 10000},
	}
	stages := (n - 1) / 2
	for i := 1; i <= stages; i++ {
		id := fmt.Sprintf("stage_%d", i)
		if i == stages {
			nodes = append(nodes, node{ID: id, Label: label{fmt.Sprintf("第%d段階の活動", i), fmt.Sprintf("Stage %d activity", i)},
				Unit: "count", Value: 40, Max: 200, Step: 1, Activity: true})
			break
		}
		rate := fmt.Sprintf("rate_%d", i)
		nodes = append(nodes,
			node{ID: id, Label: label{fmt.Sprintf("第%d段階の件数", i), fmt.Sprintf("Stage %d count", i)}, Unit: "count", Product: []string{rate, fmt.Sprintf("stage_%d", i+1)}},
			node{ID: rate, Label: label{fmt.Sprintf("第%d段階の移行率", i), fmt.Sprintf("Stage %d conversion", i)}, Unit: "rate",
				Value: 0.5 + float64(i%7)/20, Min: 0.01, Max: 1, Step: 0.005})
	}
	if len(nodes) < n { // one more factor of the revenue
		nodes[0].Product = append(nodes[0].Product, "spare")
		nodes = append(nodes, node{ID: "spare", Label: label{"季節係数", "Season factor"}, Unit: "count", Value: 1, Min: 0.5, Max: 2, Step: 0.05})
	}
	sc := map[string]any{
		"version": 1, "id": "my-team", "currency": "JPY",
		"title":    label{"わがチーム", "My team"},
		"goal":     map[string]any{"node": "revenue", "value": 1e9, "period": "year"},
		"calendar": map[string]any{"months": 12, "working_days": 20, "headcount": 30},
		"solve":    fmt.Sprintf("stage_%d", stages), "rounding": "ceil", "nodes": nodes,
	}
	data, err := json.Marshal(sc)
	if err != nil {
		t.Fatal(err)
	}
	s, err := scenario.ParseJSON(data, "my-team")
	if err != nil {
		t.Fatalf("custom tree of %d nodes: %v", n, err)
	}
	if len(s.Nodes) != n {
		t.Fatalf("custom tree has %d nodes, want %d", len(s.Nodes), n)
	}
	enc, err := scenario.EncodeJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	return ui.State{Version: ui.StateVersion, Preset: "my-team", Scenario: enc, Lang: "ja", Selected: "revenue"}
}

// The budgets of issue 11: the default preset with one lever changed fits
// in 200 characters, a 40-node custom tree in 2,000. The sizes are logged
// for the README (go test -v -run TestBudget ./app/share).
func TestBudget(t *testing.T) {
	ps := presets(t)
	b := bases(t, ps)
	const origin = "https://example.github.io/kpisim/"
	for _, s := range ps {
		m := ui.NewModel(ps, s.ID, i18n.En)
		plain := len(share.Fragment(link(t, m, b)))
		ids := levers(m.Scenario)
		n := m.Scenario.Node(ids[0])
		if err := m.Scenario.Set(ids[0], n.Min+(n.Max-n.Min)/3); err != nil {
			t.Fatal(err)
		}
		one := len(share.Fragment(link(t, m, b)))
		full := len(share.Fragment(link(t, m, nil)))
		t.Logf("| %s | %d | %d | %d |", s.ID, plain, one, full)
		if s.ID == scenario.DefaultPreset && len(origin)+one > 200 {
			t.Errorf("default preset with one lever changed: %d characters with the address, budget 200", len(origin)+one)
		}
	}
	st := customState(t, 40)
	data, _ := json.Marshal(st)
	p, err := share.Encode(data, b)
	if err != nil {
		t.Fatal(err)
	}
	size := len(origin) + len(share.Fragment(p))
	t.Logf("40-node custom tree: %d characters with the address (state JSON %d bytes)", size, len(data))
	if size > 2000 {
		t.Errorf("40-node custom tree: %d characters, budget 2,000", size)
	}
}

// A truncated or altered link is refused with an *Error; it never yields a
// state, and never panics.
func TestTampered(t *testing.T) {
	ps := presets(t)
	b := bases(t, ps)
	m := ui.NewModel(ps, "", i18n.En)
	_ = m.Scenario.Set(levers(m.Scenario)[0], 2000000)
	p := link(t, m, b)
	orig, err := share.Decode(p, b)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(p); i++ {
		if _, err := share.Decode(p[:i], b); err == nil {
			t.Errorf("truncated to %d characters: decoded", i)
		} else if _, ok := share.IsError(err); !ok {
			t.Errorf("truncated to %d: %v is not a *share.Error", i, err)
		}
	}
	alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	for i := 1; i < len(p); i++ { // the first character holds the version
		for _, c := range []byte{alphabet[(strings.IndexByte(alphabet, p[i])+1)%64], alphabet[(strings.IndexByte(alphabet, p[i])+37)%64]} {
			q := p[:i] + string(c) + p[i+1:]
			if i == len(p)-1 {
				continue // the last character's low bits are padding
			}
			// A change is refused, or falls in bits nothing reads (the
			// deflate stream's last byte) and gives the same state.
			if got, err := share.Decode(q, b); err == nil && string(got) != string(orig) {
				t.Errorf("character %d changed to %c: decoded to another state", i, c)
			}
		}
	}
	for _, tc := range []struct{ payload, code string }{
		{"", share.CodeEmpty},
		{"%%%", share.CodeCorrupt},
		{"Ag", share.CodeCorrupt}, // version 2 without a later version's checksum (TestNewerOnlyWhenMarked)
		{"AQ", share.CodeCorrupt},
	} {
		_, err := share.Decode(tc.payload, b)
		if e, ok := share.IsError(err); !ok || e.Code != tc.code {
			t.Errorf("Decode(%q) = %v, want code %s", tc.payload, err, tc.code)
		}
	}
	// Its first character changed ("AY…" to "BY…"): a version 1 body under
	// a later version's byte is an altered link, not one from a newer
	// build (a reload would not mend it).
	if _, err := share.Decode("B"+p[1:], b); !hasCode(err, share.CodeCorrupt) {
		t.Errorf("first character changed: %v, want %s", err, share.CodeCorrupt)
	}
	// A preset this build lacks, or one changed since the link was made.
	if _, err := share.Decode(p, func(string) [][]byte { return nil }); !hasCode(err, share.CodePreset) {
		t.Errorf("unknown preset: %v", err)
	}
	if _, err := share.Decode(p, func(string) [][]byte { return [][]byte{[]byte(`{"id":"outbound"}`)} }); !hasCode(err, share.CodeChanged) {
		t.Errorf("changed preset: %v", err)
	}
}

func hasCode(err error, code string) bool {
	e, ok := share.IsError(err)
	return ok && e.Code == code
}

func TestFromURL(t *testing.T) {
	for _, tc := range []struct {
		name, url, want string
		ok              bool
	}{
		{"a link", "https://x/kpisim/#s=AQabc", "AQabc", true},
		{"a link among others", "https://x/#a=1&s=AQ_-", "AQ_-", true},
		{"no fragment", "https://x/", "", false},
		{"an anchor", "https://x/#top", "", false},
		{"a broken escape is a link Decode refuses", "https://x/#s=AY%%%xyz", "AY%%%xyz", true},
		{"a broken escape, no link", "https://x/#%", "", false},
	} {
		got, ok := share.FromURL(tc.url)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: FromURL(%q) = %q, %v", tc.name, tc.url, got, ok)
		}
	}
}

// variant is m's scenario as a compared copy.
func variant(t testing.TB, m *ui.Model, name string) ui.Variant {
	t.Helper()
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	return ui.Variant{Name: name, Preset: st.Preset, Scenario: st.Scenario}
}

// A comparison travels in the link: which scenarios, their states and the
// base, each compared copy as a diff (against the current work or its
// preset) when that is smaller. The sizes are logged for the README.
func TestCompareLink(t *testing.T) {
	ps := presets(t)
	b := bases(t, ps)
	const origin = "https://example.github.io/kpisim/"
	r := rand.New(rand.NewPCG(7, 11))
	for _, s := range ps {
		m := ui.NewModel(ps, s.ID, i18n.En)
		start := variant(t, m, "")
		ids := levers(m.Scenario)
		n := m.Scenario.Node(ids[0])
		for _, f := range []float64{1.0 / 3, 0.1, 0.01} { // a valid change: a goal the other terms reach is not
			if err := m.Scenario.Set(ids[0], n.Min+(n.Max-n.Min)*f); err != nil {
				t.Fatal(err)
			}
			if data, err := scenario.EncodeJSON(m.Scenario); err == nil && parseErr(data, s.ID) == nil {
				break
			}
		}
		alone := len(origin) + len(share.Fragment(link(t, m, b)))
		other := ui.NewModel(ps, s.ID, i18n.En)
		randomise(r, other)
		named := variant(t, other, "Plan B <b>")
		custom := customState(t, 12)
		for _, tc := range []struct {
			name string
			vs   []ui.Variant
			base int
		}{
			{"base and current", []ui.Variant{start, {Current: true}}, 0},
			{"base, current and a named variant", []ui.Variant{start, {Current: true}, named}, 2},
			{"the same scenario twice", []ui.Variant{variant(t, m, "same"), {Current: true}}, 1},
			{"a custom tree", []ui.Variant{{Name: "custom", Preset: custom.Preset, Scenario: custom.Scenario}, {Current: true}}, 0},
		} {
			m.SetCompare(tc.vs, tc.base)
			want := direct(t, ps, m)
			p := link(t, m, b)
			got, err := open(t, ps, p, b)
			if err != nil {
				t.Fatalf("%s %s: %v", s.ID, tc.name, err)
			}
			gst, err := got.State()
			if err != nil {
				t.Fatal(err)
			}
			if len(gst.Compare) != len(tc.vs) || gst.CompareBase != tc.base {
				t.Fatalf("%s %s: compare %d base %d, want %d base %d", s.ID, tc.name, len(gst.Compare), gst.CompareBase, len(tc.vs), tc.base)
			}
			for i := range want.Compare {
				w, g := want.Compare[i], gst.Compare[i]
				if w.Name != g.Name || w.Current != g.Current || w.Preset != g.Preset || (len(w.Scenario) > 0) != (len(g.Scenario) > 0) ||
					len(w.Scenario) > 0 && !sameJSON(t, w.Scenario, g.Scenario) {
					t.Errorf("%s %s: variant %d changed in the link:\n%s\n%s", s.ID, tc.name, i, w.Scenario, g.Scenario)
				}
			}
			w, g := normal(t, want), normal(t, gst)
			w.Compare, g.Compare = nil, nil
			if !reflect.DeepEqual(w, g) {
				t.Errorf("%s %s: the state changed", s.ID, tc.name)
			}
			size := len(origin) + len(share.Fragment(p))
			t.Logf("| %s | %s | %d | +%d |", s.ID, tc.name, size, size-alone)
			if s.ID == scenario.DefaultPreset && tc.name == "base and current" && size > 260 {
				t.Errorf("default preset, one lever changed, compared with its base: %d characters", size)
			}
		}
	}
}

func sameJSON(t testing.TB, a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

// A link leaves out the last import's report: whoever opens it did not
// import the file. The imported values travel, as the rest of the work.
func TestLinkWithoutImportReport(t *testing.T) {
	ps := presets(t)
	b := bases(t, ps)
	m := ui.NewModel(ps, "outbound", i18n.En)
	m.ImportActuals("crm.csv", []byte("Month,Revenue\n2026-04,6000000\n2026-05,lots\n"))
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Import) == 0 || len(m.Scenario.Actuals) != 1 {
		t.Fatalf("the import: report %s, actuals %v", st.Import, m.Scenario.Actuals)
	}
	m2, err := open(t, ps, link(t, m, b), b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := m2.State()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Import) != 0 || m2.YearView().Imported != "" {
		t.Errorf("the link carried the report: %s", got.Import)
	}
	if !reflect.DeepEqual(m2.Scenario.Actuals, m.Scenario.Actuals) {
		t.Errorf("actuals through the link %v, want %v", m2.Scenario.Actuals, m.Scenario.Actuals)
	}
	// Nor the marks of the values typed by hand: the sender's, which an
	// import of the reader's would name as replaced.
	m.SetActual(2026, time.June, 0, "revenue", "5000000")
	if st, _ := m.State(); len(st.Hand) != 1 {
		t.Fatalf("typed by hand: %v", st.Hand)
	}
	m3, err := open(t, ps, link(t, m, b), b)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := m3.State(); len(got.Hand) != 0 || len(m3.Scenario.Actuals) != 2 {
		t.Errorf("through the link: hand %v, actuals %v", got.Hand, m3.Scenario.Actuals)
	}
}
