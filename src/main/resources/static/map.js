// The map page's chart: province outlines, cities coloured and sized by the chosen measure, cooperation ties as arcs.
// The same data is in the table under the chart; the filters are a plain GET form, this only draws.
(function () {
  for (const id of ['from', 'to']) {
    const input = document.getElementById(id);
    const output = document.getElementById(id + '-value');
    if (input && output) {
      input.addEventListener('input', () => { output.textContent = input.value; });
    }
  }
  const element = document.getElementById('map-chart');
  if (!element || typeof echarts === 'undefined' || !mapData) {
    return;
  }
  const chart = echarts.init(element);
  // ECharts renders a formatter's string as HTML: names and labels go in as text
  const esc = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const span = (mapData.max - mapData.min) || 1;
  const size = (v) => (v === null ? 6 : 7 + 11 * (v - mapData.min) / span);
  const valued = mapData.points.filter((p) => p.value !== null);
  const unvalued = mapData.points.filter((p) => p.value === null);
  const item = (p) => ({ name: p.name, code: p.code, label: p.label, year: p.year, value: [p.lon, p.lat, p.value] });
  const maxWeight = Math.max(1, ...mapData.links.map((l) => l.weight));
  fetch(element.dataset.geo)
    .then((response) => response.json())
    .then((geo) => {
      echarts.registerMap('china', geo);
      chart.setOption({
        aria: { enabled: true },
        tooltip: {
          trigger: 'item',
          formatter: (p) => p.seriesType === 'lines'
            ? esc(p.data.names) + ': ' + esc(p.data.weight) + ' ' + esc(mapText.ties)
            : esc(p.name) + ': ' + (p.data.label ? esc(p.data.label) + ' (' + esc(p.data.year) + ')' : esc(mapText.noValue))
        },
        geo: {
          map: 'china', roam: true, center: [117.5, 31.5], zoom: 4.2,
          itemStyle: { areaColor: '#f3f5f7', borderColor: '#9aa5b1' },
          emphasis: { disabled: true }
        },
        visualMap: {
          type: 'continuous', min: mapData.min, max: mapData.max, seriesIndex: 0, dimension: 2,
          calculable: false, left: 8, bottom: 8,
          text: [mapText.high + ': ' + mapData.maxLabel, mapText.low + ': ' + mapData.minLabel],
          inRange: { color: ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] }
        },
        series: [
          {
            type: 'scatter', coordinateSystem: 'geo', data: valued.map(item), z: 3,
            symbolSize: (value) => size(value[2]), itemStyle: { borderColor: '#1d2733', borderWidth: 1 }, cursor: 'pointer'
          },
          {
            type: 'scatter', coordinateSystem: 'geo', data: unvalued.map(item), z: 2, symbol: 'emptyCircle',
            symbolSize: 6, itemStyle: { color: '#8a949e' }, cursor: 'pointer'
          },
          {
            type: 'lines', coordinateSystem: 'geo', z: 1, silent: false,
            lineStyle: { color: '#0b6e69', curveness: 0.2 },
            data: mapData.links.map((l) => ({
              coords: [l.from, l.to], names: l.names, weight: l.weight,
              lineStyle: { width: 0.5 + 3.5 * l.weight / maxWeight, opacity: 0.08 + 0.6 * l.weight / maxWeight }
            }))
          }
        ]
      });
      chart.on('click', (p) => {
        if (p.seriesType === 'scatter' && p.data && p.data.code) {
          window.location.href = element.dataset.regionBase + p.data.code;
        }
      });
      element.dataset.ready = 'true';
      window.corridorMap = chart;
    });
  window.addEventListener('resize', () => chart.resize());
})();
