package kpi

import "testing"

// The unit rule's table: what each operation makes of its terms' units,
// as the tree editor gives a formula its unit (issue: a product of a rate
// and a count kept the empty tree's money and read 24円 deals).
func TestTermsUnit(t *testing.T) {
	cases := []struct {
		name    string
		op      Op
		terms   []Unit
		want    Unit
		decided bool
	}{
		{"rate × count is a count", Product, []Unit{Rate, Count}, Count, true},
		{"rate × money is money", Product, []Unit{Rate, Currency}, Currency, true},
		{"count × money is money", Product, []Unit{Count, Currency}, Currency, true},
		{"count × rate × money is money", Product, []Unit{Count, Rate, Currency}, Currency, true},
		{"count × count is a count", Product, []Unit{Count, Count}, Count, true},
		{"rate × rate is a rate", Product, []Unit{Rate, Rate}, Rate, true},
		{"a number leaves a count a count", Product, []Unit{Number, Count}, Count, true},
		{"money × money decides nothing", Product, []Unit{Currency, Currency}, Number, false},
		{"a number × a rate decides nothing", Product, []Unit{Number, Rate}, Number, false},
		{"numbers alone decide nothing", Product, []Unit{Number, Number}, Number, false},
		{"money ÷ count is money", Ratio, []Unit{Currency, Count}, Currency, true},
		{"count ÷ count is a rate", Ratio, []Unit{Count, Count}, Rate, true},
		{"money ÷ money is a rate", Ratio, []Unit{Currency, Currency}, Rate, true},
		{"count ÷ rate is a count", Ratio, []Unit{Count, Rate}, Count, true},
		{"money ÷ number is money", Ratio, []Unit{Currency, Number}, Currency, true},
		{"count ÷ money decides nothing", Ratio, []Unit{Count, Currency}, Number, false},
		{"count ÷ count ÷ count decides nothing", Ratio, []Unit{Count, Count, Count}, Number, false},
		{"a number ÷ anything decides nothing", Ratio, []Unit{Number, Count}, Number, false},
		{"a sum of money is money", Sum, []Unit{Currency, Currency}, Currency, true},
		{"a sum of counts and numbers is a count", Sum, []Unit{Count, Number}, Count, true},
		{"a difference of rates is a rate", Difference, []Unit{Rate, Rate}, Rate, true},
		{"a sum of a count and money decides nothing", Sum, []Unit{Count, Currency}, Number, false},
		{"a sum of numbers decides nothing", Sum, []Unit{Number}, Number, false},
		{"a lever decides nothing", Lever, nil, Number, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := TermsUnit(c.op, c.terms)
			if got != c.want || ok != c.decided {
				t.Errorf("TermsUnit(%s, %v) = %s, %v; want %s, %v", c.op, c.terms, got, ok, c.want, c.decided)
			}
		})
	}
}

// A unit the arithmetic rules out does not fit: Rate for a product of
// counts (Deals won as a percentage), money for one of rates and counts.
// The readings the presets use fit: budget ÷ cost per lead as a count.
func TestUnitFits(t *testing.T) {
	cases := []struct {
		name  string
		op    Op
		terms []Unit
		u     Unit
		want  bool
	}{
		{"a product of a rate and a count as a rate", Product, []Unit{Rate, Count}, Rate, false},
		{"a product of a rate and a count as money", Product, []Unit{Rate, Count}, Currency, false},
		{"a product of a rate and a count as a count", Product, []Unit{Rate, Count}, Count, true},
		{"a product of a rate and a count as a plain number", Product, []Unit{Rate, Count}, Number, true},
		{"a price × deals as a count", Product, []Unit{Currency, Count}, Count, false},
		{"money × money as anything", Product, []Unit{Currency, Currency}, Count, true},
		{"budget ÷ cost per lead as a count", Ratio, []Unit{Currency, Currency}, Count, true},
		{"deals ÷ reps as a count", Ratio, []Unit{Count, Count}, Count, true},
		{"deals ÷ deals as money", Ratio, []Unit{Count, Count}, Currency, false},
		{"revenue ÷ deals as a rate", Ratio, []Unit{Currency, Count}, Rate, false},
		{"a sum of counts as a rate", Sum, []Unit{Count, Count}, Rate, false},
		{"a sum of counts as a plain number", Sum, []Unit{Count, Count}, Number, true},
		{"a sum of money as a count", Sum, []Unit{Currency, Currency}, Count, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := UnitFits(c.op, c.terms, c.u); got != c.want {
				t.Errorf("UnitFits(%s, %v, %s) = %v, want %v", c.op, c.terms, c.u, got, c.want)
			}
		})
	}
}
