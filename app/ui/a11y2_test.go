package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
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

// answerWords is the one thing a committed change says: the answer; the
// ceiling's status only while it is passed or just after (not with every
// answer within it, nor at each keystroke); a refused field's rule in the
// page's language, never the last valid answer, which sounded accepted.
func TestAnswerWords(t *testing.T) {
	for _, c := range []struct {
		name    string
		lang    i18n.Lang
		set     map[string]string
		wasOver bool
		want    []string // in the words said, in order
		notWant []string
		over    bool
	}{
		{name: "within the ceiling, ja", lang: i18n.Ja, want: []string{"架電数は41.7 件/人日", "予測は9,600万円", "差は-400万円"}, notWant: []string{"上限"}},
		{name: "within the ceiling, en", lang: i18n.En, want: []string{"Calls: 41.7 / rep / day", "Forecast ¥96,000,000", "Gap -¥4,000,000"}, notWant: []string{"ceiling"}},
		{name: "beyond the ceiling, ja", lang: i18n.Ja, set: map[string]string{"close_rate": "5"}, want: []string{"架電数は", "上限の100件を超えています"}, over: true},
		{name: "beyond the ceiling, en", lang: i18n.En, set: map[string]string{"close_rate": "5"}, want: []string{"Calls: ", "beyond the ceiling of 100"}, over: true},
		{name: "back within the ceiling, en", lang: i18n.En, wasOver: true, want: []string{"Calls: 41.7", "within the ceiling"}},
		{name: "refused, ja", lang: i18n.Ja, set: map[string]string{"close_rate": "150"}, want: []string{"受け付けられません。", "受注率: 0%より大きく100%以下にしてください"}, notWant: []string{"予測は"}},
		{name: "refused, en", lang: i18n.En, set: map[string]string{"close_rate": "150"}, want: []string{"Not accepted. ", "Close rate: must be more than 0% and at most 100%"}, notWant: []string{"Forecast"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Page{}
			p.OnInit()
			p.model.Lang = c.lang
			for k, v := range c.set {
				p.model.SetText(k, v)
			}
			p.refresh()
			got, over := answerWords(p.view, c.wasOver)
			at := 0
			for _, w := range c.want {
				i := strings.Index(got[at:], w)
				if i < 0 {
					t.Errorf("said %q, want %q in it (after %q)", got, w, got[:at])
					break
				}
				at += i + len(w)
			}
			for _, w := range c.notWant {
				if strings.Contains(got, w) {
					t.Errorf("said %q, want no %q", got, w)
				}
			}
			if over != c.over {
				t.Errorf("over = %v, want %v", over, c.over)
			}
		})
	}
}
