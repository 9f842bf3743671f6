package actuals

import (
	"bytes"
	"unicode/utf8"
)

// ShiftJIS decodes Shift_JIS (Windows-31J, as the WHATWG Encoding Standard
// defines it) to UTF-8, failing on a byte sequence it does not map.
type ShiftJIS func([]byte) ([]byte, error)

// FromShiftJIS returns data as UTF-8 when it is a Shift_JIS file, the
// encoding Japanese Excel ("CSV (コンマ区切り)") and kintone save CSV in
// by default, and whether it converted it. A file that is UTF-8 already, or
// starts with a byte-order mark, or is a spreadsheet or another binary file
// (an .xlsx picked in place of its CSV), or that sjis cannot decode without
// a replacement character, is returned as it is: Parse then reads it, or
// says it is not text it can read.
//
// The decoder is the caller's, so that this package stays on the standard
// library and the page carries no tables: the CLI's is golang.org/x/text's,
// the page's the browser's own TextDecoder (x/text's tables would add 71 KB
// gzip to app.wasm). Both implement the same WHATWG index; a test feeds the
// same file to both.
func FromShiftJIS(data []byte, sjis ShiftJIS) ([]byte, bool) {
	if sjis == nil || utf8.Valid(data) || hasBOM(data) || binary(data) {
		return data, false
	}
	out, err := sjis(data)
	if err != nil || !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
		return data, false
	}
	return out, true
}

// hasBOM reports whether data starts with a UTF-8 or UTF-16 byte-order
// mark (decode's job).
func hasBOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) ||
		len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
}
