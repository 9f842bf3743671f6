package ui

import (
	"regexp"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// presentTag is the opening tag of the presentation's element marked
// data-present=name in html, and its text; "" when there is none.
func presentTag(html, name string) (tag, text string) {
	m := regexp.MustCompile(`<[a-z0-9]+[^>]*data-present="` + name + `"[^>]*>([^<]*)`).FindStringSubmatch(html)
	if m == nil {
		return "", ""
	}
	return m[0][:len(m[0])-len(m[1])], m[1]
}

// ariaPressed reads a tag's aria-pressed as a browser does: go-app writes a
// true one bare.
func ariaPressed(tag string) string {
	m := regexp.MustCompile(`aria-pressed(="([^"]*)")?`).FindStringSubmatch(tag)
	switch {
	case m == nil:
		return "none"
	case m[1] == "":
		return "true"
	}
	return m[2]
}

// TestPresentHideAllAfterReveal: with every required value hidden, a
// reveal leaves the others hidden, and the button still offers to show
// them (it read "Hide every required value" at the next step, the
// opportunities still "?", and pressed it hid again what the room had
// just revealed). It says whether a figure is hidden with aria-pressed,
// as the Hide (H) button does.
func TestPresentHideAllAfterReveal(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.En, i18n.Ja} {
		t.Run(string(l), func(t *testing.T) {
			p := loadedPage(t, l)
			p.refresh()
			p.enterPresentState()
			tag, text := presentTag(app.HTMLString(p.Render()), "hide-all")
			if text != l.T("present.hide_all") || ariaPressed(tag) != "false" {
				t.Errorf("nothing hidden: the button reads %q, aria-pressed %s; want %q, false", text, ariaPressed(tag), l.T("present.hide_all"))
			}
			p.presentHideAll()
			p.presentGo(4) // 5 / 9: revenue = deal size × deals ?
			p.present.guess = "100"
			p.presentReveal()
			if p.present.hidden["deals"] || !p.present.hidden["opportunities"] {
				t.Fatalf("the guess at step 5 revealed %v", p.present.hidden)
			}
			p.presentGo(1) // 6 / 9: the opportunities still "?"
			html := app.HTMLString(p.Render())
			if _, fig := presentTag(html, "count"); fig != "6 / 9" {
				t.Fatalf("at %q, want 6 / 9", fig)
			}
			tag, text = presentTag(html, "hide-all")
			if text != l.T("present.show_all") || ariaPressed(tag) != "true" {
				t.Errorf("a figure hidden: the button reads %q, aria-pressed %s; want %q, true", text, ariaPressed(tag), l.T("present.show_all"))
			}
			p.presentHideAll()
			for id, h := range p.present.hidden {
				if h {
					t.Errorf("pressed, the button left %s hidden", id)
				}
			}
			if _, text := presentTag(app.HTMLString(p.Render()), "hide-all"); text != l.T("present.hide_all") {
				t.Errorf("every figure shown: the button reads %q", text)
			}
		})
	}
}
