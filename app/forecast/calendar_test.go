package forecast_test

import (
	"sync"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
)

func TestBusinessDays(t *testing.T) {
	tests := []struct {
		name  string
		year  int
		month time.Month
		want  int
	}{
		{"October 2015, Sports Day", 2015, time.October, 21},
		{"May 2015, Golden Week with a substitute day", 2015, time.May, 18},
		{"September 2015, Silver Week", 2015, time.September, 19},
		{"January 2026, New Year, Jan 2 off and Coming of Age", 2026, time.January, 19},
		{"December 2026, Dec 29 to 31 off", 2026, time.December, 20},
		{"January 2027, the days off on a weekend", 2027, time.January, 19},
		{"December 2027, Dec 29 to 31 off, Dec 27-28 worked", 2027, time.December, 20},
		{"February 2026, two holidays on weekdays", 2026, time.February, 18},
		{"June 2026, no holiday", 2026, time.June, 22},
		{"November 2026, Culture Day and Labour Thanksgiving (Monday)", 2026, time.November, 19},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := forecast.BusinessDays("jp", tt.year, tt.month)
			if err != nil || got != tt.want {
				t.Errorf("BusinessDays(jp, %d, %v) = %d, %v; want %d", tt.year, tt.month, got, err, tt.want)
			}
		})
	}
	for _, bad := range []struct {
		country string
		year    int
		month   time.Month
	}{{"us", 2026, 1}, {"jp", 1970, 1}, {"jp", 2100, 1}, {"jp", 2026, 13}} {
		if _, err := forecast.BusinessDays(bad.country, bad.year, bad.month); err == nil {
			t.Errorf("BusinessDays(%q, %d, %d) did not fail", bad.country, bad.year, bad.month)
		}
	}
}

// The holiday library is not safe for concurrent use; BusinessDays is.
func TestBusinessDaysConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for y := 2000; y < 2016; y++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := time.January; m <= time.December; m++ {
				if d, err := forecast.BusinessDays("JP", y, m); err != nil || d < 15 || d > 23 {
					t.Errorf("%d-%02d: %d, %v", y, m, d, err)
				}
			}
		}()
	}
	wg.Wait()
}

func TestRamp(t *testing.T) {
	tests := []struct {
		name    string
		k, ramp int
		want    float64
	}{
		{"before joining", -1, 3, 0},
		{"joining month of a 3-month ramp", 0, 3, 1.0 / 3},
		{"second month", 1, 3, 2.0 / 3},
		{"full in the third", 2, 3, 1},
		{"and after", 10, 3, 1},
		{"no ramp", 0, 0, 1},
		{"one-month ramp", 0, 1, 1},
		{"4-month ramp", 1, 4, 0.5},
	}
	for _, tt := range tests {
		if got := forecast.Ramp(tt.k, tt.ramp); got != tt.want {
			t.Errorf("%s: Ramp(%d, %d) = %v, want %v", tt.name, tt.k, tt.ramp, got, tt.want)
		}
	}
}

// The capacity example: 7 ramped reps at 85 % and 3 ramping at 40 %
// of a 150,000 quota give 1,072,500.
func TestCapacity(t *testing.T) {
	got := forecast.Capacity(150_000, forecast.Cohort{Reps: 7, Productivity: 0.85}, forecast.Cohort{Reps: 3, Productivity: 0.40})
	if got != 1_072_500 {
		t.Errorf("Capacity = %v, want 1072500", got)
	}
	if got := forecast.Capacity(150_000); got != 0 {
		t.Errorf("Capacity of no one = %v", got)
	}
}
