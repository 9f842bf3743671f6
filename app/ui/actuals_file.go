package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// browserShiftJIS decodes a Shift_JIS export (Japanese Excel's and
// kintone's CSV) with the browser's own TextDecoder, which throws on a
// sequence it does not map (fatal): actuals.FromShiftJIS then leaves the
// file as it was. The CLI decodes with golang.org/x/text, whose tables the
// page does without (71 KB gzip of app.wasm); both follow the WHATWG index.
func browserShiftJIS(b []byte) (out []byte, err error) {
	if !app.IsClient {
		return nil, errors.New("no browser to decode Shift_JIS")
	}
	defer func() { // syscall/js panics on a JavaScript exception
		if r := recover(); r != nil {
			out, err = nil, errors.New("not Shift_JIS")
		}
	}()
	w := app.Window()
	buf := w.Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(buf, b)
	dec := w.Get("TextDecoder").New("shift_jis", map[string]any{"fatal": true})
	return []byte(dec.Call("decode", buf).String()), nil
}
