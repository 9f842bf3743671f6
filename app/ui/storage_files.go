package ui

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// Scenario files (issue 11): download the current scenario as YAML in the
// CLI's own format, open a YAML or JSON file by the picker or by dropping
// it anywhere on the page. Opening is one undoable step; edited work it
// replaces is also kept in My scenarios; a file that breaks a rule changes
// nothing and says where and why.

// onDownload saves the current scenario as <file id>.yaml (Model.fileID).
func (p *Page) onDownload(ctx app.Context, e app.Event) {
	name := p.model.fileID() + ".yaml"
	data, err := ScenarioYAML(p.model.Scenario, name)
	if err != nil {
		p.share.notice, p.share.alert = func(i18n.Lang) string { return err.Error() }, true
		return
	}
	saveFile(ctx, name, "application/yaml", data)
}

// ScenarioYAML is s as the CLI's YAML file, under a comment that says what
// it is and how to check it (name is the file's name).
func ScenarioYAML(s *scenario.Scenario, name string) ([]byte, error) {
	body, err := scenario.Encode(s)
	if err != nil {
		return nil, err
	}
	head := "# " + s.Title.Ja + " / " + s.Title.En + "\n"
	if s.Title.Ja == s.Title.En {
		head = "# " + s.Title.En + "\n"
	}
	head += "# " + fmt.Sprintf(i18n.Ja.T("files.header_comment"), name) + "\n"
	head += "# " + fmt.Sprintf(i18n.En.T("files.header_comment"), name) + "\n"
	return append([]byte(head), body...), nil
}

// fileName keeps the letters (in any script: チームA), digits, - and _ of
// id, which any system's file names hold, and the kana's combining (han)
// dakuten, which macOS spells データ with: without them it read テータ.
// (unicode.IsMark would keep every script's, for 2.5 KB of the first
// visit: an accent spelt so goes, café reading cafe.)
// fileID names the files the page saves for m's scenario: its id for a
// preset, edited or not, or a file opened (outbound.yaml, the file's own
// name); a tree drawn from the empty one, or a preset given a name of its
// own, by its title in the page's language (2027年度-営業計画.yaml): every
// tree drawn had saved as custom.yaml, the second over the first.
func (m *Model) fileID() string {
	s := m.Scenario
	// A preset renamed in the editor is the user's tree, saved by its name
	// too: "ACME new ARR plan FY26" had downloaded as outbound.yaml.
	renamed := false
	if p := m.Presets.Shipped(s.ID); p != nil && p.Title.In(string(m.Lang)) != s.Title.In(string(m.Lang)) {
		renamed = true
	}
	if s.ID == scenario.EmptyID || renamed {
		if n := fileName(strings.Join(strings.Fields(s.Title.In(string(m.Lang))), "-")); n != "scenario" {
			return n
		}
	}
	return fileName(s.ID)
}

func fileName(id string) string {
	out := []rune{}
	for _, r := range id {
		if r == '-' || r == '_' || r == '\u3099' || r == '\u309a' || unicode.IsLetter(r) || unicode.IsDigit(r) {
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

// mountFiles lets a file be dropped anywhere on the page: while one is
// dragged over it, <body data-drop> shows where it goes (web/app.css).
func (p *Page) mountFiles(ctx app.Context) {
	w := app.Window()
	body := w.Get("document").Get("body")
	hasFiles := func(e app.Value) bool {
		types := e.Get("dataTransfer").Get("types")
		if !types.Truthy() {
			return false
		}
		for i := 0; i < types.Length(); i++ {
			if types.Index(i).String() == "Files" {
				return true
			}
		}
		return false
	}
	w.Call("addEventListener", "dragover", app.FuncOf(func(this app.Value, args []app.Value) any {
		if e := args[0]; hasFiles(e) && !ownDrop(e.Get("target")) {
			e.Call("preventDefault")
			body.Call("setAttribute", "data-drop-text", p.model.Lang.T("files.drop"))
			body.Call("setAttribute", "data-drop", "true")
		} else {
			body.Call("removeAttribute", "data-drop")
		}
		return nil
	}))
	w.Call("addEventListener", "dragleave", app.FuncOf(func(this app.Value, args []app.Value) any {
		if !args[0].Get("relatedTarget").Truthy() { // left the window
			body.Call("removeAttribute", "data-drop")
		}
		return nil
	}))
	w.Call("addEventListener", "drop", app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		body.Call("removeAttribute", "data-drop")
		if !hasFiles(e) || ownDrop(e.Get("target")) {
			return nil
		}
		e.Call("preventDefault")
		files := e.Get("dataTransfer").Get("files")
		if files.Truthy() && files.Length() > 0 {
			f := files.Index(0)
			ctx.Dispatch(func(ctx app.Context) { p.readScenarioFile(ctx, f) })
		}
		return nil
	}))
}

// ownDrop reports whether el takes a dropped file itself: a file input
// (the browser fills it, its change opens the file) or the actuals' drop
// zone (CSV of results, app/ui/actuals.go).
func ownDrop(el app.Value) bool {
	if !el.Truthy() || el.Get("closest").Type() != app.TypeFunction {
		return false
	}
	return el.Call("closest", `input[type="file"], [data-control="drop"]`).Truthy()
}

// readScenarioFile reads a File and opens it as the current scenario; a
// CSV file, which no scenario is, is imported as actuals, as if dropped
// on the year's section (it was refused as "a scenario is a mapping of
// keys such as version, goal and nodes").
func (p *Page) readScenarioFile(ctx app.Context, f app.Value) {
	name := f.Get("name").String()
	if ext := strings.ToLower(path.Ext(name)); ext == ".csv" || ext == ".tsv" {
		p.readFile(ctx, f)
		p.share.notice, p.share.alert = func(l i18n.Lang) string { return fmt.Sprintf(l.T("files.as_actuals"), name) }, false
		return
	}
	if f.Get("size").Int() > scenario.MaxFileSize {
		p.share.notice, p.share.alert = fileWords(name, nil), true
		return
	}
	readBytes(ctx, f, func(ctx app.Context, data []byte, err error) {
		if err != nil {
			p.share.notice, p.share.alert = func(l i18n.Lang) string { return fmt.Sprintf(l.T("files.error"), name) + " " + l.T("files.unreadable") }, true
			return
		}
		p.openScenarioFile(ctx, name, data)
	})
}

// readBytes reads the File f's bytes as they are and gives them, or why
// the browser could not read them, to done on the page's loop. The bytes
// go to the decoder untouched: File.text() replaced what is not UTF-8 (a
// Shift_JIS file) with U+FFFD, and the page opened garbled text the CLI
// refuses.
func readBytes(ctx app.Context, f app.Value, done func(ctx app.Context, data []byte, err error)) {
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		data := bytesFromJS(app.Window().Get("Uint8Array").New(args[0]))
		ctx.Dispatch(func(ctx app.Context) { done(ctx, data, nil) })
		release()
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "?"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, errors.New(msg)) })
		release()
		return nil
	})
	f.Call("arrayBuffer").Call("then", ok, fail)
}

// openScenarioFile makes the file's scenario (YAML or JSON) the current
// one, as one undoable step; edited work it replaces is kept in My
// scenarios too. A file that breaks a rule is refused with where and why,
// and nothing changes.
func (p *Page) openScenarioFile(ctx app.Context, name string, data []byte) {
	s, err := scenario.OpenFile(name, data, scenario.FileID(name)) // .json as JSON, as the CLI reads it
	if err != nil {
		p.share.notice, p.share.alert = fileWords(name, err), true
		return
	}
	if s.Forecast.StartYear == 0 {
		// The file's own actuals (dated 2028-05) give a plan without a
		// year its year, as the CLI reads the file (kpisim forecast).
		s.GuessStartYear()
	}
	st, err := p.model.State()
	if err != nil {
		return
	}
	if p.edited(st) {
		p.keepMine(ctx, st, kpi.Label{})
	}
	p.recordStep(ctx) // the work before the file, as the step undo returns to
	enc, err := scenario.EncodeJSON(s)
	if err != nil {
		return
	}
	// The ranges as stated that the file carries (forecast.ranges.ID.stated)
	// go beside its JSON form, as the work's own do (Model.State).
	next := State{Version: StateVersion, Preset: s.ID, Scenario: enc, Lang: st.Lang, Open: st.Open, Stated: s.StatedRanges()}
	if err := p.model.Restore(next); err != nil {
		p.share.notice, p.share.alert = fileWords(name, err), true
		return
	}
	p.recordStep(ctx)
	p.share.notice, p.share.alert = func(l i18n.Lang) string { return fmt.Sprintf(l.T("files.opened"), name) }, false
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}
