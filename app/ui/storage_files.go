package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/scenario"
)

// Scenario files: download the current scenario, open one by picker or by
// dropping it on the share bar. The browser build reads and writes the JSON
// form (scenario.Parse is JSON-only there: the YAML codec would add 430 KB),
// which `kpisim validate` and `kpisim calc` read as they read YAML.

// onDownload saves the current scenario as <id>.json.
func (p *Page) onDownload(ctx app.Context, e app.Event) {
	data, err := scenario.EncodeJSON(p.model.Scenario)
	if err != nil {
		return
	}
	saveFile(ctx, fileName(p.model.Scenario.ID)+".json", "application/json", data)
}

// fileName keeps the letters, digits, - and _ of id.
func fileName(id string) string {
	out := []rune{}
	for _, r := range id {
		if r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return "scenario"
	}
	return string(out)
}

// onPick opens the file chosen in the picker.
func (p *Page) onPick(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if files.Truthy() && files.Length() > 0 {
		p.readScenarioFile(ctx, files.Index(0))
	}
	ctx.JSSrc().Set("value", "")
}

// onFileDrop opens a file dropped on the drop zone.
func (p *Page) onFileDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	files := e.Get("dataTransfer").Get("files")
	if files.Truthy() && files.Length() > 0 {
		p.readScenarioFile(ctx, files.Index(0))
	}
}

func onFileDragOver(ctx app.Context, e app.Event) { e.PreventDefault() }

// readScenarioFile reads a File and opens it as the current scenario.
func (p *Page) readScenarioFile(ctx app.Context, f app.Value) {
	if f.Get("size").Int() > scenario.MaxFileSize {
		p.share.notice, p.share.alert = p.model.Lang.T("file.error")+" "+p.model.Lang.T("file.too_large"), true
		return
	}
	name := f.Get("name").String()
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := args[0].String()
		ctx.Dispatch(func(ctx app.Context) { p.openScenarioFile(ctx, name, []byte(text)) })
		release()
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			p.share.notice, p.share.alert = p.model.Lang.T("file.error"), true
		})
		release()
		return nil
	})
	f.Call("text").Call("then", ok, fail)
}

// openScenarioFile makes the file's scenario the current one; edited work it
// replaces is kept in My scenarios. A file that breaks a rule is refused
// with the rule, and nothing changes.
func (p *Page) openScenarioFile(ctx app.Context, name string, data []byte) {
	l := p.model.Lang
	s, err := scenario.Parse(data, "")
	if err != nil {
		p.share.notice, p.share.alert = l.T("file.error")+" "+name+": "+err.Error(), true
		return
	}
	st, err := p.model.State()
	if err != nil {
		return
	}
	if p.edited(st) {
		p.keepMine(ctx, st, "")
	}
	enc, err := scenario.EncodeJSON(s)
	if err != nil {
		return
	}
	next := State{Version: StateVersion, Preset: s.ID, Scenario: enc, Lang: st.Lang, Open: st.Open}
	if err := p.model.Restore(next); err != nil {
		p.share.notice, p.share.alert = l.T("file.error")+" "+name+": "+err.Error(), true
		return
	}
	p.share.notice, p.share.alert = l.T("file.opened")+" "+name, false
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}
