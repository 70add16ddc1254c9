// Learners by district on the public home page (ECharts, from the WebJar).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('district-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var names = (el.dataset.names || '').split('|');
  var values = (el.dataset.values || '').split('|').map(Number);
  var chart = echarts.init(el, null, {renderer: 'svg'});
  chart.setOption({
    grid: {left: 70, right: 20, top: 20, bottom: 60},
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'category', data: names, axisLabel: {interval: 0, rotate: 30}},
    yAxis: {type: 'value'},
    series: [{name: el.dataset.label, type: 'bar', data: values, itemStyle: {color: '#1f5fa8'}}]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
