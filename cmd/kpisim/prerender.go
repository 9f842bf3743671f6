//go:build !wasm

package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/ui"
)

// withEnglishPage adds the page pre-rendered in English (ui.Prerendered)
// to index.html, whose page go-app pre-renders in Japanese: a visitor who
// reads English (web/lang.js marks <html> data-boot-lang before the first
// paint) sees it while app.wasm loads, where they saw the Japanese page's
// skeleton without its words, and the app's mount moved the answer (42 px
// at 1280×720) as its English lines replaced the Japanese ones.
// web/app.css shows one of the two; the app removes the English one when
// it mounts (it replaces go-app's first element of <body>, the Japanese
// page). The copy loses its ids and the attributes that name them: the
// Japanese page holds the same ones, and an id is the document's once.
// index.html grows 11.8 → 19.2 KB gzip -9, 9.6 → 13.6 KB brotli 11
// (with withoutIndent), and a load some 15–20 ms (docs/performance.md).
func withEnglishPage(html string) (string, error) {
	const end = "</body>"
	i := strings.LastIndex(html, end)
	if i < 0 {
		return "", fmt.Errorf("index.html has no %s", end)
	}
	en := ui.Prerendered(i18n.En)
	if !strings.Contains(en, `class="app"`) {
		return "", fmt.Errorf("the page pre-rendered in English has no .app root: %.80q", en)
	}
	en = idAttribute.ReplaceAllString(en, "")
	return html[:i] + `<div class="prerender-en" lang="en">` + en + "</div>" + html[i:], nil
}

// withoutIndent drops the white space go-app indents the pre-rendered
// pages with, between one tag and the next, from <body> on: the app's own
// elements have none between them, and the two pages lost 46 KB of their
// 148 and 2,693 text nodes of nothing. (No inline script or <pre> holds
// any: finishPage refuses inline scripts.)
func withoutIndent(html string) string {
	i := strings.Index(html, "<body")
	if i < 0 {
		return html
	}
	return html[:i] + betweenTags.ReplaceAllString(html[i:], "><")
}

// betweenTags is white space alone between two tags.
var betweenTags = regexp.MustCompile(`>\s+<`)

// idAttribute is an element's id, or an attribute naming one.
var idAttribute = regexp.MustCompile(` (?:id|for|aria-labelledby|aria-describedby|aria-controls)="[^"]*"`)
