package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What the page writes into the DOM itself, ahead of go-app's render: the
// figures after each move of a slider, a field's text once committed.

// patch writes the new figures into the page at once, and the text of
// lever key's fields when key is not "", in one call to kpisimPatch
// (cmd/kpisim/dom.js): a slider move shows its numbers in the same frame,
// for one crossing from Go to JavaScript. It changes text nodes, data-value
// and field values in place, exactly what the next render writes, so
// go-app's view of the DOM stays true.
func (p *Page) patch(key string) { p.patchFrom(p.view, key) }

// patchFrom is patch from the view v.
func (p *Page) patchFrom(v *View, key string) {
	if !app.IsClient {
		return
	}
	figures, text := figuresText(v, key)
	if err := jsCall(app.Window(), "kpisimPatch", figures, key, text); err != nil {
		app.Log("kpisim: figures not patched:", err)
	}
}

// figuresText is what kpisimPatch writes from the view v: every figure
// and the words beside them (View.lines: node, period, exact value and
// text, unitSep between, recordSep after), and the field key's text (""
// without a key).
func figuresText(v *View, key string) (figures, text string) {
	var b strings.Builder
	for _, f := range append(v.figures(), v.lines()...) {
		for _, s := range []string{f.Node, f.Period, exactAttr(f.Exact)} {
			b.WriteString(s)
			b.WriteByte(unitSep)
		}
		b.WriteString(f.Text)
		b.WriteByte(recordSep)
	}
	if key != "" {
		text, _ = v.fieldText(key)
	}
	return b.String(), text
}

// The separators of kpisimPatch's figures: ASCII's unit and record
// separators, which no label or number holds.
const (
	unitSep   = 0x1f
	recordSep = 0x1e
)

// patchField writes the field key's text (grouped digits once a valid value
// is committed: "1億" reads "100,000,000") into every field of that key.
// go-app would not: the input and the commit arrive in one frame, so the
// text it renders is the one it rendered before the user typed, and it
// skips a value it believes unchanged, whatever the field holds live.
func (p *Page) patchField(key string) {
	if !app.IsClient {
		return
	}
	if text, ok := p.view.fieldText(key); ok {
		if err := jsCall(app.Window(), "kpisimPatch", "", key, text); err != nil {
			app.Log("kpisim: field not patched:", err)
		}
	}
}

// fieldText is the text of lever key's fields, and whether the view has
// such a lever.
func (v *View) fieldText(key string) (string, bool) {
	for _, list := range [][]LeverView{v.Levers, v.Settings, v.Uncertainty, {v.Ask.Given}} {
		for _, lv := range list {
			if lv.Key == key {
				return lv.Text, true
			}
		}
	}
	return "", false
}
