package scenario

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// jsonScanner reads a JSON document into the wire form in one pass over its
// bytes, with each value's line. encoding/json's Decoder.Token, which it
// replaces, allocates for every token: the presets took 96 ms to read at
// the page's start, half of it in tokens. A string with an escape goes
// through encoding/json, so strings read exactly as it reads them; the
// grammar is RFC 8259's. json_scan_test.go checks it against Decoder.Token.
type jsonScanner struct {
	data  []byte
	off   int
	lines lineIndex
}

func (s *jsonScanner) space() {
	for s.off < len(s.data) {
		switch s.data[s.off] {
		case ' ', '\t', '\r', '\n':
			s.off++
		default:
			return
		}
	}
}

// fail is a syntax error at offset off: a character where the place,
// named by its message key (json.value, json.key …), wants another; or the
// end of the file, whatever the place. Each says in both languages what
// the place takes, as a hand-edited file's mistakes need (a comma left
// before a "}", a key without quotes, a bracket left open).
func (s *jsonScanner) fail(off int, key string) *Error {
	if off >= len(s.data) {
		return fileError(s.lines.line(len(s.data)), "", "json.end")
	}
	r, _ := utf8.DecodeRune(s.data[off:])
	q := strconv.QuoteRune(r) // a tab as \t, not as white space
	return fileError(s.lines.line(off), "", key, q[1:len(q)-1])
}

func (s *jsonScanner) value(depth int) (*value, *Error) {
	s.space()
	if s.off >= len(s.data) {
		return nil, s.fail(s.off, "json.value")
	}
	v := &value{line: s.lines.line(s.off)}
	switch c := s.data[s.off]; {
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return nil, fileError(v.line, "", "scenario.too_deep", maxDepth)
		}
		s.off++
		if c == '{' {
			v.kind = mapKind
			return v, s.object(v, depth)
		}
		v.kind = listKind
		return v, s.array(v, depth)
	case c == '"':
		text, err := s.str()
		v.text = text
		return v, err
	case c == '-' || '0' <= c && c <= '9':
		start := s.off
		if err := s.number(); err != nil {
			return nil, err
		}
		v.text = string(s.data[start:s.off])
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if len(s.data)-s.off >= len(lit) && string(s.data[s.off:s.off+len(lit)]) == lit {
				s.off += len(lit)
				switch lit {
				case "null":
					v.kind = nullKind
				default:
					v.text, v.bool = lit, true
				}
				return v, nil
			}
		}
		return nil, s.fail(s.off, "json.value")
	}
	return v, nil
}

// object reads a mapping's pairs after its "{".
func (s *jsonScanner) object(v *value, depth int) *Error {
	s.space()
	if s.off < len(s.data) && s.data[s.off] == '}' {
		s.off++
		return nil
	}
	for {
		s.space()
		if s.off >= len(s.data) || s.data[s.off] != '"' {
			return s.fail(s.off, "json.key")
		}
		line := s.lines.line(s.off)
		key, err := s.str()
		if err != nil {
			return err
		}
		s.space()
		if s.off >= len(s.data) || s.data[s.off] != ':' {
			return s.fail(s.off, "json.colon")
		}
		s.off++
		w, err := s.value(depth + 1)
		if err != nil {
			return err
		}
		v.pairs = append(v.pairs, pair{key: key, line: line, v: w})
		if more, err := s.next('}', "json.after_pair"); !more {
			return err
		}
	}
}

// array reads a list's items after its "[".
func (s *jsonScanner) array(v *value, depth int) *Error {
	s.space()
	if s.off < len(s.data) && s.data[s.off] == ']' {
		s.off++
		return nil
	}
	for {
		w, err := s.value(depth + 1)
		if err != nil {
			return err
		}
		v.items = append(v.items, w)
		if more, err := s.next(']', "json.after_item"); !more {
			return err
		}
	}
}

// next reads what follows a member of a container: a comma, and more
// follow, or its closing character. key names the place in an error.
func (s *jsonScanner) next(end byte, key string) (more bool, err *Error) {
	s.space()
	if s.off < len(s.data) {
		switch s.data[s.off] {
		case ',':
			s.off++
			return true, nil
		case end:
			s.off++
			return false, nil
		}
	}
	return false, s.fail(s.off, key)
}

// str reads a string at the opening quote. One without an escape, a
// control character or invalid UTF-8 is its bytes; any other is
// encoding/json's reading of it.
func (s *jsonScanner) str() (string, *Error) {
	start := s.off
	plain := true
	for i := start + 1; i < len(s.data); i++ {
		switch c := s.data[i]; {
		case c == '"':
			s.off = i + 1
			lit := s.data[start:s.off]
			if plain && utf8.Valid(lit) {
				return string(lit[1 : len(lit)-1]), nil
			}
			var text string
			if err := json.Unmarshal(lit, &text); err != nil {
				return "", fileError(s.lines.line(start), "", "json.escape")
			}
			return text, nil
		case c == '\\':
			plain = false
			i++ // the escaped character, a quote included
		case c < 0x20:
			return "", s.fail(i, "json.string")
		}
	}
	return "", s.fail(len(s.data), "json.end")
}

// number reads a number as RFC 8259 writes one:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *jsonScanner) number() *Error {
	d := s.data
	digits := func() bool {
		start := s.off
		for s.off < len(d) && '0' <= d[s.off] && d[s.off] <= '9' {
			s.off++
		}
		return s.off > start
	}
	if d[s.off] == '-' {
		s.off++
	}
	switch {
	case s.off < len(d) && d[s.off] == '0':
		s.off++
	case !digits():
		return s.fail(s.off, "json.number")
	}
	if s.off < len(d) && d[s.off] == '.' {
		s.off++
		if !digits() {
			return s.fail(s.off, "json.number")
		}
	}
	if s.off < len(d) && (d[s.off] == 'e' || d[s.off] == 'E') {
		s.off++
		if s.off < len(d) && (d[s.off] == '+' || d[s.off] == '-') {
			s.off++
		}
		if !digits() {
			return s.fail(s.off, "json.number")
		}
	}
	return nil
}
