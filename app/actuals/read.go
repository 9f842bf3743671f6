package actuals

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"unicode/utf16"
)

// Reading a CSV file's bytes: its encoding (a byte-order mark, UTF-16),
// its separator, and its records with the rows a spreadsheet shows them on.

// rowReader reads the records of a CSV file, each with the row a
// spreadsheet shows it on: its line in the file (so a blank line, which
// encoding/csv skips, still counts as the row it is in a spreadsheet),
// less the line breaks inside quoted fields above it (a spreadsheet shows
// a cell of several lines in one row).
type rowReader struct {
	cr      *csv.Reader
	spanned int // line breaks inside the quoted fields read so far
}

func newRowReader(data []byte, comma rune) *rowReader {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	return &rowReader{cr: cr}
}

// next returns the next record and its row, counted from 1; a record
// encoding/csv refuses comes with the row it starts on.
func (r *rowReader) next() ([]string, int, error) {
	rec, err := r.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.StartLine - r.spanned, err
		}
		return nil, 0, err
	}
	line, _ := r.cr.FieldPos(0)
	row := line - r.spanned
	for _, f := range rec {
		r.spanned += strings.Count(f, "\n")
	}
	return rec, row, nil
}

// decode strips a UTF-8 byte-order mark and turns UTF-16 with a BOM into
// UTF-8.
func decode(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return b[3:]
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		le := b[0] == 0xFF
		u := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			if le {
				u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
			} else {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			}
		}
		return []byte(string(utf16.Decode(u)))
	}
	return b
}

// sniff picks the separator the first line uses most: comma, semicolon or
// tab.
func sniff(b []byte) rune {
	line := b
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		line = b[:i]
	}
	best, n := ',', 0
	for _, c := range []rune{',', ';', '\t'} {
		k, quoted := 0, false
		for _, r := range string(line) {
			switch {
			case r == '"':
				quoted = !quoted
			case r == c && !quoted:
				k++
			}
		}
		if k > n {
			best, n = c, k
		}
	}
	return best
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func nonEmpty(rec []string) int {
	n := 0
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// width is how many cells rec spans up to its last cell that is not
// blank: a row's trailing empty cells (a spreadsheet's "a,b,,") are none.
func width(rec []string) int {
	for n := len(rec); n > 0; n-- {
		if strings.TrimSpace(rec[n-1]) != "" {
			return n
		}
	}
	return 0
}
