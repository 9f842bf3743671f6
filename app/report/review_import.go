package report

import (
	"fmt"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
)

// Problem writes an import problem in language l, with its row and column
// as a spreadsheet counts them.
func Problem(l i18n.Lang, p actuals.Problem) string {
	keys := [...]string{"import.bad_file", "import.not_utf8", "import.empty", "import.no_period", "import.no_nodes",
		"import.unknown_column", "import.bad_period", "import.bad_number", "import.negative", "import.rate_above",
		"import.unknown_metric", "import.too_large", "import.too_many", "import.no_year", "import.no_month"}
	if int(p.Code) >= len(keys) {
		return p.Error()
	}
	arg := p.Text
	if p.Code == actuals.UnknownColumn {
		arg = p.Header
	}
	msg := l.T(keys[p.Code])
	switch p.Code {
	case actuals.NotUTF8, actuals.Empty, actuals.NoPeriod, actuals.NoNodes, actuals.NoMonth:
	default:
		msg = fmt.Sprintf(msg, arg)
	}
	switch {
	case p.Row > 0 && p.Column > 0:
		return fmt.Sprintf(l.T("import.at_cell"), p.Row, p.Column, p.Header, msg)
	case p.Row > 0:
		return fmt.Sprintf(l.T("import.at_row"), p.Row, msg)
	}
	return msg
}
