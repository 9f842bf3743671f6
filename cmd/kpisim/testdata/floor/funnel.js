// The funnel floor's script (funnel.html): the page's policy, as kpisim's
// server sends it, allows no inline script.
"use strict";
const goal = 100e6, price = 1e6, meetingToOpp = 0.2, callToMeeting = 0.02, reps = 10, days = 240, weeks = 52;
const nodes = ["calls", "first_meetings", "opportunities", "deals"];
const periods = { year: 1, quarter: 4, month: 12, week: weeks, day: days, rep_month: 12 * reps, rep_day: days * reps };
const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const body = document.getElementById("figures");
const cells = {};
for (const n of nodes) {
  const tr = body.insertRow();
  tr.insertCell().textContent = n;
  for (const p in periods) {
    const td = tr.insertCell();
    td.dataset.node = n;
    td.dataset.period = p;
    cells[n + "/" + p] = td;
  }
}
const forecast = document.querySelector('[data-node="forecast"]');
const slider = document.querySelector('[data-floor="close_rate"]');
function update() {
  const close = Number(slider.value) / 100;
  const deals = Math.ceil(goal / price);
  const opps = deals / close, meetings = opps / meetingToOpp, calls = meetings / callToMeeting;
  const year = { calls, first_meetings: meetings, opportunities: opps, deals };
  for (const n of nodes) {
    for (const p in periods) {
      const td = cells[n + "/" + p], v = year[n] / periods[p];
      td.dataset.value = String(v);
      td.textContent = fmt.format(v);
    }
  }
  forecast.dataset.value = String(deals * price);
  forecast.textContent = "¥" + fmt.format(deals * price);
}
slider.addEventListener("input", update);
update();
document.body.setAttribute("data-ready", "true");
