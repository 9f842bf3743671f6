package ui

import (
	"slices"
	"strconv"

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
			in[i].View = p.lateView() // completed at most every lateInterval during a drag, as the page's own plan and charts
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

// compareNow starts a comparison of the work as it is with the state
// before its first change. The share tick keeps that state 400 ms after
// the change, or later when the browser is busy: a click before it found
// no base, and the comparison showed the current work alone for good. The
// tick's step runs first.
func (p *Page) compareNow(ctx app.Context) {
	p.shareStep(ctx)
	p.runCompare()
}

// runCompare starts the comparison: the base kept at the first change, the
// current work and the My scenarios marked to compare, at most maxCompare.
func (p *Page) runCompare() {
	var vs []Variant
	if b := p.share.base; b != nil {
		vs = append(vs, Variant{Preset: b.Preset, Scenario: b.Scenario, Rebased: p.share.rebased})
	}
	vs = append(vs, Variant{Current: true})
	for _, m := range p.share.mine {
		if m.Compare {
			vs = append(vs, mineVariant(m))
		}
	}
	p.model.SetCompare(vs, 0)
}

// rebase keeps the current work as the base: a copy of it takes the place
// of the state kept at the first change (or joins the comparison first)
// and becomes the base; without a comparison on show, one starts.
func (p *Page) rebase() {
	st, err := p.model.State()
	if err != nil {
		return
	}
	st.Compare, st.CompareBase = nil, 0
	p.share.base, p.share.rebased = &st, true
	vs := p.model.Compare
	if len(vs) == 0 {
		p.runCompare()
		return
	}
	v := Variant{Preset: st.Preset, Scenario: st.Scenario, Rebased: true}
	for i, c := range vs {
		if !c.Current && c.Name == "" {
			vs = slices.Clone(vs)
			vs[i] = v
			p.model.SetCompare(vs, i)
			return
		}
	}
	vs = append([]Variant{v}, vs...)
	if len(vs) > maxCompare { // the last copy that is not the current work makes room
		for i := len(vs) - 1; i > 0; i-- {
			if !vs[i].Current {
				vs = append(vs[:i:i], vs[i+1:]...)
				break
			}
		}
	}
	p.model.SetCompare(vs, 0)
}

func mineVariant(m mine) Variant {
	return Variant{Name: m.Name, Names: m.Names, Preset: m.State.Preset, Scenario: m.State.Scenario}
}

// markMine adds one of My scenarios to the comparison on show, or takes it
// out. One marked while the comparison is full is left out (comparedLeft),
// and takes the place of the next one taken out.
func (p *Page) markMine(m mine) {
	if len(p.model.Compare) == 0 {
		return
	}
	v := mineVariant(m)
	vs, base := p.model.Compare, p.model.CompareBase
	for i, c := range vs {
		if !c.Current && sameSave(c, v) {
			if !m.Compare {
				vs = slices.Delete(slices.Clone(vs), i, i+1)
				if base > i || base == len(vs) {
					base--
				}
				if left := p.comparedLeft(); len(left) > 0 {
					vs = append(vs, left[0])
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

// comparedLeft are My scenarios marked to compare that the comparison on
// show leaves out, as it shows maxCompare at most: named under it and
// beside their mark, where a tick had done nothing to be seen. Derived from
// the marks, so that a reloaded page names them too.
func (p *Page) comparedLeft() []Variant {
	if len(p.model.Compare) == 0 {
		return nil
	}
	var out []Variant
	for _, m := range p.share.mine {
		if p.leftOut(m) {
			out = append(out, mineVariant(m))
		}
	}
	return out
}

// leftOut reports whether m is marked to compare but not in the
// comparison on show.
func (p *Page) leftOut(m mine) bool {
	if !m.Compare || len(p.model.Compare) == 0 {
		return false
	}
	v := mineVariant(m)
	return !slices.ContainsFunc(p.model.Compare, func(c Variant) bool { return !c.Current && sameSave(c, v) })
}

// renameCompared gives the comparison's column of the item m, renamed
// name, its new name: it kept the old one, and the item renamed read as
// left out of the comparison, though shown.
func (p *Page) renameCompared(m mine, name string) {
	v := mineVariant(m)
	vs := slices.Clone(p.model.Compare)
	for i, c := range vs {
		if !c.Current && sameSave(c, v) {
			vs[i].Name, vs[i].Names = name, nil // a name given: the same in both languages
			p.model.SetCompare(vs, p.model.CompareBase)
			return
		}
	}
}

// sameSave reports whether a and b are the same saved scenario: its
// name and its state.
func sameSave(a, b Variant) bool { return a.Name == b.Name && sameJSON(a.Scenario, b.Scenario) }

// onCompareBase makes column i the base. The button pressed becomes the
// column's "Base" badge, which takes the focus (it fell to <body>).
func (p *Page) onCompareBase(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i >= 0 && i < len(p.model.Compare) {
			p.model.CompareBase = i
			p.focus(ctx, `.compare-table th[data-compare-col="`+strconv.Itoa(i)+`"] .compare-badge`)
		}
	}
}
