package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
)

// The JSON reader json_scan.go replaced, built on encoding/json's
// Decoder.Token: json_scan_test.go checks the scanner reads every document
// as this one did.

// refTree is jsonTree as it read a document before the scanner.
func refTree(data []byte) (*value, *Error) {
	p := &jsonParser{data: data, lines: newLineIndex(data), dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	root, err := p.value(0)
	if err != nil {
		return nil, err
	}
	start := p.skip()
	if _, e := p.dec.Token(); e != io.EOF {
		return nil, fileError(p.lines.line(start), "", "scenario.trailing")
	}
	return root, nil
}

type jsonParser struct {
	data  []byte
	lines lineIndex
	dec   *json.Decoder
}

// skip returns the offset of the next token: past the white space, commas
// and colons after the decoder's position.
func (p *jsonParser) skip() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) && strings.IndexByte(" \t\r\n,:", p.data[off]) >= 0 {
		off++
	}
	return off
}

func (p *jsonParser) token() (json.Token, int, *Error) {
	start := p.skip()
	t, err := p.dec.Token()
	if err != nil {
		off := start
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = int(se.Offset)
		}
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			off, msg = len(p.data), "the file ends too early"
		}
		return nil, 0, fileError(p.lines.line(min(off, len(p.data))), "", "scenario.json_syntax", msg)
	}
	return t, p.lines.line(start), nil
}

func (p *jsonParser) value(depth int) (*value, *Error) {
	t, line, err := p.token()
	if err != nil {
		return nil, err
	}
	v := &value{line: line}
	switch t := t.(type) {
	case json.Delim:
		if depth >= maxDepth {
			return nil, fileError(line, "", "scenario.too_deep", maxDepth)
		}
		if t == '{' {
			v.kind = mapKind
			for p.dec.More() {
				k, kline, err := p.token()
				if err != nil {
					return nil, err
				}
				w, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				v.pairs = append(v.pairs, pair{key: k.(string), line: kline, v: w})
			}
		} else {
			v.kind = listKind
			for p.dec.More() {
				w, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				v.items = append(v.items, w)
			}
		}
		if _, _, err := p.token(); err != nil { // the closing delimiter
			return nil, err
		}
	case string:
		v.text = t
	case json.Number:
		v.text = t.String()
	case bool:
		v.text, v.bool = strconv.FormatBool(t), true
	case nil:
		v.kind = nullKind
	}
	return v, nil
}
