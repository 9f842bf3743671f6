package scenario

import (
	"errors"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// A file edited by hand that is no longer YAML says where and why in the
// reader's language: a bracket or quote left open at the line it opened,
// anything else at the line the parser stopped (the parser's own lines
// were one early), never in the parser's English on a Japanese page.
func TestYAMLSyntaxErrors(t *testing.T) {
	for _, c := range []struct {
		name   string
		src    string
		line   int
		ja, en string
	}{
		{"a brace left open", "version: 1\ntitle: x\ngoal: {node: r, value: 1\nnodes: []\n", 3,
			"この行の「{」が「}」で閉じられていません", "the '{' on this line is not closed by '}'"},
		{"a bracket left open", "version: 1\ntitle: [a, b\nnodes: []\n", 2,
			"この行の「[」が「]」で閉じられていません", "the '[' on this line is not closed by ']'"},
		{"a quote left open", "version: 1\ntitle: \"x\nnodes: []\n", 2,
			"この行から始まる引用符（\" か '）が閉じられていません", "the quote (\" or ') that opens on this line is not closed"},
		{"a key indented too far", "version: 1\ntitle: x\n  bad: indent\nnodes: []\n", 3,
			"ここに「キー: 値」は置けません。インデントを確認するか、「: 」を含む値を引用符で囲んでください", "a 'key: value' cannot stand here: check the indent, or put a value that holds ': ' in quotes"},
		{"a list item's key one space out", "version: 1\ntitle: x\nnodes:\n  - id: a\n   unit: count\n", 5,
			"ここにはリストの項目（「- 」で始まる行）が来るはずです。インデントを確認してください", "a list item (a line starting '- ') should stand here: check the indent"},
		{"a tab", "version: 1\ntitle: x\n\tnodes: []\n", 3,
			"インデントにタブ文字が使われています。スペースにしてください", "a tab is used as indent: use spaces"},
		// Indented with a tab inside a mapping: the scanner finds the tab
		// where a value would start (it was said to be a reserved @ or `).
		{"a nested line indented with a tab", "version: 1\ngoal:\n  node: r\n\tvalue: 1\nnodes: []\n", 4,
			"インデントにタブ文字が使われています。スペースにしてください", "a tab is used as indent: use spaces"},
		{"a list item indented with a tab", "version: 1\nnodes:\n  - id: a\n\t  unit: count\n", 4,
			"インデントにタブ文字が使われています。スペースにしてください", "a tab is used as indent: use spaces"},
		{"a list item indented with a tab before its dash", "version: 1\nnodes:\n  - {id: a, unit: count}\n\t- {id: b, unit: count}\n", 4,
			"インデントにタブ文字が使われています。スペースにしてください", "a tab is used as indent: use spaces"},
		{"a reserved character after a multi-byte label", "version: 1\ntitle: 売上\nlabel: `x\n", 3,
			"値が YAML の予約文字（@ や `）で始まっています。値を引用符で囲んでください", "a value starts with a character YAML reserves (@ or `): put it in quotes"},
		{"a reserved first character", "version: 1\ntitle: @x\nnodes: []\n", 2,
			"値が YAML の予約文字（@ や `）で始まっています。値を引用符で囲んでください", "a value starts with a character YAML reserves (@ or `): put it in quotes"},
		{"a bracket left open, found a line later", "version: 1\ntitle: x\nnodes:\n  - id: [\n  - id: b\n", 4,
			"この行の「[」か「{」が閉じられていません", "a '[' or '{' on this line is not closed"},
		{"on the first line", "{version: 1\n", 1,
			"この行の「{」が「}」で閉じられていません", "the '{' on this line is not closed by '}'"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Open([]byte(c.src), "x")
			var es Errors
			if !errors.As(err, &es) || len(es) != 1 {
				t.Fatalf("Open: %v, want one error", err)
			}
			e := es[0]
			if e.Line != c.line || e.Text(i18n.Ja) != c.ja || e.Text(i18n.En) != c.en {
				t.Errorf("line %d: %q / %q\nwant line %d: %q / %q", e.Line, e.Text(i18n.Ja), e.Text(i18n.En), c.line, c.ja, c.en)
			}
		})
	}
}

// A number with thousands commas inside {…} splits into keys ("acv.000:
// unknown key; known keys are …"): the message names the number, where it
// stands and how to write it.
func TestSplitNumber(t *testing.T) {
	for _, c := range []struct {
		name, src string
		line      int
		field, en string
	}{
		{"a node's value", "version: 1\ngoal: {node: r, value: 100}\nnodes:\n  - {id: r, unit: currency, product: [p, d]}\n  - {id: p, unit: currency, value: 24,000}\n  - {id: d, unit: count, value: 5, activity: true}\n", 5, "p.value",
			`a thousands comma inside {…} split the number 24,000: put it in quotes ("24,000") or write it without commas (24000)`},
		{"the goal's value, two groups", "version: 1\ngoal: {node: r, value: 2,400,000, period: year}\nnodes:\n  - {id: r, unit: currency, product: [p, d]}\n  - {id: p, unit: currency, value: 5}\n  - {id: d, unit: count, value: 5, activity: true}\n", 2, "goal.value",
			`a thousands comma inside {…} split the number 2,400,000: put it in quotes ("2,400,000") or write it without commas (2400000)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Open([]byte(c.src), "x")
			var es Errors
			if !errors.As(err, &es) || len(es) != 1 {
				t.Fatalf("Open: %v, want one error", err)
			}
			if e := es[0]; e.Line != c.line || e.Field != c.field || e.Text(i18n.En) != c.field+": "+c.en || !strings.Contains(e.Text(i18n.Ja), "引用符") {
				t.Errorf("line %d %s: %q / %q\nwant line %d %s: %q", e.Line, e.Field, e.Text(i18n.En), e.Text(i18n.Ja), c.line, c.field, c.en)
			}
		})
	}
}
