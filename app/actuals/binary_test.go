package actuals_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// xlsx is a workbook as Excel writes one: a zip of XML parts.
func xlsx(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(`<?xml version="1.0"?><sheetData><row r="1"><c t="s"><v>Month,Calls</v></c></row></sheetData>`)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A spreadsheet picked in place of its CSV is named as one, with how to
// save it as CSV: an .xlsx read as text made a header of its zip bytes,
// quoted back as a column name. A header with no rows under it says so;
// it read as "0 rows read, 0 problems".
func TestNotCSV(t *testing.T) {
	const (
		binary = `the file is a spreadsheet (Excel .xlsx or .xls, .ods) or another binary file, not CSV: in Excel, choose Save As → "CSV UTF-8 (Comma delimited)" and import that file`
		noRows = "the file has a header row but no data rows"
	)
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
	for _, tc := range []struct {
		name     string
		data     []byte
		want     string // entries, as entriesOf writes them
		problems string
	}{
		{"an Excel workbook (.xlsx)", xlsx(t), "", binary},
		{"a zip whose first bytes read as UTF-8", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00Month,Calls\n2026-04,1\n"), "", binary},
		{"an OpenDocument spreadsheet (.ods)", []byte("PK\x03\x04\x0a\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), "", binary},
		{"an Excel 97-2003 workbook (.xls)", ole, "", binary},
		{"a picture", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", binary},
		{"UTF-16 without its byte-order mark", []byte("M\x00o\x00n\x00t\x00h\x00,\x00C\x00a\x00l\x00l\x00s\x00\n\x00"), "", binary},
		{"a NUL in a cell", []byte("Month,Calls\n2026-04,1\x00\n"), "", binary},
		{"a DOS end-of-file mark is text", []byte("Month,Calls\r\n2026-04,1\r\n\x1a"), "2026-4-0 calls 1", ""},
		{"a form feed and a vertical tab are text", []byte("Month,Calls,Memo\n2026-04,1,\"a\vb\f\"\n"), "2026-4-0 calls 1",
			`column 3 (Memo): "Memo" names no KPI of this tree; the column is left out`},
		{"a header alone", []byte("Month,Calls\n"), "", noRows},
		{"a header without a line break", []byte("\ufeffMonth,Calls"), "", noRows},
		{"a header, blank lines and a total row", []byte("Month,Calls\n\n,\nTotal,0\n"), "", noRows},
		{"a header and a refused row has rows", []byte("Month,Calls\nAprl,1\n"), "", `row 2, column 1 (Month): "Aprl" is not a month or a date, so the row is left out`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ps := entriesOf(string(tc.data))
			if got != tc.want || ps != tc.problems {
				t.Errorf("entries %q, problems:\n%s\nwant %q,\n%s", got, ps, tc.want, tc.problems)
			}
		})
	}
}

// A spreadsheet is no Shift_JIS text: FromShiftJIS leaves it for Parse to
// name, even when the decoder would take its bytes.
func TestFromShiftJISLeavesSpreadsheets(t *testing.T) {
	accept := func(b []byte) ([]byte, error) { return []byte(strings.ToValidUTF8(string(b), "?")), nil }
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"an Excel workbook (.xlsx)", xlsx(t)},
		{"an Excel 97-2003 workbook (.xls)", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x83, 0x8c}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if out, converted := actuals.FromShiftJIS(tc.data, accept); converted || !bytes.Equal(out, tc.data) {
				t.Errorf("converted %v", converted)
			}
			if res := actuals.ParseBytes(tc.data, outbound); len(res.Problems) != 1 || res.Problems[0].Code != actuals.Binary {
				t.Errorf("problems %+v", res.Problems)
			}
		})
	}
}
