package ui

import (
	"fmt"
	"strings"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// A type an activity log counted for one node, and the next import counts
// for another (Meeting given to first meetings as another name, after it
// counted as opportunities): the next import fills the new node, and the
// old node kept the counts the type had given it, as the import replaces
// only what the file fills. Meeting then counted twice, as an opportunity
// and as a first meeting.

// movedTypes are the nodes that a type of the last import's log counted
// for, and res's log counts for another node or leaves out, less those res
// counts for: their values in res's months are the last import's, and go.
func (r *ImportReport) movedTypes(res *actuals.Result) map[string]bool {
	if r == nil || len(r.Types) == 0 || res.Activity == nil {
		return nil
	}
	now := map[string]string{} // type → node, "" when left out
	for _, c := range res.Activity.Others {
		now[actuals.Key(c.Type)] = ""
	}
	for _, c := range res.Activity.Counted {
		now[actuals.Key(c.Type)] = c.Node
	}
	moved := map[string]bool{}
	for t, was := range r.Types {
		if node, ok := now[t]; ok && node != was {
			moved[was] = true
		}
	}
	for _, node := range now {
		delete(moved, node)
	}
	return moved
}

// withdrawn is acts without the entries of the nodes moved in the months
// that add (an import's entries) holds, and the nodes that lost one.
func withdrawn(acts, add forecast.Actuals, moved map[string]bool) (kept forecast.Actuals, gone map[string]bool) {
	if len(moved) == 0 {
		return acts, nil
	}
	months := map[[2]int]bool{}
	for _, e := range add {
		months[[2]int{e.Year, int(e.Month)}] = true
	}
	for _, e := range acts {
		if !moved[e.Node] || !months[[2]int{e.Year, int(e.Month)}] {
			kept = append(kept, e)
		} else if gone == nil {
			gone = map[string]bool{e.Node: true}
		} else {
			gone[e.Node] = true
		}
	}
	return kept, gone
}

// sayMoved adds to the report that the nodes gone (in s's tree order) no
// longer hold the last import's values for the file's months.
func (r *ImportReport) sayMoved(s *scenario.Scenario, gone map[string]bool) {
	if r == nil || len(gone) == 0 {
		return
	}
	for _, l := range i18n.Langs {
		var names []string
		for _, n := range s.Nodes {
			if gone[n.ID] {
				names = append(names, n.Label.In(string(l)))
			}
		}
		r.say(l, fmt.Sprintf(l.T("import.moved"), strings.Join(names, l.ListSep())))
	}
}

// say adds sentence s to the report's line in language l, after a full
// stop.
func (r *ImportReport) say(l i18n.Lang, s string) {
	read := r.Read[string(l)]
	if !strings.HasSuffix(read, ".") && !strings.HasSuffix(read, "。") {
		read += map[i18n.Lang]string{i18n.Ja: "。"}[l] + map[bool]string{true: "."}[l != i18n.Ja]
	}
	r.Read[string(l)] = read + l.SentenceSep() + s
}

// sayAll adds the catalog's sentence key to the report in every language.
func (r *ImportReport) sayAll(key string) {
	for _, l := range i18n.Langs {
		r.say(l, l.T(key))
	}
}

// sayUnderTotals adds to the report the months the file gives weeks of
// under a month total, which counts instead (report.UnderTotalNote).
func (r *ImportReport) sayUnderTotals(merged, added forecast.Actuals) {
	if r == nil {
		return
	}
	for _, l := range i18n.Langs {
		if note := report.UnderTotalNote(l, merged, added); note != "" {
			r.say(l, note)
		}
	}
}

// sayKept adds to the report the months the work held actuals for and the
// file has none for, or refused the rows of (left: report.KeptNote).
func (r *ImportReport) sayKept(kept, added forecast.Actuals, left []actuals.Period) {
	if r == nil {
		return
	}
	for _, l := range i18n.Langs {
		if note := report.KeptNote(l, kept, added, left); note != "" {
			r.say(l, note)
		}
	}
}
