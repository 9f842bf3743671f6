module github.com/kpisim/kpisim

go 1.26.0

require (
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	github.com/coder/websocket v1.8.15
	github.com/go-echarts/go-echarts/v2 v2.7.2
	github.com/mattn/go-runewidth v0.0.31
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/rickar/cal/v2 v2.1.13
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/tools v0.52.0
)

require rsc.io/qr v0.2.0

require golang.org/x/text v0.44.0

require (
	github.com/rivo/uniseg v0.4.7
	golang.org/x/term v0.48.0
)

require golang.org/x/sys v0.50.0 // indirect

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/clipperhouse/uax29/v2 v2.2.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/google/uuid v1.6.0 // indirect
)

replace github.com/maxence-charriere/go-app/v10 => ./third_party/go-app

replace github.com/go-echarts/go-echarts/v2 => ./third_party/go-echarts

replace go.yaml.in/yaml/v3 => ./third_party/yaml
