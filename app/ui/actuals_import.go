package ui

import (
	"encoding/json"
	"fmt"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// ImportReport is the last import's report as the page shows it, written
// in every language the page speaks: what was read, and each problem with
// its row and column. It is kept with the work (State.Import), so that a
// reload shows which rows a CRM export left out, and an undo of the import
// takes it away with the values. Links do not carry it (share.Encode):
// whoever opens one did not import the file.
type ImportReport struct {
	File     string              `json:"file"`
	Read     map[string]string   `json:"read"`               // by language: "Read 7 rows (35 values); 3 problems"
	Problems map[string][]string `json:"problems,omitempty"` // by language, one per problem
	// Types are an activity log's types (actuals.Key) and the node each
	// counted for: the next import of a log moves a type's counts when the
	// type counts for another node then (movedTypes).
	Types map[string]string `json:"types,omitempty"`
}

// newImportReport writes the report of an import of file, which read res
// and added added values; nodes name the KPIs it added up.
func newImportReport(file string, res *actuals.Result, added int, nodes []actuals.Node) *ImportReport {
	r := &ImportReport{File: file, Read: map[string]string{}}
	if a := res.Activity; a != nil {
		for _, c := range a.Counted {
			if r.Types == nil {
				r.Types = map[string]string{}
			}
			r.Types[actuals.Key(c.Type)] = c.Node
		}
	}
	for _, l := range i18n.Langs {
		var ps []string
		for _, p := range res.Problems {
			ps = append(ps, report.Problem(l, p))
		}
		problems := l.T("import.no_problems") // "0 problems" / 「問題: 0件」 read as a count to look into
		if len(res.Problems) > 0 {
			problems = l.N("import.problems", len(res.Problems))
		}
		read := fmt.Sprintf(l.T("import.read"), l.N("import.rows", res.Valued), l.N("import.values", added), problems)
		if notes := report.ImportNotes(l, res, nodes); notes != "" { // 受注金額（千円） read ×1,000, rows added up, said
			read = fmt.Sprintf(l.T("import.read_scaled"), read, notes)
		}
		r.Read[string(l)] = read
		if len(ps) > 0 {
			if r.Problems == nil {
				r.Problems = map[string][]string{}
			}
			r.Problems[string(l)] = ps
		}
	}
	return r
}

// text is the report in language l: what was read and the problems; ""
// and none without a report.
func (r *ImportReport) text(l i18n.Lang) (string, []string) {
	if r == nil {
		return "", nil
	}
	return r.Read[string(l)], r.Problems[string(l)]
}

// encode is the report as State.Import holds it; nil without one.
func (r *ImportReport) encode() json.RawMessage {
	if r == nil {
		return nil
	}
	data, err := json.Marshal(r)
	if err != nil {
		return nil
	}
	return data
}

// decodeImport reads State.Import. A report it cannot read is left out:
// it is what the page said, not the work, which restores without it.
func decodeImport(data json.RawMessage) *ImportReport {
	if len(data) == 0 {
		return nil
	}
	var r ImportReport
	if json.Unmarshal(data, &r) != nil || len(r.Read) == 0 {
		return nil
	}
	return &r
}
