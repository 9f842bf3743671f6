package actuals

import "bytes"

// sniffLen is how much of a file binary looks at: a spreadsheet's or
// other binary file's header shows in its first bytes.
const sniffLen = 1024

// binary reports a file that is no text, as a spreadsheet picked in place
// of its CSV is: an Excel workbook or OpenDocument spreadsheet (.xlsx,
// .ods: a zip, "PK\x03\x04"), an Excel 97–2003 workbook (.xls: an OLE
// compound file, D0 CF 11 E0), or any file with a NUL or another control
// byte that no text file holds in its first sniffLen bytes (tab, line
// breaks, form feed, vertical tab and a DOS end-of-file mark are text).
// A file in another text encoding is not binary: Parse says it is not
// UTF-8.
func binary(data []byte) bool {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}) {
		return true
	}
	for _, b := range data[:min(len(data), sniffLen)] {
		switch {
		case b >= 0x20, b == '\t', b == '\n', b == '\v', b == '\f', b == '\r', b == 0x1A:
		default:
			return true
		}
	}
	return false
}
