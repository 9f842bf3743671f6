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

// The tornado chart has a text alternative, a table of each lever's effect
// down and up, made from the bars the chart draws, in the page's language:
// a screen reader had the chart's title alone.
func TestTornadoTable(t *testing.T) {
	for _, c := range []struct {
		name, lang, mode, of string
		heads                []string
		first                TornadoRow // the largest effect, first as in the chart
	}{
		{name: "range, ja", lang: "ja", heads: []string{"レバー", "最小", "最大"}, first: TornadoRow{"アポイント獲得率", "-9,120万円", "+13億4,400万円"}},
		{name: "range, en", lang: "en", heads: []string{"Lever", "min", "max"}, first: TornadoRow{"Appointment rate", "-¥91,200,000", "+¥1,344,000,000"}}, // in full, as the tooltip and Japanese read it; the bars' labels short
		{name: "±10 %, en", lang: "en", mode: SensitivityStep, heads: []string{"Lever", "−10%", "+10%"}},
		{name: "required, ja", lang: "ja", of: "required", heads: []string{"レバー", "最小", "最大"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Page{}
			p.OnInit()
			p.model.Lang = i18n.Lang(c.lang)
			if c.mode != "" {
				p.model.SetSensitivity(c.mode)
			}
			if c.of != "" {
				p.model.SetSensitivityOf(c.of)
			}
			p.refresh()
			opts := p.view.ChartOptions()
			tt := opts.TornadoTable
			if len(tt.Rows) == 0 {
				t.Fatal("no table of the tornado")
			}
			if got := []string{"", tt.Low, tt.High}; got[1] != c.heads[1] || got[2] != c.heads[2] {
				t.Errorf("columns %q, want %q", got[1:], c.heads[1:])
			}
			// Every row's lever and its two effects are what the chart draws
			// (its tooltips).
			for _, r := range tt.Rows {
				for _, s := range []string{r.Lever, r.Low, r.High} {
					if !strings.Contains(opts.Tornado, s) {
						t.Errorf("row %+v: the chart's option has no %q", r, s)
					}
				}
			}
			if c.first.Lever != "" && tt.Rows[0] != c.first {
				t.Errorf("first row %+v, want %+v", tt.Rows[0], c.first)
			}
			html := normalizeHTML(app.HTMLString(p))
			table := regexp.MustCompile(`(?s)<table data-output="tornado-table">.*?</table>`).FindString(html)
			if table == "" {
				t.Fatal("the page has no tornado table")
			}
			for _, want := range append(c.heads, "<caption>"+p.view.Forecast.Tornado+"</caption>", `<th scope="row">`+tt.Rows[0].Lever+`</th>`) {
				if !strings.Contains(table, want) {
					t.Errorf("the page's tornado table lacks %q:\n%s", want, table)
				}
			}
		})
	}
}
