// Actor page charts: a timeline (bars per day) and the event network.
// Uses plotly.js when the installed plotly package serves it; else draws a small SVG.
(function () {
  "use strict";
  var el = document.getElementById("chart-data");
  if (!el) return;
  var data = JSON.parse(el.textContent);
  var SVG = "http://www.w3.org/2000/svg";

  function svgEl(name, attrs) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function actorHref(id) { return "/actors/" + encodeURIComponent(id).replace(/%3A/gi, ":"); }

  function timeline(box) {
    var pts = data.timeline.points;
    if (!pts.length) { box.textContent = "Нет датированных упоминаний."; return; }
    var x = pts.map(function (p) { return p.date; });
    if (window.Plotly) {
      var traces = [
        { x: x, y: pts.map(function (p) { return p.mentions; }), name: "упоминания", type: "bar", marker: { color: "#0b5cad" } },
        { x: x, y: pts.map(function (p) { return p.events; }), name: "события", type: "bar", marker: { color: "#1e7a3c" } },
        { x: x, y: pts.map(function (p) { return p.quotes; }), name: "цитаты", type: "bar", marker: { color: "#a07a00" } }
      ];
      window.Plotly.newPlot(box, traces, {
        barmode: "group", margin: { l: 40, r: 10, t: 10, b: 40 }, legend: { orientation: "h" },
        xaxis: { type: "date" }, yaxis: { title: { text: "в день" }, rangemode: "tozero" }
      }, { responsive: true, displaylogo: false, locale: "ru" });
      box.dataset.rendered = "plotly";
      return;
    }
    var w = 600, h = 220, max = 1;
    pts.forEach(function (p) { max = Math.max(max, p.mentions, p.events, p.quotes); });
    var svg = svgEl("svg", { viewBox: "0 0 " + w + " " + h, width: "100%" });
    var bw = (w - 40) / pts.length;
    pts.forEach(function (p, i) {
      [["mentions", "#0b5cad"], ["events", "#1e7a3c"], ["quotes", "#a07a00"]].forEach(function (s, j) {
        var v = p[s[0]], bh = (h - 40) * v / max;
        var r = svgEl("rect", { x: 30 + i * bw + j * bw / 3, y: h - 20 - bh, width: Math.max(1, bw / 3 - 1), height: bh, fill: s[1] });
        var t = svgEl("title"); t.textContent = p.date + ": " + v; r.appendChild(t); svg.appendChild(r);
      });
    });
    box.appendChild(svg);
    box.dataset.rendered = "svg";
  }

  function layout(nodes, edges, center) {
    // A small deterministic force layout (Fruchterman–Reingold), the actor pinned in the middle.
    var pos = {}, others = nodes.filter(function (n) { return n.id !== center; });
    pos[center] = [0, 0];
    others.forEach(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(1, others.length);
      pos[n.id] = [Math.cos(a), Math.sin(a)];
    });
    var k = 1.6 / Math.sqrt(Math.max(1, nodes.length)), temp = 0.2, GRAVITY = 0.6;
    for (var it = 0; it < 150; it++) {
      var disp = {};
      nodes.forEach(function (n) { disp[n.id] = [0, 0]; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = pos[nodes[i].id], b = pos[nodes[j].id];
          var dx = a[0] - b[0], dy = a[1] - b[1], d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
          var f = k * k / d;
          disp[nodes[i].id][0] += dx / d * f; disp[nodes[i].id][1] += dy / d * f;
          disp[nodes[j].id][0] -= dx / d * f; disp[nodes[j].id][1] -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var a = pos[e.source], b = pos[e.target];
        if (!a || !b) return;
        var dx = a[0] - b[0], dy = a[1] - b[1], d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
        var f = d * d / k;
        disp[e.source][0] -= dx / d * f; disp[e.source][1] -= dy / d * f;
        disp[e.target][0] += dx / d * f; disp[e.target][1] += dy / d * f;
      });
      // Gravity towards the actor: a group tied to the rest by one long edge (or by none) is
      // held near instead of drifting off and squeezing everything else into the middle.
      nodes.forEach(function (n) {
        if (n.id === center) return;
        var p = pos[n.id];
        disp[n.id][0] -= GRAVITY * p[0]; disp[n.id][1] -= GRAVITY * p[1];
      });
      nodes.forEach(function (n) {
        if (n.id === center) return;
        var d = disp[n.id], len = Math.max(0.01, Math.sqrt(d[0] * d[0] + d[1] * d[1]));
        pos[n.id][0] += d[0] / len * Math.min(len, temp);
        pos[n.id][1] += d[1] / len * Math.min(len, temp);
      });
      temp *= 0.97;
    }
    // Scale so that 90% of the nodes fall within radius 1.3 (not the farthest one: a single
    // outlier would shrink the rest into a pile), and bring the few beyond to the rim (1.45).
    var radii = others.map(function (n) { return Math.sqrt(pos[n.id][0] * pos[n.id][0] + pos[n.id][1] * pos[n.id][1]); });
    radii.sort(function (a, b) { return a - b; });
    var r90 = Math.max(0.01, radii.length ? radii[Math.min(radii.length - 1, Math.floor(0.9 * radii.length))] : 1);
    nodes.forEach(function (n) {
      var x = pos[n.id][0] / r90 * 1.3, y = pos[n.id][1] / r90 * 1.3, r = Math.sqrt(x * x + y * y);
      if (r > 1.45) { x = x / r * 1.45; y = y / r * 1.45; }
      pos[n.id] = [x, y];
    });
    return pos;
  }

  function network(box) {
    var net = data.network;
    if (net.nodes.length < 2) { box.textContent = "Нет событий с другими акторами."; box.style.minHeight = "0"; return; }
    var pos = layout(net.nodes, net.edges, net.center);
    if (window.Plotly) {
      var ex = [], ey = [], mx = [], my = [], mt = [];
      net.edges.forEach(function (e) {
        var a = pos[e.source], b = pos[e.target];
        if (!a || !b) return;
        ex.push(a[0], b[0], null); ey.push(a[1], b[1], null);
        mx.push(a[0] + (b[0] - a[0]) * 0.6); my.push(a[1] + (b[1] - a[1]) * 0.6);
        mt.push(e.types.join(", ") + " ×" + e.weight);
      });
      var nodes = {
        x: net.nodes.map(function (n) { return pos[n.id][0]; }), y: net.nodes.map(function (n) { return pos[n.id][1]; }),
        text: net.nodes.map(function (n) { return n.name; }), customdata: net.nodes.map(function (n) { return n.linked === false ? null : n.id; }),
        mode: "markers+text", textposition: "top center", type: "scatter", hoverinfo: "text",
        marker: { size: net.nodes.map(function (n) { return 12 + Math.min(24, 3 * n.weight); }),
                  color: net.nodes.map(function (n) { return n.id === net.center ? "#c0392b" : "#0b5cad"; }) }
      };
      var traces = [
        { x: ex, y: ey, mode: "lines", type: "scatter", hoverinfo: "skip", line: { color: "#8792a2", width: 1.5 } },
        { x: mx, y: my, mode: "markers", type: "scatter", text: mt, hoverinfo: "text", marker: { symbol: "triangle-right", size: 9, color: "#1e7a3c" } },
        nodes
      ];
      window.Plotly.newPlot(box, traces, {
        showlegend: false, margin: { l: 10, r: 10, t: 10, b: 10 }, hovermode: "closest",
        xaxis: { visible: false, range: [-1.75, 1.75], fixedrange: true }, yaxis: { visible: false, range: [-1.55, 1.7], fixedrange: true }
      }, { responsive: true, displaylogo: false });
      box.on("plotly_click", function (ev) {
        var p = ev.points && ev.points[0];
        if (p && p.customdata) window.location.href = actorHref(p.customdata);
      });
      box.dataset.rendered = "plotly";
      return;
    }
    var svg = svgEl("svg", { viewBox: "-1.7 -1.6 3.4 3.2", width: "100%", height: "320" });
    net.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (a && b) svg.appendChild(svgEl("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: "#8792a2", "stroke-width": 0.01 }));
    });
    net.nodes.forEach(function (n) {
      var link = n.linked === false ? svgEl("g", {}) : svgEl("a", { href: actorHref(n.id) });
      link.appendChild(svgEl("circle", { cx: pos[n.id][0], cy: pos[n.id][1], r: 0.06, fill: n.id === net.center ? "#c0392b" : "#0b5cad" }));
      var t = svgEl("text", { x: pos[n.id][0], y: pos[n.id][1] - 0.09, "font-size": 0.09, "text-anchor": "middle" });
      t.textContent = n.name; link.appendChild(t); svg.appendChild(link);
    });
    box.appendChild(svg);
    box.dataset.rendered = "svg";
  }

  var t = document.getElementById("timeline-chart"), n = document.getElementById("network-chart");
  if (t) timeline(t);
  if (n) network(n);
})();
