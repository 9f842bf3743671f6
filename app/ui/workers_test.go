package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// What the workers draw, joined in the page, is the run the page would
// draw itself, for every preset: the scenario goes to the workers in its
// JSON form, the streams come back as bytes, in any order, from any worker.
func TestWorkerStreamsJoin(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ps {
		t.Run(s.ID, func(t *testing.T) {
			s.Forecast.Trials = 2000
			m, err := s.Model()
			if err != nil {
				t.Fatal(err)
			}
			want, err := forecast.Run(m, s.Forecast)
			if err != nil {
				t.Fatal(err)
			}
			js, err := scenario.EncodeJSON(s)
			if err != nil {
				t.Fatal(err)
			}
			page, err := forecast.NewRunner(m, s.Forecast, nil)
			if err != nil {
				t.Fatal(err)
			}
			var workers [2]streamRunner
			for k, i := range []int{5, 0, 7, 1, 6, 2, 4, 3} {
				b, err := workers[k%2].draw(string(js), i)
				if err != nil {
					t.Fatal(err)
				}
				if err := page.SetStreamBytes(i, b); err != nil {
					t.Fatal(err)
				}
			}
			if got := page.Result(); !reflect.DeepEqual(got, want) {
				t.Errorf("joined: P(goal) %v, month 1 %+v\nwant: P(goal) %v, month 1 %+v",
					got.ProbGoal, got.Months[0], want.ProbGoal, want.Months[0])
			}
		})
	}
}

func TestWorkerErrors(t *testing.T) {
	var w streamRunner
	for _, tc := range []struct {
		name, json string
		stream     int
		want       string
	}{
		{"no such stream", "{}", forecast.Streams, "no stream 8: a run has 8"},
		{"negative stream", "{}", -1, "no stream -1"},
		{"not a scenario", `{"nodes": 3}`, 0, "nodes"},
		{"not JSON", `{`, 0, "ends too early"},
	} {
		if _, err := w.draw(tc.json, tc.stream); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

// A worker draws its requests in the order they came, and a request of
// another run drops those of the run before, not yet drawn.
func TestWorkQueue(t *testing.T) {
	req := func(gen, stream int) request { return request{gen: gen, stream: stream} }
	for _, tc := range []struct {
		name string
		add  []request
		want []request
	}{
		{"one run, in order", []request{req(1, 0), req(1, 2), req(1, 4)}, []request{req(1, 0), req(1, 2), req(1, 4)}},
		{"the next run drops the last", []request{req(1, 0), req(1, 2), req(2, 1), req(2, 3)}, []request{req(2, 1), req(2, 3)}},
		{"back to an earlier generation", []request{req(3, 0), req(2, 5)}, []request{req(2, 5)}},
		{"nothing asked", nil, nil},
	} {
		var q workQueue
		for _, r := range tc.add {
			q.add(r)
		}
		var got []request
		for {
			r, ok := q.next()
			if !ok {
				break
			}
			got = append(got, r)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: drew %v, want %v", tc.name, got, tc.want)
		}
	}
	// What is drawn is gone: the next run's requests are kept whole.
	var q workQueue
	q.add(req(1, 0))
	q.next()
	q.add(req(2, 0))
	q.add(req(2, 1))
	if q.len() != 2 {
		t.Errorf("after a drawn request of the run before, %d queued, want 2", q.len())
	}
}

// A run's streams join once each, and the run is complete when every
// stream is in, not after as many messages: a run started again for the
// same change had its streams joined with the dropped run's, a stream
// twice and another never, and a result of fewer trials showed.
func TestJobJoinsEachStreamOnce(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ps.Get("outbound")
	s.Forecast.Trials = 800
	m, err := s.Model()
	if err != nil {
		t.Fatal(err)
	}
	js, err := scenario.EncodeJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	r, err := forecast.NewRunner(m, s.Forecast, nil)
	if err != nil {
		t.Fatal(err)
	}
	j := &job{r: r, left: forecast.Streams}
	var w streamRunner
	joins := 0
	for _, i := range []int{0, 1, 1, 0, 2, 3, 4, 5, 6, 7} { // 0 and 1 twice: the dropped run's
		b, err := w.draw(string(js), i)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := j.join(i, b)
		if err != nil {
			t.Fatal(err)
		}
		if fresh {
			joins++
		}
	}
	if joins != forecast.Streams {
		t.Errorf("%d streams joined, want %d", joins, forecast.Streams)
	}
	if got := r.Result().Trials; got != 800 {
		t.Errorf("the run's result has %d trials, want 800", got)
	}
}
