package report

import (
	"fmt"
	"strings"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
)

// problemKeys holds the message of each actuals.Code, in code order. A
// message names the rule; its one %s, where it has one, takes the
// problem's Arg.
var problemKeys = [...]string{
	actuals.BadFile:             "import.unreadable",
	actuals.NotUTF8:             "import.not_utf8",
	actuals.Empty:               "import.empty",
	actuals.NoPeriod:            "import.no_period",
	actuals.NoNodes:             "import.no_nodes",
	actuals.UnknownColumn:       "import.unknown_column",
	actuals.BadPeriod:           "import.bad_period",
	actuals.BadNumber:           "import.bad_number",
	actuals.Negative:            "import.negative",
	actuals.RateAbove:           "import.rate_above",
	actuals.UnknownMetric:       "import.unknown_metric",
	actuals.TooLarge:            "import.file_too_large",
	actuals.TooMany:             "import.too_many",
	actuals.NoYear:              "import.no_year",
	actuals.NoMonth:             "import.no_month",
	actuals.TooManyRows:         "import.too_many_rows",
	actuals.Binary:              "import.binary",
	actuals.NoRows:              "import.no_rows",
	actuals.Ambiguous:           "import.ambiguous",
	actuals.BadUnit:             "import.bad_unit",
	actuals.BadValueUnit:        "import.bad_value_unit",
	actuals.UnitConflict:        "import.unit_conflict",
	actuals.RateRows:            "import.rate_rows",
	actuals.LevelRows:           "import.level_rows",
	actuals.OtherCurrency:       "import.other_currency",
	actuals.WeekRate:            "import.week_rate",
	actuals.NotWhole:            "import.not_whole",
	actuals.NoAmount:            "import.no_amount",
	actuals.OtherCurrencyColumn: "import.other_currency_column",
	actuals.RepeatedColumn:      "import.repeated_column",
	actuals.ExtraCells:          "import.extra_cells",
	actuals.EmptyFile:           "import.empty_file",
	actuals.NegativeCount:       "import.negative_count",
	actuals.OverLimit:           "import.over_limit",
}

// Problem writes an import problem in language l, with its row and column
// as a spreadsheet counts them.
func Problem(l i18n.Lang, p actuals.Problem) string {
	if int(p.Code) >= len(problemKeys) {
		return p.Error()
	}
	msg := l.T(problemKeys[p.Code])
	if args := p.Args(); len(args) > 0 {
		msg = fmt.Sprintf(msg, args...)
	}
	switch {
	case p.Column > 0 && p.OfHeader(): // a column left out, not its header's row
		return fmt.Sprintf(l.T("import.at_column"), p.Column, p.Header, msg)
	case p.Row > 0 && p.Column > 0:
		return fmt.Sprintf(l.T("import.at_cell"), p.Row, p.Column, p.Header, msg)
	case p.Row > 0:
		return fmt.Sprintf(l.T("import.at_row"), p.Row, msg)
	}
	return msg
}

// Scaled says which columns an import read at their header's unit
// (actuals.Result.Scaled), one sentence each, in language l: 「受注金額
// （千円）」の値は、見出しの単位（千円）のとおり1,000倍して読み込みました。
// A long form's value column with a unit says which amounts it scaled and
// which counts and rates it read as written (valueScaled), then the
// cells that write their own unit, read as written. "" when none was.
func Scaled(l i18n.Lang, res *actuals.Result) string {
	var out []string
	for _, m := range res.Scaled() {
		out = append(out, fmt.Sprintf(l.T("import.scaled"), m.Header, i18n.Number(m.Scale, 0), m.Unit))
	}
	out = append(out, valueScaled(l, res)...)
	for _, w := range res.AsWritten { // 9万 under 受注金額（千円）: not scaled again
		out = append(out, fmt.Sprintf(l.T("import.as_written"), w.Header, w.Cell))
	}
	return strings.Join(out, l.SentenceSep())
}

// valueScaled says what a long form's value column's unit (値（千円）)
// multiplied: the amounts among its metrics, named as the file writes
// them, and not its counts and rates. None when its unit multiplies by 1
// or it has none.
func valueScaled(l i18n.Lang, res *actuals.Result) []string {
	v := res.Value
	if v.Scale == 1 || v.Scale == 0 {
		return nil
	}
	counts := strings.Join(res.Counts, l.ListSep())
	switch {
	case len(res.Amounts) == 0 && len(res.Counts) == 0:
		return nil
	case len(res.Amounts) == 0:
		return []string{fmt.Sprintf(l.T("import.value_counts"), v.Header, v.Unit, counts)}
	}
	out := []string{fmt.Sprintf(l.T("import.value_scaled"), v.Header, i18n.Number(v.Scale, 0), v.Unit, strings.Join(res.Amounts, l.ListSep()))}
	if len(res.Counts) > 0 {
		out = append(out, fmt.Sprintf(l.T("import.value_counts_too"), counts))
	}
	return out
}
