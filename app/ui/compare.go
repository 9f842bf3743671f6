package ui

import (
	"math"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// maxCompare is how many scenarios the comparison shows side by side.
const maxCompare = 4

// compareCol is one scenario in the comparison, each figure as the
// scenario opened alone shows it.
type compareCol struct {
	Name     string
	Base     bool
	Currency string
	Head     Figure // required activity per rep per day
	Unit     string
	Label    string
	Total    Figure // forecast
	Gap      Figure
	Prob     Figure
	Err      string
}

// compareColumn solves st as the page would, Monte Carlo run included.
func (p *Page) compareColumn(name string, st State) compareCol {
	m := NewModel(p.model.Presets, "", p.model.Lang)
	col := compareCol{Name: name}
	if err := m.Restore(st); err != nil {
		col.Err = err.Error()
		return col
	}
	m.Lang = p.model.Lang
	if mod, err := m.Scenario.Model(); err == nil {
		if b, err := forecast.Run(mod, m.Scenario.Forecast); err == nil {
			m.Bands = b
		}
	}
	v := m.View().Complete()
	col.Currency = m.Scenario.Currency
	col.Head, col.Unit, col.Label = v.Head.Figure, v.Head.Unit, v.Head.Label
	col.Total, col.Gap, col.Prob = v.Forecast.Total, v.Forecast.Gap, v.Forecast.Probability
	return col
}

// compareStates is the base, the current work and the My scenarios marked
// to compare, at most maxCompare, the base first.
func (p *Page) compareStates() (names []string, states []State) {
	l := p.model.Lang
	if p.share.base != nil {
		names, states = append(names, l.T("compare.base")), append(states, *p.share.base)
	}
	if cur, err := p.model.State(); err == nil {
		names, states = append(names, l.T("compare.current")), append(states, cur)
	}
	for _, m := range p.share.mine {
		if m.Compare && len(states) < maxCompare {
			names, states = append(names, m.Name), append(states, m.State)
		}
	}
	return names, states
}

// runCompare computes the comparison as the scenarios stand now.
func (p *Page) runCompare() {
	names, states := p.compareStates()
	cols := make([]compareCol, len(states))
	for i, st := range states {
		cols[i] = p.compareColumn(names[i], st)
	}
	if len(cols) > 0 {
		cols[0].Base = true
	}
	p.share.compared = cols
}

// delta says how far v is from base: the difference in the figure's own
// terms and in % of the base's size; empty when either is missing.
func delta(l i18n.Lang, currency string, base, v Figure, money, points bool) (string, string) {
	if points && (base.Exact < 0 || v.Exact < 0) || math.IsNaN(base.Exact) || math.IsNaN(v.Exact) { // a probability of -1: not computed
		return "", ""
	}
	d := v.Exact - base.Exact
	sign := "+"
	if d < 0 {
		sign = "−"
	}
	var abs string
	switch {
	case money:
		abs = sign + l.Money(math.Abs(d), currency)
	case points:
		abs = sign + i18n.Number(math.Abs(d)*100, 1) + " pt"
	default:
		abs = sign + i18n.Number(math.Abs(d), 1)
	}
	if base.Exact == 0 {
		return abs, ""
	}
	return abs, sign + i18n.Number(math.Abs(d/base.Exact)*100, 1) + "%" // of the base's size, so a gap growing from −4 to −23 reads −475%
}
