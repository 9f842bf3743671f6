package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Small markup helpers shared by the page's sections.

func options(os []Option) []app.UI {
	out := make([]app.UI, len(os))
	for i, o := range os {
		opt := app.Option().Value(o.Value).Text(o.Label)
		if o.Selected { // selected="false" would select it too: HTML reads the attribute's presence
			opt = opt.Selected(true)
		}
		if o.Disabled {
			opt = opt.Disabled(true)
		}
		out[i] = opt
	}
	return out
}

// pressed sets a toggle button's aria-pressed to "true" or "false". In the
// browser go-app writes the value as given; its HTML encoder (pre-rendering)
// writes any "true" as a bare attribute, which ARIA does not read as
// pressed, so there a pressed button is written out with its value.
func pressed(b app.HTMLButton, on bool) app.UI {
	b = b.Aria("pressed", strconv.FormatBool(on))
	if !on || app.IsClient {
		return b
	}
	return app.Raw(withPressedValue(app.HTMLString(b)))
}

// withPressedValue gives a bare aria-pressed in html's first tag the value
// "true".
func withPressedValue(html string) string {
	end := strings.IndexByte(html, '>')
	if end < 0 {
		return html
	}
	open := html[:end]
	for _, bare := range []string{" aria-pressed ", " aria-pressed/"} {
		open = strings.Replace(open, bare, ` aria-pressed="true"`+bare[len(bare)-1:], 1)
	}
	if strings.HasSuffix(open, " aria-pressed") {
		open += `="true"`
	}
	return open + html[end:]
}

func figure(f Figure, class string) app.HTMLSpan {
	return app.Span().Class(class).DataSet("node", f.Node).DataSet("period", f.Period).
		DataSet("value", exactAttr(f.Exact)).Text(f.Text)
}

// lineP is a line figure (View.lines) as a paragraph of class class: its
// text and its value where a slider's move patches them.
func lineP(f Figure, class string) app.HTMLP {
	return app.P().Class(class).DataSet("node", f.Node).DataSet("period", f.Period).
		DataSet("value", exactAttr(f.Exact)).Text(f.Text)
}

// bigFigure is a summary card's headline figure. Its data-chars, the width
// of its text in digits (textWidth), sizes it to keep one line in its card
// (web/app.css): a forecast of ¥28,800,000,000 broke as "¥28,800,000,0"
// and "00" in the middle column at 1280×720. kpisimPatch keeps data-chars
// as a move changes the text (cmd/kpisim/dom.js, by the same rule).
func bigFigure(f Figure) app.HTMLSpan {
	return figure(f, "big-number").DataSet("chars", textWidth(f.Text))
}

// textWidth is the width of s in digits: a wide character (億, 万, 円)
// counts two, as it is about as wide as two digits.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x2e80 {
			n++
		}
	}
	return n
}

// exactAttr writes a figure's exact value so that JavaScript's Number()
// reads back the same float64.
func exactAttr(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// keepWhole is sentence s with each of figs in it a span of its own that a
// line does not break (web/app.css .whole): 「80%の確率で、売上は8,710万円
// 〜1億2,100万円に収まります。」 broke as 「1億2,100万」 / 「円に収まります」
// on a phone, Japanese lines breaking between any two characters.
func keepWhole(s string, figs []string) []app.UI {
	var out []app.UI
	for _, f := range figs {
		i := strings.Index(s, f)
		if f == "" || i < 0 {
			continue
		}
		if i > 0 {
			out = append(out, app.Text(s[:i]))
		}
		out = append(out, app.Span().Class("whole").Text(f))
		s = s[i+len(f):]
	}
	if s != "" {
		out = append(out, app.Text(s))
	}
	return out
}
