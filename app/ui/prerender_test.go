//go:build !wasm

package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// The page pre-rendered in each language (the site's index.html holds
// both; a visitor sees the one in their language while app.wasm loads) is
// inert, speaks that language, shows the engine's answer, and has the same
// elements as the other, so that either lays out as the app will.
func TestPrerendered(t *testing.T) {
	tags := regexp.MustCompile(`<([a-z0-9]+)[ >]`)
	elements := map[i18n.Lang][]string{}
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			html := Prerendered(l)
			for _, want := range []string{
				`inert`, `class="app"`, `<h2>` + l.T("required.title") + `</h2>`,
				`data-node="calls" data-period="rep_day" data-value="41.666666666666664"`,
				`data-node="forecast" data-period="year" data-value="9.6e+07"`,
			} {
				if !strings.Contains(normalizeHTML(html), want) {
					t.Errorf("the page pre-rendered lacks %s", want)
				}
			}
			for _, m := range tags.FindAllStringSubmatch(html, -1) {
				elements[l] = append(elements[l], m[1])
			}
		})
	}
	if ja, en := elements[i18n.Ja], elements[i18n.En]; len(ja) < 500 || !slices.Equal(ja, en) {
		t.Errorf("the pre-rendered pages differ: %d elements in Japanese, %d in English", len(ja), len(en))
	}
}
