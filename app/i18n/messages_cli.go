package i18n

// The CLI's findings of session 55 (s55-cli) and the page's same
// sentences: each says what it is about.
func init() {
	register(map[string]msg{
		// The headline's line when the requirement is within the ceiling
		// names the requirement: beside an activity planned over the
		// ceiling (forecast.planned_over), "Within the ceiling … in every
		// month" read as if the plan were.
		"required.ok_need":      {"%sの必要量は、どの月も上限の1人1日%s件以内です。", "The requirement for %s is within the ceiling of %s a rep a day in every month."},
		"required.ok_need_span": {"%sの必要量は、どの月も上限（%s）以内です。", "The requirement for %s is within the ceiling of %s in every month."},
		// The re-forecast's pace from now on, as the line before it says.
		"refit.pace_ok_need": {"このペースは上限（%s）以内です。", "That pace is within the ceiling of %s."},

		// An import's problems of a column found in its header: said of
		// the column, which is left out, not of row 1 (actuals.Problem.OfHeader).
		"import.at_column":             {"%d列目（%s）: %s", "column %d (%s): %s"},
		"import.other_currency_column": {"見出しの「%s」は計画と別の通貨のため、この列は読み込みません。計画の通貨に換算するか、計画の通貨（ページでは「ツリーを編集」の「このツリー」）を変えてください", "the header %q names another currency than the plan's, so the column is left out: convert its amounts to the plan's currency, or change the plan's currency (in the page: Edit the tree, This tree)"},
		// validate's line for an editor's caution after a file's "ok":
		// the file is read, and its figures mean nothing until mended.
		"cli.caution":            {"注意: %s", "caution: %s"},
		"import.repeated_column": {"「%[1]s」は「%[2]s」（%[3]d列目）と同じKPIの列のため、この列は読み飛ばします", "%[1]q repeats the column of %[2]s (column %[3]d), so it is left out"},
		// A row wider than the header: a number's thousands commas not in
		// quotes had shifted its columns (¥8 read for ¥8,343,000).
		"import.extra_cells": {"この行は%s列ありますが見出しは%d列のため、列がずれないよう読み飛ばします。桁区切りのカンマを含む数値は\"8,343,000\"のように引用符で囲むか（ExcelのCSVはそう書き出します）、余分な列に見出しを付けてください",
			"the row has %s cells where the header has %d, so its columns would not line up with the headers and the row is left out: write a number with thousands commas in quotes (\"8,343,000\"), as Excel's CSV does, or give the extra column a header"},
	})
}
