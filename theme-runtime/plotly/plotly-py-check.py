"""Loads Design Kit's plotly templates into the plotly.py on this machine, as a Dash or
plotly.py user would, and reports what it made of them (one JSON line on stdout).

Usage: plotly-py-check.py TEMPLATE.json...

For each template: every property this plotly.py rejects when loading it strictly
(`go.layout.Template(t)`), as a dotted path; then whether it loads with `skip_invalid=True`
and draws a figure that carries the template's colorway and fonts.
"""
import copy
import json
import re
import sys

import plotly
import plotly.graph_objects as go

REJECTED = re.compile(r"Invalid property specified for object of type plotly\.graph_objs\.([\w.]+): '(\w+)'")


def rejected_paths(template):
    """Every property plotly.py rejects: load, drop the one it names, load again."""
    left = copy.deepcopy(template)
    found = []
    while True:
        try:
            go.layout.Template(left)
            return found
        except ValueError as error:
            match = REJECTED.search(str(error))
            if match is None:
                raise
            owner = [part.lower() for part in match.group(1).split(".")]
            if owner[0] != "layout":
                raise
            node = left
            for key in owner:
                node = node[key]
            del node[match.group(2)]
            found.append(".".join(owner + [match.group(2)]))


def drawn(template):
    tpl = go.layout.Template(template, skip_invalid=True)
    fig = go.Figure(data=[go.Scatter(y=[1, 3, 2], name="a"), go.Bar(y=[2, 1, 3], name="b")], layout={"template": tpl, "title": {"text": "Revenue"}})
    full = fig.to_dict()["layout"]["template"]["layout"]
    return {"colorway": full.get("colorway"), "font": full.get("font", {}).get("family"), "paper": full.get("paper_bgcolor")}


results = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        template = json.load(f)
    results.append({"file": path, "rejected": rejected_paths(template), "drawn": drawn(template)})
print(json.dumps({"plotly": plotly.__version__, "results": results}))
