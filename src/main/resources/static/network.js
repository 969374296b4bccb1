// The network page's force-directed drawing: data and labels come inline from the page
// (network, labels, palette); the tables below the chart carry the same data without script.
(function () {
  const element = document.getElementById('network-chart');
  if (!element || !network || typeof echarts === 'undefined') {
    return;
  }
  const chart = echarts.init(element);
  const categories = [];
  for (let c = 0; c < network.communities; c++) {
    categories.push({ name: labels.community.replace('{0}', c) });
  }
  const nodes = network.nodes.map(function (n) {
    const node = {
      id: n.id, name: n.name, value: n.value, symbolSize: n.symbolSize, category: n.category,
      community: n.category, bridge: n.bridge
    };
    if (n.bridge) {
      node.symbol = 'diamond';
      node.itemStyle = { borderColor: '#111', borderWidth: 3 };
      node.label = { show: true, fontWeight: 'bold' };
    }
    return node;
  });
  const links = network.links.map(function (l) {
    return { source: l.source, target: l.target, value: l.value, lineStyle: { width: Math.min(6, 0.5 + l.value / 2) } };
  });
  network.underConnected.forEach(function (p) {
    links.push({
      source: p.source, target: p.target, value: 0, ratio: p.ratio, ignoreForceLayout: true, under: true,
      lineStyle: { type: 'dashed', color: '#b00020', width: 1.5, opacity: 0.9 }
    });
  });
  const digits = function (v) {
    return (typeof v === 'number') ? (Math.round(v * 10000) / 10000).toLocaleString(document.documentElement.lang) : v;
  };
  chart.setOption({
    color: palette,
    tooltip: {
      formatter: function (p) {
        const esc = echarts.format.encodeHTML;
        if (p.dataType === 'node') {
          return esc(p.data.name) + '<br>' + esc(labels.community.replace('{0}', p.data.community)) + '<br>'
            + esc(labels.measure) + ': ' + digits(p.data.value) + (p.data.bridge ? '<br>◆ ' + esc(labels.bridge) : '');
        }
        const names = function (id) {
          const n = network.nodes.find(function (x) { return x.id === id; });
          return n ? n.name : id;
        };
        const pair = esc(names(p.data.source)) + ' – ' + esc(names(p.data.target));
        return p.data.under ? pair + '<br>' + esc(labels.ratio) + ': ' + digits(p.data.ratio) : pair + ': ' + digits(p.data.value);
      }
    },
    legend: [{ type: 'scroll', bottom: 0, data: categories.map(function (c) { return c.name; }) }],
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      data: nodes,
      links: links,
      categories: categories,
      label: { show: nodes.length <= 40, position: 'right', fontSize: 11 },
      labelLayout: { hideOverlap: true },
      emphasis: { focus: 'adjacency', label: { show: true } },
      lineStyle: { color: '#9aa5b1', opacity: 0.45 },
      force: { repulsion: nodes.length > 40 ? 90 : 120, gravity: 0.2, edgeLength: nodes.length > 40 ? [30, 90] : [40, 140], layoutAnimation: false }
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
  element.dataset.rendered = 'true';
})();
