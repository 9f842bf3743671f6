package kpi

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// outbound is the default preset's tree as a Go literal, so the engine's
// tests do not depend on the file codec.
func outbound() Spec {
	return Spec{
		Goal:     Goal{Node: "revenue", Value: 100_000_000, Period: Year},
		Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 10},
		Nodes: []Node{
			{ID: "revenue", Unit: Currency, Op: Product, Children: []string{"unit_price", "deals"}},
			{ID: "unit_price", Unit: Currency, Value: 1_000_000},
			{ID: "deals", Unit: Count, Op: Product, Children: []string{"close_rate", "opportunities"}},
			{ID: "close_rate", Unit: Rate, Value: 0.25},
			{ID: "opportunities", Unit: Count, Op: Product, Children: []string{"meeting_rate", "first_meetings"}},
			{ID: "meeting_rate", Unit: Rate, Value: 0.20},
			{ID: "first_meetings", Unit: Count, Op: Product, Children: []string{"appointment_rate", "calls"}},
			{ID: "appointment_rate", Unit: Rate, Value: 0.02},
			{ID: "calls", Unit: Count, Value: 40, Activity: true, Ceiling: 100},
		},
	}
}

func with(s Spec, edit func(*Spec)) Spec {
	c := s
	c.Nodes = append([]Node(nil), s.Nodes...)
	for i := range c.Nodes {
		c.Nodes[i].Children = append([]string(nil), s.Nodes[i].Children...)
	}
	edit(&c)
	return c
}

func node(s *Spec, id string) *Node {
	for i := range s.Nodes {
		if s.Nodes[i].ID == id {
			return &s.Nodes[i]
		}
	}
	panic("no node " + id)
}

func mustSolve(t testing.TB, s Spec, target string, r Rounding) *Result {
	t.Helper()
	m, err := Compile(s)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	res, err := m.Solve(target, r)
	if err != nil {
		t.Fatalf("Solve(%s): %v", target, err)
	}
	return res
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// The article's worked example and the expected table.
func TestOutboundWorkedExample(t *testing.T) {
	res := mustSolve(t, outbound(), "calls", RoundCeil)
	m := res.Model
	for _, tc := range []struct {
		node   string
		period Period
		exact  float64
		target float64
	}{
		{"revenue", Quarter, 25_000_000, 25_000_000},
		{"deals", Year, 100, 100},
		{"deals", Quarter, 25, 25},
		{"opportunities", Year, 400, 400},
		{"opportunities", Quarter, 100, 100},
		{"opportunities", Month, 400.0 / 12, 34},
		{"first_meetings", Year, 2000, 2000},
		{"calls", Year, 100_000, 100_000},
		{"calls", Month, 100_000.0 / 12, 8334},
		{"calls", Day, 100_000.0 / 240, 416.7},
		{"calls", RepDay, 100_000.0 / 2400, 41.7},
	} {
		i, _ := m.Index(tc.node)
		exact, ok := res.Exact(i, tc.period)
		target, _ := res.TargetValue(i, tc.period)
		if !ok || !near(exact, tc.exact) || !near(target, tc.target) {
			t.Errorf("%s per %s = %v (target %v, on path %v), want %v (target %v)", tc.node, tc.period, exact, target, ok, tc.exact, tc.target)
		}
	}
	// 40 calls a rep a day: 96,000 calls, 96 deals, 96,000,000 JPY, 4 % short.
	if got := res.ForecastTotal(); !near(got, 96_000_000) {
		t.Errorf("forecast = %v, want 96,000,000", got)
	}
	if got := res.Gap(); !near(got, -4_000_000) {
		t.Errorf("gap = %v, want -4,000,000", got)
	}
	if got := res.GapRatio(); !near(got, -0.04) {
		t.Errorf("gap ratio = %v, want -0.04", got)
	}
}

func TestSolveOtherLevers(t *testing.T) {
	for _, tc := range []struct {
		name   string
		target string
		edit   func(*Spec)
		want   float64 // required value of the target, in its own unit (plan total for activities)
	}{
		{"close rate at 40 calls", "close_rate", func(s *Spec) { node(s, "calls").Value = 40 }, 100_000_000.0 / (1_000_000 * 0.2 * 0.02 * 96_000)},
		{"close rate at 50 calls", "close_rate", func(s *Spec) { node(s, "calls").Value = 50 }, 0.2083333333333333},
		{"unit price", "unit_price", func(s *Spec) {}, 100_000_000.0 / 96},
		{"meeting rate", "meeting_rate", func(s *Spec) {}, 0.2 * 100 / 96},
		{"calls when the goal is a month", "calls", func(s *Spec) { s.Goal = Goal{Node: "revenue", Value: 100_000_000.0 / 12, Period: Month} }, 100_000},
		{"calls when the goal is a quarter", "calls", func(s *Spec) { s.Goal = Goal{Node: "revenue", Value: 25_000_000, Period: Quarter} }, 100_000},
		{"calls over a 6-month plan", "calls", func(s *Spec) { s.Calendar.Months = 6 }, 50_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSolve(t, with(outbound(), tc.edit), tc.target, RoundNone)
			if got := res.Required[res.Target]; !near(got, tc.want) {
				t.Errorf("required %s = %v, want %v", tc.target, got, tc.want)
			}
		})
	}
}

// A sum of products: route sales.
func TestSumOfProducts(t *testing.T) {
	s := Spec{
		Goal:     Goal{Node: "revenue", Value: 100_000_000},
		Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 3},
		Nodes: []Node{
			{ID: "revenue", Unit: Currency, Op: Sum, Children: []string{"repeat", "upsell"}},
			{ID: "repeat", Unit: Currency, Op: Product, Children: []string{"accounts", "repeat_rate", "value"}},
			{ID: "accounts", Unit: Count, Value: 120},
			{ID: "repeat_rate", Unit: Rate, Value: 0.8},
			{ID: "value", Unit: Currency, Value: 600_000},
			{ID: "upsell", Unit: Currency, Op: Product, Children: []string{"price", "upsells"}},
			{ID: "price", Unit: Currency, Value: 300_000},
			{ID: "upsells", Unit: Count, Op: Product, Children: []string{"rate", "visits"}},
			{ID: "rate", Unit: Rate, Value: 0.05},
			{ID: "visits", Unit: Count, Value: 4, Activity: true},
		},
	}
	res := mustSolve(t, s, "visits", RoundCeil)
	m := res.Model
	want := map[string]float64{"revenue": 100_000_000, "upsell": 42_400_000, "upsells": 42_400_000.0 / 300_000, "visits": 42_400_000.0 / 300_000 / 0.05}
	for id, w := range want {
		i, _ := m.Index(id)
		if got, _ := res.Exact(i, Year); !near(got, w) {
			t.Errorf("%s = %v, want %v", id, got, w)
		}
	}
	if i, _ := m.Index("repeat"); res.OnPath[i] {
		t.Error("repeat revenue is a fixed term, not on the path to visits")
	}
	if got := res.ForecastTotal(); !near(got, 57_600_000+300_000*0.05*2880) {
		t.Errorf("forecast = %v", got)
	}
}

func TestCompileErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Spec)
		want string // a substring of the error
	}{
		{"no nodes", func(s *Spec) { s.Nodes = nil }, "nodes: the tree has no nodes"},
		{"too many nodes", func(s *Spec) {
			for i := 0; i <= MaxNodes; i++ {
				s.Nodes = append(s.Nodes, Node{ID: "x" + strings.Repeat("a", i%30) + string(rune('a'+i%26)), Unit: Count, Value: 1})
			}
		}, "at most 200 are allowed"},
		{"unknown child", func(s *Spec) { node(s, "deals").Children[1] = "opportunity" }, `deals.children: "opportunity" is not a node`},
		{"own child", func(s *Spec) { node(s, "deals").Children[1] = "deals" }, "cannot be its own child"},
		{"two parents", func(s *Spec) { node(s, "deals").Children = append(node(s, "deals").Children, "calls") }, "calls: is a child of both deals and first_meetings"},
		{"cycle", func(s *Spec) {
			node(s, "calls").Op, node(s, "calls").Value, node(s, "calls").Activity = Product, 0, false
			node(s, "calls").Children = []string{"revenue"}
		}, "goal must be the top"},
		{"cycle off the goal", func(s *Spec) {
			s.Nodes = append(s.Nodes, Node{ID: "a", Unit: Count, Op: Sum, Children: []string{"b"}}, Node{ID: "b", Unit: Count, Op: Sum, Children: []string{"a"}})
		}, "a: is not connected to the goal"},
		{"lever and computed", func(s *Spec) { node(s, "deals").Value = 3 }, "deals: has both a value and children"},
		{"lever with children", func(s *Spec) { node(s, "close_rate").Children = []string{"calls"} }, "close_rate: has both a value and children"},
		{"rate zero", func(s *Spec) { node(s, "close_rate").Value = 0 }, "close_rate.value: must be more than 0% and at most 100%"},
		{"rate above 100", func(s *Spec) { node(s, "close_rate").Value = 1.2 }, "close_rate.value: must be more than 0% and at most 100%"},
		{"zero price", func(s *Spec) { node(s, "unit_price").Value = 0 }, "unit_price.value: must be greater than 0"},
		{"negative price", func(s *Spec) { node(s, "unit_price").Value = -5 }, "unit_price.value: must be greater than 0"},
		{"negative calls", func(s *Spec) { node(s, "calls").Value = -1 }, "calls.value: must not be negative"},
		{"NaN", func(s *Spec) { node(s, "calls").Value = math.NaN() }, "calls.value: must be a number"},
		{"Inf", func(s *Spec) { node(s, "unit_price").Value = math.Inf(1) }, "unit_price.value: must be a number"},
		{"above max", func(s *Spec) { n := node(s, "calls"); n.Min, n.Max = 0, 100; n.Value = 150 }, "calls.value: 150 is above the maximum 100"},
		{"min above max", func(s *Spec) { n := node(s, "calls"); n.Min, n.Max = 10, 5 }, "calls.min: 10 is above max 5"},
		// No lever may be negative: a slider from -10 offered -9 calls.
		{"a negative min", func(s *Spec) { n := node(s, "calls"); n.Min = -10 }, "calls.min: must not be negative"},
		// Less than one unit of money reads ¥0 (and drives counts past 1e17).
		{"a deal below ¥1", func(s *Spec) { n := node(s, "unit_price"); n.Value, n.Min = 0.4, 0 }, "unit_price.value: must be at least 1 (one unit of the currency)"},
		{"bad id", func(s *Spec) { node(s, "calls").ID = "Calls!" }, "Calls!.id: must start with a lowercase letter"},
		{"duplicate id", func(s *Spec) { node(s, "calls").ID = "deals" }, "deals.id: is used by more than one node"},
		{"goal missing", func(s *Spec) { s.Goal.Node = "profit" }, `goal.node: "profit" is not a node`},
		{"goal is a lever", func(s *Spec) { s.Goal.Node = "calls" }, "goal must be a computed node"},
		{"goal zero", func(s *Spec) { s.Goal.Value = 0 }, "goal.value: must be a number greater than 0"},
		{"goal per rep per day", func(s *Spec) { s.Goal.Period = RepDay }, "goal.period: must be year, quarter, month, week or day"},
		{"goal per hour", func(s *Spec) { s.Goal.Period = Hour }, "goal.period: must be year, quarter, month, week or day"},
		{"difference of one", func(s *Spec) {
			node(s, "revenue").Op = Difference
			node(s, "revenue").Children = []string{"unit_price"}
			node(s, "deals").Op = Lever
		}, "needs at least two children"},
		{"activity below a divisor", func(s *Spec) { node(s, "first_meetings").Op = Ratio }, "calls.activity: is below the denominator of first_meetings"},
		{"per on a rate", func(s *Spec) { node(s, "close_rate").Per = PerWeek }, "close_rate.per: only an activity lever"},
		{"days per week", func(s *Spec) { s.Calendar.DaysPerWeek = 8 }, "calendar.days_per_week"},
		{"hours per day", func(s *Spec) { s.Calendar.HoursPerDay = 25 }, "calendar.hours_per_day"},
		{"no headcount", func(s *Spec) { s.Calendar.Headcount = 0 }, "calendar.headcount: must be more than 0"},
		{"no months", func(s *Spec) { s.Calendar.Months = 0 }, "calendar.months: must be a whole number from 1 to 36"},
		{"too many working days", func(s *Spec) { s.Calendar.WorkingDays = 32 }, "calendar.working_days"},
		{"empty product", func(s *Spec) {
			node(s, "calls").Op = Product
			node(s, "calls").Value = 0
			node(s, "calls").Activity = false
		}, "calls.children: a product needs at least one child"},
		{"activity rate", func(s *Spec) { node(s, "close_rate").Activity = true }, "close_rate.activity: an activity is counted per rep per working day"},
		{"ceiling on a rate", func(s *Spec) { node(s, "close_rate").Ceiling = 5 }, "close_rate.ceiling: only an activity lever"},
		{"too deep", func(s *Spec) {
			n := node(s, "calls")
			n.Op, n.Value, n.Activity, n.Ceiling, n.Children = Product, 0, false, 0, []string{"d" + itoa(0)}
			for i := 0; i < MaxDepth; i++ {
				s.Nodes = append(s.Nodes, Node{ID: "d" + itoa(i), Unit: Count, Op: Product, Children: []string{"d" + itoa(i+1)}})
			}
			s.Nodes = append(s.Nodes, Node{ID: "d" + itoa(MaxDepth), Unit: Count, Value: 1, Activity: true})
		}, "levels below the goal; at most 24"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compile(with(outbound(), tc.edit))
			if err == nil {
				t.Fatalf("Compile succeeded, want error containing %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q\nwant it to contain %q", err, tc.want)
			}
			if len(List(err)) == 0 {
				t.Errorf("List(err) is empty for %v", err)
			}
		})
	}
}

func itoa(i int) string { return string(rune('a'+i/26)) + string(rune('a'+i%26)) }

func TestSolveErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		edit   func(*Spec)
		target string
		want   string
	}{
		{"unknown target", func(*Spec) {}, "call", `solve: "call" is not a node`},
		{"computed target", func(*Spec) {}, "deals", "deals.solve: only a lever can be solved for"},
		{"zero activity blocks a rate", func(s *Spec) { node(s, "calls").Value = 0 }, "close_rate", "calls.value: is 0, so no value of close_rate can reach the goal"},
		{"rate beyond 100%", func(s *Spec) { node(s, "calls").Value = 10 }, "close_rate", "close_rate.solve: the goal would need 104.2%, but a rate is at most 100%"},
		{"sum already met", func(s *Spec) {
			s.Nodes[0] = Node{ID: "revenue", Unit: Currency, Op: Sum, Children: []string{"base", "new"}}
			s.Nodes = append(s.Nodes, Node{ID: "base", Unit: Currency, Value: 150_000_000}, Node{ID: "new", Unit: Currency, Op: Product, Children: []string{"unit_price", "deals"}})
		}, "calls", "revenue: its other terms already reach 150000000, above the 100000000"},
		{"overflow", func(s *Spec) {
			for _, id := range []string{"calls", "unit_price"} {
				node(s, id).Value = MaxValue
			}
			s.Calendar.Headcount = 1e6
			node(s, "appointment_rate").Value = 1
			s.Nodes[0].Children = append(s.Nodes[0].Children, "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12", "k13", "k14", "k15", "k16", "k17", "k18", "k19", "k20")
			for i := 1; i <= 20; i++ {
				s.Nodes = append(s.Nodes, Node{ID: "k" + strings.TrimLeft(string(rune('0'+i/10))+string(rune('0'+i%10)), "0"), Unit: Number, Value: MaxValue})
			}
		}, "calls", "too large to compute"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compile(with(outbound(), tc.edit))
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			_, err = m.Solve(tc.target, RoundCeil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Solve error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestRounding(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    Rounding
		v    float64
		per  float64
		want float64
	}{
		{"ceil a third", RoundCeil, 100.0 / 3, 1, 34},
		{"ceil float noise down", RoundCeil, 99_999.99999999999, 1, 100_000},
		{"ceil float noise up", RoundCeil, 100_000.00000000001, 1, 100_000},
		{"ceil tenths", RoundCeil, 41.666666666666664, 10, 41.7},
		{"ceil exact tenths", RoundCeil, 416.7, 10, 416.7},
		{"round half up", RoundNearest, 2.5, 1, 3},
		{"round down", RoundNearest, 33.33, 1, 33},
		{"round tenths", RoundNearest, 41.666, 10, 41.7},
		{"none", RoundNone, 33.333333, 1, 33.333333},
		// A need that is not 0 never rounds to 0 (it read 0 deals a
		// working day for 0.033).
		{"round a small need", RoundNearest, 0.033, 10, 0.033},
		{"round a small need a year", RoundNearest, 0.4, 1, 0.4},
		{"round 0", RoundNearest, 0, 10, 0},
		{"round a small need, a half step", RoundNearest, 0.05, 10, 0.1},
	} {
		if got := tc.r.ApplyTo(tc.v, tc.per); got != tc.want {
			t.Errorf("%s: %v.ApplyTo(%v, %v) = %v, want %v", tc.name, tc.r, tc.v, tc.per, got, tc.want)
		}
	}
	if got := RoundNearest.ApplyUpper(0.033, 10); got != 0.033 { // a bound that is not 0 does not read 0
		t.Errorf("round.ApplyUpper(0.033, 10) = %v, want 0.033", got)
	}
	for _, name := range []string{"ceil", "none", "round"} {
		r, err := ParseRounding(name)
		if err != nil || r.String() != name {
			t.Errorf("ParseRounding(%q) = %v, %v", name, r, err)
		}
	}
	if _, err := ParseRounding("floor"); err == nil {
		t.Error("ParseRounding(floor) succeeded")
	}
}

// randomChain builds a product chain goal = price × r1 × r2 × ... × activity
// with random rates, so the properties below hold for more than one tree.
func randomChain(rng *rand.Rand) (Spec, []string) {
	k := 1 + rng.IntN(6)
	s := Spec{
		Goal:     Goal{Node: "goal", Value: 1e5 + rng.Float64()*1e9},
		Calendar: Calendar{Months: 1 + rng.IntN(24), WorkingDays: 15 + float64(rng.IntN(8)), Headcount: 1 + float64(rng.IntN(50))},
	}
	s.Nodes = append(s.Nodes, Node{ID: "goal", Unit: Currency, Op: Product, Children: []string{"price", "c0"}},
		Node{ID: "price", Unit: Currency, Value: 1000 + rng.Float64()*1e6})
	var rates []string
	for i := 0; i < k; i++ {
		c, r, next := "c"+itoa(i), "r"+itoa(i), "c"+itoa(i+1)
		if i == k-1 {
			next = "act"
		}
		s.Nodes = append(s.Nodes, Node{ID: c, Unit: Count, Op: Product, Children: []string{r, next}},
			Node{ID: r, Unit: Rate, Value: 0.005 + rng.Float64()*0.995})
		rates = append(rates, r)
	}
	s.Nodes[0].Children[1] = "c" + itoa(0)
	s.Nodes = append(s.Nodes, Node{ID: "act", Unit: Count, Value: rng.Float64() * 100, Activity: true})
	return s, rates
}

func TestProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 300; trial++ {
		s, rates := randomChain(rng)
		res := mustSolve(t, s, "act", RoundCeil)
		ai, _ := res.Model.Index("act")
		perRepDay, _ := res.Exact(ai, RepDay)

		// forward(required) reaches the goal, exactly for the exact value.
		s2 := with(s, func(s *Spec) { node(s, "act").Value = perRepDay })
		back := mustSolve(t, s2, "act", RoundNone)
		if !near(back.ForecastTotal(), back.Goal()) {
			t.Fatalf("trial %d: forward(required) = %v, goal %v", trial, back.ForecastTotal(), back.Goal())
		}
		// ceil never under-delivers, in any period's target.
		for _, p := range Periods {
			target, _ := res.TargetValue(ai, p)
			exact, _ := res.Exact(ai, p)
			if target < exact-1e-9*exact {
				t.Fatalf("trial %d: ceil target %v per %s is below exact %v", trial, target, p, exact)
			}
			s3 := with(s, func(s *Spec) { node(s, "act").Value = target * perRepDay / exact })
			if f := mustSolve(t, s3, "act", RoundNone).ForecastTotal(); f < res.Goal()*(1-1e-11) {
				t.Fatalf("trial %d: planning the ceil target per %s delivers %v < goal %v", trial, p, f, res.Goal())
			}
		}
		// raising any conversion rate never raises required activity.
		for _, r := range rates {
			s4 := with(s, func(s *Spec) { n := node(s, r); n.Value = math.Min(1, n.Value*1.1) })
			if got := mustSolve(t, s4, "act", RoundNone).Required[ai]; got > res.Required[ai]*(1+1e-12) {
				t.Fatalf("trial %d: raising %s raised required activity %v -> %v", trial, r, res.Required[ai], got)
			}
		}
	}
}

func TestNoNaNOrInf(t *testing.T) {
	res := mustSolve(t, outbound(), "calls", RoundCeil)
	for i := range res.Model.Len() {
		for _, p := range Periods {
			for _, v := range []float64{res.Forecast(i, p)} {
				if !finite(v) {
					t.Errorf("node %d forecast per %s is %v", i, p, v)
				}
			}
			if v, ok := res.TargetValue(i, p); ok && !finite(v) {
				t.Errorf("node %d target per %s is %v", i, p, v)
			}
		}
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		l          Label
		lang, want string
	}{
		{Label{Ja: "受注率", En: "Close rate"}, "ja", "受注率"},
		{Label{Ja: "受注率", En: "Close rate"}, "en", "Close rate"},
		{Label{Ja: "受注率"}, "en", "受注率"},
		{Label{En: "Close rate"}, "ja", "Close rate"},
	} {
		if got := tc.l.In(tc.lang); got != tc.want {
			t.Errorf("%+v.In(%s) = %q, want %q", tc.l, tc.lang, got, tc.want)
		}
	}
}

func BenchmarkSolveOutbound(b *testing.B) {
	spec := outbound()
	b.ReportAllocs()
	for b.Loop() {
		m, err := Compile(spec)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.Solve("calls", RoundCeil); err != nil {
			b.Fatal(err)
		}
	}
}

// Codes let a user interface say each rule in its own language.
func TestErrorCodes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		edit   func(*Spec)
		target string
		code   Code
		limit  float64
	}{
		{"rate range", func(s *Spec) { node(s, "close_rate").Value = 0 }, "", RateRange, 1},
		{"price", func(s *Spec) { node(s, "unit_price").Value = -1 }, "", Positive, 0},
		{"above max", func(s *Spec) { n := node(s, "calls"); n.Max = 100; n.Value = 101 }, "", AboveMax, 100},
		{"zero factor", func(s *Spec) { node(s, "calls").Value = 0 }, "close_rate", ZeroFactor, 0},
		{"rate over 100", func(s *Spec) { node(s, "calls").Value = 10 }, "close_rate", RateOver100, 1.0416666666666667},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compile(with(outbound(), tc.edit))
			if err == nil {
				_, err = m.Solve(tc.target, RoundCeil)
			}
			es := List(err)
			if len(es) == 0 || es[0].Code != tc.code || math.Abs(es[0].Limit-tc.limit) > 1e-12 {
				t.Errorf("error %v: want code %d, limit %v", err, tc.code, tc.limit)
			}
		})
	}
}

// A compiled model is immutable: changing the spec it was compiled from,
// or the copy Spec returns, changes none of its numbers.
func TestCompileCopies(t *testing.T) {
	spec := Spec{
		Goal:     Goal{Node: "revenue", Value: 100, Period: Year},
		Calendar: DefaultCalendar(),
		Nodes: []Node{
			{ID: "revenue", Unit: Currency, Op: Product, Children: []string{"price", "deals"}},
			{ID: "price", Unit: Currency, Value: 10},
			{ID: "deals", Unit: Count, Value: 1, Activity: true},
		},
	}
	m, err := Compile(spec)
	if err != nil {
		t.Fatal(err)
	}
	before, err := m.Solve("deals", RoundNone)
	if err != nil {
		t.Fatal(err)
	}
	spec.Nodes[1].Value = 1e6
	spec.Nodes[0].Children[0] = "deals"
	got := m.Spec()
	got.Nodes[1].Value = 5
	got.Nodes[0].Children[1] = "price"
	after, err := m.Solve("deals", RoundNone)
	if err != nil {
		t.Fatal(err)
	}
	if m.Node(1).Value != 10 || m.Node(0).Children[0] != "price" || m.Node(0).Children[1] != "deals" {
		t.Errorf("the model changed with its spec: %+v %+v", m.Node(0), m.Node(1))
	}
	if before.ForecastTotal() != after.ForecastTotal() || before.Required[2] != after.Required[2] {
		t.Errorf("solve changed: %v → %v", before.ForecastTotal(), after.ForecastTotal())
	}
}

// A requirement that is an upper bound (the goal falls as the node rises:
// a term taken away, a divisor, and what lies below one) is rounded down
// under ceil and its half down under round, so that the rounded target
// still meets the goal; a term taken away from one taken away is a lower
// bound again. ceil rounded 204.5 customers lost at most up to 205, which
// misses a net gain of 1,000.
func TestRoundingUpperBound(t *testing.T) {
	net := func(extra ...Node) Spec {
		return Spec{
			Goal:     Goal{Node: "net", Value: 1000, Period: Year},
			Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 2},
			Nodes: append([]Node{
				{ID: "net", Unit: Count, Op: Difference, Children: []string{"won", "lost"}},
				{ID: "won", Unit: Count, Value: 1204.5},
			}, extra...),
		}
	}
	lostLever := net(Node{ID: "lost", Unit: Count, Value: 150})
	lostOfBase := net(Node{ID: "lost", Unit: Count, Op: Product, Children: []string{"churn", "base"}},
		Node{ID: "churn", Unit: Rate, Value: 0.6}, Node{ID: "base", Unit: Count, Value: 300})
	recovered := net(Node{ID: "lost", Unit: Count, Op: Difference, Children: []string{"left", "back"}},
		Node{ID: "left", Unit: Count, Value: 300}, Node{ID: "back", Unit: Count, Value: 10})
	perRep := Spec{
		Goal:     Goal{Node: "avg", Value: 300_000, Period: Year},
		Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 1},
		Nodes: []Node{
			{ID: "avg", Unit: Currency, Op: Ratio, Children: []string{"total", "reps"}},
			{ID: "total", Unit: Currency, Value: 1_000_000},
			{ID: "reps", Unit: Count, Value: 2},
		},
	}
	for _, tc := range []struct {
		name   string
		spec   Spec
		target string
		r      Rounding
		upper  bool
		want   float64 // the target's requirement per year after rounding
	}{
		{"term taken away, ceil", lostLever, "lost", RoundCeil, true, 204},
		{"term taken away, round", lostLever, "lost", RoundNearest, true, 204},
		{"term taken away, none", lostLever, "lost", RoundNone, true, 204.5},
		{"below a term taken away", lostOfBase, "base", RoundCeil, true, 340},
		{"taken away from one taken away", recovered, "back", RoundCeil, false, 96},
		{"term kept, ceil", lostLever, "won", RoundCeil, false, 1150},
		{"divisor", perRep, "reps", RoundCeil, true, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSolve(t, tc.spec, tc.target, tc.r)
			i := res.Target
			if res.Upper[i] != tc.upper {
				t.Errorf("Upper = %v, want %v", res.Upper[i], tc.upper)
			}
			got, _ := res.TargetValue(i, Year)
			if got != tc.want {
				exact, _ := res.Exact(i, Year)
				t.Fatalf("target %v (exact %v), want %v", got, exact, tc.want)
			}
			// The rounded target still meets the goal.
			met := mustSolve(t, with(tc.spec, func(s *Spec) { node(s, tc.target).Value = got }), tc.target, tc.r)
			if f := met.ForecastTotal(); f < met.Goal()-1e-9 {
				t.Errorf("at the target %v the forecast is %v, short of the goal %v", got, f, met.Goal())
			}
		})
	}
}

// TestSumTermUnits: a sum or a difference adds like to like. Money only
// with money, both ways (a count of 5 added to revenue was ¥5 more); a
// count not with a rate; a plain number with a count or a rate. The error
// names the sum, its children and the rule.
func TestSumTermUnits(t *testing.T) {
	lever := func(id string, u Unit) Node {
		v := map[Unit]float64{Number: 2, Currency: 1000, Count: 5, Rate: 0.5}[u]
		return Node{ID: id, Unit: u, Value: v}
	}
	for _, tc := range []struct {
		name  string
		op    Op
		unit  Unit   // the sum's
		terms []Unit // its terms'
		want  string // a substring of the error, "" when valid
	}{
		{"money and money", Sum, Currency, []Unit{Currency, Currency}, ""},
		{"money less money", Difference, Currency, []Unit{Currency, Currency}, ""},
		{"money and a count", Sum, Currency, []Unit{Currency, Count}, `top.children: "b" is in count but top is in currency; the terms of a sum or difference must be in its unit (money only with money`},
		{"money less a count", Difference, Currency, []Unit{Currency, Count}, `top.children: "b" is in count but top is in currency`},
		{"money and a plain number", Sum, Currency, []Unit{Number, Currency}, `top.children: "a" is in number but top is in currency`},
		{"money and a rate", Sum, Currency, []Unit{Rate, Currency}, `"a" is in rate but top is in currency`},
		{"a count and money", Sum, Count, []Unit{Count, Currency}, `top.children: "b" is in currency but top is in count`},
		{"a number and money", Sum, Number, []Unit{Number, Currency}, `"b" is in currency but top is in number`},
		{"counts", Sum, Count, []Unit{Count, Count}, ""},
		{"a count and a plain number", Sum, Count, []Unit{Count, Number}, ""},
		{"a count less a plain number", Difference, Count, []Unit{Count, Number}, ""},
		{"a count and a rate", Sum, Count, []Unit{Count, Rate}, `"b" is in rate but top is in count`},
		{"rates", Sum, Rate, []Unit{Rate, Rate}, ""},
		{"a rate and a plain number", Difference, Rate, []Unit{Number, Rate}, ""},
		{"a rate and a count", Sum, Rate, []Unit{Rate, Count}, `"b" is in count but top is in rate`},
		{"plain numbers", Sum, Number, []Unit{Number, Number}, ""},
		{"a product is not a sum", Product, Currency, []Unit{Currency, Count}, ""},
		{"a ratio is not a sum", Ratio, Currency, []Unit{Currency, Count}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Spec{Goal: Goal{Node: "top", Value: 100, Period: Year}, Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 1},
				Nodes: []Node{{ID: "top", Unit: tc.unit, Op: tc.op, Children: []string{"a", "b"}}, lever("a", tc.terms[0]), lever("b", tc.terms[1])}}
			_, err := Compile(s)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Compile: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error = %v, want %q in it", err, tc.want)
			case tc.want != "":
				if es := List(err); len(es) != 1 || es[0].Node != "top" || es[0].Field != "children" {
					t.Errorf("errors %#v, want one naming top.children", es)
				}
			}
		})
	}
}
