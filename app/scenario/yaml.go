package scenario

import (
	"bytes"
	"errors"
	"io"
	"strconv"
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
		return nil, Errors{yamlSyntax(err)}
	}
	if next, err := dec.DecodeNode(); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, Errors{yamlSyntax(err)}
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

func yamlSyntax(err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line, at, n := yamlLine(msg)
	if n > 0 {
		msg = strings.TrimPrefix(strings.TrimPrefix(msg, msg[at:at+n]), ": ")
	}
	return fileError(line, "", "scenario.yaml_syntax", msg)
}

// yamlLine finds the first "line N" in a YAML error message: N, and where
// the words start and how long they are (n is 0 when there are none). It
// stands for the regular expression `line (\d+)`, which would link regexp
// into app.wasm.
func yamlLine(msg string) (line, at, n int) {
	for i := 0; ; {
		j := strings.Index(msg[i:], "line ")
		if j < 0 {
			return 0, 0, 0
		}
		at = i + j
		k := at + len("line ")
		for k < len(msg) && msg[k] >= '0' && msg[k] <= '9' {
			k++
		}
		if k > at+len("line ") {
			line, _ = strconv.Atoi(msg[at+len("line ") : k])
			return line, at, k - at
		}
		i = at + 1
	}
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
