package kpi

// The unit rule: what a computed node's arithmetic makes of its terms'
// units. Compile holds a sum or a difference to it (sameKind); an editor
// gives a formula the unit its terms make (TermsUnit) and flags a unit the
// arithmetic rules out (UnitFits). A plain number is neutral: a factor or
// divisor in it (months, a share of 1) leaves the unit to the others, and
// a node may always be a plain number.

// sameKind reports whether a term in unit b can be added to, or taken
// from, a sum or difference in unit a: money only with money; a count not
// with a rate; a plain number with a count or a rate.
func sameKind(a, b Unit) bool {
	switch {
	case a == Currency || b == Currency:
		return a == b
	case a == Number || b == Number:
		return true
	}
	return a == b
}

// TermsUnit is the unit a node of operation op makes of terms in the units
// terms, in order, and whether the arithmetic decides it:
//
//   - a product with one factor in money is money (rate × money, count ×
//     money); else one with a count is a count (rate × count); else one of
//     rates alone is a rate. Two in money decide nothing (money × money is
//     no amount), nor rates with a plain number (leads typed as a number ×
//     a rate are a count).
//   - a ratio by rates and plain numbers keeps its first term's unit (deals
//     ÷ close rate are opportunities); money ÷ count is money (a deal
//     size); count ÷ count and money ÷ money are a rate.
//   - a sum or a difference is in its terms' unit when they agree.
//
// Terms in plain numbers alone, and anything else, decide nothing.
func TermsUnit(op Op, terms []Unit) (Unit, bool) {
	switch op {
	case Product:
		n := unitCounts(terms)
		switch {
		case n[Currency] > 1:
			return Number, false
		case n[Currency] == 1:
			return Currency, true
		case n[Count] > 0:
			return Count, true
		case n[Rate] > 0 && n[Number] == 0:
			return Rate, true
		}
	case Ratio:
		if len(terms) < 2 || terms[0] == Number {
			return Number, false
		}
		n := unitCounts(terms[1:])
		switch first := terms[0]; {
		case n[Currency]+n[Count] == 0:
			return first, true
		case n[Currency]+n[Count] > 1:
			return Number, false
		case first == Currency && n[Count] == 1:
			return Currency, true
		case first == Count && n[Count] == 1, first == Currency && n[Currency] == 1:
			return Rate, true
		}
	case Sum, Difference:
		u := Number
		for _, t := range terms {
			if t != Number && u != Number && t != u {
				return Number, false
			}
			if t != Number {
				u = t
			}
		}
		return u, u != Number
	}
	return Number, false
}

// UnitFits reports whether unit u fits a node of operation op whose terms
// are in the units terms: the arithmetic decides nothing, or u is what it
// decides, or a plain number, or the other reading of a ratio of like
// terms (count ÷ count as a count per rep, money ÷ money as a budget ÷ a
// cost per lead). A sum or a difference fits when every term is of u's
// kind, the rule Compile holds them to.
func UnitFits(op Op, terms []Unit, u Unit) bool {
	if op == Sum || op == Difference {
		for _, t := range terms {
			if !sameKind(u, t) {
				return false
			}
		}
		return true
	}
	want, ok := TermsUnit(op, terms)
	switch {
	case !ok, u == want, u == Number:
		return true
	case op == Ratio && want == Rate && u == Count:
		return terms[0] == Count || terms[0] == Currency
	}
	return false
}

// unitCounts counts the terms in each unit.
func unitCounts(terms []Unit) [Rate + 1]int {
	var n [Rate + 1]int
	for _, t := range terms {
		if t <= Rate {
			n[t]++
		}
	}
	return n
}
