package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shareBar is the Share button, its dialog, "My scenarios" and the notice
// of a link opened (or not). Labels from a link or storage are text nodes,
// never markup; the QR code is SVG made here from numbers.
func (p *Page) shareBar(v *View) app.UI {
	l := v.Lang
	s := &p.share
	items := make([]app.UI, len(s.mine))
	for i, m := range s.mine {
		name := m.nameIn(l) // the page's own names in its language
		items[i] = app.Li().DataSet("mine", m.ID).Body(
			app.If(s.renaming == m.ID, func() app.UI {
				field := "mine-rename-" + strconv.Itoa(i)
				return app.Form().Class("mine-rename-form").OnSubmit(p.renameMineItem(m.ID)).Body(
					app.Label().Class("sr-only").For(field).Text(fmt.Sprintf(l.T("mine.rename_label"), name)),
					app.Input().ID(field).Class("mine-rename-name").Type("text").MaxLength(80).Value(name).OnKeyDown(func(ctx app.Context, e app.Event) {
						if escape(e.Value) {
							p.cancelRenameMine(m.ID)(ctx, e)
						}
					}),
					app.Button().Type("submit").Class("mine-rename-save").Text(l.T("mine.rename_save")),
					app.Button().Type("button").Class("mine-rename-cancel").Text(l.T("mine.rename_cancel")).OnClick(p.cancelRenameMine(m.ID)),
				)
			}).Else(func() app.UI {
				return app.Span().Class("mine-name").Text(name)
			}),
			// Each control is named with its item, as Delete: "Open Plan A".
			app.Button().Class("mine-open").Aria("label", l.T("mine.open")+" "+name).Text(l.T("mine.open")).OnClick(p.openMine(m.ID)),
			app.Label().Class("mine-compare").Body(
				app.Input().Type("checkbox").Aria("label", l.T("compare.mark")+" "+name).Checked(m.Compare).OnChange(p.markMineCompare(m.ID)),
				app.Text(l.T("compare.mark")),
			),
			app.If(p.leftOut(m), func() app.UI {
				return app.Span().Class("muted mine-left").Text(fmt.Sprintf(l.T("compare.left_one"), maxCompare))
			}),
			app.Button().Class("mine-rename").Aria("label", l.T("mine.rename")+" "+name).Text(l.T("mine.rename")).OnClick(p.askRenameMine(m.ID)),
			app.Button().Class("mine-delete").Aria("label", l.T("mine.delete")+" "+name).Text(l.T("mine.delete")).OnClick(p.askDeleteMine(m.ID)),
			app.If(s.confirm == m.ID, func() app.UI {
				// As the tree editor asks before deleting a branch.
				q := "mine-confirm-" + strconv.Itoa(i)
				return app.Div().Class("mine-confirm").Attr("role", "alertdialog").Aria("labelledby", q).OnKeyDown(func(ctx app.Context, e app.Event) {
					if escape(e.Value) { // as a dialog: Esc answers no
						p.keepMineItem(m.ID)(ctx, e)
					}
				}).Body(
					app.P().ID(q).Text(fmt.Sprintf(l.T("mine.confirm"), name)),
					app.Button().Class("mine-confirm-yes danger").Text(l.T("editor.confirm_yes")).OnClick(p.deleteMine(m.ID)),
					app.Button().Class("mine-confirm-no").Text(l.T("editor.confirm_no")).OnClick(p.keepMineItem(m.ID)),
				)
			}),
		)
	}
	return app.Div().Class("share-bar").Attr("role", "region").Aria("label", l.T("a11y.share_bar")).Body(
		app.Div().Class("share-notice").Hidden(s.notice == nil).Body(
			app.If(s.notice != nil, func() app.UI {
				role := "status"
				if s.alert {
					role = "alert"
				}
				return app.P().Class("share-message").DataSet("alert", strconv.FormatBool(s.alert)).Attr("role", role).Body(
					app.Text(s.notice(l)),
					app.Button().Class("share-dismiss").Text(l.T("share.close")).OnClick(func(ctx app.Context, e app.Event) { s.notice = nil }),
				)
			}),
		),
		app.Div().Class("share-actions").Body(
			app.Button().ID("share-open").Class("share-button").Text(l.T("share.button")).OnClick(p.onShare),
			// issue 11: scenario files (app/ui/storage_files.go); a file dropped anywhere on the page opens too
			app.Button().ID("file-download").Class("file-button").Text(l.T("files.download")).OnClick(p.onDownload),
			app.Label().Class("file-drop").For("file-open").Body(
				app.Span().Class("file-open-label").Text(l.T("files.open")),
				app.Span().Class("file-open-hint").Text(l.T("files.open_hint")),
				// The browser's own button would speak its locale, not the
				// page's: the field lies unseen over a button in the page's
				// words, where a click, a tap and the focus land.
				app.Span().Class("file-choose").Body(
					app.Text(l.T("files.choose")),
					app.Input().ID("file-open").Class("file-field").Type("file").Accept(".yaml,.yml,.json,application/yaml,application/json").OnChange(p.onPick),
				),
			),
			app.Details().Class("mine").Body(
				app.Summary().Text(l.T("mine.title")+" ("+strconv.Itoa(len(s.mine))+")"),
				app.Form().Class("mine-save").OnSubmit(p.saveMine).Body(
					app.Label().For("mine-name").Text(l.T("mine.name")),
					app.Input().ID("mine-name").Type("text").MaxLength(80),
					app.Button().Type("submit").Text(l.T("mine.save")),
				),
				app.Ul().Class("mine-list").Body(items...),
			),
		),
		p.compareView(l),
		app.If(s.dialog, func() app.UI {
			// A modal dialog, shown by onShare (showModal): the page behind
			// it is inert, to a click as to Tab, until it closes. Tab goes
			// round its controls, Esc closes it.
			return app.Dialog().ID("share-dialog").Class("share-dialog").Aria("modal", true).Aria("label", l.T("share.title")).OnKeyDown(func(ctx app.Context, e app.Event) {
				if escape(e.Value) {
					p.closeShare(ctx, e)
				}
				holdFocus(ctx.JSSrc(), e)
			}).On("mousedown", keepModalFocus).On("close", func(ctx app.Context, e app.Event) {
				if p.share.dialog { // closed by the browser (Esc, a phone's back gesture)
					p.closeShare(ctx, e)
				}
			}).Body(
				app.H2().Text(l.T("share.title")),
				app.Label().For("share-link").Text(l.T("share.link_label")),
				app.Input().ID("share-link").Type("text").ReadOnly(true).Value(s.link),
				app.Div().Class("share-row").Body(
					app.Button().ID("share-copy").Text(l.T("share.copy")).OnClick(p.onCopy),
					app.Span().Class("share-copied").Attr("role", "status").Text(s.copied.in(l)),
				),
				app.If(s.qr != "", func() app.UI {
					return app.Figure().Class("share-qr").Body(app.Raw(s.qr), app.FigCaption().Text(l.T("share.qr")))
				}).Else(func() app.UI {
					return app.P().Text(l.T("share.too_long"))
				}),
				app.Button().ID("share-close").Text(l.T("share.close")).OnClick(p.closeShare),
			)
		}),
	)
}

// closeShare closes the dialog (its Close, or Esc) and gives the focus
// back to the Share button that opened it: Close, gone with the dialog,
// left the focus on <body>.
func (p *Page) closeShare(ctx app.Context, e app.Event) {
	p.share.dialog = false
	closeModal("share-dialog") // at once: the Share button behind it is inert until then
	app.Window().GetElementByID("share-open").Call("focus")
}

// onShare opens the dialog with the address as it is now.
func (p *Page) onShare(ctx app.Context, e app.Event) {
	p.opened(ctx)
	p.share.last = "" // write the address at once
	p.shareNow(ctx)
	p.share.dialog, p.share.copied = true, nil
	p.share.qr = qrSVG(p.share.link)
	ctx.Defer(func(app.Context) { // the link, selected, ready to copy
		showModal("share-dialog")
		if f := app.Window().GetElementByID("share-link"); f.Truthy() {
			f.Call("focus")
			f.Call("select")
		}
	})
}

// shareNow brings the address up to date without waiting for the tick.
func (p *Page) shareNow(ctx app.Context) {
	data, st, err := p.stateJSON()
	if err != nil {
		return
	}
	if data != p.share.last {
		p.share.last, p.share.lastSt = data, st
		p.save(ctx, data)
	}
	p.writeAddress(data)
}

// onCopy copies the link; where the clipboard is refused the link stays
// selected in its field to copy by hand.
func (p *Page) onCopy(ctx app.Context, e app.Event) {
	field := app.Window().GetElementByID("share-link")
	if field.Truthy() {
		field.Call("select")
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		p.share.copied = said("share.copy_failed")
		return
	}
	promise := clip.Call("writeText", p.share.link)
	var ok, fail app.Func
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(app.Context) { p.share.copied = said("share.copied") })
		ok.Release()
		fail.Release()
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(app.Context) { p.share.copied = said("share.copy_failed") })
		ok.Release()
		fail.Release()
		return nil
	})
	promise.Call("then", ok, fail)
}
