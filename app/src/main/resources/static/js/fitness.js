// Fitness pages: the districts' good-or-excellent rates, a school's distribution of totals and
// its rates year by year (ECharts, from the WebJar). Data come in data-* attributes.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  function split(s) { return (s || '').split('|'); }
  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    var chart = echarts.init(el, null, {renderer: 'svg'});
    chart.setOption(option(el));
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  }
  draw('fitness-districts', function (el) {
    var city = parseFloat(el.dataset.city);
    return {
      grid: {left: 50, right: 60, top: 30, bottom: 60},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v.toFixed(1) + '%'; }},
      xAxis: {type: 'category', data: split(el.dataset.names), axisLabel: {interval: 0, rotate: 30}},
      yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
      series: [{name: el.dataset.label, type: 'bar', itemStyle: {color: '#1f5fa8'},
        data: split(el.dataset.values).map(function (v) { return v === '' ? null : Number(v); }),
        markLine: isNaN(city) ? undefined : {symbol: 'none', data: [{yAxis: city}], label: {formatter: city.toFixed(1) + '%'},
          lineStyle: {color: '#c0392b', type: 'dashed'}}}]
    };
  });
  draw('fitness-map', function (el) {
    var names = split(el.dataset.names);
    var values = split(el.dataset.values);
    var data = names.map(function (n, i) { return {name: n, value: values[i] === '' ? null : Number(values[i])}; });
    var known = data.filter(function (d) { return d.value != null; }).map(function (d) { return d.value; });
    return {
      tooltip: {trigger: 'item', formatter: function (p) { return p.name + '<br>' + el.dataset.label + ' '
          + (p.value == null || isNaN(p.value) ? '—' : p.value.toFixed(1) + '%'); }},
      visualMap: {min: Math.floor(Math.min.apply(null, known)), max: Math.ceil(Math.max.apply(null, known)),
        calculable: true, left: 10, bottom: 10, text: ['%', ''], inRange: {color: ['#f3d9d2', '#9ec3e6', '#1f5fa8']}},
      series: [{name: el.dataset.label, type: 'map', map: el.dataset.map, roam: false, data: data,
        label: {show: true, fontSize: 10}, emphasis: {label: {show: true}}}]
    };
  });
  draw('fitness-totals', function (el) {
    return {
      grid: {left: 50, right: 20, top: 20, bottom: 40},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: ['0–', '10–', '20–', '30–', '40–', '50–', '60–', '70–', '80–', '90–', '100–', '110–']},
      yAxis: {type: 'value'},
      series: [{name: el.dataset.label, type: 'bar', data: split(el.dataset.values).map(Number),
        itemStyle: {color: function (p) { return p.dataIndex < 6 ? '#c0392b' : p.dataIndex < 8 ? '#e0a030' : p.dataIndex < 9 ? '#2e8b57' : '#1f5fa8'; }}}]
    };
  });
  draw('fitness-trend', function (el) {
    return {
      grid: {left: 50, right: 20, top: 30, bottom: 30},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v.toFixed(1) + '%'; }},
      legend: {top: 0},
      xAxis: {type: 'category', data: split(el.dataset.years)},
      yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
      series: [
        {name: el.dataset.goodLabel, type: 'line', data: split(el.dataset.good).map(Number), itemStyle: {color: '#1f5fa8'}},
        {name: el.dataset.passLabel, type: 'line', data: split(el.dataset.pass).map(Number), itemStyle: {color: '#2e8b57'}}]
    };
  });
});
