package chart_test

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/kpisim/kpisim/app/chart"
)

// The UI passes translated names and its own number format, and hands the
// JSON to echarts' setOption as a merge.
func ExampleFunnel() {
	opt, err := chart.Funnel([]chart.Stage{
		{ID: "calls", Label: "架電数", Value: 4800},
		{ID: "meetings", Label: "商談数", Value: 480},
		{ID: "deals", Label: "受注数", Value: 24},
	}, chart.Text{Required: "必要数", Format: func(v float64) string { return fmt.Sprintf("%.0f件", v) }})
	if err != nil {
		fmt.Println(err)
		return
	}
	var o struct {
		Series []struct {
			ID   string
			Name string
			Data []struct {
				Name  string
				Value [2]any
			}
		}
	}
	if err := json.Unmarshal(opt, &o); err != nil {
		fmt.Println(err)
		return
	}
	s := o.Series[0]
	fmt.Println(s.ID, s.Name)
	for _, d := range s.Data {
		fmt.Println(d.Name, d.Value[0], d.Value[1])
	}
	// Output:
	// required 必要数
	// 架電数 4800 4800件
	// 商談数 480 480件
	// 受注数 24 24件
}

// A number the chart cannot draw is an error naming the series and the
// index, never a silently clamped point.
func ExampleCumulative_error() {
	_, err := chart.Cumulative([]chart.Month{
		{Label: "Apr", Forecast: 9.5e6, Goal: 1e7},
		{Label: "May", Forecast: math.NaN(), Goal: 2e7},
	}, chart.Text{})
	fmt.Println(err)
	// Output:
	// chart cumulative: forecast[1] (May) is NaN: must be a finite number
}
