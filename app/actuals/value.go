package actuals

import (
	"slices"
	"strings"
)

// A long form's value column may say its unit as a wide form's amount
// column does: 値（千円）, "Value (K)", "Value in thousands", 金額（百万円）.
// The unit multiplies the amounts among its metrics (Node.Money: 受注金額,
// 平均単価), never the counts or rates (架電数, 受注率), and the import says
// so (Result.Value, Amounts, Counts). A metric's name may hold a unit of
// its own (受注金額（千円）): where both say one, they must multiply
// alike, or the row is left out (UnitConflict) rather than read at either.
// A value header whose brackets are no amount's unit (値（新規）) leaves
// the amounts out (BadValueUnit) and reads the counts and rates.

// amountHeaders name a long form's value column when no valueHeaders do
// and the metric column's header names a KPI (指標, Metric): 金額（百万円）.
// Beside 項目 (a detail export's line item) 金額 stays the amount column.
var amountHeaders = []string{"金額", "amount"}

// named reports whether header h is one of names, with or without a unit
// after it: 値（千円）, "Value in thousands" and 値 千円 are 値.
func named(h string, names []string) bool {
	if slices.Contains(names, norm(h)) {
		return true
	}
	name, _, ok := cutUnit(h)
	return ok && slices.Contains(names, norm(name))
}

// valueColumn settles the long form's value column, once the header's
// other columns are found, and reads its unit.
func (p *parser) valueColumn(rec []string) {
	if p.metric < 0 {
		return
	}
	if p.value < 0 {
		p.value = p.find(rec, valueHeaders)
	}
	if p.value < 0 && norm(rec[p.metric]) != "項目" {
		p.value = p.find(rec, amountHeaders)
	}
	if p.value < 0 {
		return
	}
	h := rec[p.value]
	scale, written, bad := valueUnit(h)
	p.vbad = bad
	p.res.Value = Mapping{Column: p.value + 1, Header: h, Scale: scale, Unit: written}
}

// valueUnit reads value header h's unit as parser.column reads an amount
// column's: its brackets (値（千円）), or the unit after its name when only
// that makes it a value header ("Value in thousands"). bad is brackets
// that are no amount's unit, with scale 0.
func valueUnit(h string) (scale float64, written, bad string) {
	if n := norm(h); !slices.Contains(valueHeaders, n) && !slices.Contains(amountHeaders, n) {
		if _, u, ok := cutUnit(h); ok {
			scale, _ = scaleOf(u, true)
			return scale, u, ""
		}
	}
	scale, written, bad, _ = unit(h, Node{Money: true})
	return scale, written, bad
}

// find returns the first column of rec, besides the period, week and
// metric columns, whose header is one of names (named), or -1.
func (p *parser) find(rec []string, names []string) int {
	for c, h := range rec {
		if c != p.period && c != p.week && c != p.metric && named(h, names) {
			return c
		}
	}
	return -1
}

// valueScale returns what row's value for metric m (node i, whose name's
// unit multiplies by own, written ownUnit) is multiplied by, or false
// when the row is left out, with the problem that says why.
func (p *parser) valueScale(row int, m string, i int, own float64, ownUnit string) (float64, bool) {
	v := p.res.Value
	switch {
	case !p.nodes[i].Money:
		return own, true
	case ownUnit != "" && v.Unit != "" && own != v.Scale:
		p.res.add(Problem{Row: row, Column: p.metric + 1, Header: m, Text: v.Header, Code: UnitConflict})
		return 0, false
	case ownUnit != "":
		return own, true
	case otherCurrency(unitCurrency(v.Unit), p.currency):
		p.res.add(Problem{Row: row, Column: p.value + 1, Header: v.Header, Text: v.Header, Code: OtherCurrency})
		return 0, false
	case p.vbad != "":
		if !p.vsaid {
			p.vsaid = true
			p.res.add(Problem{Row: row, Column: p.value + 1, Header: v.Header, Text: p.vbad, Code: BadValueUnit})
		}
		return 0, false
	}
	return v.Scale, true
}

// readValue notes metric m (node i), whose name holds no unit, read from
// the value column: an amount at the column's unit, or a count or rate as
// written.
func (p *parser) readValue(m string, i int) {
	list := &p.res.Counts
	if p.nodes[i].Money {
		list = &p.res.Amounts
	}
	if !slices.Contains(*list, strings.TrimSpace(m)) {
		*list = append(*list, strings.TrimSpace(m))
	}
}
