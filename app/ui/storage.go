package ui

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
)

// Where the page keeps work in the browser (localStorage, through go-app's
// LocalStorage, which stores JSON).
const (
	storageState = "kpisim.state" // the working state, as it changes
	storageMine  = "kpisim.mine"  // "My scenarios"
)

// savedData is the saved work's JSON, "" when there is none.
func (p *Page) savedData(ctx app.Context) string {
	var data string
	if storageGet(ctx, storageState, &data) != nil {
		return ""
	}
	return data
}

func parseSaved(data string) (st State, ok bool) {
	if json.Unmarshal([]byte(data), &st) != nil || st.Version == 0 {
		return st, false
	}
	return st, true
}

// savedEarly reads the saved work before the first render (Page.OnInit),
// when the address holds no link, which the mount weighs against it
// (mountShare): a returning visitor's page is then built with their work,
// not built with the preset and again at the mount. It reads localStorage
// as go-app's LocalStorage writes it (the value as JSON) and returns the
// work's JSON with it, which the page keeps (shareState.early); where
// storage is refused, the mount says so.
func savedEarly() (data string, st State, ok bool) {
	defer func() { // syscall/js panics on a JavaScript exception
		if recover() != nil {
			data, st, ok = "", State{}, false
		}
	}()
	w := app.Window()
	if _, isLink := share.FromURL(w.Get("location").Get("href").String()); isLink {
		return "", st, false
	}
	ls := w.Get("localStorage")
	if !ls.Truthy() {
		return "", st, false
	}
	item := ls.Call("getItem", storageState)
	if item.Type() != app.TypeString || json.Unmarshal([]byte(item.String()), &data) != nil || data == "" {
		return "", st, false
	}
	st, ok = parseSaved(data)
	return data, st, ok
}

// save writes the working state, and where it was saved from (the page's
// history entry, the addresses it holds and held, the page: ownSave); a
// failure is said once. Work another tab saved since this page last read
// or wrote it is kept in My scenarios first, if edited: a tab left open
// saved over the work of one closed after it, which then opened nowhere.
func (p *Page) save(ctx app.Context, data string) {
	if prev := p.savedData(ctx); prev != "" && prev != p.share.seen && prev != data {
		if st, ok := parseSaved(prev); ok && p.edited(st) {
			p.keepTab(ctx, st, p.savedFrom(ctx).Page)
		}
	}
	s := ctx.LocalStorage()
	err := s.Set(storageState, data)
	if err == nil {
		p.share.seen = data
	}
	if err == nil {
		err = s.Set(storageFrom, savedFrom{Entry: p.share.entry, Address: p.share.at, Was: p.share.was, Page: p.share.page, Plain: p.plain(data)})
	}
	if err != nil {
		p.storageFailed(ctx)
		return
	}
	// The tab's own mark of the page that saved (ownSave); where
	// sessionStorage is refused, a reload racing the address's write
	// opens the address as a link, as before it.
	_ = ctx.SessionStorage().Set(storagePage, p.share.page)
}

// savedFrom reads where the working state was saved from; nothing when
// unknown.
func (p *Page) savedFrom(ctx app.Context) savedFrom {
	var from savedFrom
	if storageGet(ctx, storageFrom, &from) != nil {
		return savedFrom{}
	}
	return from
}

// storageGet reads key into v; a browser that refuses storage altogether
// (some private modes throw on access) reads as empty.
func storageGet(ctx app.Context, key string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("storage: %v", r)
		}
	}()
	return ctx.LocalStorage().Get(key, v)
}

func (p *Page) storageFailed(ctx app.Context) {
	if p.share.stored {
		return
	}
	p.share.stored = true
	p.share.notice, p.share.alert = said("storage.failed"), true
	ctx.Update()
}

// mineName names work saved without a name: the scenario's title and when
// ("新規開拓営業（テレアポ） 12/3 23:55"), which tells two saves apart where
// "Untitled" did not.
func mineName(m *Model, now time.Time) string {
	return titled(m.Lang, m.Scenario.Title.In(string(m.Lang)), now)
}

// keptName names work kept without being asked (before another preset,
// file or saved scenario replaced it) by its scenario's title, marked
// edited, and when, so that two such read apart: "Outbound sales (cold
// calls) (edited) 12/3 23:55", not "(edited)" alone for a tree of one's
// own.
func keptName(l i18n.Lang, st State, now time.Time) string {
	title := ""
	if s, err := scenario.OpenJSON(st.Scenario, st.Preset); err == nil {
		title = s.Title.In(string(l))
	}
	if title == "" {
		title = l.T("mine.unnamed")
	}
	return titled(l, fmt.Sprintf(l.T("mine.kept"), title), now)
}

// titled is title (or "unnamed") and the time now, as My scenarios list
// them.
func titled(l i18n.Lang, title string, now time.Time) string {
	if title == "" {
		title = l.T("mine.unnamed")
	}
	return title + " " + now.Format("1/2 15:04")
}
