"""A union-find over hashable items: actor records joined into identities, articles into crises."""
from __future__ import annotations

from collections import defaultdict


class UnionFind:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # order-independent roots

    def groups(self, items) -> list[list]:
        out = defaultdict(list)
        for item in items:
            out[self.find(item)].append(item)
        return [out[root] for root in sorted(out)]
