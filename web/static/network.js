// Draws actors as nodes and events between them as edges: green for
// cooperation, red for conflict, width by count. Clicking an edge lists
// its events; clicking a node lists the actor's.
(function () {
  const el = document.getElementById("graph");
  if (!el || !window.cytoscape) return;
  fetch(el.dataset.edges).then(r => r.json()).then(data => {
    const edges = (data.items || []).slice(0, 300);
    const nodes = new Map();
    edges.forEach(e => {
      [e.source, e.target].forEach(c => nodes.set(c, (nodes.get(c) || 0) + e.events));
    });
    const max = Math.max(1, ...edges.map(e => e.events));
    const cy = cytoscape({
      container: el,
      elements: [
        ...Array.from(nodes, ([id, n]) => ({ data: { id, label: id, size: 20 + 30 * Math.sqrt(n / max) } })),
        ...edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, w: 1 + 6 * e.events / max,
          color: e.mean_goldstein >= 0 ? "#2e7d32" : "#c62828", events: e.events } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10, "background-color": "#1f5fae", color: "#1d2330" } },
        { selector: "edge", style: { width: "data(w)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.7 } },
      ],
      layout: { name: "cose", animate: false },
    });
    const params = new URLSearchParams(window.location.search);
    const keep = ["from", "to"].filter(k => params.get(k)).map(k => "&" + k + "=" + encodeURIComponent(params.get(k))).join("");
    cy.on("tap", "edge", ev => {
      const d = ev.target.data();
      window.location.href = "/events?source=" + encodeURIComponent(d.source) + "&target=" + encodeURIComponent(d.target) + keep;
    });
    cy.on("tap", "node", ev => { window.location.href = "/events?actor=" + encodeURIComponent(ev.target.id()) + keep; });
    el.dataset.ready = "true";
  });
})();
