"""The cooperation network and the timeline charts of :mod:`pipeline.summarize`.

Nodes are entities that take part in a cooperation, edges join every two
parties of one cooperation (weight: number of cooperations, with their kinds
and articles). ``network.html`` is one self-contained file: the layout is
computed here, the page only draws it on a canvas (pan, zoom, search, click an
entity for its cooperations and articles), so it stays responsive and opens
offline.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import pandas as pd

__all__ = ["cooperation_graph", "write_graph_files", "write_network_html", "write_timeline_charts"]


def cooperation_graph(t: dict[str, pd.DataFrame]):
    import networkx as nx

    g = nx.Graph()
    ents = {r["entity_id"]: r for r in t["entities"].to_dict("records")}
    kinds = {(r["article_id"], r["idx"]): r["kind"] for r in t["cooperations"][["article_id", "idx", "kind"]]
             .to_dict("records")}
    members: dict[tuple, set] = defaultdict(set)
    for aid, idx, ent in t["cooperation_parties"][["article_id", "cooperation_idx", "entity_id"]].itertuples(
            index=False):
        if isinstance(ent, str):
            members[(aid, idx)].add(ent)
    edges: dict[tuple[str, str], dict] = defaultdict(lambda: {"weight": 0, "kinds": Counter(), "articles": set()})
    for key, group in members.items():
        for e in group:
            if e not in g:
                g.add_node(e, **_node_attrs(e, ents.get(e)))
        for a, b in combinations(sorted(group), 2):
            edge = edges[(a, b)]
            edge["weight"] += 1
            edge["kinds"][kinds.get(key, "other")] += 1
            edge["articles"].add(key[0])
    for (a, b), d in edges.items():
        g.add_edge(a, b, weight=d["weight"], kinds=",".join(k for k, _ in d["kinds"].most_common()),
                   articles=" ".join(sorted(d["articles"])))
    return g


def _node_attrs(e: str, row: dict | None) -> dict:
    if row is None:
        return {"label": e, "kind": "", "type": "", "country": "", "cooperations": 0}
    return {"label": str(row["name"]), "kind": _s(row, "kind"), "type": _s(row, "type"),
            "country": _s(row, "country"), "cooperations": int(row["cooperations"])}


def _s(row: dict, col: str) -> str:
    v = row.get(col)
    return "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)


def write_graph_files(g, out: Path) -> dict[str, Path]:
    import networkx as nx

    paths = {"network.graphml": out / "network.graphml", "network.gexf": out / "network.gexf"}
    nx.write_graphml(g, paths["network.graphml"])
    nx.write_gexf(g, paths["network.gexf"])
    return paths


# ---------------------------------------------------------------- the HTML page

def _layout(g) -> dict[str, tuple[float, float]]:
    import networkx as nx

    if g.number_of_nodes() == 0:
        return {}
    pos = nx.spring_layout(g, seed=7, iterations=60, weight=None)
    return {n: (round(float(x), 4), round(float(y), 4)) for n, (x, y) in pos.items()}


def write_network_html(g, t: dict[str, pd.DataFrame], path: Path, *, max_nodes: int = 400) -> Path:
    """The network's most connected ``max_nodes`` entities as one offline page (GraphML/GEXF carry all)."""
    keep = sorted(g.nodes, key=lambda n: (-g.degree(n, weight="weight"), n))[:max_nodes]
    sub = g.subgraph(keep)
    pos = _layout(sub)
    nodes = [{"id": n, "label": d.get("label", n), "kind": d.get("kind", ""), "country": d.get("country", ""),
              "n": d.get("cooperations", 0), "x": pos[n][0], "y": pos[n][1]} for n, d in sub.nodes(data=True)]
    index = {n["id"]: i for i, n in enumerate(nodes)}
    edges = [[index[a], index[b], d["weight"], d["kinds"]] for a, b, d in sub.edges(data=True)]
    coops = _node_cooperations(t, set(index))
    data = {"nodes": nodes, "edges": edges, "coops": coops, "total_nodes": g.number_of_nodes(),
            "total_edges": g.number_of_edges()}
    page = _PAGE.replace("__DATA__", json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    path.write_text(page, encoding="utf-8")
    return path


def _node_cooperations(t: dict[str, pd.DataFrame], shown: set[str], per_node: int = 50) -> dict[str, list]:
    coops = {(r["article_id"], r["idx"]): r for r in t["cooperations"].to_dict("records")}
    out: dict[str, list] = defaultdict(list)
    for aid, idx, ent in t["cooperation_parties"][["article_id", "cooperation_idx", "entity_id"]].itertuples(
            index=False):
        if ent not in shown or len(out[ent]) >= per_node or (aid, idx) not in coops:
            continue
        co = coops[(aid, idx)]
        out[ent].append({"article": aid, "date": _str(co["date"]), "kind": co["kind"],
                         "parties": json.loads(co["parties"]), "title": _str(co["title"]), "url": _str(co["url"])})
    for lst in out.values():
        lst.sort(key=lambda r: (not r["date"], r["date"]))  # dated in order, undated after them
    return out


def _str(v) -> str:
    return "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)


_PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Cooperation network</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font:14px system-ui,sans-serif;display:flex;height:100vh}
#side{width:340px;overflow:auto;padding:10px;border-right:1px solid #ccc;box-sizing:border-box}
#main{flex:1;position:relative}canvas{width:100%;height:100%;display:block;cursor:grab}
input{width:100%;box-sizing:border-box;padding:4px}li{margin:4px 0}.k{color:#666;font-size:12px}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 8px;border-radius:5px}
canvas{touch-action:none}#zoom{position:absolute;top:8px;right:8px}#zoom button{width:32px;height:32px;font-size:18px}
@media (max-width:700px){body{flex-direction:column}
#side{width:auto;max-height:40vh;border-right:none;border-bottom:1px solid #ccc}#main{min-height:60vh}}
</style></head><body>
<div id="side"><h3>Cooperation network</h3><div id="stats" class="k"></div>
<input id="q" placeholder="search an entity"><div class="legend" id="legend"></div>
<div id="info"><p class="k">Click an entity to list its cooperations.</p></div></div>
<div id="main"><canvas id="c"></canvas><div id="zoom"><button data-f="1.25" title="zoom in">+</button>
<button data-f="0.8" title="zoom out">&minus;</button></div></div>
<script id="data" type="application/json">__DATA__</script>
<script>
(function(){
const D=JSON.parse(document.getElementById('data').textContent);
const COL={region:'#2b8a3e',country:'#1971c2',embassy:'#5f3dc4',organisation:'#e8590c',party:'#868e96'};
const cv=document.getElementById('c'),ctx=cv.getContext('2d');
let W=0,H=0,scale=1,ox=0,oy=0,sel=-1,hit=-1,query='';
const adj=D.nodes.map(()=>[]);D.edges.forEach(e=>{adj[e[0]].push(e[1]);adj[e[1]].push(e[0]);});
document.getElementById('stats').textContent=D.nodes.length+' of '+D.total_nodes+' entities, '+
  D.edges.length+' of '+D.total_edges+' links shown';
document.getElementById('legend').innerHTML=Object.entries(COL).map(([k,c])=>
  '<span style="background:'+c+'"></span>'+k).join('');
function size(){const r=cv.getBoundingClientRect();W=r.width;H=r.height;cv.width=W*devicePixelRatio;
  cv.height=H*devicePixelRatio;ctx.setTransform(devicePixelRatio,0,0,devicePixelRatio,0,0);draw();}
function px(n){return [W/2+(n.x*W*0.45)*scale+ox,H/2+(n.y*H*0.45)*scale+oy];}
function rad(n){return 3+Math.min(12,Math.sqrt(n.n||1)*2);}
function draw(){ctx.clearRect(0,0,W,H);const P=D.nodes.map(px);
  ctx.lineWidth=0.6;
  for(const e of D.edges){const on=sel>=0&&(e[0]===sel||e[1]===sel);
    ctx.strokeStyle=on?'rgba(200,30,30,0.8)':'rgba(120,120,120,0.25)';
    ctx.beginPath();ctx.moveTo(P[e[0]][0],P[e[0]][1]);ctx.lineTo(P[e[1]][0],P[e[1]][1]);ctx.stroke();}
  D.nodes.forEach((n,i)=>{const m=query&&n.label.toLowerCase().includes(query);
    ctx.fillStyle=COL[n.kind]||'#868e96';ctx.globalAlpha=(query&&!m)?0.2:1;
    ctx.beginPath();ctx.arc(P[i][0],P[i][1],rad(n),0,6.3);ctx.fill();
    if(i===sel||m||i===hit||(scale>2&&n.n>1)){ctx.fillStyle='#111';ctx.fillText(n.label,P[i][0]+rad(n)+2,P[i][1]+4);}
  });ctx.globalAlpha=1;}
function at(x,y){const P=D.nodes.map(px);let best=-1,bd=1e9;
  P.forEach((p,i)=>{const d=(p[0]-x)**2+(p[1]-y)**2;if(d<bd&&d<(rad(D.nodes[i])+4)**2){bd=d;best=i;}});return best;}
function esc(s){return String(s).replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));}
function show(i){sel=i;draw();const info=document.getElementById('info');if(i<0){info.innerHTML='';return;}
  const n=D.nodes[i],list=D.coops[n.id]||[];
  info.innerHTML='<h4>'+esc(n.label)+'</h4><div class="k">'+esc(n.id)+' · '+esc(n.kind)+
   (n.country?' · '+esc(n.country):'')+'</div><p>'+list.length+' cooperations; partners: '+
   adj[i].map(j=>esc(D.nodes[j].label)).join(', ')+'</p><ol>'+list.map(c=>'<li><b>'+esc(c.date||'?')+'</b> '+
   esc(c.kind)+': '+esc(c.parties.join(' – '))+'<br><span class="k">'+(c.url?'<a href="'+esc(c.url)+
   '" target="_blank">'+esc(c.title||c.article)+'</a>':esc(c.title||c.article))+'</span></li>').join('')+'</ol>';}
let drag=null;
cv.addEventListener('pointerdown',e=>{drag=[e.offsetX,e.offsetY,ox,oy,false];});
cv.addEventListener('pointermove',e=>{if(drag){const dx=e.offsetX-drag[0],dy=e.offsetY-drag[1];
  if(Math.abs(dx)+Math.abs(dy)>3)drag[4]=true;ox=drag[2]+dx;oy=drag[3]+dy;requestAnimationFrame(draw);}
  else{const h=at(e.offsetX,e.offsetY);if(h!==hit){hit=h;requestAnimationFrame(draw);}}});
cv.addEventListener('pointerup',e=>{if(drag&&!drag[4])show(at(e.offsetX,e.offsetY));drag=null;});
cv.addEventListener('pointercancel',()=>{drag=null;});
cv.addEventListener('wheel',e=>{e.preventDefault();const f=e.deltaY<0?1.2:1/1.2;
  const mx=e.offsetX-W/2-ox,my=e.offsetY-H/2-oy;ox-=mx*(f-1);oy-=my*(f-1);scale*=f;requestAnimationFrame(draw);},
  {passive:false});
// buttons for screens without a wheel (touch): zoom about the centre
document.querySelectorAll('#zoom button').forEach(b=>b.addEventListener('click',()=>{const f=+b.dataset.f;
  ox*=f;oy*=f;scale*=f;requestAnimationFrame(draw);}));
document.getElementById('q').addEventListener('input',e=>{query=e.target.value.trim().toLowerCase();draw();
  if(query){const i=D.nodes.findIndex(n=>n.label.toLowerCase().includes(query));if(i>=0)show(i);}});
window.addEventListener('resize',size);window.showEntity=id=>show(D.nodes.findIndex(n=>n.id===id));size();
})();
</script></body></html>
"""


# ---------------------------------------------------------------- timeline charts

def write_timeline_charts(tl: pd.DataFrame, out: Path) -> dict[str, Path]:
    """timeline.png and timeline.svg: cooperations per month, stacked by kind (needs matplotlib)."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        import logging
        logging.getLogger(__name__).warning("matplotlib not installed: no timeline charts "
                                            "(pip install -e '.[archive]')")
        return {}
    # one bar per month of the span; the width stops growing past a screen (decades of months stay legible)
    fig, ax = plt.subplots(figsize=(min(16, max(6, 0.25 * len(tl) + 3)), 4), dpi=120)
    if len(tl):
        kinds = [c for c in tl.columns if c != "month"]
        x = range(len(tl))
        bottom = None
        for kind in kinds:
            ax.bar(x, tl[kind], bottom=bottom, label=kind, width=0.9)
            bottom = tl[kind] if bottom is None else bottom + tl[kind]
        ax.legend(fontsize=8, ncols=2)
        step = _tick_step(len(tl))
        ax.set_xticks(range(0, len(tl), step), tl["month"].iloc[::step], rotation=60, ha="right", fontsize=7)
        ax.set_xlim(-0.6, len(tl) - 0.4)
    ax.set_ylabel("cooperations")
    ax.set_title("Cooperations per month and kind")
    fig.tight_layout()
    paths = {"timeline.png": out / "timeline.png", "timeline.svg": out / "timeline.svg"}
    for p in paths.values():
        fig.savefig(p)
    plt.close(fig)
    return paths


def _tick_step(months: int) -> int:
    """Months between labels: at most ~24 labels, on whole quarters or years when spread out."""
    raw = max(1, -(-months // 24))
    return next(step for step in (1, 2, 3, 6, 12, 24, 60, 120, raw) if step >= raw)
