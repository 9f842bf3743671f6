package ui

import (
	"encoding/json"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// The pre-rendered page (index.html) shows the default preset's figures
// while app.wasm loads. They are the visitor's only on a first visit or
// back to that preset as it comes: the page notes in storage whether the
// work it saves is that (savedFrom.Plain) and the links it writes to it
// (storagePlain), and web/lang.js, before the first paint, shows the
// pre-rendered page's skeleton without its figures otherwise.

// plain reports whether data, the work saved, shows what the pre-rendered
// page shows (index.html: the default preset as it comes, in Japanese or in
// English). A visitor who comes back to other work sees the pre-rendered
// page's skeleton without its figures while app.wasm loads (web/lang.js):
// the figures are the default preset's, not theirs.
func (p *Page) plain(data string) bool {
	if p.share.plain == nil {
		p.share.plain = map[string]bool{}
		for _, l := range i18n.Langs {
			st, err := NewModel(p.model.Presets, scenario.DefaultPreset, l).State()
			if err != nil {
				continue
			}
			if js, err := json.Marshal(st); err == nil {
				p.share.plain[string(js)] = true
			}
		}
	}
	return p.share.plain[data]
}

// storagePlain lists the links (their payloads, latest first) to work
// that shows what the pre-rendered page shows, as the page wrote them into
// its address: web/lang.js lets the pre-rendered figures show on a page
// opened at one of them, and hides them at any other link.
const storagePlain = "kpisim.plain"

// notePlainLink adds payload, a link to plain work, to storagePlain (one a
// language and a plan year: a few at most).
func (p *Page) notePlainLink(payload string) {
	if p.share.plainNoted == payload {
		return
	}
	p.share.plainNoted = payload
	defer func() { _ = recover() }() // storage refused: the figures stay hidden at the link
	ls := app.Window().Get("localStorage")
	var links []string
	if v := ls.Call("getItem", storagePlain); v.Type() == app.TypeString {
		_ = json.Unmarshal([]byte(v.String()), &links)
	}
	if slices.Contains(links, payload) {
		return
	}
	links = append([]string{payload}, links...)[:min(len(links)+1, 4)]
	if js, err := json.Marshal(links); err == nil {
		ls.Call("setItem", storagePlain, string(js))
	}
}
