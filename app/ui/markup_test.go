package ui

import "testing"

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
