package app

import "testing"

// kpisim's patch (PATCH.md change 9): in the server's HTML a boolean
// attribute is there when true and left out when false, where open="false"
// had made a folded section open; other values that read "false" stay.
func TestBooleanAttributesInHTML(t *testing.T) {
	for _, tc := range []struct {
		name string
		ui   UI
		want string
	}{
		{"folded", Details().Open(false), `<details></details>`},
		{"unfolded", Details().Open(true), `<details open></details>`},
		{"unticked", Input().Checked(false), `<input>`},
		{"ticked", Input().Checked(true), `<input checked>`},
		{"enabled", Button().Disabled(false), `<button></button>`},
		{"inert", Div().Attr("inert", true), `<div inert></div>`},
		{"not inert", Div().Attr("inert", false), `<div></div>`},
		{"aria is no boolean attribute", Button().Aria("pressed", false), `<button aria-pressed="false"></button>`},
		{"data neither", Div().DataSet("stale", false), `<div data-stale="false"></div>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := HTMLString(tc.ui); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
