// Package ui is kpisim's page: go-app components over a pure view model.
//
// Model holds the session (the scenario being edited, the language, what
// the user typed) and View turns it into everything the page shows, as plain
// strings and numbers. Model and View know nothing of the browser and are
// tested natively; the components (Page, Lever, Chart) only render a View
// and forward events, so a slider move costs one solve, one View and a diff
// of the components whose fields changed.
//
// The page keeps a stable interface for tests: lever fields carry
// data-lever, figures carry data-node, data-period and data-value (the exact
// number), the scenario selector is data-control="scenario", and <body>
// gets data-ready="true" once the app has mounted and drawn the charts on
// screen, then data-drawn="true" once every chart is drawn, those below
// the fold too (Page.markReady), and data-workers="ready" once the Monte
// Carlo workers have loaded ("off" where they cannot run).
package ui
