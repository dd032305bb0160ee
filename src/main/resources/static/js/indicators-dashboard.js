// The leader's dashboard: draws the charts from the JSON in #fz-charts[data-charts]; every bar and point
// links to the records behind it. Charts resize with the window, so they work on a phone.
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var holder = document.getElementById('fz-charts');
    if (!holder || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(holder.getAttribute('data-charts'));
    var L = data.labels;
    var charts = [];
    function draw(name, option, items) {
      var el = holder.querySelector('[data-chart="' + name + '"]');
      if (!el) { return; }
      el.style.height = '300px';
      el.style.width = '100%';
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      chart.on('click', function (p) {
        var item = items[p.dataIndex];
        if (item && item.link) { window.location.href = item.link; }
      });
      charts.push(chart);
    }
    var grid = { left: 8, right: 16, top: 24, bottom: 8, containLabel: true };
    draw('indicators', {
      tooltip: { trigger: 'axis' }, grid: grid, legend: { data: [L.value, L.target] },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: data.indicators.map(function (i) { return i.name; }),
        axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { name: L.value, type: 'bar', data: data.indicators.map(function (i) {
          return { value: i.value, itemStyle: { color: i.met ? '#198754' : '#dc3545' } };
        }) },
        { name: L.target, type: 'scatter', symbol: 'rect', symbolSize: [3, 16],
          data: data.indicators.map(function (i) { return i.target; }), itemStyle: { color: '#212529' } }
      ]
    }, data.indicators);
    draw('units', {
      tooltip: { trigger: 'axis' }, grid: grid, xAxis: { type: 'category', axisLabel: { rotate: 30 },
        data: data.units.map(function (u) { return u.name; }) }, yAxis: { type: 'value', name: L.points },
      series: [{ name: L.points, type: 'bar', data: data.units.map(function (u) { return u.value; }),
        itemStyle: { color: '#b02a37' } }]
    }, data.units);
    draw('trend', {
      tooltip: { trigger: 'axis' }, grid: grid, xAxis: { type: 'category', data: data.trend.map(function (t) { return t.year; }) },
      yAxis: { type: 'value', name: L.points },
      series: [{ name: L.points, type: 'line', data: data.trend.map(function (t) { return t.value; }) }]
    }, data.trend);
    draw('overdue', {
      tooltip: { trigger: 'axis' }, grid: grid, xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.overdue.map(function (o) { return o.name; }),
        axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ name: L.overdue, type: 'bar', data: data.overdue.map(function (o) { return o.value; }),
        itemStyle: { color: '#dc3545' } }]
    }, data.overdue);
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  });
}());
