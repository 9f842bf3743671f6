package ui

import (
	"regexp"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Each language button names its language in that language, and says so
// (lang): a screen reader read 日本語 with the English voice on the English
// page, and English with the Japanese one on the Japanese page (WCAG 3.1.2).
func TestLangButtonsSpeakTheirLanguage(t *testing.T) {
	p := &Page{}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := normalizeHTML(app.HTMLString(p))
	for _, c := range []struct{ name, lang, text string }{
		{"Japanese", "ja", "日本語"},
		{"English", "en", "English"},
	} {
		t.Run(c.name, func(t *testing.T) {
			button := regexp.MustCompile(`<button[^>]*data-lang="` + c.lang + `"[^>]*>` + c.text + `</button>`).FindString(html)
			if button == "" {
				t.Fatalf("no %s button in the page", c.name)
			}
			if !regexp.MustCompile(`\slang="` + c.lang + `"`).MatchString(button) {
				t.Errorf("the %s button says no language of its own: %s", c.name, button)
			}
		})
	}
}
