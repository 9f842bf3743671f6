package ui

import (
	"math"
	"strings"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/i18n"
)

// Axis label functions: a chart's value axis names one (chart.Text.Axis),
// "money:<lang>:<currency>" or "count:<lang>", and the chart host revives
// the name to a Go callback that writes each tick in the page's language
// with its unit: 万/億 in Japanese ("5,000万円", "1億円", "10万"), K/M/B in
// English ("¥50M", "100K").

// axisName is the name of the axis function for money in cur (money) or
// counts, in l.
func axisName(l i18n.Lang, money bool, cur string) string {
	if money {
		return "money:" + string(l) + ":" + cur
	}
	return "count:" + string(l)
}

// axisLabel writes the tick v for the axis function name; ok is false for
// a name it does not know.
func axisLabel(name string, v float64) (s string, ok bool) {
	parts := strings.Split(name, ":")
	if len(parts) < 2 {
		return "", false
	}
	l := i18n.Parse(parts[1])
	switch {
	case parts[0] == "money" && len(parts) == 3:
		if v == 0 {
			return "0", true
		}
		if l == i18n.Ja && parts[2] == "JPY" {
			return manTick(v) + "円", true
		}
		return l.MoneyShort(v, parts[2]), true
	case parts[0] == "count":
		if l == i18n.Ja {
			return manTick(v), true
		}
		return strings.TrimSpace(i18n.Lang(i18n.En).MoneyShort(v, "")), true
	}
	return "", false
}

// manTick writes an axis tick in Japanese 万/億 from 1万 up, as i18n.Man
// does from 10万: one axis read 「80,000」 beside 「10万」. Ticks are round,
// so 万 takes up to three decimals (2.5万, 1.25万).
func manTick(v float64) string {
	if a := math.Abs(v); a >= 1e4 && a < 1e5 {
		return i18n.Number(v/1e4, 3) + "万"
	}
	return i18n.Man(v)
}

// axisFunc is the name inside a revivable option string, or "".
func axisFunc(s string) string {
	name, ok := strings.CutPrefix(s, chart.FuncMark)
	if !ok {
		return ""
	}
	name, ok = strings.CutSuffix(name, chart.FuncMark)
	if !ok {
		return ""
	}
	return name
}
