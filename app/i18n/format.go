package i18n

import (
	"fmt"
	"math"
	"strings"

	"github.com/kpisim/kpisim/app/kpi"
)

// Format is the one way kpisim writes a figure: the page's headline,
// tables, tree, charts and plan and the CLI's tables all call it, so the
// same figure reads the same everywhere.
type Format struct {
	Lang     Lang
	Currency string // ISO 4217 code of currency values
}

// Value writes v, a value of a node with unit u, in period p. periodic says
// whether the node is a flow split into periods (a computed node or an
// activity): a count per working day or per rep per day keeps its tenth
// (41.7 calls), as the rounding policy does, and one under half a tenth
// (left so by no rounding) two significant digits: 0.0417 deals a rep a
// day reads 0.042, not 0 (tenths). Money is in 万/億 in Japanese
// and grouped with its symbol in English, rounded half up; rates are
// percentages. Never NaN, an infinity or -0.
func (f Format) Value(u kpi.Unit, periodic bool, p kpi.Period, v float64) string {
	switch u {
	case kpi.Rate:
		return Percent(v)
	case kpi.Currency:
		return f.Lang.Money(v, f.Currency)
	case kpi.Count:
		if periodic && p >= kpi.Day {
			return Number(v, tenths(v))
		}
	}
	return Count(v)
}

// tenths is how many fraction digits a count per working day shows: one
// (41.7 calls a day), and below 0.05, which one digit would write as 0,
// two significant digits, up to six as Decimals allows: 0.0417 is 0.042.
func tenths(v float64) int {
	a := math.Abs(v)
	if a >= 0.05 || a == 0 || !finite(v) {
		return 1
	}
	return min(1-int(math.Floor(math.Log10(a))), 6)
}

// Exact writes v, an unrounded value of unit u, beside the figure Node
// rounds it to, so that the reader sees what the rounding did: a rate in
// percent with four decimals ("20.8333%"), money to the hundredth of its
// unit with its currency ("¥1,041,666.67", "1,041,666.67円": finer than
// any price is set, and no string of sixes), any other value with
// decimals fraction digits. Like the package's Exact, a value too small
// for its decimals keeps two significant digits, never reading 0.
func (f Format) Exact(u kpi.Unit, v float64, decimals int) string {
	switch u {
	case kpi.Rate:
		return Exact(v*100, 4) + "%"
	case kpi.Currency:
		return f.Lang.WithCurrency(Exact(v, 2), f.Currency)
	}
	return Exact(v, decimals)
}

// Node writes v, a value of node n in period p.
func (f Format) Node(n *kpi.Node, v float64, p kpi.Period) string {
	return f.Value(n.Unit, n.Periodic(), p, v)
}

// Shown is v, a value of node n in period p, as Node writes a count or
// yen in Japanese: rounded to the decimals it is shown with (149.76 deals
// a year is 150; 90,198,000円 reads 9,020万円), so that a difference of
// two shown figures is what they read (1億円 less 9,020万円 said
// -980.1万円); other money and rates are returned as they are.
func (f Format) Shown(n *kpi.Node, v float64, p kpi.Period) float64 {
	if n.Unit == kpi.Currency && f.Lang == Ja && f.Currency == "JPY" {
		g := manGrid(v)
		return math.Round(v/g) * g
	}
	if n.Unit != kpi.Count {
		return v
	}
	if n.Periodic() && p >= kpi.Day {
		return roundHalfUp(v, tenths(v))
	}
	return roundHalfUp(v, Decimals(v))
}

// Toward moves v onto the grid Node writes n's figures on in period p, up
// or down, so that the figure shown stays on the safe side of a
// requirement: rounded up, a close rate that must reach 26.0417 % reads
// 26.05 %, not 26.04 %; an upper bound down, a churn of at most 5.4667 %
// reads 5.46 %, not 5.47 %. A value on the grid already, or not finite,
// is returned as it is.
func (f Format) Toward(n *kpi.Node, v float64, p kpi.Period, up bool) float64 {
	if !finite(v) {
		return v
	}
	g := f.grid(n, v, p)
	x := v / g
	if r := math.Round(x); math.Abs(x-r) <= 1e-9*math.Max(1, math.Abs(x)) {
		return r * g
	}
	if up {
		return math.Ceil(x) * g
	}
	return math.Floor(x) * g
}

// grid is the step between the figures Node writes near v: a rate's
// hundredth of a percent, money's unit (or in Japanese the last of its
// four digits in 万/億/兆), a count's decimals.
func (f Format) grid(n *kpi.Node, v float64, p kpi.Period) float64 {
	switch n.Unit {
	case kpi.Rate:
		return 1e-4
	case kpi.Currency:
		if f.Lang == Ja && f.Currency == "JPY" {
			return manGrid(v)
		}
		return math.Pow10(-moneyDecimals(v, f.Currency))
	case kpi.Count:
		if n.Periodic() && p >= kpi.Day {
			return math.Pow10(-tenths(v))
		}
	}
	return math.Pow10(-Decimals(v))
}

// Goal writes v, a value of the goal node n in period p, in the goal's own
// words: money as Node writes it, a count with its counter word in
// Japanese ("168件"), never as money.
func (f Format) Goal(n *kpi.Node, v float64, p kpi.Period) string {
	s := f.Node(n, v, p)
	if n.Unit == kpi.Count && f.Lang == Ja {
		s += "件"
	}
	return s
}

// Span is the unit after an activity's value per rep: "件/人日" for a
// count per working day, "/人週" for money per week ("/ rep / week").
func (f Format) Span(n *kpi.Node) string {
	key := "unit.rep_day"
	switch n.Per {
	case kpi.PerWeek:
		key = "unit.rep_week"
	case kpi.PerMonth:
		key = "unit.rep_month"
	}
	if n.Unit == kpi.Currency {
		key = "unit.money_" + key[len("unit."):]
	}
	return f.Lang.T(key)
}

// PerRep writes text, an activity's value per rep, in the span the
// activity is stated in, as the headline writes it: a count a day reads
// "1人1日40件" ("40 a rep a day"); money, or a week's or a month's count,
// reads with its span's unit ("1.5件/人週", "¥2,400,000 / rep / month").
func (f Format) PerRep(n *kpi.Node, text string) string {
	if n.Per == kpi.PerDay && n.Unit != kpi.Currency {
		return fmt.Sprintf(f.Lang.T("per_rep.plain"), text)
	}
	return text + f.Lang.UnitSep() + f.Span(n)
}

// Cadence names how often a KPI is measured: 日次, 週次, 月次, 四半期 (daily,
// weekly, monthly, quarterly); "" when not stated.
func (f Format) Cadence(c kpi.Cadence) string {
	if c == kpi.CadenceNone || c > kpi.CadenceQuarterly {
		return ""
	}
	return f.Lang.T("cadence." + c.String())
}

// NodeCadence is the mark a node's figures carry for how it is measured:
// its cadence, or 前提 (given) for a lever the plan takes as given, which
// no one measures as a KPI.
func (f Format) NodeCadence(n *kpi.Node) string {
	if n.Given && n.Op == kpi.Lever {
		return f.Lang.T("cadence.given")
	}
	return f.Cadence(n.Cadence)
}

// Signed writes v as Goal does, with a + before a positive value.
func (f Format) Signed(n *kpi.Node, v float64, p kpi.Period) string {
	s := f.Node(n, v, p)
	if v > 0 && strings.ContainsAny(s, "123456789") { // no "+¥0" for a gap under a yen
		return "+" + s
	}
	return s
}

// Share writes a fraction as a signed percentage with one decimal: the gap
// as a share of the goal ("-4%", "+12.5%").
func Share(v float64) string {
	s := Number(v*100, 1) + "%"
	if v > 0 && s != "0%" {
		return "+" + s
	}
	return s
}

// roundHalfUp rounds v to decimals fraction digits, halves away from zero
// ($9,562.50 → $9,563), the way people round money by hand; strconv would
// round the exact binary value, halves to even.
func roundHalfUp(v float64, decimals int) float64 {
	p := math.Pow10(decimals)
	r := math.Round(v * p)
	if math.IsInf(r, 0) {
		return v
	}
	return r / p
}

// Change writes how far v is from base, two values of node n in period p:
// the difference as Signed writes it and its share of the base's size as
// Share writes it ("+2.5", "+6%"; a gap growing from -4 to -23 is "-475%").
// pct is "" when the base is 0, so no comparison ever reads as infinite,
// and when the sign changes (a gap of -¥4 turning into +¥10 is no
// "+350%"); both are "" when either value is NaN or infinite.
func (f Format) Change(n *kpi.Node, base, v float64, p kpi.Period) (diff, pct string) {
	if !finite(base) || !finite(v) {
		return "", ""
	}
	d := v - base
	if base == 0 || base < 0 != (v < 0) && v != 0 {
		return f.Signed(n, d, p), "" // a change through zero is no share of where it began
	}
	return f.Signed(n, d, p), Share(d / math.Abs(base))
}

// PointChange writes how far the share v is from the share base, in
// percentage points of the shares as Chance writes them (75.3% → 44.7% is
// "-30.6 pt", whatever digits lie past the shown one); "" when either is
// NaN or infinite. A chance's change is in points alone: "+49.9 pt
// (+111.4%)" read as more than certain, and its % of the exact values did
// not follow from the shown ones (49.9 ÷ 44.7 is 111.6 %).
func PointChange(base, v float64) string {
	if !finite(base) || !finite(v) {
		return ""
	}
	shown := roundHalfUp(v*100, 1) - roundHalfUp(base*100, 1)
	diff := Number(shown, 1) + " pt"
	if shown > 0 && diff != "0 pt" {
		diff = "+" + diff
	}
	return diff
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// PerPeriod writes a figure with the period it is stated per, the span
// first in Japanese: "年間1億円", "¥100,000,000 a year".
func (l Lang) PerPeriod(figure string, p kpi.Period) string {
	return fmt.Sprintf(l.T("figure_per"), figure, l.T("per."+p.String()))
}
