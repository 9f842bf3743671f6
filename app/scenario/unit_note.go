package scenario

import (
	"fmt"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// The cautions of a node's unit: units that make no sense together. The
// engine computes them, so they refuse nothing; the node's figures read in
// a unit its arithmetic does not give until the user mends it. (A formula
// set by hand to money against its terms, or away from it, is refused:
// SetUnit.)

// UnitNote is the caution of node id's unit, in language l: a unit its
// terms rule out (kpi.UnitFits), or money × money at it or its parent; ""
// when none. The editor says it at the unit's field, and validate after a
// file's "ok", one sentence for both.
func (s *Scenario) UnitNote(l i18n.Lang, id string) string {
	if note := unitAgainstTerms(s, l, id); note != "" {
		return note
	}
	return moneyTwice(s, l, id)
}

// unitAgainstTerms says, for formula id, that its unit is not the one its
// terms make: Deals won (close rate × opportunities) set to Rate read as a
// percentage without a word.
func unitAgainstTerms(s *Scenario, l i18n.Lang, id string) string {
	n := s.Node(id)
	if n == nil || s.UnitFits(id) {
		return ""
	}
	want, ok := kpi.TermsUnit(n.Op, s.TermUnits(id))
	if !ok {
		return "" // a sum's terms of other kinds: kpi.Compile refuses them, not reached
	}
	terms := make([]string, 0, len(n.Children))
	for _, c := range n.Children {
		terms = append(terms, s.Node(c).Label.In(string(l)))
	}
	unit := func(u kpi.Unit) string { return l.T("editor.unit." + u.String()) }
	return fmt.Sprintf(l.T("editor.unit_terms"), n.Label.In(string(l)), strings.Join(terms, " "+n.Op.Symbol()+" "), unit(want), unit(n.Unit))
}

// moneyTwice cautions, for node id or its factors, that a product
// multiplies two amounts of money (price × budget is no amount of money;
// one of them is a count, a rate or a number). The engine computes it, so
// a tree on its way (a new factor in money beside the empty tree's
// revenue per rep per day) is not refused; its figures mean nothing until
// it is mended.
func moneyTwice(s *Scenario, l i18n.Lang, id string) string {
	for _, p := range []string{id, s.Parent(id)} {
		n := s.Node(p)
		if n == nil || n.Op != kpi.Product {
			continue
		}
		var money []string
		for _, c := range n.Children {
			if cn := s.Node(c); cn != nil && cn.Unit == kpi.Currency {
				money = append(money, cn.Label.In(string(l)))
			}
		}
		if len(money) > 1 {
			return fmt.Sprintf(l.T("editor.money_twice"), n.Label.In(string(l)), money[0], money[1])
		}
	}
	return ""
}
