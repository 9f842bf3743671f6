package scenario

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/actuals"
)

// A node's aliases are other names an import of actuals reads as it
// (kpi.Node.Aliases): a CRM's column or activity type that kpisim does
// not know (Web商談, Demo), or reads as another node (Meeting, which the
// outbound preset counts as an opportunity, where a team's meetings are
// first meetings). The editor takes none that another node's id, name or
// alias reads as (actuals.Key): it would name both. A file, or a node
// renamed since, may still hold one; an import then reads neither and
// says so (actuals.Result's Many), as for a header that names two nodes.

// MaxAliases is the most aliases one node holds.
const MaxAliases = 20

// ParseAliases reads the editor's text of a node's aliases: names apart
// by commas (, 、 ，), semicolons or lines, each trimmed; an empty one, or
// one an earlier one reads as, is dropped. nil when there are none.
func ParseAliases(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range strings.FieldsFunc(text, func(r rune) bool {
		return r == ',' || r == '、' || r == '，' || r == ';' || r == '；' || r == '\n' || r == '\r'
	}) {
		a = strings.TrimSpace(a)
		k := actuals.Key(a)
		if a == "" || k != "" && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// SetAliases sets node id's aliases from the editor's text (ParseAliases).
func (s *Scenario) SetAliases(id, text string) error {
	names := ParseAliases(text)
	return s.edit(id, EditAliases, func(c *Scenario) error {
		n, err := c.editNode(id, EditAliases)
		if err != nil {
			return err
		}
		if key, args := c.aliasProblem(id, names, true); key != "" {
			if key == "alias_taken" {
				args[1] = nodeRef(args[1].(string)) // named by its label in the page's language
			}
			return editRule(id, EditAliases, "editor.err."+key, args...)
		}
		n.Aliases = names
		return nil
	})
}

// checkAliases names each node of a file whose aliases break a rule.
func checkAliases(s *Scenario, lines map[string]int) Errors {
	var errs Errors
	for i := range s.Nodes {
		n := &s.Nodes[i]
		key, args := s.aliasProblem(n.ID, n.Aliases, false)
		if key == "" {
			continue
		}
		field := n.ID + ".aliases"
		line := lines[field]
		if line == 0 {
			line = lines[n.ID]
		}
		errs = append(errs, fileError(line, field, "scenario."+key, args...))
	}
	return errs
}

// aliasProblem is the first rule node id's aliases break, as a message
// key's last part and its arguments (the alias, and for alias_taken the
// id of the node it names already), or "". With taken, an alias may not
// name another node by its id, a name or an alias.
func (s *Scenario) aliasProblem(id string, aliases []string, taken bool) (string, []any) {
	if len(aliases) > MaxAliases {
		return "alias_many", []any{MaxAliases}
	}
	for _, a := range aliases {
		switch {
		case utf8.RuneCountInString(a) > MaxLabel:
			return "alias_long", []any{a, MaxLabel}
		case strings.ContainsAny(a, "\r\n\t"):
			return "alias_line", []any{a}
		}
		k := actuals.Key(a)
		if k == "" {
			return "alias_empty", []any{a}
		}
		for j := range s.Nodes {
			if !taken {
				break
			}
			o := &s.Nodes[j]
			if o.ID == id {
				continue
			}
			if k == actuals.Key(o.ID) || k == actuals.Key(o.Label.Ja) || k == actuals.Key(o.Label.En) ||
				slices.ContainsFunc(o.Aliases, func(b string) bool { return actuals.Key(b) == k }) {
				return "alias_taken", []any{a, o.ID}
			}
		}
	}
	return "", nil
}

// aliases reads a node's aliases: a list of names.
func (d *decoder) aliases(v *value, field string) []string {
	d.lines[field] = v.line
	if v.kind != listKind {
		d.fail(v, field, "scenario.aliases")
		return nil
	}
	out := make([]string, 0, len(v.items))
	for _, c := range v.items {
		if c.kind != scalarKind {
			d.fail(c, field, "scenario.aliases")
			return nil
		}
		if a := strings.TrimSpace(c.text); a != "" {
			out = append(out, a)
		}
	}
	return out
}
