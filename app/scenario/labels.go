package scenario

import (
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// A node's name is its own in each language: the lever list, goal seek,
// the messages and an actuals column all name a node by it, and two nodes
// named 受注件数 read as one.

// namedAs returns the node other than id whose label in l is name, or nil.
// Names compare as the reader sees them: without the spaces around them.
func (s *Scenario) namedAs(l i18n.Lang, name, id string) *kpi.Node {
	name = strings.TrimSpace(name)
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if n.ID != id && name != "" && strings.TrimSpace(labelIn(n.Label, l)) == name {
			return n
		}
	}
	return nil
}

// labelIn is label's own text in l, "" when it has none in l.
func labelIn(label kpi.Label, l i18n.Lang) string {
	if l == i18n.Ja {
		return label.Ja
	}
	return label.En
}

// checkLabels names each node whose name in a language is an earlier
// node's too, and that node.
func checkLabels(s *Scenario, lines map[string]int) Errors {
	var errs Errors
	for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
		for i := range s.Nodes {
			n := &s.Nodes[i]
			first := s.namedAs(l, labelIn(n.Label, l), n.ID)
			if first == nil || s.index(first.ID) > i {
				continue
			}
			field := n.ID + ".label." + string(l)
			line := lines[field]
			if line == 0 {
				line = lines[n.ID+".label"]
			}
			if line == 0 {
				line = lines[n.ID]
			}
			errs = append(errs, fileError(line, field, "scenario.label_taken", strings.TrimSpace(labelIn(n.Label, l)), first.ID))
		}
	}
	return errs
}

// index is the position of node id in s.Nodes, or -1.
func (s *Scenario) index(id string) int {
	for i := range s.Nodes {
		if s.Nodes[i].ID == id {
			return i
		}
	}
	return -1
}

// CopyName gives the name node id has in lang (id "": the tree's name) to
// the other language, where that one still holds a name the editor gave
// and no one typed: a new node's 項目3 (Item 3), a new tree's 新しいツリー
// (New tree). A tree named in Japanese alone then reads by those names in
// English too, where a colleague's page said "Item 3" for 訪問件数. A name
// someone typed, or a preset's, is never replaced, and a name another node
// has in the other language is not copied. It reports whether a name was
// copied.
func (s *Scenario) CopyName(id string, lang i18n.Lang) bool {
	other := i18n.En
	if lang == i18n.En {
		other = i18n.Ja
	}
	if id == "" {
		text := strings.TrimSpace(labelIn(s.Title, lang))
		if text == "" || text == lang.T("editor.empty_title") || labelIn(s.Title, other) != other.T("editor.empty_title") {
			return false
		}
		return s.SetTitle(other, text) == nil
	}
	n := s.Node(id)
	if n == nil || !placeholder(other, labelIn(n.Label, other)) && !starter(n, other) {
		return false
	}
	text := strings.TrimSpace(labelIn(n.Label, lang))
	if text == "" || placeholder(lang, text) || starter(n, lang) {
		return false
	}
	return s.Rename(id, other, text) == nil
}

// starter reports whether node n still has, in l, the name the empty
// tree's activity starts with (NewEmpty: 受注額, "Sales won"): a name to
// replace like a placeholder. Renamed 成約数 in Japanese, it had stayed
// "Sales won" in English, in the file and in the CLI.
func starter(n *kpi.Node, l i18n.Lang) bool {
	for _, e := range NewEmpty().Nodes {
		if e.ID == n.ID && e.Activity {
			return labelIn(n.Label, l) == labelIn(e.Label, l)
		}
	}
	return false
}

// placeholder reports whether name is one the editor gives a new node in
// l (newLabel): 項目3, Item 3.
func placeholder(l i18n.Lang, name string) bool {
	head, tail, _ := strings.Cut(l.T("editor.new_item"), "%d")
	k, ok := strings.CutPrefix(name, head)
	if !ok {
		return false
	}
	k, ok = strings.CutSuffix(k, tail)
	n, err := strconv.Atoi(k)
	return ok && err == nil && n > 0 && strconv.Itoa(n) == k
}
