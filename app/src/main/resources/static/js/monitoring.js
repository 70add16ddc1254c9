// Charts of the monitoring pages (ECharts from the WebJar); data comes in data-* attributes.
(function () {
  function nums(s) {
    return (s || '').split('|').map(function (v) { return v === '' ? null : Number(v); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('.spark').forEach(function (el) {
      var values = nums(el.dataset.values);
      var chart = echarts.init(el, null, {renderer: 'svg', width: 120, height: 28});
      var target = el.dataset.target === '' ? null : Number(el.dataset.target);
      chart.setOption({
        animation: false, grid: {left: 2, right: 2, top: 3, bottom: 3},
        xAxis: {type: 'category', show: false, data: values.map(function (v, i) { return i; })},
        yAxis: {type: 'value', show: false, scale: true},
        series: [{type: 'line', data: values, symbol: 'none', lineStyle: {width: 1.5, color: '#1f5fa8'},
          markLine: target === null ? undefined : {silent: true, symbol: 'none', label: {show: false},
            lineStyle: {color: '#b8282e', type: 'dashed', width: 1}, data: [{yAxis: target}]}}]
      });
    });
    var trend = document.getElementById('trend-chart');
    if (trend) {
      var years = trend.dataset.years.split('|');
      var targetYear = trend.dataset.targetYear;
      var allYears = years.slice();
      for (var y = Number(years[years.length - 1]) + 1; y <= Number(targetYear); y++) { allYears.push(String(y)); }
      var values = nums(trend.dataset.values);
      var expected = nums(trend.dataset.expected);
      var target = trend.dataset.target === '' ? null : Number(trend.dataset.target);
      var f = trend.dataset.forecast === '' ? null : Number(trend.dataset.forecast);
      var lo = trend.dataset.lower === '' ? null : Number(trend.dataset.lower);
      var hi = trend.dataset.upper === '' ? null : Number(trend.dataset.upper);
      var path = allYears.map(function (yy, i) { return i < expected.length ? expected[i] : target; });
      // the forecast made in the year shown: from that year's value to the target year
      var from = trend.dataset.year ? allYears.indexOf(trend.dataset.year) : values.length - 1;
      if (from < 0) { from = values.length - 1; }
      var fc = allYears.map(function (yy, i) {
        if (yy === targetYear) { return f; }
        return i === from ? values[from] : null;
      });
      var band = allYears.map(function (yy, i) {
        if (yy === targetYear && lo !== null) { return [lo, hi]; }
        return null;
      });
      var chart = echarts.init(trend, null, {renderer: 'svg'});
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'axis'},
        legend: {data: [trend.dataset.labelValue, trend.dataset.labelPath, trend.dataset.labelForecast]},
        grid: {left: 60, right: 30, top: 40, bottom: 30},
        xAxis: {type: 'category', data: allYears},
        yAxis: {type: 'value', scale: true},
        series: [
          {name: trend.dataset.labelValue, type: 'line', data: values, symbolSize: 7, lineStyle: {width: 3, color: '#1f5fa8'},
            itemStyle: {color: '#1f5fa8'}},
          {name: trend.dataset.labelPath, type: 'line', data: path, symbol: 'none', lineStyle: {type: 'dashed', color: '#b8282e'}},
          {name: trend.dataset.labelForecast, type: 'line', data: fc, connectNulls: true, lineStyle: {type: 'dotted', color: '#e08a00'},
            itemStyle: {color: '#e08a00'}},
          {type: 'custom', name: 'interval', silent: true, data: band.map(function (b, i) { return b ? [i, b[0], b[1]] : null; })
              .filter(function (b) { return b; }),
            renderItem: function (params, api) {
              var x = api.coord([api.value(0), api.value(1)]);
              var y2 = api.coord([api.value(0), api.value(2)]);
              return {type: 'rect', shape: {x: x[0] - 8, y: y2[1], width: 16, height: x[1] - y2[1]},
                style: {fill: 'rgba(224,138,0,0.25)'}};
            }}
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    }
  });
})();
