package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// textWidth counts a headline figure's width in digits, which sizes it
// (bigFigure, web/app.css); kpisimPatch counts the same way in
// cmd/kpisim/dom.js.
func TestTextWidth(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"digits and separators", "¥28,800,000,000", 15},
		{"a rate", "44.7%", 5},
		{"yen in Japanese", "288億円", 7},
		{"a man-yen figure", "9,600万円", 9},
		{"a count", "73.4", 4},
		{"empty", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := textWidth(tc.text); got != tc.want {
				t.Errorf("textWidth(%q) = %d, want %d", tc.text, got, tc.want)
			}
		})
	}
}

// TestKeepWhole: the spread's figures are spans a line does not break, the
// words around them text: 「1億2,100万円」 broke as 「1億2,100万」 / 「円…」 on
// a phone.
func TestKeepWhole(t *testing.T) {
	for _, c := range []struct {
		name, s string
		figs    []string
		want    string
	}{
		{"a range in Japanese", "80%の確率で、売上は8,710万円〜1億2,100万円に収まります。", []string{"8,710万円", "1億2,100万円"},
			`80%の確率で、売上は<span class="whole">8,710万円</span>〜<span class="whole">1億2,100万円</span>に収まります。`},
		{"one figure, at the end", "Revenue lands at about ¥96,000,000", []string{"¥96,000,000"}, `Revenue lands at about <span class="whole">¥96,000,000</span>`},
		{"a figure not in the sentence", "no figure here", []string{"¥1"}, "no figure here"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			for _, u := range keepWhole(c.s, c.figs) {
				b.WriteString(app.HTMLString(u))
			}
			if got := b.String(); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}
