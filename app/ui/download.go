package ui

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// Files the page makes and saves itself, with no server: the bytes become
// a Blob behind an object URL, which an anchor with a download attribute
// saves; the URL is revoked once the download has started.

// saveFile saves data as the file name, of type mime.
func saveFile(ctx app.Context, name, mime string, data []byte) {
	w := app.Window()
	arr := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := w.Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	ctx.After(time.Second, func(ctx app.Context) {
		ctx.PreventUpdate()
		w.Get("URL").Call("revokeObjectURL", url)
	})
}

// pngRatio is the pixel ratio of a chart's PNG: twice its CSS pixels,
// sharp on a slide or a printed page.
const pngRatio = 2

// chartPNG draws the ECharts chart in the element id as a PNG at pngRatio,
// on white (a chart's own background is transparent), in its latest option
// and without animation.
func chartPNG(id string) (data []byte, err error) {
	defer func() { // syscall/js panics on a JavaScript exception
		if r := recover(); r != nil {
			err = errors.New("the chart could not be drawn")
		}
	}()
	draws.flush() // the latest figures, not a chart still waiting its turn
	w := app.Window()
	el := w.Get("document").Call("getElementById", id)
	if !el.Truthy() || !w.Get("echarts").Truthy() {
		return nil, errors.New("no chart " + id)
	}
	chart := w.Get("echarts").Call("getInstanceByDom", el)
	if !chart.Truthy() {
		return nil, errors.New("no chart " + id)
	}
	// Drawn afresh, as for paper (forPaper): a chart far from the window
	// that flush has just drawn is at the first frame of its drawing, and
	// getDataURL saved it mid-way (the last scenario's bar lengths under
	// the new levers' names, without their values).
	width, height := chart.Call("getWidth").Float(), chart.Call("getHeight").Float()
	canvas := forPaper(w.Get("echarts"), chart, nil, width, height, map[string]any{"pixelRatio": pngRatio, "backgroundColor": "#fff"})
	url := canvas.Call("toDataURL", "image/png").String()
	const prefix = "data:image/png;base64,"
	if !strings.HasPrefix(url, prefix) {
		return nil, errors.New("the chart gave no PNG")
	}
	return base64.StdEncoding.DecodeString(url[len(prefix):])
}

// downloadName is the name of a file the page saves for the scenario
// whose file id is id (Model.fileID): kpisim-outbound-required.csv.
func downloadName(id, what, ext string) string {
	return "kpisim-" + fileName(id) + "-" + what + "." + ext
}

// pngButton is the small button that saves the chart in the element id as
// kpisim-<scenario>-<what>.png; title names the chart for screen readers.
func (p *Page) pngButton(l i18n.Lang, id, what, title string) app.UI {
	label := strings.ReplaceAll(l.T("handout.png_label"), "{chart}", title)
	return app.Button().Type("button").Class("download no-print").DataSet("download", what).
		Title(label).Aria("label", label).Text("PNG").
		OnClick(func(ctx app.Context, e app.Event) {
			data, err := chartPNG(id)
			if err != nil {
				app.Log("kpisim: PNG:", err)
				return
			}
			saveFile(ctx, downloadName(p.model.fileID(), what, "png"), "image/png", data)
		})
}

// csvButton is the small button that saves a table as
// kpisim-<scenario>-<what>.csv, written by write: the CLI's -csv for the
// same scenario (report.Table.WriteCSV, WritePlanCSV) after a UTF-8
// byte-order mark. The mark is the file's, for Excel: double-clicked, a
// file without one opens in Japanese Excel as Shift_JIS, every Japanese
// label garbled. The CLI writes a stream for other programs, without.
func (p *Page) csvButton(label, what string, write func(v *View, w io.Writer) error) app.UI {
	return app.Button().Type("button").Class("download no-print").DataSet("download", what).
		Title(label).Aria("label", label).Text("CSV").
		OnClick(func(ctx app.Context, e app.Event) {
			var b bytes.Buffer
			b.WriteString(utf8BOM)
			v := p.fullView()
			if v == nil || v.table == nil {
				return
			}
			if err := write(v, &b); err != nil {
				app.Log("kpisim: CSV:", err)
				return
			}
			saveFile(ctx, downloadName(p.model.fileID(), what, "csv"), "text/csv;charset=utf-8", b.Bytes())
		})
}

// utf8BOM starts the CSV files the page saves (csvButton).
const utf8BOM = "\ufeff"
