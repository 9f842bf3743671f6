package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The comparison's actions on the page. The comparison itself is part of
// the model's state (Model.Compare), so the address, the saved work and a
// shared link carry it; compare (app/ui/compare.go) computes what it shows.

// comparison computes the comparison as the scenarios stand now: the
// current work as the page shows it, each compared copy solved once.
func (p *Page) comparison() Comparison {
	l := p.model.Lang
	in := make([]compareInput, len(p.model.Compare))
	for i, v := range p.model.Compare {
		in[i] = compareInput{Name: variantName(l, v), Current: v.Current}
		if v.Current {
			in[i].View = p.view.Complete()
			continue
		}
		key := string(l) + "\x00" + v.Preset + "\x00" + string(v.Scenario)
		if p.share.solved == nil {
			p.share.solved = map[string]*View{}
		}
		view, ok := p.share.solved[key]
		if !ok {
			var err error
			if view, err = solveVariant(p.model.Presets, l, v); err != nil {
				in[i].Err = p.model.message(err)
				continue
			}
			if len(p.share.solved) > 4*maxCompare {
				clear(p.share.solved)
			}
			p.share.solved[key] = view
		}
		in[i].View = view
	}
	return compare(l, in, p.model.CompareBase)
}

// runCompare starts the comparison: the base kept at the first change, the
// current work and the My scenarios marked to compare, at most maxCompare.
func (p *Page) runCompare() {
	var vs []Variant
	if b := p.share.base; b != nil {
		vs = append(vs, Variant{Preset: b.Preset, Scenario: b.Scenario})
	}
	vs = append(vs, Variant{Current: true})
	for _, m := range p.share.mine {
		if m.Compare {
			vs = append(vs, mineVariant(m))
		}
	}
	p.model.SetCompare(vs, 0)
}

func mineVariant(m mine) Variant {
	return Variant{Name: m.Name, Preset: m.State.Preset, Scenario: m.State.Scenario}
}

// markMine adds one of My scenarios to the comparison on show, or takes it
// out.
func (p *Page) markMine(m mine) {
	if len(p.model.Compare) == 0 {
		return
	}
	v := mineVariant(m)
	vs, base := p.model.Compare, p.model.CompareBase
	for i, c := range vs {
		if !c.Current && c.Name == v.Name && sameJSON(c.Scenario, v.Scenario) {
			if !m.Compare {
				vs = append(vs[:i:i], vs[i+1:]...)
				if base > i || base == len(vs) {
					base--
				}
				p.model.SetCompare(vs, max(base, 0))
			}
			return
		}
	}
	if m.Compare {
		p.model.SetCompare(append(vs[:len(vs):len(vs)], v), base)
	}
}

// onCompareBase makes column i the base.
func (p *Page) onCompareBase(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i >= 0 && i < len(p.model.Compare) {
			p.model.CompareBase = i
		}
	}
}
