package i18n_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

func TestFormatValue(t *testing.T) {
	ja := i18n.Format{Lang: i18n.Ja, Currency: "JPY"}
	en := i18n.Format{Lang: i18n.En, Currency: "JPY"}
	usd := i18n.Format{Lang: i18n.En, Currency: "USD"}
	for _, c := range []struct {
		name     string
		f        i18n.Format
		u        kpi.Unit
		periodic bool
		p        kpi.Period
		v        float64
		want     string
	}{
		{"money half up, not to even", usd, kpi.Currency, true, kpi.Year, 9562.5, "$9,563"},
		{"money half up below 1,000", usd, kpi.Currency, true, kpi.Year, 2.345, "$2.35"},
		{"negative money", en, kpi.Currency, true, kpi.Year, -4_000_000, "-¥4,000,000"},
		{"yen in 万 in Japanese", ja, kpi.Currency, true, kpi.Month, 8_333_333.33, "833.3万円"},
		{"no -0 for a tiny negative", en, kpi.Count, true, kpi.Year, -1e-9, "0"},
		{"no -0 for money", usd, kpi.Currency, true, kpi.Year, -0.001, "$0"},
		{"count per rep per day keeps its tenth", en, kpi.Count, true, kpi.RepDay, 0.9, "0.9"},
		{"count per rep per day under a tenth is not 0", ja, kpi.Count, true, kpi.RepDay, 0.0416667, "0.042"},
		{"count per day under a tenth, negative", en, kpi.Count, true, kpi.Day, -0.00625, "-0.0063"},
		{"count per rep per day at half a tenth keeps one digit", en, kpi.Count, true, kpi.RepDay, 0.05, "0.1"},
		{"count per rep per day, float noise", en, kpi.Count, true, kpi.RepDay, 1e-9, "0"},
		{"count per day keeps its tenth from 100", en, kpi.Count, true, kpi.Day, 416.7, "416.7"},
		{"count per month is whole from 100", en, kpi.Count, true, kpi.Month, 8334, "8,334"},
		{"a count goal is a count, not money", en, kpi.Count, true, kpi.Year, 168, "168"},
		{"rate", ja, kpi.Rate, false, kpi.Year, 0.2604166, "26.04%"},
		{"NaN never shows as a number", en, kpi.Number, false, kpi.Year, math.NaN(), "—"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.Value(c.u, c.periodic, c.p, c.v); got != c.want {
				t.Errorf("Value(%v, %v) = %q, want %q", c.u, c.v, got, c.want)
			}
		})
	}
}

func TestShare(t *testing.T) {
	for v, want := range map[float64]string{-0.04: "-4%", 0.125: "+12.5%", 0: "0%", -0.00001: "0%", 0.00001: "0%"} {
		if got := i18n.Share(v); got != want {
			t.Errorf("Share(%v) = %q, want %q", v, got, want)
		}
	}
}

// A difference to a base reads like every other figure: signed, never
// NaN, an infinity or -0, and no % of a zero base.
func TestChange(t *testing.T) {
	en := i18n.Format{Lang: i18n.En, Currency: "JPY"}
	money := &kpi.Node{Unit: kpi.Currency, Op: kpi.Product}
	calls := &kpi.Node{Unit: kpi.Count, Op: kpi.Product}
	for _, c := range []struct {
		name           string
		n              *kpi.Node
		p              kpi.Period
		base, v        float64
		wantD, wantPct string
	}{
		{"a rise", calls, kpi.RepDay, 40, 42, "+2", "+5%"},
		{"a fall", money, kpi.Year, 100, 75, "-¥25", "-25%"},
		{"a gap growing", money, kpi.Year, -4, -23, "-¥19", "-475%"},
		{"the same", calls, kpi.RepDay, 41.7, 41.7, "0", "0%"},
		{"a tiny fall is no -0", calls, kpi.RepDay, 41.7, 41.7 - 1e-12, "0", "0%"},
		{"a zero base has no %", calls, kpi.RepDay, 0, 3, "+3", ""},
		{"a gap turning into a lead has no %", money, kpi.Year, -4, 10, "+¥14", ""},
		{"a lead turning into a gap has no %", money, kpi.Year, 4, -10, "-¥14", ""},
		{"to zero is -100%", money, kpi.Year, -4, 0, "+¥4", "+100%"},
		{"NaN", calls, kpi.RepDay, math.NaN(), 3, "", ""},
		{"infinity", calls, kpi.RepDay, 1, math.Inf(1), "", ""},
	} {
		d, pct := en.Change(c.n, c.base, c.v, c.p)
		if d != c.wantD || pct != c.wantPct {
			t.Errorf("%s: Change(%v → %v) = %q %q, want %q %q", c.name, c.base, c.v, d, pct, c.wantD, c.wantPct)
		}
	}
	for _, c := range []struct {
		base, v float64
		wantD   string
	}{{0.4, 0.5, "+10 pt"}, {0.5, 0.4, "-10 pt"}, {0, 0.2, "+20 pt"}, {0.3, 0.3, "0 pt"},
		// The shown shares 75.3% and 44.7% are 30.6 pt apart, though the
		// exact 0.7525 and 0.4474 are 30.51.
		{0.7525, 0.4474, "-30.6 pt"}, {0.4474, 0.7525, "+30.6 pt"},
		// Two shares that read the same are no change.
		{0.30049, 0.29951, "0 pt"}, {math.NaN(), 0.3, ""}} {
		if d := i18n.PointChange(c.base, c.v); d != c.wantD {
			t.Errorf("PointChange(%v → %v) = %q, want %q", c.base, c.v, d, c.wantD)
		}
	}
}

// An activity's value per rep reads in its span: a count a day as a
// sentence says it, anything else with its span's unit, as the headline.
func TestPerRep(t *testing.T) {
	ja, en := i18n.Format{Lang: i18n.Ja, Currency: "JPY"}, i18n.Format{Lang: i18n.En, Currency: "JPY"}
	count := func(p kpi.Per) *kpi.Node { return &kpi.Node{Unit: kpi.Count, Activity: true, Per: p} }
	money := func(p kpi.Per) *kpi.Node { return &kpi.Node{Unit: kpi.Currency, Activity: true, Per: p} }
	for _, c := range []struct {
		name string
		f    i18n.Format
		n    *kpi.Node
		text string
		want string
	}{
		{"a day's count, ja", ja, count(kpi.PerDay), "40", "1人1日40件"},
		{"a day's count, en", en, count(kpi.PerDay), "40", "40 a rep a day"},
		{"a week's count, ja", ja, count(kpi.PerWeek), "1.5", "1.5件/人週"},
		{"a week's count, en", en, count(kpi.PerWeek), "1.5", "1.5 / rep / week"},
		{"a month's money, ja", ja, money(kpi.PerMonth), "240万円", "240万円/人月"},
		{"a month's money, en", en, money(kpi.PerMonth), "¥2,400,000", "¥2,400,000 / rep / month"},
		{"a day's money, ja", ja, money(kpi.PerDay), "12万円", "12万円/人日"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.PerRep(c.n, c.text); got != c.want {
				t.Errorf("PerRep = %q, want %q", got, c.want)
			}
		})
	}
}

func TestSignificant(t *testing.T) {
	for _, c := range []struct {
		name string
		v    float64
		want float64
	}{
		{"a spread's low end", 84453214, 84500000},
		{"a half rounds away from zero", 1235000, 1240000},
		{"below one", 0.012345, 0.0123},
		{"negative", -84453214, -84500000},
		{"already short", 120, 120},
		{"zero", 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := i18n.Significant(c.v, 3); got != c.want {
				t.Errorf("Significant(%v, 3) = %v, want %v", c.v, got, c.want)
			}
		})
	}
}

func TestInSentence(t *testing.T) {
	for _, c := range []struct {
		name  string
		lang  i18n.Lang
		label string
		want  string
	}{
		{"a word", i18n.En, "Calls", "calls"},
		{"words", i18n.En, "Net new ARR", "net new ARR"},
		{"an acronym", i18n.En, "MQLs", "MQLs"},
		{"an acronym first", i18n.En, "ARR up for renewal", "ARR up for renewal"},
		{"one letter", i18n.En, "X", "x"},
		{"Japanese", i18n.Ja, "架電数", "架電数"},
		{"empty", i18n.En, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.lang.InSentence(c.label); got != c.want {
				t.Errorf("InSentence(%q) = %q, want %q", c.label, got, c.want)
			}
		})
	}
}

func TestExactAndPercentNeverZero(t *testing.T) {
	for _, c := range []struct {
		name string
		got  string
		want string
	}{
		{"exact, four decimals", i18n.Exact(1.63194, 4), "1.6319"},
		{"exact, tiny", i18n.Exact(4.2e-8, 4), "0.000000042"},
		{"exact, negative tiny", i18n.Exact(-4.2e-8, 4), "-0.000000042"},
		{"exact, below 10^-12", i18n.Exact(1e-15, 4), "<0.000000000001"},
		{"exact, zero", i18n.Exact(0, 4), "0"},
		{"percent", i18n.Percent(0.25), "25%"},
		{"percent, tiny", i18n.Percent(1e-10), "<0.01%"},
		{"percent, negative tiny", i18n.Percent(-1e-10), ">-0.01%"},
		{"percent, zero", i18n.Percent(0), "0%"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("%q, want %q", c.got, c.want)
			}
		})
	}
}

// Toward moves a value onto the grid its figure is written on, up or down.
func TestToward(t *testing.T) {
	ja, en := i18n.Format{Lang: i18n.Ja, Currency: "JPY"}, i18n.Format{Lang: i18n.En, Currency: "JPY"}
	rate := &kpi.Node{Unit: kpi.Rate}
	money := &kpi.Node{Unit: kpi.Currency}
	number := &kpi.Node{Unit: kpi.Number}
	for _, c := range []struct {
		name string
		f    i18n.Format
		n    *kpi.Node
		v    float64
		up   bool
		want string
	}{
		{"a rate up", en, rate, 0.260417, true, "26.05%"},
		{"a rate down", en, rate, 0.054667, false, "5.46%"},
		{"a rate on the grid stays", en, rate, 0.25, true, "25%"},
		{"yen up", en, money, 1041666.67, true, "¥1,041,667"},
		{"万 up", ja, money, 1041666.67, true, "104.2万円"},
		{"万 down", ja, money, 1041666.67, false, "104.1万円"},
		{"億 up", ja, money, 123456789, true, "1億2,346万円"},
		{"under 10万 up", ja, money, 41666.4, true, "41,667円"},
		// Under 10万 yen are whole in Japanese too: 12.34 yen up is 13円 (a
		// grid of 0.1 made it 12.4, written 12円, short).
		{"small yen up", ja, money, 12.34, true, "13円"},
		{"small yen down", ja, money, 7499.5, false, "7,499円"},
		{"a number down", en, number, 2.757447, false, "2.7"},
		{"a small number up", en, number, 0.16667, true, "0.1667"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.Node(c.n, c.f.Toward(c.n, c.v, kpi.Year, c.up), kpi.Year); got != c.want {
				t.Errorf("%q, want %q", got, c.want)
			}
		})
	}
}

// An unrounded value beside its figure: money to the hundredth of its
// unit in both languages (kpisim calc -solve unit_price -lang ja read
// 「正確には 1,041,666.666667円」), a rate in percent, a count with the
// decimals asked for, and none of them 0 when it is not.
func TestFormatExact(t *testing.T) {
	ja := i18n.Format{Lang: i18n.Ja, Currency: "JPY"}
	en := i18n.Format{Lang: i18n.En, Currency: "JPY"}
	usd := i18n.Format{Lang: i18n.En, Currency: "USD"}
	for _, c := range []struct {
		name     string
		f        i18n.Format
		u        kpi.Unit
		v        float64
		decimals int
		want     string
	}{
		{"yen in Japanese to the hundredth", ja, kpi.Currency, 1_041_666.6666666666, 6, "1,041,666.67円"},
		{"yen in English to the hundredth", en, kpi.Currency, 1_041_666.6666666666, 6, "¥1,041,666.67"},
		{"an activity's budget", ja, kpi.Currency, 1_923_076.923076923, 4, "1,923,076.92円"},
		{"dollars", usd, kpi.Currency, 641_025.641025641, 6, "$641,025.64"},
		{"a whole amount", en, kpi.Currency, 1_000_000, 6, "¥1,000,000"},
		{"a tiny amount is not 0", en, kpi.Currency, 0.0004, 6, "¥0.0004"},
		{"a negative amount", usd, kpi.Currency, -12.345, 6, "-$12.35"},
		{"a rate in percent", ja, kpi.Rate, 0.20833333333, 6, "20.8333%"},
		{"a count with six decimals", en, kpi.Count, 1041.6666666666, 6, "1,041.666667"},
		{"a pace with four", ja, kpi.Count, 41.666666666, 4, "41.6667"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.Exact(c.u, c.v, c.decimals); got != c.want {
				t.Errorf("Exact(%v, %v, %d) = %q, want %q", c.u, c.v, c.decimals, got, c.want)
			}
		})
	}
}

// A node's mark beside its figures is its cadence, or 前提 / given for a
// lever the plan takes as given: the levers, the table, the tree and the
// year's review read it from here.
func TestNodeCadence(t *testing.T) {
	for _, c := range []struct {
		name   string
		node   kpi.Node
		ja, en string
	}{
		{"a KPI", kpi.Node{Op: kpi.Lever, Cadence: kpi.CadenceMonthly}, "月次", "monthly"},
		{"a given", kpi.Node{Op: kpi.Lever, Given: true}, "前提", "given"},
		{"a given with a cadence left over", kpi.Node{Op: kpi.Lever, Given: true, Cadence: kpi.CadenceQuarterly}, "前提", "given"},
		{"no cadence", kpi.Node{Op: kpi.Lever}, "", ""},
		{"a formula marked by mistake keeps its cadence", kpi.Node{Op: kpi.Product, Given: true, Cadence: kpi.CadenceWeekly}, "週次", "weekly"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for l, want := range map[i18n.Lang]string{i18n.Ja: c.ja, i18n.En: c.en} {
				if got := (i18n.Format{Lang: l}).NodeCadence(&c.node); got != want {
					t.Errorf("%s: %q, want %q", l, got, want)
				}
			}
		})
	}
}

// TestShownMoney: yen in Japanese is shown on 万's grid, so a difference of
// two figures is what they read (1億円 less 9,020万円 is 980万円: the gap said
// 980.1万円); yen in English and other currencies show every unit.
func TestShownMoney(t *testing.T) {
	n := &kpi.Node{ID: "revenue", Unit: kpi.Currency, Op: kpi.Product}
	for _, c := range []struct {
		name string
		f    i18n.Format
		v    float64
		want float64
	}{
		{"9,020万円", i18n.Format{Lang: i18n.Ja, Currency: "JPY"}, 90_198_765, 90_200_000},
		{"1億円", i18n.Format{Lang: i18n.Ja, Currency: "JPY"}, 100_000_000, 100_000_000},
		{"833.3万円", i18n.Format{Lang: i18n.Ja, Currency: "JPY"}, 8_333_333, 8_333_000},
		{"-980.1万円", i18n.Format{Lang: i18n.Ja, Currency: "JPY"}, -9_801_235, -9_801_000},
		{"under 1万: whole yen", i18n.Format{Lang: i18n.Ja, Currency: "JPY"}, 9_876.4, 9_876},
		{"English yen", i18n.Format{Lang: i18n.En, Currency: "JPY"}, 90_198_765, 90_198_765},
		{"Japanese dollars", i18n.Format{Lang: i18n.Ja, Currency: "USD"}, 90_198_765, 90_198_765},
	} {
		if got := c.f.Shown(n, c.v, kpi.Year); got != c.want {
			t.Errorf("%s: shown %v, want %v", c.name, got, c.want)
		}
		if c.f.Lang == i18n.Ja && c.f.Currency == "JPY" && c.f.Node(n, c.v, kpi.Year) != c.f.Node(n, c.want, kpi.Year) {
			t.Errorf("%s: %q reads %q shown", c.name, c.f.Node(n, c.v, kpi.Year), c.f.Node(n, c.want, kpi.Year))
		}
	}
}
