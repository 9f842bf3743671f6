package scenario

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse reads a scenario file (YAML, which also reads JSON) and returns a
// valid Scenario, or Errors listing every problem with its line. id names
// the scenario when the file has no id of its own (a preset's file name).
// The rules are those of ParseJSON: both read into one wire form (wire.go).
//
// The browser links it too (about 484 KB raw, 93 KB gzip of app.wasm), so
// the page opens and saves the very files the CLI reads. It reads and
// writes yaml.Nodes only (DecodeNode, EncodeNode), which leaves the codec's
// reflective decoder and encoder out of app.wasm (third_party/yaml/PATCH.md).
func Parse(data []byte, id string) (*Scenario, error) {
	root, errs := yamlTree(data)
	return decodeTree(root, id, errs, fileRules)
}

// Open is OpenJSON for the YAML form: a file opened on the page, which
// reads as the page downloaded it.
func Open(data []byte, id string) (*Scenario, error) {
	root, errs := yamlTree(data)
	return decodeTree(root, id, errs, pageRules)
}

// yamlTree reads a YAML document into the wire form. Aliases are refused
// where they stand (so nothing is expanded: no billion laughs), and so is
// nesting deeper than maxDepth. A tree with refused parts comes back with
// the errors, so the walker can report the rest of the file too.
func yamlTree(data []byte) (*value, Errors) {
	if len(data) > MaxFileSize {
		return nil, Errors{tooLarge()}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, Errors{fileError(0, "", "scenario.empty")}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	doc, err := dec.DecodeNode()
	if err != nil {
		if errors.Is(err, io.EOF) { // comments only
			return nil, Errors{fileError(0, "", "scenario.empty")}
		}
		return nil, Errors{yamlSyntax(err, data)}
	}
	if next, err := dec.DecodeNode(); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, Errors{yamlSyntax(err, data)}
		}
		return nil, Errors{fileError(next.Line, "", "scenario.trailing")}
	}
	if len(doc.Content) != 1 {
		return nil, Errors{fileError(doc.Line, "", "scenario.not_scenario")}
	}
	c := &yamlConv{}
	root := c.value(doc.Content[0], 0)
	if c.deep {
		return nil, c.errs
	}
	return root, c.errs
}

// yamlSyntax says where and why a file is not YAML, in the page's words:
// the problems people make by hand (an indent, a tab, a bracket or quote
// left open, a ': ' inside a value) each have a message of their own in
// both languages; any other keeps the parser's words. A bracket or quote
// left open is said at the line where it opened, the rest where the parser
// stopped.
func yamlSyntax(err error, data []byte) *Error {
	var se *yaml.SyntaxError
	if !errors.As(err, &se) {
		return fileError(0, "", "scenario.yaml_syntax", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	p, ok := yamlProblems[se.Problem]
	if p.key == "yaml.reserved" && tabIndented(data, se.Line) {
		// A tab before a list item's "- " stops the scanner at the tab,
		// which it names as it would a reserved @ or `.
		p.key = "yaml.tab"
	}
	if (!ok || p.key == "yaml.no_value") && se.FlowLine > 0 { // a '[' or '{' left open, found lines later
		return fileError(se.FlowLine, "", "yaml.open_flow")
	}
	if !ok {
		return fileError(se.Line, "", "scenario.yaml_syntax", se.Problem)
	}
	line := se.Line
	if p.opened && se.ContextLine > 0 {
		line = se.ContextLine
	}
	return fileError(line, "", p.key)
}

// tabIndented reports whether line n (from 1) of data is indented with a
// tab.
func tabIndented(data []byte, n int) bool {
	for k := 1; k < n && len(data) > 0; k++ {
		_, data, _ = bytes.Cut(data, []byte("\n"))
	}
	line, _, _ := bytes.Cut(data, []byte("\n"))
	return bytes.ContainsRune(line[:len(line)-len(bytes.TrimLeft(line, " \t"))], '\t')
}

// yamlProblems are the parser's problems a hand-edited file meets, with
// their message keys; opened marks those said where a bracket or a quote
// opened (the parser's context) rather than where the parser stopped.
var yamlProblems = map[string]struct {
	key    string
	opened bool
}{
	"did not find expected key":                                    {"yaml.indent_key", false},
	"did not find expected '-' indicator":                          {"yaml.indent_item", false},
	"block sequence entries are not allowed in this context":       {"yaml.indent_item", false},
	"mapping values are not allowed in this context":               {"yaml.colon", false},
	"could not find expected ':'":                                  {"yaml.no_colon", false},
	"did not find expected node content":                           {"yaml.no_value", false},
	"did not find expected ',' or '}'":                             {"yaml.open_brace", true},
	"did not find expected ',' or ']'":                             {"yaml.open_bracket", true},
	"found unexpected end of stream":                               {"yaml.open_quote", true},
	"found a tab character that violates indentation":              {"yaml.tab", false},
	"found a tab character where an indentation space is expected": {"yaml.tab", false},
	"found character that cannot start any token":                  {"yaml.reserved", false},
	"found unknown escape character":                               {"yaml.escape", false},
	"control characters are not allowed":                           {"yaml.control", false},
	"invalid leading UTF-8 octet":                                  {"yaml.utf8", false},
	"invalid trailing UTF-8 octet":                                 {"yaml.utf8", false},
	"invalid length of a UTF-8 sequence":                           {"yaml.utf8", false},
	"invalid Unicode character":                                    {"yaml.utf8", false},
}

type yamlConv struct {
	errs Errors
	deep bool
}

const quoted = yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle | yaml.LiteralStyle | yaml.FoldedStyle

func (c *yamlConv) value(n *yaml.Node, depth int) *value {
	v := &value{line: n.Line}
	if depth >= maxDepth && (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) {
		if !c.deep {
			c.errs = append(c.errs, fileError(n.Line, "", "scenario.too_deep", maxDepth))
		}
		c.deep = true
		v.kind = badKind
		return v
	}
	switch n.Kind {
	case yaml.ScalarNode:
		switch tag := n.ShortTag(); {
		case tag == "!!null":
			v.kind = nullKind
		default:
			v.text = n.Value
			v.bool = tag == "!!bool" && n.Style&quoted == 0 && bareWord(n.Value)
		}
	case yaml.MappingNode:
		v.kind = mapKind
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, w := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				c.errs = append(c.errs, fileError(k.Line, "", "scenario.bad_key"))
				continue
			}
			v.pairs = append(v.pairs, pair{key: k.Value, line: k.Line, v: c.value(w, depth+1)})
		}
	case yaml.SequenceNode:
		v.kind = listKind
		for _, w := range n.Content {
			v.items = append(v.items, c.value(w, depth+1))
		}
	default: // an alias
		c.errs = append(c.errs, fileError(n.Line, "", "scenario.alias"))
		v.kind = badKind
	}
	return v
}
