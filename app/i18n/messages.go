package i18n

type msg struct{ ja, en string }

// messages is the catalog. Keys name the place a text appears.
var messages = map[string]msg{
	// Units and periods.
	"period.year":    {"年", "year"},
	"period.quarter": {"四半期", "quarter"},
	"period.month":   {"月", "month"},
	"period.day":     {"営業日", "working day"},
	"period.rep_day": {"1人1日", "rep / day"},
	"per.year":       {"年間", "a year"},
	"per.quarter":    {"四半期", "a quarter"},
	"per.month":      {"月間", "a month"},
	"per.day":        {"1日", "a day"},
	"per.rep_day":    {"1人1日あたり", "per rep per day"},
	"unit.count":     {"件", ""},
	"unit.rep_day":   {"件/日/人", "/ rep / day"},

	// Rounding.
	"rounding.ceil":  {"切り上げ", "round up"},
	"rounding.none":  {"丸めなし", "exact"},
	"rounding.round": {"四捨五入", "round to nearest"},

	// CLI table.
	"cli.node":     {"ノード", "NODE"},
	"cli.label":    {"名称", "LABEL"},
	"cli.formula":  {"式", "FORMULA"},
	"cli.forecast": {"予測", "FORECAST"},
	"cli.gap":      {"差", "GAP"},
	"cli.lever":    {"レバー", "lever"},
	"cli.goal":     {"目標", "Goal"},
	"cli.solve":    {"逆算する項目", "solve for"},
	"cli.rounding": {"丸め", "rounding"},
	"cli.reps":     {"人数", "reps"},
	"cli.days":     {"営業日/月", "working days/month"},
	"cli.months":   {"か月", "months"},
	"cli.required": {"必要", "Required"},
	"cli.planned":  {"計画", "planned"},
	"cli.summary":  {"予測売上", "Forecast"},
	"cli.exact":    {"正確には", "exact"},
	"cli.gapword":  {"目標との差", "gap"},
}
